"""Round 14's triage misses, fixed by class and tested with new wordings written for these tests (never the
eval questions): clothes and kit that fit are no fits; a sibling who tells of a newborn; someone else's
promise that it will pass; a wish to vanish, walk into the sea or not wake again in a long post; a colour
said of lips and nails together; a relative's general question with the mother well; a carer or an older
niece with a fever; and who has a sign when only the mother's signs are told."""

from __future__ import annotations

import pytest

from triage_probe import referral, active


# -- false alarms: no card -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # fit, fits, fitting said of size
    "My nursing bra isn't fitting well any more and the wire digs in. Should I go up a size?",
    "How do I know the pump flange fits? My nipple rubs the sides.",
    "The new sling fits her snugly, can I feed her in it?",
    "Is a well fitting bra important while the milk comes in?",
    "Does a tighter-fitting bra reduce my milk?",
    # a relative asks in general, the mother says she is well
    "My husband wants to know: is a bad headache after giving birth something to worry about? I feel fine myself, he's just curious.",
    "Ibu saya tanya, kalau habis melahirkan perdarahannya banyak itu bahaya nggak? Aku sendiri baik-baik saja kok, beliau cuma ingin tahu.",
    "Suami penasaran, kalau habis lahiran demam tinggi itu tanda bahaya ya? Saya sendiri sehat kok.",
    # someone else who looks after the baby, or an older niece or nephew, has the fever
    "Our nanny has a high fever, can she still hold the baby?",
    "My 17-year-old nephew who helps out has a temperature of 39. Should he stay away from the baby?",
    "Keponakan saya yang suka bantu jaga bayi lagi demam tinggi, sebaiknya jauh dulu dari bayi?",
    "Pengasuh bayi saya demam 39 derajat, boleh tetap kerja?",
    "What size shield fits best for a flat nipple?",
    "Mertua tanya, kalau habis melahirkan kaki bengkak sebelah itu bahaya? Saya sih sehat, cuma pengen tahu.",
    "The babysitter has a bad cough and fever, should I let her come?",
    "Pengasuh anak saya lagi demam dan batuk, boleh gendong bayi?",
    "My brother is 25 and has a fever, can he visit the baby?",
    "Adik saya sakit 3 hari, demam tinggi, boleh jenguk bayi?",
    "Adik saya umur 19 demam tinggi, boleh gendong bayi saya?",
    # bluish hands and feet in the cold, pink again when warm
    "Baby's hands and feet go a bit bluish when she's cold but pink up as soon as she's warm.",
    "Kaki bayi saya agak kebiruan kalau kedinginan, tapi langsung merah lagi pas dihangatkan.",
    # the sea, vanishing milk
    "I'd love to walk along the sea with the baby in the carrier. Is the sea air OK for a newborn?",
    "My milk seems to disappear by the evening, is that normal?",
])
def test_no_card(engine, text):
    assert referral(engine, text) is None


# -- real signs: the card, for the right person ------------------------------------------------------------
@pytest.mark.parametrize("text, sign, person", [
    # a seizure is still a fit
    ("My baby had a fit this morning, his arms were jerking and he didn't respond to me.", "convulsion", "baby"),
    ("She keeps having little fits, going stiff with her eyes rolling back.", "convulsion", "baby"),
    ("He is fitting again, please help", "convulsion", "baby"),
    ("The baby is fitting right now!", "convulsion", "baby"),
    ("He's been fitting over and over since this morning.", "convulsion", "baby"),
    # a sibling tells of the newborn
    ("I'm his sister, 15. My brother who was born last week is yellow right down to his belly.", "jaundice", "baby"),
    ("Saya abangnya. Adik saya lahir minggu lalu, sekarang nggak mau nyusu sama sekali.", "not_feeding", "baby"),
    ("Aku kakaknya, umur 10. Adikku yang lahir 4 hari lalu matanya kuning banget, kata bapak nanti juga hilang.",
     "jaundice", "baby"),
    # someone's promise that it will pass does not make it past
    ("Bayi saya kuning sampai telapak kaki, kata nenek nanti juga hilang sendiri.", "jaundice", "baby"),
    # a wish to vanish, to walk into the sea, not to wake, told inside a long post
    ("Baby is 4 weeks and feeding loads, my partner helps with the massage. Some nights I think about walking out "
     "into the sea. Anyway, when can I start pumping?", "suicidal", "mother"),
    ("Anakku 2 bulan, menyusu lancar, suami bantu pijat. Cuma tiap malam aku berharap tidur terus nggak bangun lagi. "
     "Pertanyaanku, perlu pompa ASI kalau mau kerja?", "suicidal", "mother"),
    ("Capek banget bun, kadang pengen pergi jauh aja dan nggak kembali lagi. Btw ASI perah tahan berapa jam?",
     "disappear", "mother"),
    ("Tali pusat bayi bau dan merah, kata mertua nanti juga sembuh sendiri.", "cord_infection", "baby"),
    ("Saya kakaknya. Adik saya umurnya 5 hari, kuning sampai telapak kaki.", "jaundice", "baby"),
    ("I'm 12 and my baby brother, born 3 days ago, is breathing really fast and grunting.", "fast_breathing", "baby"),
    # a colour said of lips and nails together is the lips' too
    ("Bibir dan ujung jari anakku kebiruan dari tadi.", "apnoea_blue", "baby"),
    ("Bibir dan kuku bayi saya kebiruan waktu nangis, warnanya nggak balik-balik.", "apnoea_blue", "baby"),
    ("His lips and nails go blue when he cries and it doesn't go back to pink.", "apnoea_blue", "baby"),
])
def test_card_for_the_right_person(engine, text, sign, person):
    assert (sign, person) in active(engine, text)


# -- only the mother's signs: her card alone, not "both" -----------------------------------------------------
@pytest.mark.parametrize("text", [
    # a weakness with no baby named in its own stretch, the baby named only by its age or as well
    "Pusing hebat dan pandangan kabur, bayi umur 3 hari, lemes banget rasanya.",
    "Napas saya sesak dan dada nyeri, bayi lagi tidur, badan lemas.",
    "Pendarahan banyak banget, ngantuk terus dan lemes, bayi umur 6 hari.",
    "Infection? my c-section wound is red and leaking, feverish and weak, baby is fine.",
    "Perdarahan nifas banyak banget sampai tembus ke sprei, badanku lemes.",
    "darah nifas keluar terus sampai pembalut penuh tiap jam, lemes sekali",
    "Takut sepsis nih, aku demam 39 dan cairan nifas bau busuk, bayi umur 5 hari.",
    "Could this be sepsis? I've got a fever of 39 and chills, baby is a week old.",
])
def test_mothers_signs_are_hers(engine, text):
    assert referral(engine, text)["person"] == "mother"


@pytest.mark.parametrize("text, person", [
    ("Bayiku lemes banget, nggak mau nyusu dari pagi.", "baby"),
    ("Takut sepsis, bayi saya demam 38,5 dan lemas, umur 5 hari.", "baby"),
    ("Saya perdarahan banyak, dan bayi saya lemas tidak mau menyusu.", "both"),
    ("Bayi saya 5 hari, lemes banget.", "baby"),
    ("Saya demam 39, bayi saya lemas sekali.", "both"),
    ("I have a fever and the baby seems floppy and sleepy.", "both"),
])
def test_baby_weakness_stays_the_babys(engine, text, person):
    assert referral(engine, text)["person"] == person
