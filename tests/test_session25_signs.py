"""Session 25: danger signs told by someone other than the one who has them. Wordings are new, not those of any
evaluation set."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, person, group", [
    # the mother touched the baby: "saya pegang" says who felt the heat, not who is hot
    ("Anak saya umur 10 hari, kepalanya kalau saya pegang panas, tadi diukur 38,3. Masih boleh nyusu?", "baby", "baby"),
    ("Dedek badannya waktu aku sentuh panas banget, termometer 38,6", "baby", "baby"),
])
def test_sign_is_referred_to_the_right_person(engine, question, person, group):
    answer = engine.answer(question)
    assert answer.red_flag, answer.intent
    found = engine.triage.assess(question)
    assert {f.person for f in found.active} == {person}, [(f.person, f.words) for f in found.active]
    assert group in {f.group for f in found.active}


@pytest.mark.parametrize("question, topic", [
    # "seret" (not flowing) said of the milk is no bleeding "lancar", so no card by likeness to danger questions
    ("Kenapa ya ASI saya tiba-tiba seret?", "asi.low_supply_causes"),
    ("ASI aku kok tiba-tiba seret gini ya, sebabnya apa?", "asi.low_supply_causes"),
])
def test_milk_that_stops_flowing_is_no_danger(engine, question, topic):
    answer = engine.answer(question)
    assert not answer.red_flag, answer.intent
    assert answer.topic == topic


@pytest.mark.parametrize("question", [
    # one breast refused while the other is taken: a preference, not a baby who will not feed
    "Anakku 3 minggu kok gak mau nenen yang kiri ya, yang kanan lahap. Kenapa?",
    "She refuses the right breast every time but feeds happily on the left. Why would that be?",
])
def test_one_breast_refused_is_no_danger(engine, question):
    assert not engine.answer(question).red_flag


def test_one_breast_refused_beside_a_danger_sign_still_refers(engine):
    assert engine.answer("He refuses the left breast, and since this morning he is floppy and hard to wake").red_flag


@pytest.mark.parametrize("question", [
    # feeling a failure told as why she asks about milk: a hard day, answered with the "when to go" note
    "Anak saya umur 2 bulan, hari ini saya merasa gagal jadi ibu karena ASI sedikit. Apa rasa cemas bikin ASI seret?",
    "My baby is 7 weeks and after a rough week I feel like a bad mom. Can feeling stressed make less milk come out?",
])
def test_feeling_a_failure_beside_a_question_gets_the_answer_and_its_note(engine, question):
    answer = engine.answer(question)
    assert not answer.red_flag, answer.intent
    assert answer.topic == "stress.mind_and_milk"
    assert "dua minggu" in answer.answer or "two weeks" in answer.answer


@pytest.mark.parametrize("question", [
    # with crying every day, or on its own as the whole message, it stays the card
    "I cry every day and I feel like a bad mom. Does stress lower my milk?",
    "Aku merasa gagal jadi ibu",
])
def test_feeling_a_failure_with_more_or_alone_is_referred(engine, question):
    assert engine.answer(question).referral == {"person": "mother", "urgency": "today"}


@pytest.mark.parametrize("question", [
    # a tight chest told with the nerves of feeding in front of family: worry, asked about as worry
    "Dada rasanya sesak tiap harus menyusui di depan mertua, malu. Apa bikin ASI seret?",
])
def test_a_tight_chest_from_nerves_is_no_danger(engine, question):
    assert not engine.answer(question).red_flag


def test_a_severe_chest_pain_is_never_set_aside_by_nerves(engine):
    assert engine.answer("Tiba-tiba dada saya nyeri hebat dan sesak napas, di depan mertua tadi").red_flag
