"""Session 19, round 24's false alarms as classes, in our own wordings: a sign told as over and then asked about as
"the" one ("did the fever ..."); a time that opens the sentence, up to a "now" after a comma; what it was mistaken
for ("thinking it was pus"); tears of love; a case read in a course book or written up for a course, a video watched
in class, something read online. Each keeps a real sign told beside it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "Kena flu dan demam dua minggu lalu, kata dokter cuma virus, sudah sembuh total. Apa demam tadi bikin ASI saya berkurang?",
    "I had a fever after a tooth infection in March, it went away with treatment. Could the fever have lowered my supply?",
    "Last month at my cousin's house, her toddler had a high fever, now he's totally fine. Can my newborn visit them?",
    "My nipples had yellow crusty stuff, thinking it was pus I panicked, but the nurse said it's dried milk. Normal?",
    "Every time I look at her I feel like I could cry from love. Is that oxytocin?",
    "Di buku kuliah kebidanan ada kasus ibu nifas pendarahan hebat. Pijat oksitosin boleh untuk ibu yang sehat kan?",
    "I'm writing up a case for my midwifery course about a baby who had fits on day 3. How does oxytocin work?",
    "Di video edukasi yang kami tonton di posyandu ada bayi yang kejang. Bayi saya sehat, kapan boleh mulai pijat?",
    "I read online that babies can stop breathing in their sleep, so I keep checking. Does worry reduce milk?",
])
def test_no_card_for_a_sign_that_is_not_hers_now(engine, question):
    assert not engine.answer(question).red_flag


@pytest.mark.parametrize("question", [
    "Had a fever last week, it went away, but today it's back at 38.9 and my breast is red and hot.",
    "I thought it was just wind, but now my 5 day old is vomiting green and his tummy is swollen.",
    "I read online about jaundice, and my 4 day old is yellow down to his feet and very sleepy.",
    "Di buku kuliah ada kasus kejang, dan bayi saya 6 hari tadi kejang 2 menit.",
])
def test_a_real_sign_beside_it_still_gets_the_card(engine, question):
    assert engine.answer(question).red_flag


@pytest.mark.parametrize("question", [
    # "is it X if my baby ...": her own baby described, not a condition; "lethargy" names the sign
    "Is it lethargy if my 6 day old hardly moves and won't wake for feeds?",
    # not wanting the breast since the morning, in a 7-day-old
    "My grandson is 7 days old and hasn't wanted the breast since early morning, he only sleeps. What do we do?",
])
def test_everyday_descriptions_of_a_baby_sign_get_the_card(engine, question):
    answer = engine.answer(question)
    assert answer.red_flag and answer.topic == "red_flag"


def test_a_hedge_before_a_time_already_gone_by_is_her_own_story(engine):
    # "misal" (say) as a hedge, then "udah 2 hari" (for two days already): her own baby, now
    answer = engine.answer("kak, misal anakku umur 3 minggu udah 2 hari nggak mau nyusu, lemes banget, gimana?")
    assert answer.red_flag


def test_a_hedge_about_later_stays_a_question_about_later(engine):
    answer = engine.answer("misalnya nanti bayi saya sudah 2 hari ga mau nyusu, harus gimana?")
    assert not answer.red_flag
