"""Session 20: a "when to go" note under an answer carries its own sources (WHO 2022, Buku KIA), marked after the
note; the answer's own sources (the review's studies) are marked in the answer, never after the note, so no marker
credits a study with a line it did not write. Read as the user reads it: the CLI's text."""

from __future__ import annotations

import re
import subprocess
import sys

# a danger sign asked about ahead of time (hypothetical): the normal answer, then the "when to go" note
QUESTION = "Kalau suatu hari bayi saya demam, apa pijat punggung untuk ASI tetap boleh dilakukan?"


def _ask(*args: str) -> str:
    out = subprocess.run([sys.executable, "-m", "oxybot", "ask", *args], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout


def _references(text: str) -> dict[str, str]:
    return dict(re.findall(r"^\s+\[(\d+)\] (.+)$", text, re.MULTILINE))


def test_the_note_cites_its_own_sources_and_the_answer_its_own():
    text = _ask(QUESTION)
    refs = _references(text)
    note = next(line for line in text.splitlines() if line.startswith("- Bayi:"))
    body = text.split("**Kapan harus segera", 1)[0]
    in_note = [refs[n] for n in re.findall(r"\[(\d+)\]", note)]
    in_body = [refs[n] for n in re.findall(r"\[(\d+)\]", body)]
    assert in_note and all(not r.startswith(("Noviyana", "Ibrahim", "Saidah", "Saribu")) for r in in_note), in_note
    assert any(r.startswith("WHO") for r in in_note) and any(r.startswith("Kemenkes") for r in in_note)
    assert in_body and all(not r.startswith(("WHO", "Kemenkes")) for r in in_body), in_body


def test_the_json_says_where_the_note_begins_and_what_it_cites():
    import json
    data = json.loads(_ask("--json", QUESTION))
    assert data["notes_at"] is not None and data["answer"][data["notes_at"]:].lstrip().startswith("**Kapan")
    assert {"who2022_postnatal", "buku_kia"} <= set(data["note_keys"]) <= {c["key"] for c in data["citations"]}
