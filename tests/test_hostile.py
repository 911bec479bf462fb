"""Bad input gets a clear answer, never a traceback, in bounded time."""

from __future__ import annotations

import json
import os
import re
import time

import pytest

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from test_cli import oxybot

HOSTILE = [
    "",
    "   \t  ",
    "\x00\x01\x02\x7f",
    "\x1b[2J\x1b[31mcleared?\x1b[0m",
    "\x1b]8;;http://evil\x07link\x1b]8;;\x07",
    "[bold red]pijat[/bold red] [link=https://example.com]klik[/link]",
    "[/]",
    "😀🍼🤱 ASI?",
    "母乳は何ですか",
    "مرحبا كيف حالك",
    "a" * 100_000,
    "pijat " * 20_000,
    "\u202eoksitosin\u202c",
    "%s %d {0} {question}",
    "'; DROP TABLE intents; --",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_any_text_gets_an_answer(engine, text):
    result = engine.answer(text)
    assert result.answer
    assert result.lang in ("id", "en")
    assert 0.0 <= result.score <= 1.0


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["pijat", "asi", "bayi", "[b]", "\x1b[1m", "demam", "oksitosin", "?", "\x00", "🍼",
                                 "kurma", "massage", "gmn", "bgt"]), max_size=30))
def test_any_mix_of_domain_words_and_noise_gets_an_answer(engine, words):
    result = engine.answer(" ".join(words))
    assert result.answer and result.topic


def test_huge_questions_are_answered_quickly(engine):
    start = time.perf_counter()
    for text in HOSTILE:
        engine.answer(text)
    assert time.perf_counter() - start < 5.0


def test_every_hostile_line_is_answered_as_json_in_a_batch():
    proc = oxybot("ask", "--json", "-", stdin="\n".join(h.replace("\n", " ") for h in HOSTILE) + "\n")
    assert proc.returncode == 0
    assert "Traceback" not in proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(rows) == len(HOSTILE)
    assert all(row["answer"] for row in rows)
    assert rows[10]["truncated"] is True
    # markup typed by the user comes back as typed, never interpreted or stripped
    assert rows[5]["question"] == HOSTILE[5]


# -- content that `check` must refuse (and that must then never be used) ---------------------------------
BILLION_LAUGHS = "version: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{b}: &{b} [*{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}]\n"
    for a, b in zip("abcdefgh", "bcdefghi")) + "spelling: {gmn: bagaimana}\nphrases: *i\n"


def _append_intents_block(folder):
    path = folder / "intents" / "massage.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "\nintents:\n  - id: massage.extra\n", encoding="utf-8")
    return path, text.count("\n") + 2


def _lexicon(folder, text):
    (folder / "lexicon.yaml").write_text(text, encoding="utf-8")
    return folder / "lexicon.yaml", None


def _evidence_studies_5(folder):
    (folder / "evidence.yaml").write_text("version: 1\n\nstudies: 5\n", encoding="utf-8")
    return folder / "evidence.yaml", 3


def _guide_step_number(folder):
    path = folder / "guide.yaml"
    text = path.read_text(encoding="utf-8").replace("\nsteps:\n", "\nsteps:\n  - 42\n", 1)
    path.write_text(text, encoding="utf-8")
    return path, text.split("\n").index("steps:") + 1  # a bare number has no line of its own: its list's


def _fifo(folder):
    path = folder / "intents" / "zz_pipe.yaml"
    os.mkfifo(path)
    return path, 1


def _dev_zero(folder):
    path = folder / "intents" / "zz_zero.yaml"
    path.symlink_to("/dev/zero")
    return path, 1


def _huge(folder):
    path = folder / "intents" / "zz_huge.yaml"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("version: 1\n# " + "x" * (5 * 1024 * 1024) + "\n")
    return path, 1


CONTENT_DEFECTS = {
    "lexicon spelling is a list": (lambda c: _lexicon(c, "version: 1\nspelling: [1,2]\n"),
                                   "lexicon.yaml:2: 'spelling' must be a mapping"),
    "lexicon synonyms of a number": (lambda c: _lexicon(c, "version: 1\nsynonyms:\n  pijat: 5\n"),
                                     "lexicon.yaml:3: synonyms: 'pijat': expected [words]"),
    "lexicon unquoted no": (lambda c: _lexicon(c, "version: 1\nspelling:\n  no: tidak\n"),
                            "lexicon.yaml:3: spelling: 'False' is not a word"),
    "evidence studies: 5": (_evidence_studies_5, "evidence.yaml:3: expected a list under 'studies'"),
    "guide step is a number": (_guide_step_number, "step 1: expected a mapping"),
    "billion laughs": (lambda c: _lexicon(c, BILLION_LAUGHS), "lexicon.yaml:"),
    "duplicate intents block": (_append_intents_block, "duplicate key 'intents'"),
    "FIFO among the intents": (_fifo, "zz_pipe.yaml:1: not a regular file"),
    "symlink to /dev/zero": (_dev_zero, "zz_zero.yaml:1: not a regular file"),
    "a file over the size limit": (_huge, "zz_huge.yaml:1: file is too large"),
}


@pytest.mark.parametrize("defect", CONTENT_DEFECTS)
def test_check_refuses_hostile_content_with_path_and_line_and_nothing_uses_it(content_copy, defect):
    break_it, expected = CONTENT_DEFECTS[defect]
    path, line = break_it(content_copy)
    start = time.monotonic()
    check = oxybot("check", "--content", str(content_copy))
    assert time.monotonic() - start < 60  # a FIFO or /dev/zero must not hang or fill memory
    assert check.returncode == 1, check.stdout
    assert expected in check.stdout, check.stdout
    lines = [ln for ln in check.stdout.splitlines() if path.name in ln]
    assert lines and all(re.match(r"^\S+:\d+: ", ln) for ln in lines), check.stdout
    if line is not None:
        assert any(f"{path.name}:{line}: " in ln for ln in lines), check.stdout
    for command in (["ask", "hi"], ["topics"]):
        proc = oxybot(*command, "--content", str(content_copy))
        assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
        assert "run 'oxybot check'" in proc.stderr and not proc.stdout


def test_a_billion_laughs_is_refused_at_the_alias(content_copy):
    _lexicon(content_copy, BILLION_LAUGHS)
    check = oxybot("check", "--content", str(content_copy))
    assert "lexicon.yaml:" in check.stdout and "aliases expand this document" in check.stdout


def test_duplicate_keys_are_all_reported(content_copy):
    (content_copy / "lexicon.yaml").write_text(
        "version: 1\nspelling:\n  gmn: bagaimana\n  knp: kenapa\n  gmn: gimana\n  knp: knapa\n", encoding="utf-8")
    check = oxybot("check", "--content", str(content_copy))
    assert "lexicon.yaml:5: duplicate key 'gmn' (first at line 3)" in check.stdout
    assert "lexicon.yaml:6: duplicate key 'knp' (first at line 4)" in check.stdout


def test_a_few_ordinary_aliases_are_still_allowed(content_copy):
    # the bound is for bombs: a list reused once under an anchor is ordinary YAML
    lexicon = content_copy / "lexicon.yaml"
    text = lexicon.read_text(encoding="utf-8")
    assert "synonyms:\n" in text
    text = text.replace("synonyms:\n", "synonyms:\n  zzpayu: &breast [payudara]\n  zztetek: *breast\n", 1)
    lexicon.write_text(text, encoding="utf-8")
    check = oxybot("check", "--content", str(content_copy))
    assert check.returncode == 0, check.stdout


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(
    st.binary(max_size=300),
    st.lists(st.sampled_from(["version: 1\n", "spelling:\n", "  a: b\n", "  a: b\n", "phrases: &x [1]\n",
                              "synonyms: *x\n", "- [\n", "stopwords: {id: [yes, no]}\n", "? [a]\n: b\n",
                              "studies: 5\n", "\t", "!!python/object:os.system\n", "<<: *x\n", "'\n"]),
             max_size=12).map(lambda parts: "".join(parts).encode())))
def test_any_bytes_in_a_content_file_are_issues_never_exceptions(tmp_path_factory, data):
    from oxybot.engine.content import load_content

    folder = tmp_path_factory.mktemp("c")
    for name in ("lexicon.yaml", "evidence.yaml", "guide.yaml"):
        (folder / name).write_bytes(data)
    content, issues = load_content(folder)
    assert issues and all(issue.line >= 1 for issue in issues)
