"""Session 15's conversation fixes, by class, with conversations written for these tests (never copied from an
eval set), each first seen failing."""

from __future__ import annotations

import pytest

from dialogue_probe import talk


# -- past the time the last answer gave ("kalau lewat dari itu?", "longer than that?"): the same question of a
#    later time, as an age named on its own is; "lewat" had matched "ASI keluar lewat mana" (the let-down) -----
@pytest.mark.parametrize("first, turn, intent", [
    ("sampai umur berapa bayi cukup ASI saja tanpa makanan lain?", "kalau lewat dari itu nggak apa-apa?",
     "asi/exclusive_duration"),
    ("for how many months is breast milk alone enough?", "and if we carry on longer than that?", "asi/exclusive_duration"),
    ("kapan paling cepat boleh mulai pijat oksitosin?", "kalau lebih dari itu baru mulai, masih ngaruh?",
     "massage/when_to_start"),
])
def test_past_the_time_given_is_the_same_question(engine, first, turn, intent):
    answers = talk(engine, first, turn)
    assert answers[0].intent == intent
    assert answers[1].intent == intent


def test_more_than_an_amount_stays_with_the_amount(engine):
    answers = talk(engine, "sekali minum bayi baru lahir butuh berapa ml?", "kalau lebih dari itu?")
    assert answers[1].intent == answers[0].intent == "asi/volume"
