"""Session 14 (lead): round 20's danger misses and false alarms, fixed by class and tested with new wordings
(never the eval's): a reading taken in the armpit, chills told as shaking under a blanket, red jelly in the
nappy, a pause in breathing told after a carer, whose "my legs" are, a day to come, a subject she studies,
hyperbole about gossip, a word asked for its meaning, her own mother in regional words, a story told over
once her check-up was clear."""

from __future__ import annotations

import pytest

from triage_probe import referral, active


# where the reading was taken says whose it is: "saya ukur suhu ketiaknya" is the baby's, not the one who took it
@pytest.mark.parametrize("text", [
    "Bayi saya umur 4 hari. Barusan saya cek suhu ketiaknya 35,1 derajat, badannya dingin.",
    "I checked my 3-day-old's armpit temperature just now and it was 35.0.",
])
def test_a_low_armpit_reading_is_the_babys(engine, text):
    assert referral(engine, text) == {"person": "baby", "urgency": "today"}


def test_a_normal_armpit_reading_raises_nothing(engine):
    assert referral(engine, "Bayi saya umur 4 hari. Saya ukur suhu ketiaknya 36,8, normal kan?") is None


# chills told by what she does about them: shaking while wrapped up
@pytest.mark.parametrize("text", [
    "Istri saya lahiran seminggu lalu, dari siang gemetaran terus padahal sudah pakai selimut tebal.",
    "Four days after the birth and I'm shaking under the duvet, I can't get warm.",
])
def test_shaking_under_a_blanket_is_a_chill(engine, text):
    assert referral(engine, text) == {"person": "mother", "urgency": "today"}


@pytest.mark.parametrize("text", [
    "My hands were trembling with nerves the first time I latched him, is that common?",
    "Selimut bayi yang bagus bahan apa ya? Saya suka gemetar kalau bedong, takut salah.",
])
def test_trembling_from_nerves_is_no_chill(engine, text):
    assert referral(engine, text) is None


# red and jelly or slime in the nappy (WHO 2022: blood in the stool); slime alone, or urates, is not it
@pytest.mark.parametrize("text", [
    "His nappy had a red slimy blob in it like jam, and he keeps screaming then going quiet.",
    "Popok dedek ada lendir merah kayak agar-agar, dia nangis melengking terus.",
])
def test_red_jelly_in_the_nappy_is_the_babys_card(engine, text):
    assert referral(engine, text)["person"] == "baby"


@pytest.mark.parametrize("text", [
    "Pup bayi saya hijau dan agak berlendir, apa karena ASI depan?",
    "Day 2 and there is an orange-pink powdery stain in the nappy, is that normal?",
])
def test_slime_alone_or_urates_raise_nothing(engine, text):
    assert referral(engine, text) is None


# a pronoun after a carer who only helps (the massage) is the baby for a sign that is a baby's by default
def test_a_breathing_pause_after_the_husband_helps_is_the_babys(engine):
    text = ("Anak saya baru 10 hari. Suami rajin pijat punggung saya tiap malam. "
            "Tapi kadang pas tidur dia berhenti napas lama, bibirnya kebiruan.")
    assert referral(engine, text) == {"person": "baby", "urgency": "emergency"}


def test_the_husbands_own_fever_stays_his(engine):
    text = "Anak saya baru 10 hari. Suami rajin pijat punggung saya. Tapi sekarang dia demam dan batuk."
    assert referral(engine, text) is None


# an English "I" after a noun starts a statement of her own; "my legs" inside the sign's words are hers
def test_blood_down_my_legs_while_he_massages_is_hers(engine):
    text = ("My partner was rubbing my back for my supply and when I got up, blood poured down my legs. "
            "Is the massage to blame?")
    assert referral(engine, text) == {"person": "mother", "urgency": "emergency"}


# a day to come frames the sign just before it; a day it has lasted does not
def test_a_fever_some_day_is_a_hypothetical(engine):
    assert referral(engine, "Suppose my son runs a fever someday, do I keep nursing him?") is None


def test_a_fever_for_one_day_now_is_not(engine):
    assert referral(engine, "My daughter has had a fever one day now and she barely feeds.")["person"] == "baby"


# a subject she studies or teaches is no sign of hers; her own words after it still are
def test_a_students_essay_topic_is_no_sign(engine):
    text = ("I'm a nursing student doing an assignment on postpartum psychosis and suicide risk in new mothers. "
            "I'm fine myself. Is there evidence that back massage lowers stress?")
    assert referral(engine, text) is None


def test_her_own_wish_after_the_essay_is_still_referred(engine):
    text = "Lagi ngerjain makalah tentang ASI, tapi jujur aku sendiri rasanya pengen mati aja."
    assert referral(engine, text) == {"person": "mother", "urgency": "emergency"}


# "kepala mau pecah" from gossip is a way of speaking; with blurred vision it is a headache
def test_a_head_bursting_from_gossip_is_no_headache(engine):
    assert referral(engine, "Kepala kayak mau pecah denger nyinyiran ipar soal ASI saya. Gimana biar cuek?") is None


def test_a_head_bursting_with_blurred_sight_is_still_referred(engine):
    assert referral(engine, "Kepala saya kayak mau pecah dari subuh, mata berkunang-kunang.") is not None


# a word asked for its meaning, of no one
def test_a_word_asked_for_its_meaning_is_general(engine):
    assert referral(engine, "Step itu apa sih dalam istilah medis? Sering dengar orang tua bilang bayi step.") is None


# her own mother in everyday and regional words is someone else
@pytest.mark.parametrize("text", [
    "Emak saya kejang tadi pagi, sekarang di rumah sakit. ASI saya jadi seret, gimana?",
    "Simbok saya sesak napas semalam, saya jadi kepikiran terus.",
])
def test_her_own_mother_is_someone_else(engine, text):
    assert not any(person in ("mother", "baby") for _, person in active(engine, text))


def test_a_wife_called_bini_is_the_mother(engine):
    text = "Bini aye baru lahiran, dia bilang pengen mati aja tiap bayinye nangis."
    assert referral(engine, text) == {"person": "mother", "urgency": "emergency"}


# a story told over: a sentence saying her check-up was clear sets aside the bleed told sentences before
def test_a_bleed_long_over_with_a_clear_check_up(engine):
    text = ("Two months back I haemorrhaged after the birth and was given blood. I stayed in for a week. "
            "My check-up last week was all clear and my iron is back to normal. Can the massage still help my milk?")
    assert referral(engine, text) is None


def test_a_bleed_this_morning_is_not_set_aside_by_a_pressure_reading(engine):
    text = "My wife bled heavily this morning. She is lying down now. Her blood pressure is back to normal."
    assert referral(engine, text) == {"person": "mother", "urgency": "emergency"}


# a health worker who says what she does tells no story of her own; asked how feeding relates to an illness
@pytest.mark.parametrize("text", [
    "Saya kader posyandu, minggu depan ada kelas ibu hamil. Apakah menyusui ada kaitannya dengan diare pada balita?",
    "I'm a community midwife. Is exclusive breastfeeding linked to fewer chest infections and less fever?",
])
def test_a_health_workers_general_question_raises_no_card(engine, text):
    assert referral(engine, text) is None


def test_a_health_workers_own_baby_is_still_referred(engine):
    assert referral(engine, "Saya bidan, tapi bayi saya sendiri demam 38,4 dari tadi pagi.") == {
        "person": "baby", "urgency": "today"}


# a fever word with its reading, then the one it is "in": that person's ("demam 38,5 pada bayi umur 5 hari")
@pytest.mark.parametrize("text", [
    "Is a temperature of 38.4 in my 9 day old daughter worrying?",
    "Demam 38,3 pada bayi umur seminggu itu bahaya nggak?",
])
def test_a_reading_in_a_baby_is_the_babys(engine, text):
    assert referral(engine, text) == {"person": "baby", "urgency": "today"}


def test_her_own_reading_beside_her_babys_age_stays_hers(engine):
    assert referral(engine, "I have a temperature of 38.6 and my baby is 10 days old, can I still feed?") == {
        "person": "mother", "urgency": "today"}
