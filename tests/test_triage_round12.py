"""Round 12's triage misses and false alarms, fixed by class and tested with new wordings written for these
tests (never the eval questions): a leg clot told by touch and by a shoe that no longer fits, danger signs in
Minang and Sundanese words, the caesarean named as "an operation birth" with its wound or a hard, sick belly in
a later sentence."""

from __future__ import annotations

import pytest

from triage_probe import assessed, referral, groups


# -- a leg clot told in everyday words -----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "there's a sore red vein like a rope running up the back of my thigh",
    "pembuluh di betis kiri teraba kayak kawat, nyeri kalau dipegang",
    "lipatan lutut kanan saya ada urat mengeras, panas dan sakit",
    "my left ankle has puffed up so much I can't get my shoe on, the right one is fine",
    "kaki kanan bengkak sampai tidak muat sandal, yang kiri biasa saja, 10 hari habis lahiran",
])
def test_a_leg_clot_told_by_touch_or_by_a_shoe(engine, text):
    assert "leg_clot" in groups(engine, text), assessed(engine, text).findings
    assert referral(engine, text)["person"] == "mother"


@pytest.mark.parametrize("text", [
    "my feet are so puffy my shoes don't fit, is that normal after birth?",
    "urat di kaki saya kelihatan biru biru sejak hamil, apa pengaruh ke ASI?",
    "does the let-down feel like a string pulling inside the breast?",
    "my knee aches when I sit cross-legged to feed",
])
def test_swollen_feet_on_both_sides_or_visible_veins_are_no_clot(engine, text):
    assert "leg_clot" not in groups(engine, text), assessed(engine, text).findings


@pytest.mark.parametrize("text", ["bajunya sesak sejak hamil, kapan bisa pakai baju lama lagi?",
                                  "cincinnya sesak, jari agak bengkak sejak melahirkan"])
def test_tight_clothes_or_a_tight_ring_are_no_breathlessness(engine, text):
    assert "breathing_chest" not in groups(engine, text), assessed(engine, text).findings


# -- signs in Minang and Sundanese words ------------------------------------------------------------------------
@pytest.mark.parametrize("text, group", [
    ("betis kida ambo gadang sabalah, sakik jo angek", "leg_clot"),
    ("anak ambo pipisnyo saketek bana dari kapatang", "baby"),
    ("orok abdi umur 5 poe, ambekanana gancang pisan jeung handapeun igana kempot", "baby"),
    ("budak abdi beuteungna bareuh jeung teuas, utah wae", "baby"),
])
def test_signs_told_in_regional_words(engine, text, group):
    assert group in groups(engine, text), assessed(engine, text).findings


def test_regional_words_alone_raise_nothing(engine):
    text = "ambo baru pulang dari pasar, ASI ambo cukuik indak untuk anak ambo?"
    assert referral(engine, text) is None, assessed(engine, text).findings


# -- the caesarean named in other words, its sign in a later sentence ------------------------------------------
@pytest.mark.parametrize("text", [
    "Best way to hold him after a surgical delivery? Also my tummy wound smells and is weeping.",
    "I had an operation birth ten days ago. Since yesterday the wound leaks a yellow-green fluid.",
])
def test_a_wound_after_the_operation_birth_is_the_caesarean_wound(engine, text):
    assert "caesarean_wound" in groups(engine, text), assessed(engine, text).findings
    assert referral(engine, text)["person"] == "mother"


@pytest.mark.parametrize("text", [
    "They took the baby out through my tummy on Monday. Now my belly is tight and swollen and I've vomited three times.",
    "after my section the pain keeps getting worse and now I'm being sick",
])
def test_a_hard_sick_belly_after_the_caesarean_is_an_emergency(engine, text):
    assert referral(engine, text) == {"person": "mother", "urgency": "emergency"}, assessed(engine, text).findings
    assert "caesarean_wound" in groups(engine, text)


@pytest.mark.parametrize("text", [
    "c section 3 days ago and the pain is getting better every day, can I start the back massage?",
    "I had an operation birth. My tummy wound is healing nicely, no redness. Which hold is best?",
])
def test_a_caesarean_healing_well_raises_nothing(engine, text):
    assert referral(engine, text) is None, assessed(engine, text).findings


# -- self-harm and a wish to be gone in chat words, inside a long post ---------------------------------------
@pytest.mark.parametrize("text", [
    "Bayi sehat, suami kerja jauh, nyusuin lancar. Tapi kalau malam aku suka nyilet lengan biar tenang. Pijat bisa sendiri?",
    "Things are mostly fine, baby feeds well, but I've been scratching my arms till they bleed when it gets too much. How long should I pump?",
    "honestly i just wanna dissapear, nobody would notice",
])
def test_self_harm_or_wanting_to_disappear_in_a_long_or_chatty_post(engine, text):
    assert referral(engine, text) == {"person": "mother", "urgency": "emergency"}, assessed(engine, text).findings


def test_no_point_any_more_is_her_low_mood(engine):
    text = "cant sleep, cry every evening, dont see the point any more. 7 weeks postpartum"
    assert "mood_selfharm" in groups(engine, text), assessed(engine, text).findings


@pytest.mark.parametrize("text", [
    "I burned myself on the kettle while making a bottle, can I still breastfeed?",
    "I don't see the point of pumping any more if she won't take a bottle",
])
def test_an_accident_or_a_practical_doubt_is_no_self_harm(engine, text):
    assert "mood_selfharm" not in groups(engine, text), assessed(engine, text).findings


# -- jaundice told by a likeness, a baby's sticky eye, a growing breast abscess ------------------------------------
@pytest.mark.parametrize("text", [
    "my 3-week-old's eyes have gone the colour of a lemon",
    "bayi saya 10 hari, putih matanya kuning kayak kulit pisang",
    "she is only five days old but looks tanned all over",
])
def test_jaundice_told_by_a_likeness(engine, text):
    assert "baby" in groups(engine, text), assessed(engine, text).findings


def test_a_banana_coloured_poo_is_no_jaundice(engine):
    text = "baby's poo is banana yellow and seedy, is that ok?"
    assert referral(engine, text) is None, assessed(engine, text).findings


@pytest.mark.parametrize("text", [
    "aku capek banget, mata kiri bayiku belekan terus sampai lengket tidak bisa melek",
    "thick gunk glues my newborn's eyelashes shut every morning",
])
def test_a_babys_sticky_eye_discharge(engine, text):
    assert referral(engine, text) == {"person": "baby", "urgency": "today"}, assessed(engine, text).findings


@pytest.mark.parametrize("text", [
    "benjolan di payudara kiri makin gede tiap hari dan sakit kalau dipegang",
    "a soft squashy bump in my breast that hurts",
])
def test_a_growing_or_soft_breast_lump_is_a_breast_infection(engine, text):
    assert "breast_infection" in groups(engine, text), assessed(engine, text).findings


# -- a sharp pain on a deep breath, pink-streaked spit, a chest that dips with each breath --------------------------
@pytest.mark.parametrize("text", [
    "sharp pain in my side whenever i breathe in deeply, two weeks after the birth",
    "rusuk kanan saya nyeri menusuk tiap tarik napas dalam",
    "I keep coughing and the phlegm has pink streaks",
])
def test_pleuritic_pain_or_pink_phlegm_is_the_mothers_emergency(engine, text):
    assert referral(engine, text) == {"person": "mother", "urgency": "emergency"}, assessed(engine, text).findings


def test_a_dip_under_the_chest_with_each_breath_is_chest_indrawing(engine):
    text = "there's a dip below my daughter's ribs with every breath"
    assert referral(engine, text) == {"person": "baby", "urgency": "emergency"}, assessed(engine, text).findings


def test_a_hollow_chest_bone_without_breathing_is_no_sign(engine):
    text = "my son has a small hollow in his chest bone since birth, the doctor said it is his shape"
    assert referral(engine, text) is None, assessed(engine, text).findings


# -- what is over: a past illness, a treatment done, a sibling's fit -------------------------------------------------
@pytest.mark.parametrize("text", [
    "My daughter had a fever at three weeks, the GP said it was a cold. That's all over and she's feeding normally again. How long should I keep breastfeeding?",
    "Bayi saya dulu disinar 3 hari. Waktu disinar itu ASI saya sempat seret, sekarang gimana biar banyak lagi?",
    "I lost a lot of blood at the birth and needed a transfusion, but I'm recovering well now. Does the massage help supply?",
    "Anak pertamaku (5 tahun) minggu lalu kejang demam, sekarang sudah sehat. Adiknya tetap boleh saya susui?",
])
def test_what_is_over_gets_no_card(engine, text):
    assert referral(engine, text) is None, assessed(engine, text).findings


def test_a_refusal_today_after_normal_feeding_before_still_counts(engine):
    text = "he refuses the breast since this morning, before that he was feeding normally"
    assert referral(engine, text) == {"person": "baby", "urgency": "today"}, assessed(engine, text).findings


def test_sleep_squeaks_are_no_high_pitched_cry(engine):
    text = "my son squeaks and snuffles while he sleeps but he's pink and feeding well, normal?"
    assert referral(engine, text) is None, assessed(engine, text).findings


@pytest.mark.parametrize("text", [
    "my period hasn't come back yet, can I still get pregnant while breastfeeding?",
    "haid saya belum kembali sejak melahirkan, apa masih bisa hamil?",
])
def test_a_period_not_come_back_is_no_wish_to_be_gone(engine, text):
    assert referral(engine, text) is None, assessed(engine, text).findings


# -- who has it: a father's story, her own chills ------------------------------------------------------------------------
def test_a_fathers_story_of_the_babys_fit_is_the_babys(engine):
    text = ("New dad here. My wife is doing great with feeding and her mum is helping with meals. "
            "But this evening the baby went rigid, her eyes rolled back and she didn't respond for a minute.")
    assert referral(engine, text) == {"person": "baby", "urgency": "emergency"}, assessed(engine, text).findings


def test_she_beside_the_woman_named_in_the_clause_stays_hers(engine):
    text = "My wife had our baby 5 days ago. The baby is feeding okay, but she has a fever of 38.5 and shivers"
    assert referral(engine, text)["person"] == "mother", assessed(engine, text).findings


def test_her_own_chills_and_weakness_with_no_baby_named_are_hers(engine):
    text = "Saya menggigil hebat dari tadi, lemes banget sampai gak kuat jalan. Baru 6 hari lahiran."
    assert referral(engine, text)["person"] == "mother", assessed(engine, text).findings


def test_weakness_told_with_no_one_named_stays_the_babys(engine):
    text = "lemas, tidak mau menyusu, tidur terus dari pagi"
    assert referral(engine, text)["person"] == "baby", assessed(engine, text).findings


# -- a first child: the baby now, or an older child of years ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Ini anak pertama saya, umur 5 hari, kulitnya kuning sampai telapak kaki",
    "my first baby is 4 days old and his skin is yellow down to his feet",
])
def test_a_first_time_mothers_first_child_is_the_baby_now(engine, text):
    assert referral(engine, text) == {"person": "baby", "urgency": "today"}, assessed(engine, text).findings


def test_a_child_of_years_is_someone_else(engine):
    text = "Anak sulung saya (3 tahun) tadi malam kejang demam, sudah dibawa ke dokter. Adiknya boleh tetap saya susui?"
    assert referral(engine, text) is None, assessed(engine, text).findings


def test_an_earlier_childs_history_is_set_aside(engine):
    text = "waktu anak pertama dulu saya sempat mastitis, sekarang anak kedua aman-aman saja"
    assert referral(engine, text) is None, assessed(engine, text).findings


def test_otherwise_fine_does_not_settle_the_sign_before_it(engine):
    text = "My right calf is swollen and sore since Sunday. Otherwise recovering well. Which feeding position is best?"
    assert "leg_clot" in groups(engine, text), assessed(engine, text).findings
