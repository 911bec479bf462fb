"""Session 18 (lead): the classes of round 22's English false alarms, tested with new wordings (never the eval's)."""

from __future__ import annotations

import pytest

from triage_probe import active, referral


# a baby on a screen: "the newborn" after a film is named is one of its characters; "my baby" is hers
def test_a_babys_sign_in_a_film_is_no_ones(engine):
    assert referral(engine, "In a film I saw yesterday the baby stopped breathing. Does breastfeeding protect against that?") is None


def test_her_own_baby_after_a_film_is_hers(engine):
    assert referral(engine, "I watched a film last night and now my baby has turned blue and is floppy") == {
        "person": "baby", "urgency": "emergency"}


# pictures shown in a class or a talk are no sign seen
@pytest.mark.parametrize("text", [
    "Our tutor showed us pictures of infected caesarean wounds today. Does the back massage help healing?",
    "Dosen kami menunjukkan foto payudara bernanah di kelas, apakah pijat oksitosin mencegah mastitis?",
])
def test_pictures_shown_in_class_raise_no_card(engine, text):
    assert referral(engine, text) is None


# a sign told as treated and gone for a while is over
def test_treated_and_gone_for_a_month_is_over(engine):
    text = "After the birth I had a terrible headache, the doctor treated it and it's been gone for a month. Is massage ok?"
    assert referral(engine, text) is None


# a count of breaths or beats is no temperature
@pytest.mark.parametrize("text", [
    "At the visit: temperature 36.8, breathing 42 a minute, feeding well. Is that normal for a newborn?",
    "Waktu kunjungan nifas nadi ibu 40 kali per menit? Eh maksud saya suhu 36,7. Apakah pijat boleh?",
])
def test_a_rate_is_no_temperature(engine, text):
    assert referral(engine, text) is None


def test_a_fast_breathing_count_is_still_read(engine):
    assert referral(engine, "my 5 day old is breathing 72 a minute and grunting") == {"person": "baby", "urgency": "emergency"}


# the heat and sweat of a warm shower is no fever; a reading after it still is
def test_hot_after_a_shower_is_no_fever(engine):
    assert referral(engine, "I feel hot and sweaty after a hot shower, should I wait before the back massage?") is None


def test_a_reading_after_a_shower_is_still_a_fever(engine):
    assert referral(engine, "My baby is hot after a warm bath and his temperature is 38.4") == {"person": "baby", "urgency": "today"}


# "now I'm paranoid" is worry, not a delusion
def test_paranoid_as_worry_raises_no_card(engine):
    assert referral(engine, "We read about let-down reflex problems and now I'm paranoid my milk won't come. Any tips?") is None


# a textbook's case or picture is no sign seen (round 23's near-misses, new wordings)
@pytest.mark.parametrize("text", [
    "Our textbook has a case of a mother with a fever of 39 after birth. Does breastfeeding need to stop in that case?",
    "Di buku KIA ada gambar bayi kejang, itu bedanya dengan bayi kaget apa ya? buat belajar",
])
def test_a_textbook_case_raises_no_card(engine, text):
    assert referral(engine, text) is None


# "besok kalau" asks ahead, in chat spelling too; a reading told now after it still counts
def test_tomorrow_if_asks_ahead(engine):
    assert referral(engine, "besok kalo bayi sy demam pas masih asi eksklusif, boleh tetap nyusu? skrg sih sehat2 aja") is None


def test_a_reading_now_after_asking_ahead_counts(engine):
    assert referral(engine, "bsk kalo demam lagi gmn? ini anak sy demam 38,5 dr tadi pagi") == {"person": "baby", "urgency": "today"}


# round 23's danger misses, by class (new wordings)
def test_a_crushing_chest_pressure_spreading_to_the_arm_is_chest_pain(engine):
    assert referral(engine, "Tonight I have a heavy pressure in the middle of my chest and it spreads to my left arm. Baby is 10 days old.") == {
        "person": "mother", "urgency": "emergency"}


def test_asking_whether_a_pain_may_spread_stays_a_question(engine):
    assert referral(engine, "What if a pain ever spreads to the arm, is that serious?") is None


def test_a_mother_shaken_awake_and_confused_is_unresponsive(engine):
    assert referral(engine, "My husband has to shake me awake to feed and I'm confused about where I am. Day 4 after birth.") == {
        "person": "mother", "urgency": "emergency"}


def test_a_sleepy_baby_and_an_unsure_mother_is_not_her_confusion(engine):
    assert ("unresponsive", "mother") not in active(engine, "bayi saya susah dibangunin buat nyusu, saya bingung harus gimana")


@pytest.mark.parametrize("text", [
    "Bayi saya umur 6 hari, terakhir nyusu 8 jam lalu, tidur terus.",
    "my 4 day old last fed 9 hours ago and won't latch",
])
def test_the_last_feed_hours_ago_is_a_long_gap(engine, text):
    assert referral(engine, text) == {"person": "baby", "urgency": "today"}


def test_a_recent_last_feed_is_no_gap(engine):
    assert referral(engine, "Terakhir nyusu 2 jam lalu, sekarang tidur pulas. Normal kan?") is None


def test_a_reading_then_a_fever_for_a_baby_is_the_babys(engine):
    assert referral(engine, "Is 38.3 in the armpit a fever for a 9 day old? He's feeding less.") == {"person": "baby", "urgency": "today"}


# a sign told, then denied now in a later sentence, is over (the "kemarin demam, sekarang sudah normal"
# across two sentences); a fit stays an emergency, and what else she tells now still counts
@pytest.mark.parametrize("text", [
    "My daughter had a temperature of 38.3 on Sunday. Today no fever at all. Can I keep breastfeeding as usual?",
    "Dua hari lalu saya demam 38,4. Sekarang sudah tidak demam. Pijat oksitosin boleh dimulai?",
])
def test_a_sign_denied_now_in_a_later_sentence_is_over(engine, text):
    assert referral(engine, text) is None


def test_a_fit_denied_now_is_still_an_emergency(engine):
    assert referral(engine, "My son had a fit this morning. Now no more shaking.") == {"person": "baby", "urgency": "emergency"}


def test_what_she_tells_now_still_counts_after_a_denied_fever(engine):
    assert referral(engine, "Baby had a fever of 38.4 yesterday. Now no fever but he won't feed at all since morning.") == {
        "person": "baby", "urgency": "today"}


# over, said of "it" in a later sentence that tells no sign of its own, is said of the story before it
def test_it_is_all_gone_in_a_later_sentence_sets_the_story_aside(engine):
    text = "Our girl was yellow in her first week. At the two month visit the nurse said it had all gone. Is my milk still enough?"
    assert referral(engine, text) is None


def test_told_again_after_it_is_over_stays(engine):
    assert referral(engine, "My newborn is yellow to his feet. My mum says it's all gone? No, he is still yellow today.") == {
        "person": "baby", "urgency": "today"}
