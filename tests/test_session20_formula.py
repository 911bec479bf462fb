"""Session 20: formula named as "the powdered stuff" set against "what a mum makes" asks what breast milk is and
whether the tin matches it (asi.what_is), not how to feed formula (not covered)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "Honestly, is the powdered stuff from the shop just as good as what mothers make?",
    "My aunt says what a mum makes is no better than powdered stuff these days. Is she right?",
])
def test_the_tin_against_her_own_milk_is_what_breast_milk_is(engine, question):
    assert engine.answer(question).topic == "asi.what_is"
