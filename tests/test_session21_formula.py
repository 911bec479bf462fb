"""Session 21: formula said to be (not) the same as what is left unsaid, breast milk ("formula isn't the same",
"can powder copy it?"), asks what breast milk is; a brand asked for is still the products answer. New wordings."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "My sister says formula from the shop is identical these days. Is it really?",
    "Why do midwives keep saying formula is not the same?",
    "What is the stuff a mother makes, and can the powdered stuff copy it?",
])
def test_formula_likened_to_what_is_unsaid_asks_what_breast_milk_is(engine, question):
    assert engine.answer(question).topic == "asi.what_is"


def test_a_brand_asked_for_is_still_not_covered(engine):
    answer = engine.answer("which formula brand is best for a newborn?")
    assert answer.topic == "out_of_scope"
