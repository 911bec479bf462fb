"""Issue 8: the topic classifier (oxybot/engine/classifier.py), trained on every labelled way a topic was asked,
overrides the rules' answer only when clearly sure, never touches a danger card, a greeting or an honest "not
covered" for a thing the review does not cover, and the trainer view says when it chose."""

from __future__ import annotations

import json
import pickle

from apphelpers import ask, flat, screen_text, wait_for
from test_cli import oxybot

from oxybot.engine.classifier import Classifier

WORD = "zorbleflux"  # a word no lexicon, example or answer knows


def _toy() -> Classifier:
    texts = ["how do I rub her back", "rubbing along the spine, how", "pijat punggung caranya gimana",
             "how long only breast milk", "asi eksklusif berapa bulan", "six months of breast milk only?"]
    labels = ["massage.how_to"] * 3 + ["asi.exclusive_duration"] * 3
    return Classifier(texts, labels)


def test_the_classifier_learns_topics_by_their_letters_and_words_typos_included():
    model = _toy()
    topic, margin, second = model.classify("cara pijet pungung?")
    assert (topic, second) == ("massage.how_to", "asi.exclusive_duration") and margin > 0
    assert model.classify("brp bulan asi eksklusif")[0] == "asi.exclusive_duration"


def test_a_question_with_nothing_it_knows_gets_no_verdict():
    assert _toy().classify("") is None
    assert _toy().classify("%%% ???") is None


def test_the_classifier_survives_pickling_as_the_engine_cache_keeps_it():
    model = _toy()
    again = pickle.loads(pickle.dumps(model))
    assert again.classify("rub the spine") == model.classify("rub the spine")


def _ask(question: str, content=None) -> dict:
    args = ["ask", "--json"] + (["--content", str(content)] if content else []) + [question]
    proc = oxybot(*args)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _teach(content_copy, topic: str, questions: list[str]) -> None:
    """Questions people asked (asked.yaml) under ``topic``: what the classifier (and letter reader) learn from."""
    path = content_copy / "asked.yaml"
    lines = path.read_text(encoding="utf-8").split("\n")
    at = lines.index(f"  {topic}:") + 2  # after its first language line
    for q in questions:
        lines.insert(at, f'      - "{q}"')
    path.write_text("\n".join(lines), encoding="utf-8")


TAUGHT = [f"{WORD} {tail}" for tail in (
    "bikin asi banyak?", "biar susu deras gimana", "asi seret, pakai apa", "supaya asi lancar", "asi makin banyak caranya",
    "tambah asi gimana", "susu keluar lebih banyak", "agar asi melimpah", "asi dikit, harus apa", "perbanyak asi")]


def test_when_the_asked_questions_teach_a_topic_the_classifier_chooses_it_over_the_rules_and_says_so(content_copy):
    question = f"berapa lama asi eksklusif {WORD} {WORD} {WORD}?"
    before = _ask(question, content_copy)
    assert before["topic"] == "asi.exclusive_duration" and before["by_classifier"] is None
    _teach(content_copy, "asi.increase_flow", TAUGHT * 3)
    after = _ask(f"{WORD} {WORD} {WORD} {WORD} berapa lama?", content_copy)
    assert after["topic"] == "asi.increase_flow"
    why = after["by_classifier"]
    assert why["topic"] == "asi.increase_flow" and why["rules"] != "asi.increase_flow" and why["margin"] >= 1.0


def test_it_never_takes_a_danger_card_away_or_a_greeting_or_an_honest_not_covered_for_a_drug(content_copy):
    _teach(content_copy, "asi.increase_flow", TAUGHT * 3)
    danger = _ask(f"{WORD} asi seret, bayi saya kejang dan bibirnya biru", content_copy)
    assert danger["red_flag"] and danger["by_classifier"] is None
    greeting = _ask("selamat pagi bu bidan", content_copy)
    assert greeting["topic"] == "meta.greeting"
    drug = _ask(f"{WORD} obat domperidone berapa mg sehari biar asi banyak?", content_copy)
    assert drug["topic"] == "out_of_scope" and drug["by_classifier"] is None


def test_the_trainer_view_says_the_classifier_chose_and_what_the_rules_had_said(content_copy, drive):
    from oxybot.app.app import create_app
    from oxybot.engine.load import build

    _teach(content_copy, "asi.increase_flow", TAUGHT * 3)
    app = create_app(engine=build(content_copy), lang="en", cursor_blink=False)

    async def scenario(pilot):
        await ask(pilot, f"{WORD} {WORD} {WORD} {WORD} berapa lama?")
        await wait_for(pilot, lambda: "References:" in screen_text(pilot.app))
        await pilot.press("ctrl+t")
        await pilot.pause()
        panel = pilot.app.screen.query_one(".trainer-panel")
        pilot.app.screen.query_one("#log").scroll_to_widget(panel, animate=False, immediate=True)
        await pilot.pause()
        text = flat(screen_text(pilot.app))
        assert "chosen by the topic classifier" in text
        assert "Classifier: asi.increase_flow instead of the rules'" in text

    drive(app, scenario)
