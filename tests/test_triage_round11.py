"""Round 11's triage misses and false alarms, fixed by class and tested with new wordings written for these
tests (never the eval questions): the caesarean cut named by what was done there, pre-eclampsia told by its
body, a baby cold as ice, a breast abscess told as a soft clump, voices and a wish to die in chat; and the
reading rules the false alarms broke (what she mistook it for, "kalau" as "when", a time before a comma, "cuma"
as "just", the dead, a place, a helper, a neighbour's baby, a cold as an illness, a trait, treated and well,
full breasts told as the chest)."""

from __future__ import annotations

import pytest

from triage_probe import assessed, referral, groups


# -- the caesarean cut named by what was done there ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "the spot where they took my son out is gaping open and leaking yellow stuff",
    "bekas ngeluarin bayi di perut saya kebuka dan basah terus",
    "perut yang dibelah waktu lahiran sekarang bernanah dan bau",
    "where they cut me open for the birth is red, swollen and oozing",
])
def test_the_caesarean_cut_in_plain_words_is_the_mothers_wound(engine, text):
    assert "caesarean_wound" in groups(engine, text), assessed(engine, text).findings
    assert referral(engine, text)["person"] == "mother"


def test_a_wound_after_the_cut_was_named_is_that_wound(engine):
    text = "perut saya yang habis dibelah nyeri. pagi ini lukanya keluar nanah"
    assert "caesarean_wound" in groups(engine, text), assessed(engine, text).findings


# -- pre-eclampsia told by its body: sudden swelling with pain high in the belly ---------------------------
@pytest.mark.parametrize("text", [
    "my hands and face swelled up yesterday and now there's a sharp pain under my right ribs",
    "kaki sama muka saya bengkak mendadak, ulu hati nyeri sekali, seminggu habis lahiran",
    "wajah sembab semua dan perut kanan atas sakit, baru 5 hari melahirkan",
])
def test_swelling_with_pain_under_the_ribs_is_an_emergency(engine, text):
    assert referral(engine, text) == {"person": "mother", "urgency": "emergency"}, assessed(engine, text).findings
    assert "headache_bp" in groups(engine, text)


@pytest.mark.parametrize("text", [
    "ulu hati saya perih habis makan pedas, boleh minum obat maag?",
    "kaki saya agak bengkak sore hari, ga sakit, normal kan habis lahiran?",
])
def test_heartburn_or_ankle_swelling_alone_is_no_preeclampsia(engine, text):
    assert "headache_bp" not in groups(engine, text), assessed(engine, text).findings


# -- a baby cold as ice ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "badan anakku dingin kayak es walau udah pake selimut",
    "my daughter's skin is ice cold even in her sleepsuit",
])
def test_a_baby_cold_as_ice(engine, text):
    assert referral(engine, text) == {"person": "baby", "urgency": "today"}, assessed(engine, text).findings


# -- a breast abscess told as a soft, growing clump ----------------------------------------------------------
def test_a_soft_growing_clump_in_the_breast_is_a_breast_infection(engine):
    text = "ada gumpalan lunak di payudara kanan yang makin besar dan merah, sakit kalau disentuh"
    assert "breast_infection" in groups(engine, text), assessed(engine, text).findings


def test_a_purple_red_breast_is_no_blue_baby(engine):
    text = "my breast has a hot hard patch and the skin is purplish red"
    assert referral(engine, text) == {"person": "mother", "urgency": "today"}, assessed(engine, text).findings


# -- voices and a wish to die, in chat ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "ada suara yg nyuruh aku buang bayiku",
    "aku takut bakal melakukan hal jahat ke bayi, pikiran itu datang terus",
    "sy pgn ngakhirin hidup aja",
    "rasanya pengen nyusul almarhumah ibu saja",
])
def test_voices_and_wishes_to_die_in_chat_are_her_emergency(engine, text):
    assert referral(engine, text) == {"person": "mother", "urgency": "emergency"}, assessed(engine, text).findings


# -- no pee since birth, told with the day -----------------------------------------------------------------
def test_no_pee_since_birth_yesterday(engine):
    text = "bayi saya belum kencing dari lahir kemarin siang"
    assert referral(engine, text) == {"person": "baby", "urgency": "today"}, assessed(engine, text).findings


# -- what she mistook it for ends where she turns to what happened ------------------------------------------
def test_what_happened_after_she_thought_it_was_over_counts(engine):
    text = "kirain nifas udah selesai, eh malah darah keluar banyak banget kayak dituang"
    assert referral(engine, text) == {"person": "mother", "urgency": "emergency"}, assessed(engine, text).findings


def test_what_she_mistook_it_for_stays_set_aside(engine):
    assert referral(engine, "bayi cegukan terus, dikira sesak napas") is None


# -- "kalau" opening a posture or a routine is "when" -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "kalau berbaring saya sesak jadi harus tidur duduk",
    "kalo malam napas saya tersengal sengal",
])
def test_kalau_with_a_posture_or_time_is_when(engine, text):
    assert referral(engine, text) == {"person": "mother", "urgency": "emergency"}, assessed(engine, text).findings


def test_kalau_nanti_stays_hypothetical(engine):
    assert referral(engine, "kalau nanti saya sesak, harus ke mana?") is None


# -- a time before a comma is not reached back by a "now" after it ------------------------------------------
@pytest.mark.parametrize("text", [
    "waktu hamil sempat tensi tinggi, sekarang sudah 110/70. boleh pijat?",
    "dulu kena preeklampsia, sekarang normal terus",
])
def test_a_past_sign_before_a_comma_stays_past(engine, text):
    assert referral(engine, text) is None, assessed(engine, text).findings


# -- "cuma", "only" is "just" unless the thing counted is beside it -----------------------------------------
def test_only_in_a_new_sentence_is_just(engine):
    text = "bayi pipisnya sering, popok penuh. cuma suka ngeden kalau tidur"
    assert referral(engine, text) is None, assessed(engine, text).findings


def test_only_beside_the_nappies_still_counts(engine):
    text = "bayi saya 6 hari, hari ini popoknya cuma basah dua kali"
    assert referral(engine, text) == {"person": "baby", "urgency": "today"}, assessed(engine, text).findings


# -- who has it: the dead, a place of hers, a helper, a neighbour's baby -------------------------------------
def test_a_place_of_hers_does_not_make_her_the_patient(engine):
    text = "saya kader posyandu, ada bayi di desa saya yang kejang tadi pagi"
    assert referral(engine, text) == {"person": "baby", "urgency": "emergency"}, assessed(engine, text).findings


def test_the_helper_she_asks_does_not_take_her_reading(engine):
    text = "saya minta ibu mertua pijat punggung tiap pagi. tensi saya tadi 165/110 dan kepala pusing berat"
    assert referral(engine, text) == {"person": "mother", "urgency": "emergency"}, assessed(engine, text).findings


def test_a_neighbours_baby_beside_her_own_is_someone_else(engine):
    text = "teman saya bayinya kuning sampai dirawat, saya takut. gimana supaya bayi saya tidak begitu?"
    assert referral(engine, text) is None, assessed(engine, text).findings


def test_her_own_mothers_swollen_leg_is_someone_else(engine):
    text = "mamahku kakinya bengkak karena asam urat, boleh dia gendong bayi?"
    assert referral(engine, text) is None, assessed(engine, text).findings


# -- one person when no one is named --------------------------------------------------------------------
def test_signs_with_no_one_named_are_one_persons(engine):
    text = "ujung bibir agak kebiruan, tiap rebahan napas berat harus duduk"
    ref = referral(engine, text)
    assert ref is not None and ref["person"] == "mother", assessed(engine, text).findings


# -- words that name something ordinary -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "he had a bad cold last month and is fine now, should I keep feeding only breast milk?",
    "I'm an anxious person by nature and back at work next week, how do I keep my supply?",
    "my baby was under the lights for jaundice in hospital, after phototherapy she's pink, how often to feed?",
    "on day 4 my chest feels so tight as if my breasts will burst, it eases after a feed",
    "first baby, 3 months, I get a bit anxious at night, can massage help me relax?",
])
def test_ordinary_words_raise_no_card(engine, text):
    assert referral(engine, text) is None, assessed(engine, text).findings


# -- older rounds' misses, by class (new wordings) ------------------------------------------------------------
def test_kalau_with_what_she_does_is_when_for_a_headache_with_flashes(engine):
    text = "kepala saya sakit sekali sampai mual, terus ada kilatan2 cahaya kalau noleh ke kanan. lahiran 4 hari lalu"
    assert referral(engine, text) is not None and "headache_bp" in groups(engine, text), assessed(engine, text).findings


def test_a_likeness_is_no_lamplight_that_explains_a_colour(engine):
    text = "pandangan saya ada kilatan cahaya kayak lampu kamera, kepala sakit berat, 5 hari habis melahirkan"
    assert "headache_bp" in groups(engine, text), assessed(engine, text).findings


def test_a_wound_line_on_the_belly_is_the_wound_not_the_belly(engine):
    text = "garis jahitan di perut saya merah dan bengkak, 6 hari habis sesar"
    assert "caesarean_wound" in groups(engine, text), assessed(engine, text).findings


def test_blood_told_with_its_particle_in_a_babys_stool(engine):
    text = "pupnya dedek ada darahnya merah, umur 10 hari"
    assert referral(engine, text) == {"person": "baby", "urgency": "today"}, assessed(engine, text).findings


def test_her_own_navel_is_no_cord_stump(engine):
    text = "the redness from my scar is spreading up to my belly button and I feel hot and shivery"
    ref = referral(engine, text)
    assert ref is not None and ref["person"] == "mother", assessed(engine, text).findings


def test_a_body_part_typed_one_consonant_short(engine):
    text = "my brest is red hot and hard and I have chills"
    assert referral(engine, text) == {"person": "mother", "urgency": "today"}, assessed(engine, text).findings


def test_a_baby_word_with_a_doubled_last_letter(engine):
    text = "dedekk aku tiba2 kaku dan kelojotan"
    assert referral(engine, text) == {"person": "baby", "urgency": "emergency"}, assessed(engine, text).findings


def test_the_baby_taken_out_through_the_belly_is_no_one_with_a_sign(engine):
    text = "habis bayi dikeluarkan lewat perut, perut saya kembung keras dan muntah terus, badan panas"
    ref = referral(engine, text)
    assert ref is not None and ref["person"] == "mother", assessed(engine, text).findings


def test_blue_lights_are_phototherapy_not_a_blue_baby(engine):
    text = "our son had two days under the blue lights for jaundice and is home and doing great now, how long to breastfeed?"
    assert referral(engine, text) is None, assessed(engine, text).findings


def test_babies_as_a_whole_are_asked_about_in_general(engine):
    assert referral(engine, "is it true that breast milk is what makes babies go yellow?") is None
    text = "what makes babies go yellow? my baby is yellow down to his feet"
    assert referral(engine, text) == {"person": "baby", "urgency": "today"}, assessed(engine, text).findings
