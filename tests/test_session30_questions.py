"""Session 30, single questions: "how long after the birth can we begin?" asks when, not how long each session
lasts. Wordings are our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, topic", [
    ("how long after the delivery may my partner begin the back massage?", "massage.when_who"),
    ("brp lama sesudah lahiran boleh mulai dipijat punggungnya?", "massage.when_who"),
    ("how long should one back massage session take?", "massage.duration_frequency"),
    ("pijat oksitosin sekali berapa lama?", "massage.duration_frequency"),
])
def test_how_long_after_asks_when(engine, question, topic):
    assert engine.answer(question).topic == topic


@pytest.mark.parametrize("question, topic", [
    ("so what exactly is this oxy toxin massage my midwife keeps mentioning", "massage.what_is"),
    ("which hormone is pro lactin and what does it do", "hormone.prolactin_oxytocin"),
    ("can you explain the let down reflects to me", "letdown.what_is"),
])
def test_words_split_by_voice_typing_are_still_read(engine, question, topic):
    assert engine.answer(question).topic == topic


def test_a_clinicians_case_note_abbreviations_are_read(engine):
    # LSCS: a caesarean section
    assert engine.answer("Pt POD2 post LSCS, milk slow to come in. Any evidence for back massage here?").topic \
        == "massage.after_caesarean"
