"""Session 24: everyday words for subjects oxybot does not cover reach the honest "not covered" of that subject.
Wordings are new, not those of any evaluation set."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, intent", [
    # "birth control" is contraception, not a birth; "options" is no request for the menu
    ("What birth control options are safe while I'm nursing?", "oos/contraception_periods"),
    # a formula brand asked in chat shorthand (mrk, plng, mrip)
    ("sufor mrk apa yg plng mrip ASI ya bun?", "oos/formula"),
])
def test_everyday_words_reach_their_answer(engine, question, intent):
    assert engine.answer(question).intent == intent
