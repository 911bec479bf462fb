"""Round 13's triage misses, fixed by class and tested with new wordings written for these tests (never the
eval questions): a full or tingly chest around a feed, a sibling named with a sex word, a bleed treated at
the time and light since, a scare taken back by what it really was; and who has a sign when the mother
tells of her caesarean or a grandmother of her grandchild."""

from __future__ import annotations

import pytest

from triage_probe import referral, active


# -- false alarms: no emergency card ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # the breasts filling before a feed or after a long gap, a fizzy let-down: "chest" is the breasts
    "my chest goes heavy and tingly right before a feed, is that the milk coming?",
    "chest feels tight after a long stretch without feeding last night, will a back rub help?",
    "dada saya terasa berat dan kesemutan sebelum menyusui, apa itu refleks let down?",
    "dada terasa sesak penuh setelah semalaman tidak menyusui, boleh dipijat punggungnya?",
    # a brother or sister named with a sex word, already being looked after: not her sign
    "kakak perempuan saya sesak napas dan nyeri dada, sudah dibawa ke rumah sakit. apa stres bikin ASI seret?",
    "my little brother had chest pain and was short of breath, he's in hospital now. can worry slow my milk?",
    # heavy bleeding at the birth, treated then and light since
    "I lost a lot of blood right after the birth, they stopped it with an injection and it's been light ever since. will my milk be slow?",
    "waktu baru lahiran darah keluar banyak, langsung ditangani bidan dan sejak itu sedikit. apa ASI jadi telat?",
    # a scare she took back in the same sentence
    "I thought she wasn't breathing last night, but it was just a very deep sleep. how often should she feed?",
    "kemarin saya kira bayi saya tidak bernapas, tapi ternyata cuma tidur pulas. berapa kali sehari harus menyusu?",
])
def test_ordinary_worry_gets_no_card(engine, text):
    assert referral(engine, text) is None


# -- the same signs told as happening now still get the card --------------------------------------------
@pytest.mark.parametrize("text, sign, person", [
    ("I have crushing chest pain and can't breathe, it started this morning", "chest_pain", "mother"),
    ("dada saya nyeri hebat dan sesak napas sejak tadi", "chest_pain", "mother"),
    ("kakak laki-laki saya sakit dada. saya sendiri juga sesak napas dan nyeri dada", "chest_pain", "mother"),
    ("I'm bleeding heavily, soaking a pad every hour since this morning", "heavy_bleeding", "mother"),
    ("I bled heavily after the birth and it has been heavy ever since", "heavy_bleeding", "mother"),
    ("I thought he wasn't breathing and he has gone blue, please help", "apnoea_blue", "baby"),
    ("I thought he wasn't breathing, but it was just a deep sleep, and now he is floppy and grey", "apnoea_blue", "baby"),
])
def test_real_sign_still_referred(engine, text, sign, person):
    assert (sign, person) in active(engine, text)
    assert referral(engine, text)["urgency"] == "emergency"


# -- who has it: the mother's own wound or belly, a grandchild's cord --------------------------------------
@pytest.mark.parametrize("text, sign, person", [
    # her scar named in a question about holding the baby, then "it" is hot and weeping: hers alone
    ("what's a comfy way to feed him without the baby pressing my c-section scar? it's gone hot and is leaking "
     "yellowish stuff", "caesarean_wound_infection", "mother"),
    # her belly after the operation, and her own vomiting with no baby named: hers
    ("perut bekas operasi sesar saya kembung keras dan saya muntah terus sejak semalam", "bowel_after_caesarean", "mother"),
    ("since my c-section my belly is swollen hard and I keep throwing up", "bowel_after_caesarean", "mother"),
    # a grandmother: what the mother says is only reported, the cord and the fever are the baby's
    ("cucu saya baru lahir, kata ibunya menyusu lancar, tapi tali pusatnya bau dan dia demam", "cord_infection", "baby"),
    ("cucu saya baru lahir, kata ibunya menyusu lancar, tapi tali pusatnya bau dan dia demam", "fever", "baby"),
])
def test_sign_goes_to_the_one_who_has_it(engine, text, sign, person):
    assert (sign, person) in active(engine, text)
    assert referral(engine, text)["person"] == person


def test_a_babys_belly_is_still_the_babys(engine):
    found = active(engine, "perut bayi saya kembung keras dan dia muntah hijau")
    assert ("distended_belly", "baby") in found
    assert referral(engine, "perut bayi saya kembung keras dan dia muntah hijau")["person"] == "baby"
