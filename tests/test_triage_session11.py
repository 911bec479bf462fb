"""Session 11's triage helper (rounds 15-16 red teams as tuning sets, then eval/triage_fresh12.yaml): classes fixed
by class and tested with wordings written for these tests (never the eval questions). The "card" rows must raise a
referral for the right person; the "no card" rows must not."""

from __future__ import annotations

import pytest

from triage_probe import referral


# -- the card, for the right person ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,person", [
    # a comparison with pregnancy dates the comparison, not the swelling or headache told after it
    ("My hands and face are puffier than they were in pregnancy, and I've had flashing lights in my eyes since "
     "yesterday. Probably just tiredness. How often should I pump?", "mother"),
    ("Kaki dan muka saya lebih bengkak daripada waktu hamil, dan sejak pagi pandangan kabur. Pijat boleh?", "mother"),
    # "tadi sempat ...": earlier today, this spell, not a history
    ("Tadi sempat lihat kilatan cahaya dan kepala sakit banget, sekarang masih pusing. Boleh minum jamu pelancar ASI?",
     "mother"),
    # a headache that painkillers do nothing for
    ("Kepala saya pusing dari kemarin, minum parasetamol tidak ngefek sama sekali. Hari ke-5 setelah melahirkan.",
     "mother"),
    ("I've had a headache since Sunday and paracetamol does nothing for it, a week after giving birth.", "mother"),
    # "he" after a woman named is not her
    ("My mum is staying with us to help. This morning he felt really hot and the thermometer said 38.4, he is "
     "2 weeks old.", "baby"),
    # redness spreading over a part is seen, not asked
    ("Pusar bayi saya bau dan merahnya menyebar ke kulit sekitar perut. Cukup dikasih alkohol?", "baby"),
    # the one she told is not who has the sign; the one who saw it only tells it
    ("My partner is worried because I told him the baby isn't really ours and someone swapped him.", "mother"),
    ("Ibu saya yang lihat, katanya darah nifas saya banyak sekali sampai tembus ke sprei, saya pucat.", "mother"),
])
def test_card_for_the_right_person(engine, text, person):
    got = referral(engine, text)
    assert got is not None and got["person"] == person, got


# -- no card -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # a man named, then "he": still the man, whose temperature refers no one
    "My husband is home with flu. Yesterday he felt warm, 38.3. Can I keep breastfeeding?",
    # an infection spreading to another person is a question, not a sign seen
    "Kalau tali pusat infeksi, apakah bisa menyebar ke bayi lain di rumah?",
])
def test_no_card(engine, text):
    assert referral(engine, text) is None
