"""Session 18, social messages from round 23's misses, as classes with our own wordings: a name of address asked
about ("are you a doctor?") is the question; "what can I ask you?" asks what she may ask; a goodbye with "saya" in
it introduces no one; chat spellings of a greeting; a not-covered question about a civil servant's leave is no fever."""

from __future__ import annotations

import pytest


def topic_of(engine, question: str) -> str:
    return engine.answer(question).topic


@pytest.mark.parametrize("question, topic", [
    ("hi, are you a doctor?", "meta.about"),
    ("halo, kamu dokter ya?", "meta.about"),
    ("hi, so what can I ask you?", "meta.help"),
    ("Udah dulu ya, lain kali kalau ada yang mau ditanya saya balik lagi.", "meta.goodbye"),
    ("hey bot, gd afternoon from medan", "meta.greeting"),
    ("btw, jawaban kamu itu ambil dari mana sih?", "meta.about"),
])
def test_social_and_meta_messages(engine, question, topic):
    assert topic_of(engine, question) == topic


@pytest.mark.parametrize("question, topic", [
    # the polite address stays politeness around a real question
    ("Dok, asi eksklusif itu sampai umur berapa?", "asi.exclusive_duration"),
    ("hi, can I ask how long each massage session should be?", "massage.duration_frequency"),
])
def test_politeness_around_a_question_still_answers_it(engine, question, topic):
    assert topic_of(engine, question) == topic


def test_maternity_leave_is_no_fever(engine):
    answer = engine.answer("berapa lama cuti melahirkan untuk pns sekarang?")
    assert not answer.red_flag and answer.topic == "out_of_scope"


def test_a_body_that_is_hot_in_chat_spelling_is_still_a_fever(engine):
    assert engine.answer("badan sy pns bgt dr semalam, abis lahiran 5 hari").red_flag


def test_a_rice_field_is_no_fit(engine):
    # "sawah" is a rice field; "sawan" (fits) is one letter away
    answer = engine.answer("Siang saya kerja di sawah, bayi di rumah sama neneknya. Gimana caranya supaya ASI tetap banyak?")
    assert not answer.red_flag


def test_a_hospital_is_no_pain(engine):
    # "rumah sakit" is a hospital; its "sakit" is no pain in the breast named after it
    answer = engine.answer("Waktu di rumah sakit bidan menempelkan kain hangat di payudara saya. Itu sama gunanya dengan pijat punggung?")
    assert not answer.red_flag


def test_a_painful_breast_in_hospital_is_still_read(engine):
    assert engine.answer("saya masih di rumah sakit, payudara kanan sakit, merah, panas dan saya demam 38,6").red_flag
