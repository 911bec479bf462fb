"""`oxybot ask --conversation -` and `oxybot eval` on dialogue files, through the real entry point."""

from __future__ import annotations

import json

from test_cli import oxybot

TWO_CONVERSATIONS = [
    "ASI eksklusif itu diberikan sampai bayi umur berapa?",
    "berapa lama?",
    "is it worth it? what are the benefits?",
    "",
    "berapa lama?",
]


def test_conversation_lines_lean_on_earlier_turns_and_a_blank_line_starts_over():
    proc = oxybot("ask", "--json", "--conversation", "-", stdin="\n".join(TWO_CONVERSATIONS) + "\n")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["question"] for r in rows] == [q for q in TWO_CONVERSATIONS if q]  # one line each, in order
    assert [r["turn"] for r in rows] == [1, 2, 3, 1]
    assert rows[1]["topic"] == "asi.exclusive_duration"
    assert rows[1]["context"] == "asi/exclusive_duration" and rows[1]["context_turn"] == 1
    assert rows[2]["topic"] == "asi.benefits" and rows[2]["lang"] == "en"
    # the second conversation knows nothing of the first
    assert rows[3]["context"] is None
    assert rows[3]["topic"] == "massage.duration_frequency"


def test_without_conversation_every_line_stands_alone():
    proc = oxybot("ask", "--json", "-", stdin="\n".join(TWO_CONVERSATIONS) + "\n")
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(rows) == len(TWO_CONVERSATIONS)  # blank lines included, as before
    assert rows[1]["topic"] == "massage.duration_frequency"
    assert all(r["context"] is None and r["turn"] is None for r in rows)


def test_conversation_survives_hostile_lines_and_crlf():
    lines = ["apa itu pijat oksitosin?\r", "\x1b[2J\x00caranya?", "   ", "x" * 20_000, "siapa yang boleh melakukannya?"]
    proc = oxybot("ask", "--json", "--conversation", "-", stdin="\n".join(lines) + "\n")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(rows) == 4
    assert rows[1]["topic"] == "massage.how_to"
    assert rows[2]["truncated"] is True and rows[3]["turn"] == 2


def test_conversation_text_output_answers_each_turn():
    proc = oxybot("ask", "--conversation", "-", stdin="apa itu pijat oksitosin?\nberapa menit?\n")
    lines = proc.stdout.splitlines()
    assert [line.split("\t")[0] for line in lines] == ["massage.what_is", "massage.duration_frequency"]


DIALOGUES = """\
# written for this test
dialogues:
- turns:
  - {q: "ASI eksklusif itu diberikan sampai bayi umur berapa?", topic: asi.exclusive_duration}
  - {q: "berapa lama?", topic: asi.exclusive_duration}
  - {q: "my baby is limp and won't wake up to feed", topic: red_flag, shift: true}
- turns:
  - {q: "how do I do the oxytocin massage?", topic: massage.how_to}
  - {q: "who can do it for me?", topic: massage.when_who}
"""


def test_eval_reports_first_turn_follow_up_and_shift_accuracy(tmp_path):
    path = tmp_path / "dialogues.yaml"
    path.write_text(DIALOGUES, encoding="utf-8")
    proc = oxybot("eval", str(path))
    assert proc.returncode == 0, proc.stderr
    assert "first turns:" in proc.stdout and "follow-ups:" in proc.stdout and "topic shifts:" in proc.stdout
    data = json.loads(oxybot("eval", "--json", str(path)).stdout)
    assert data["turns"] == 5
    assert {k: v["n"] for k, v in data["by_kind"].items()} == {"first": 2, "followup": 2, "shift": 1}
    assert data["by_kind"]["followup"]["accuracy"] == 1.0
    alone = json.loads(oxybot("eval", "--json", "--no-context", str(path)).stdout)
    assert alone["by_kind"]["followup"]["hits"] < data["by_kind"]["followup"]["hits"]
    assert any(m["question"] == "berapa lama?" for m in alone["misses"])


def test_eval_on_a_bad_dialogue_file_says_where(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("dialogues:\n- turns:\n  - {q: 'halo'}\n", encoding="utf-8")
    proc = oxybot("eval", str(path))
    assert proc.returncode == 1
    assert "dialogue 1, turn 1" in proc.stderr and "Traceback" not in proc.stderr


def _turns(*lines):
    proc = oxybot("ask", "--json", "--conversation", "-", stdin="\n".join(lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in proc.stdout.splitlines()]


def test_a_remedy_to_calm_her_after_thoughts_of_death_keeps_the_referral():
    rows = _turns("istri saya bilang ingin mati saja, nangis terus", "pijat oksitosin bisa bikin dia lebih tenang?",
                  "", "I keep thinking everyone would be better off without me", "would a back massage help me relax?")
    assert [r["topic"] for r in rows] == ["red_flag"] * 4
    assert all(r["referral"]["person"] == "mother" for r in rows)


def test_after_a_mood_referral_a_question_of_its_own_is_answered():
    rows = _turns("I keep thinking everyone would be better off without me", "how long should each massage take?",
                  "", "bayi saya kuning sampai telapak kaki", "pijat oksitosin bisa bikin saya lebih tenang?")
    assert rows[1]["topic"] == "massage.duration_frequency"
    assert rows[3]["topic"] != "red_flag"


def test_feeling_nothing_after_the_let_down_is_a_sensation_not_a_mood_sign():
    rows = _turns("bagaimana tanda refleks let down?", "saya tidak merasakan apa apa, bahaya?",
                  "", "how do I know my let-down is happening?", "I don't feel anything. Is that bad?")
    assert rows[1]["topic"] != "red_flag" and rows[3]["topic"] != "red_flag"
    rows = _turns("bagaimana tanda refleks let down?", "sudah 3 minggu saya merasa hampa dan sedih setiap hari")
    assert rows[1]["topic"] == "red_flag"
