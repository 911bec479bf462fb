"""Session 13 (lead): "I'd actually do it" is a fear of an intrusive thought only beside the fear; asked as how to
do something (a massage) it raises no card. New wordings, not the eval's."""

from __future__ import annotations

import pytest

from triage_probe import referral, active


@pytest.mark.parametrize("text", [
    "Could you walk me through how I'd actually do it on my wife's back?",
    "The midwife showed us once. How would I actually do it at home, with her sitting on a chair?",
])
def test_how_to_do_it_is_not_a_thought_of_harm(engine, text):
    assert referral(engine, text) is None
    assert not any(sign == "harm_baby" for sign, _ in active(engine, text))


@pytest.mark.parametrize("text", [
    "I keep seeing myself letting go of him on the balcony and I'm terrified I'd actually do it.",
    "Thoughts of shaking her come at night, and I'm scared I would actually do it.",
])
def test_the_fear_of_doing_it_is_still_the_mothers_card(engine, text):
    assert referral(engine, text) == {"person": "mother", "urgency": "emergency"}
