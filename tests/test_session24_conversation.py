"""Session 24: after a danger card, a turn that says she refuses to go or will try something first and watch gets
the referral again; regional words carry a conversation about milk. Wordings are new, not those of any evaluation
set."""

from __future__ import annotations

import pytest

from oxybot.engine.dialogue import Conversation

FEVER_BREAST = "Ibu nifas hari ke-6, suhu 39, payudara kanan merah, keras dan nyeri sekali. Boleh dipijat?"
YELLOW_BABY = "My 3 day old is yellow down to his tummy and too sleepy to feed. Will the massage help my milk?"


@pytest.mark.parametrize("first, then", [
    (FEVER_BREAST, "Dia nggak mau ke RS, katanya bengkak biasa aja kok. Coba pijat dulu ya?"),
    (FEVER_BREAST, "She refuses to go, says it's only normal swelling"),
    (YELLOW_BABY, "Can I just feed him more tonight and see if it improves?"),
])
def test_putting_off_the_referral_gets_it_again(engine, first, then):
    convo = Conversation()
    assert engine.answer(first, context=convo).red_flag
    assert engine.answer(then, context=convo).red_flag


def test_regional_words_carry_a_milk_question(engine):
    # Minang: "why isn't my milk flowing?" then "I'm afraid my body gets slack, does that matter?"
    convo = Conversation()
    assert engine.answer("Uni, baa kok ASI ambo indak lancar, padahal lah disusuan taruih. Apo sababnyo?",
                         context=convo).topic == "asi.low_supply_causes"
    assert engine.answer("ambo takuik badan jadi kandua, ado pengaruhnyo ka ASI?", context=convo).topic == \
        "asi.low_supply_causes"
