"""Session 11, out-of-scope decisions fixed as classes over all tuning rounds, with our own wordings (none
from an eval set).

* Something she says she already tried and that failed ("udah rutin minum jamu tapi tetep seret", "I've been
  taking fenugreek, nothing works") is set aside like "tanpa sufor" when she asks about something the review
  covers: she wants another way to more milk, not the herbs answer. Named again where she asks ("booster apa
  yang bagus?"), or with nothing covered asked ("sudah minum domperidon, dosisnya berapa?"), it stays asked."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "bun gimana ya biar asi deras, aku udah rutin minum jamu pelancar tiap pagi tapi tetep seret",
    "Saya sudah coba makan daun kelor seminggu. Hasilnya nihil. Ada cara lain supaya ASI lebih banyak?",
    "I've been drinking fenugreek tea every day and nothing works, how do I make more milk?",
    "how can I get my supply up? I tried lactation cookies and oat drinks, didn't help at all",
])
def test_a_remedy_that_failed_is_set_aside_when_she_asks_for_more_milk(engine, question):
    assert engine.answer(question).topic == "asi.increase_flow"


@pytest.mark.parametrize("question", [
    "udah minum booster asi tiap hari tapi tetep seret, booster merk apa yang bagus?",
    "sudah minum domperidon tapi tetap sedikit, dosisnya berapa sih yang boleh?",
    "I've tried fenugreek capsules but nothing works, is fenugreek safe at a higher dose?",
    "saya sudah makan daun katuk, apakah aman untuk bayi?",
])
def test_a_remedy_asked_about_stays_not_covered(engine, question):
    assert engine.answer(question).topic == "out_of_scope"


@pytest.mark.parametrize("question, topic", [
    # "bayi." ends one sentence and "Urut punggung" opens the next: no baby massage (a not-covered concept)
    ("Minggu lalu perut saya dioperasi buat ngeluarin bayi. Urut punggung buat ASI boleh nggak buat saya?",
     "massage.after_caesarean"),
    # "baby." then "Massage ...": no "baby massage"
    ("I had a c-section on Monday and went home with my baby. Massage along the spine for milk, is it safe for me now?",
     "massage.after_caesarean"),
])
def test_a_concept_name_never_runs_over_a_sentence_end(engine, question, topic):
    assert engine.answer(question).topic == topic


def test_a_baby_massage_named_in_one_sentence_is_still_not_covered(engine):
    assert engine.answer("Bayi saya suka rewel malam. Urut bayi pakai minyak telon boleh tiap hari?").topic == "out_of_scope"


@pytest.mark.parametrize("question", [
    # a drug given by injection, then "that shot" / "suntikan itu" where she asks: the medicine, not the hormone
    "Habis lahiran bidan nyuntik paha saya, katanya oksitosin biar rahim kontraksi. Suntikan itu aman nggak buat ASI?",
    "After the birth the nurse gave me an oxytocin injection for the bleeding. Could that jab affect my milk or the baby?",
    "My doctor wants to induce labour with synthetic oxytocin next week. Will it make breastfeeding harder later?",
    # a supplement told in the story, then its drops asked about
    "Dokter anak di Jakarta bilang bayi ASI perlu vitamin D. Di sini bidannya nggak bilang apa-apa. Perlu nggak, berapa tetes sehari?",
])
def test_a_drug_or_supplement_told_then_referred_to_is_not_covered(engine, question):
    assert engine.answer(question).topic == "out_of_scope"


@pytest.mark.parametrize("question, topic", [
    # the body's own oxytocin stays the hormone; "buat" (for) is no "buatan" (man-made)
    ("oksitosin yang dibuat tubuh sendiri itu fungsinya apa buat ibu selain ASI?", "hormone.oxytocin_effects"),
    ("pijat punggung buat asi sebaiknya berapa hari?", "massage.duration_frequency"),
])
def test_the_bodys_own_hormone_is_still_covered(engine, question, topic):
    assert engine.answer(question).topic == topic


@pytest.mark.parametrize("question, topic", [
    # English chat shorthand: "wen", "giv", "els", "n" (and), "hw", "kno"
    ("hw long shud i giv my baby nothin but breastmilk n wen can i add othr food", "asi.exclusive_duration"),
    ("wen shud my husband start doin the back rub, rite after birth or l8r?", "massage.when_who"),
])
def test_english_chat_shorthand_is_read(engine, question, topic):
    assert engine.answer(question).topic == topic


@pytest.mark.parametrize("question", [
    "Setelah lahiran berat saya naik banyak. Saya masih menyusui penuh. Bolehkah saya mulai diet keto sekarang?",
    "I'm exclusively breastfeeding my 3 month old. Is it safe to start intermittent fasting to lose the baby weight?",
])
def test_a_diet_to_lose_weight_is_not_covered(engine, question):
    assert engine.answer(question).topic == "out_of_scope"


@pytest.mark.parametrize("question, topic", [
    # the study that weighed the babies speaks of weight; the comparison beside it never does
    ("Menurut penelitian, perawatan payudara atau pijat punggung oleh suami yang bikin berat badan bayi lebih naik?",
     "evidence.vs_breast_care"),
])
def test_of_two_near_covered_answers_the_one_that_speaks_of_what_she_names(engine, question, topic):
    assert engine.answer(question).topic == topic


@pytest.mark.parametrize("question", [
    "susu formula merk apa yang bikin berat badan bayi cepat naik?",
    "my baby isn't gaining weight on breast milk alone, should I add a bottle at night?",
])
def test_weight_and_formula_questions_stay_not_covered(engine, question):
    assert engine.answer(question).topic == "out_of_scope"
