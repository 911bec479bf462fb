"""The danger neighbours (content/danger_asked.yaml, likeness.DangerLetters): when the rule triage reads no
sign in a bodily symptom, a question most like the retired red-team sets' danger questions gets that sign
group's card, the same text the rules' card gives. Through the CLI, as a user sees it."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from test_cli import oxybot

CONTENT = Path(__file__).resolve().parent.parent / "content"
# a blocked bowel after a caesarean told without the catalogue's words for it (no "caesarean", "sesar",
# "kembung", "bloated"): my wording
BELLY = "Since the surgery my belly keeps getting bigger and harder, no wind is coming out and I threw up twice."
# (Not every catch gets the right card: "a hard cord-like vein on the inside of my thigh, red and warm"
# gets the breast infection's, a referral today for the mother but the wrong sign group, as did one of the
# ten round-12 questions the neighbours caught; scripts/danger_letters_check.py, README "How it decides" 2b.)


def _ask(question: str, content=None) -> dict:
    args = ("ask", "--json", *(("--content", str(content)) if content else ()), question)
    proc = oxybot(*args)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _card(group: str, urgency: str, lang: str) -> str:
    data = yaml.safe_load((CONTENT / "red_flags.yaml").read_text(encoding="utf-8"))
    return data["groups"][group][urgency][lang]


def test_a_sign_the_rules_miss_gets_its_card_from_the_neighbours(content_copy):
    (content_copy / "danger_asked.yaml").unlink()
    assert not _ask(BELLY, content_copy)["red_flag"]  # the rules alone read no sign in it
    answer = _ask(BELLY)
    assert answer["red_flag"] and answer["by_letters"]
    assert answer["referral"] == {"person": "mother", "urgency": "emergency"}
    assert answer["answer"] == _card("caesarean_wound", "emergency", "en")  # the rules' card, word for word
    assert answer["matched_example"]  # the trainer sees which question it was like
    assert {"kemenkes_psc119", "kominfo_112"} <= {c["key"] for c in answer["citations"]}


def test_a_near_miss_about_the_same_body_part_stays_quiet():
    for question in ("My thigh muscles ache after carrying the baby up and down the stairs, is that normal?",
                     "Otot paha saya pegal setelah menggendong bayi naik turun tangga, normal nggak?"):
        answer = _ask(question)
        assert not answer["red_flag"] and answer["referral"] is None, question


def test_check_reports_a_broken_danger_file_with_path_and_line(content_copy):
    (content_copy / "danger_asked.yaml").write_text(
        "version: 1\ndanger:\n  no_such_group:\n    today:\n      - \"apa ini\"\n  leg_clot:\n    emergency:\n"
        "      - \"kaki saya\"\n  baby:\n    today: \"not a list\"\nnot_danger:\n  - \"halo\"\n", encoding="utf-8")
    proc = oxybot("check", "--content", str(content_copy))
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1 and "Traceback" not in out
    assert "danger_asked.yaml:3: unknown sign group 'no_such_group'" in out
    assert "danger_asked.yaml:7: group 'leg_clot' has no 'emergency' card" in out
    assert "danger_asked.yaml:10: group 'baby': 'today' must be a list of questions" in out


def test_a_question_like_only_the_ask_of_a_danger_story_stays_quiet(content_copy):
    # three danger questions whose stories name a sign and whose asks are the same ordinary question (my
    # wordings): the ordinary question alone is like them by its ask, which names no sign, so no card
    ask = "Apakah pijatan di punggung bisa bikin hati saya lebih adem?"
    stories = ["Sejak lahiran saya kepikiran mengakhiri hidup.", "Saya merasa ingin menyakiti diri sendiri tiap malam.",
               "Saya sering berpikir lebih baik saya tidak ada."]
    lines = ["version: 1", "danger:", "  mood_selfharm:", "    emergency:"]
    lines += [f'      - "{story} {ask}"' for story in stories]
    lines += ["not_danger:", '  - "berapa lama pijat oksitosin dilakukan?"']
    (content_copy / "danger_asked.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    story = _ask(f"{stories[0]} {ask}", content_copy)
    assert story["red_flag"]  # the story itself is danger (the rules read it)
    answer = _ask(ask, content_copy)
    assert not answer["red_flag"] and answer["referral"] is None
