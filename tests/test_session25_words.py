"""Session 25: words of a sudden drop in milk ("ASI tiba-tiba berkurang", "my supply suddenly dropped"), which read
as the let-down ("ASI turun") before. Wordings are new, not those of any evaluation set."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "Bun, ASI aku tiba-tiba berkurang sejak minggu ini, kenapa ya?",
    "ASI saya mendadak sedikit padahal kemarin masih banyak, apa sebabnya?",
    "Why has my milk suddenly dropped? Two weeks in.",
    "my supply suddenly dropped after the first month, what could cause that",
])
def test_a_sudden_drop_asks_for_the_causes(engine, question):
    assert engine.answer(question).topic == "asi.low_supply_causes"


def test_put_him_on_is_to_feed_him(engine):
    # "put him on" (the breast) names feeding; alone the words named nothing the review covers
    from oxybot.engine.dialogue import Conversation
    convo = Conversation()
    engine.answer("What helps a mum make more milk? Mine is 3 weeks old and I give a formula bottle at night.",
                  context=convo)
    assert engine.answer("does it matter if I put her on more often?", context=convo).topic in (
        "asi.increase_flow", "asi.volume")  # both give "the breasts make milk as the baby needs it"
