"""Session 30, danger signs: a decade typed in figures ("in the 80s", "tahun 80an") dates a story to another
time; a time followed by "not" ("bayi saya 8 jam tidak pipis") is how long it has not happened, not the baby's
age; "I'm 30 weeks" is a pregnancy, no weeks a worry has lasted. Wordings are our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "Back in the 80s my aunt's newborn had fits and was rushed to hospital. Ours is perfectly well. How long should the back massage last?",
    "Kata nenek, tahun 80an ada bayi di kampung yang kejang lalu dibawa ke rumah sakit. Anak saya sehat. Pijat oksitosin berapa lama?",
    "In the 1980s a cousin's baby went blue and stopped breathing. Ours is fine, just asking how oxytocin works.",
])
def test_a_story_from_another_decade_is_no_sign(engine, question):
    assert not engine.answer(question).red_flag


@pytest.mark.parametrize("question", [
    "bayi saya 10 jam tidak pipis, normal ga?",
    "dedek sudah 20 jam tidak pipis, popoknya kering",
    "my wife is in her 30s and has been bleeding heavily since the birth, soaking a pad every hour",
])
def test_a_time_before_not_is_how_long_and_a_womans_30s_are_no_decade(engine, question):
    assert engine.answer(question).red_flag


def test_weeks_of_a_pregnancy_are_no_weeks_of_low_mood(engine):
    assert not engine.answer("I'm 30 weeks and anxious about everything I read. Will stress stop my milk later?").red_flag
    assert engine.answer("I've been anxious and unable to sleep for 3 weeks since the birth, I feel hopeless").red_flag


@pytest.mark.parametrize("question", [
    "Ibu mertua datang tiap hari bantu masak. Tapi sejak siang darah keluar banyak sekali, gumpalannya besar-besar.",
    "My aunt drops by every morning to help with the laundry. Since noon there's heavy bleeding with big clots.",
    "Inang saya tiap hari masak sayur untuk saya. Sore ini darah keluar banyak sekali, pembalut penuh tiap jam.",
    "Ibu mertua datang tiap hari bantu masak. Sejak kemarin kuning sampai ke telapak kaki, susah dibangunkan untuk menyusu.",
])
def test_bleeding_told_after_a_helper_is_named_is_still_hers(engine, question):
    """Only a mother after a birth bleeds so, only a baby goes yellow to the soles: a helper named in the sentence before
    does not take it away."""
    assert engine.answer(question).red_flag


@pytest.mark.parametrize("question", [
    "I can't get up without the room going dark for a few seconds, and I look very pale",
    "sy gak bisa bangun tanpa mata berkunang-kunang, muka pucat bgt",
    "so weak, cant stand up w/o it all going black",
])
def test_cannot_stand_without_fainting_is_fainting(engine, question):
    """'can't X without Y' is Y whenever X: no negation of the sign."""
    assert engine.answer(question).red_flag


def test_without_after_an_ordinary_not_still_negates(engine):
    assert not engine.answer("I can walk without feeling faint now and there is no fever. How long should the massage last?").red_flag


@pytest.mark.parametrize("question", [
    "Cuco lon baru seminggu, tadi kaku badannya terus menghentak-hentak, mata ke atas",  # Acehnese: my grandchild
    "my 10 day old has hardly fed since this morning and is floppier than usual. how long should the back rub be?",
])
def test_round36_classes_after_scoring(engine, question):
    assert engine.answer(question).red_flag


def test_nipples_darkening_after_the_birth_is_no_blue_or_black_sign(engine):
    assert not engine.answer("sejak melahirkan putingnya menghitam dan areola juga gelap, itu normal? ada pengaruh ke ASI?").red_flag
    assert engine.answer("bibir dan kuku bayi saya kehitaman kebiruan, napasnya berat").red_flag
