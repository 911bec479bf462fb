"""Issue 8: questions as people asked them (content/asked.yaml, the retired blind rounds) teach the letter
reader how whole topics are asked. Through the CLI with a content copy."""

from __future__ import annotations

import json

from test_cli import oxybot

WORD = "zorbleflux"  # a word no lexicon, example or answer knows: only the letters can match it


def _ask(content_copy, question: str) -> dict:
    proc = oxybot("ask", "--json", "--content", str(content_copy), question)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _asked(content_copy, body: str) -> None:
    (content_copy / "asked.yaml").write_text("version: 1\nasked:\n" + body, encoding="utf-8")


def test_a_question_like_one_asked_gets_its_topic_with_the_reason_shown(content_copy):
    _asked(content_copy, "  asi.volume:\n    id:\n      - \"empty\"\n")
    assert _ask(content_copy, f"{WORD} itu apa ya?")["topic"] == "out_of_scope"
    _asked(content_copy, f'  asi.volume:\n    id:\n      - "{WORD} itu apa sih bun?"\n')
    answer = _ask(content_copy, f"{WORD} itu apa ya?")
    assert answer["topic"] == "asi.volume" and answer["by_letters"]
    assert answer["matched_example"] == f"{WORD} itu apa sih bun?"  # the trainer sees why
    assert answer["citations"]


def test_a_question_asked_never_outweighs_a_danger_sign(content_copy):
    _asked(content_copy, f'  asi.volume:\n    id:\n      - "{WORD} itu apa sih bun?"\n')
    answer = _ask(content_copy, f"{WORD} itu apa sih bun? bayi saya kejang")
    assert answer["red_flag"] and answer["referral"]["person"] == "baby"


def test_check_reports_a_broken_asked_file_with_path_and_line(content_copy):
    _asked(content_copy, '  no.such_topic:\n    id:\n      - "apa ini"\n  asi.volume:\n    id: "not a list"\n')
    proc = oxybot("check", "--content", str(content_copy))
    assert proc.returncode == 1
    assert "asked.yaml:3: unknown topic 'no.such_topic'" in proc.stdout + proc.stderr
    assert "asked.yaml:7: topic 'asi.volume': 'id' must be a list of questions" in proc.stdout + proc.stderr


def test_a_question_asked_under_another_topic_than_an_example_is_reported(content_copy):
    example = next(line.strip()[3:-1] for line in (content_copy / "intents" / "asi.yaml").read_text(encoding="utf-8")
                   .splitlines() if line.strip().startswith('- "') and "ASI" in line)
    _asked(content_copy, f'  massage.how_to:\n    id:\n      - "{example}"\n')
    proc = oxybot("check", "--content", str(content_copy))
    assert proc.returncode == 1 and "is also under topic" in proc.stdout + proc.stderr
