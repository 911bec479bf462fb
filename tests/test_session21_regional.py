"""Session 21: more everyday Javanese and Sundanese words (making and giving, the family, the body, "sing" as
"yang", "wingi" as yesterday, never "wangi"), written from word lists, not from evaluation questions."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, topic", [
    ("mbak, hormon opo sing nggawe susu metu?", "hormone.prolactin_oxytocin"),
    ("nganti umur piro bayi ora usah dikei panganan liyane?", "asi.exclusive_duration"),
    ("Anakku lair wingi, susune mung netes sithik. Opo sebabe?", "asi.low_supply_causes"),
])
def test_javanese_questions_reach_their_answer(engine, question, topic):
    assert engine.answer(question).topic == topic


def test_who_made_the_answers_in_javanese_is_about_oxybot(engine):
    assert engine.answer("sopo sing gawe jawabane?").topic == "meta.about"


def test_wingi_is_yesterday_not_fragrant(engine):
    assert "kemarin" in engine.normalizer.canonical("lair wingi").terms
