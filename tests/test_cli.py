"""Each command through its real entry point (the installed `oxybot` script or `python -m oxybot`)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SHARED

DEV_SET = SHARED / "eval" / "dev.yaml"


def oxybot(*args, stdin: str | bytes | None = None, cwd=None) -> subprocess.CompletedProcess:
    exe = shutil.which("oxybot")
    cmd = [exe, *args] if exe else [sys.executable, "-m", "oxybot", *args]
    data = stdin.encode() if isinstance(stdin, str) else stdin
    proc = subprocess.run(cmd, input=data, capture_output=True, cwd=cwd, timeout=120, env=os.environ.copy())
    proc.stdout = proc.stdout.decode("utf-8")
    proc.stderr = proc.stderr.decode("utf-8")
    return proc


def test_ask_prints_the_answer_with_references(tmp_path):
    proc = oxybot("ask", "gimana cara pijat oksitosin?", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Referensi:" in proc.stdout
    assert "[1]" in proc.stdout and "2019" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_ask_in_english_labels_references_in_english():
    proc = oxybot("ask", "how often should my husband do the oxytocin massage?")
    assert "References:" in proc.stdout


def test_ask_json_has_the_documented_fields():
    proc = oxybot("ask", "--json", "what is the let-down reflex?")
    data = json.loads(proc.stdout)
    for key in ("question", "lang", "topic", "intent", "score", "answer", "citations", "suggestions", "red_flag"):
        assert key in data
    assert data["topic"] == "letdown.what_is"
    assert data["lang"] == "en"
    assert data["citations"][0]["reference"]


def test_ask_json_gives_the_plain_answer_and_its_detail_apart():
    proc = oxybot("ask", "--json", "--lang", "en", "how do I do an oxytocin massage?")
    data = json.loads(proc.stdout)
    assert data["intent"] == "massage/how_to"
    # the mother reads the steps; the study designs and the SOP's provenance are for health workers
    assert "shoulder-blade" in data["answer"] and "Doko" not in data["answer"]
    assert "Doko et al. (2019)" in data["detail"]


def test_check_prints_routing_warnings_without_failing(content_copy):
    # an example that plainly belongs elsewhere: reported as a warning, never an error
    _break(content_copy, "intents/massage.yaml", "        - apa itu pijat oksitosin?\n",
           "        - apa itu pijat oksitosin?\n        - berapa cakupan ASI eksklusif di Indonesia tahun 2018?\n")
    proc = oxybot("check", "--content", str(content_copy))
    assert proc.returncode == 0, proc.stdout
    assert any("warning: intent 'massage/what_is'" in line and "asi/coverage_stats" in line
               for line in proc.stdout.splitlines()), proc.stdout


def test_ask_lang_option_fixes_the_answer_language():
    proc = oxybot("ask", "--json", "--lang", "en", "apa itu pijat oksitosin?")
    assert json.loads(proc.stdout)["lang"] == "en"


def test_batch_answers_every_line_in_order_including_blank_and_hostile_ones():
    lines = ["apa itu pijat oksitosin?", "", "\x1b[31m[bold]x[/bold]\x00", "bayi saya kuning dan lemas",
             "x" * 100_000, "what is oxytocin massage?"]
    proc = oxybot("ask", "--json", "-", stdin="\n".join(lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.splitlines()
    assert len(out) == len(lines)
    rows = [json.loads(line) for line in out]
    assert rows[0]["topic"] == "massage.what_is"
    assert rows[1]["topic"] == "out_of_scope"
    assert rows[3]["red_flag"] is True
    assert rows[4]["truncated"] is True
    assert rows[5]["lang"] == "en"
    assert "Traceback" not in proc.stderr


def test_batch_survives_invalid_utf8():
    proc = oxybot("ask", "--json", "-", stdin=b"\xff\xfe pijat\nhalo\n")
    assert proc.returncode == 0
    assert len(proc.stdout.splitlines()) == 2


def test_topics_lists_every_contract_topic_with_languages():
    proc = oxybot("topics", "--json")
    rows = json.loads(proc.stdout)
    ids = {r["topic"] for r in rows}
    assert {"massage.how_to", "red_flag", "out_of_scope", "meta.greeting"} <= ids
    assert all(r["intents"] and all(set(i["languages"]) == {"id", "en"} for i in r["intents"]) for r in rows)


def test_check_passes_on_the_shipped_content():
    proc = oxybot("check")
    assert proc.returncode == 0, proc.stdout


# -- broken content: every defect reported as path:line, exit 1, no traceback ---------------------
def _break(content: Path, file: str, old: str, new: str) -> Path:
    path = content / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture drifted: {old!r} not in {file}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _first_intent_line(path: Path, key: str) -> str:
    return next(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip().startswith(key))


@pytest.mark.parametrize("defect", [
    "yaml", "topic", "citation", "duplicate", "missing_en", "empty", "same_example", "uncovered_topic",
    "long_plain", "number_parity", "citation_parity", "uncited_name", "guide_citation", "detail_one_language",
    "ask_statement",
])
def test_check_reports_each_defect_with_path_and_line(content_copy, defect):
    massage = content_copy / "intents" / "massage.yaml"
    if defect == "yaml":
        massage.write_text(massage.read_text(encoding="utf-8") + "\n  - id: [unclosed\n", encoding="utf-8")
        expect = "massage.yaml:"
    elif defect == "topic":
        line = _first_intent_line(massage, "topic:")
        _break(content_copy, "intents/massage.yaml", line, line.split("topic:")[0] + "topic: massage.nonexistent")
        expect = "not in the contract"
    elif defect == "citation":
        _break(content_copy, "intents/massage.yaml", "noviyana2022", "nobody1999")
        expect = "citation 'nobody1999'"
    elif defect == "duplicate":
        text = massage.read_text(encoding="utf-8")
        body = text.split("intents:", 1)[1]
        first = body.split("\n  - id:")[1]
        massage.write_text(text + "\n  - id:" + first, encoding="utf-8")
        expect = "duplicate intent id"
    elif defect == "missing_en":
        text = massage.read_text(encoding="utf-8")
        start = text.index("answer:")
        en = text.index("\n      en:", start)
        nxt = text.find("\n  - id:", en)
        massage.write_text(text[:en] + (text[nxt:] if nxt != -1 else "\n"), encoding="utf-8")
        expect = "answer in 'en' is missing"
    elif defect == "empty":
        (content_copy / "sources.yaml").write_text("", encoding="utf-8")
        expect = "sources.yaml:1: file is empty"
    elif defect == "same_example":
        asi = content_copy / "intents" / "asi.yaml"
        example = next(line for line in massage.read_text(encoding="utf-8").splitlines()
                       if line.startswith("        - ")).strip()[2:]
        _break(content_copy, "intents/asi.yaml", "      id:\n", f"      id:\n        - {example}\n")
        expect = "is also under topic"
    elif defect == "uncovered_topic":
        topics = content_copy / "topics.yaml"
        topics.write_text(topics.read_text(encoding="utf-8") + "  - id: brand.new_topic\n", encoding="utf-8")
        expect = "topic 'brand.new_topic' of the contract has no intent"
    elif defect == "long_plain":  # the plain part a mother reads first stays short
        _break(content_copy, "intents/massage.yaml", "Ini bukan obat.", "Ini bukan obat. " + "Kata tambahan " * 20)
        expect = "plain answer in 'id' has"
    elif defect == "number_parity":  # id and en give the same numbers
        _break(content_copy, "intents/massage.yaml", "(Wulandari 2018)", "(Wulandari 2018, 33 mothers)")
        expect = "numbers differ between languages (only id: -; only en: ['33'])"
    elif defect == "citation_parity":  # id and en cite the same studies
        _break(content_copy, "intents/massage.yaml", "(Wulandari, 2018)", "(Wulandari, 2018; Doko dkk., 2019)")
        expect = "citations differ between languages"
    elif defect == "uncited_name":  # a study named in the text is in `cite`, so its reference shows
        _break(content_copy, "intents/massage.yaml", "(Wulandari, 2018)", "(Wulandari, 2018; Purwati, 2018)")
        _break(content_copy, "intents/massage.yaml", "(Wulandari 2018)", "(Wulandari 2018; Purwati 2018)")
        expect = "names purwati2018 in its text but not in 'cite'"
    elif defect == "guide_citation":
        _break(content_copy, "guide.yaml", "cite: [doko2019]", "cite: [nobody1999]")
        expect = "guide.yaml"
    elif defect == "detail_one_language":
        text = massage.read_text(encoding="utf-8")
        start = text.index("    detail:\n")
        en = text.index("\n      en:", start)
        nxt = text.find("\n  # ---", en)
        massage.write_text(text[:en] + "\n" + text[nxt:], encoding="utf-8")
        expect = "detail in 'en' is missing"
    elif defect == "ask_statement":  # a button label must read as a question
        _break(content_copy, "intents/safety.yaml", "or has a fever?\"", "or has a fever\"")
        expect = "ask in 'en' must be a question"
    proc = oxybot("check", "--content", str(content_copy))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stdout + proc.stderr
    hits = [line for line in proc.stdout.splitlines() if expect in line]
    assert hits, proc.stdout
    path, line_no, _ = hits[0].split(":", 2)
    assert Path(path).name.endswith(".yaml") or Path(path).name == "intents"
    assert int(line_no) >= 1


def test_ask_on_broken_content_reports_issues_without_traceback(content_copy):
    (content_copy / "intents" / "massage.yaml").write_text("version: 1\nintents: [\n", encoding="utf-8")
    proc = oxybot("ask", "--content", str(content_copy), "apa itu pijat oksitosin")
    assert proc.returncode == 1
    assert "massage.yaml:" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_missing_content_folder_is_reported(tmp_path):
    proc = oxybot("check", "--content", str(tmp_path / "nowhere"))
    assert proc.returncode == 1
    assert "content folder not found" in proc.stdout


# -- eval -----------------------------------------------------------------------------------------
def test_eval_reports_accuracy_and_misses_on_a_small_file(tmp_path):
    qfile = tmp_path / "q.yaml"
    qfile.write_text(
        "questions:\n"
        "  - {q: 'cara mijit punggung istri biar asi keluar', topic: massage.how_to, lang: id}\n"
        "  - {q: 'who won the football last night', topic: out_of_scope, lang: en}\n"
        "  - {q: 'my baby is floppy and will not wake to feed', topic: red_flag, lang: en}\n"
        "  - {q: 'cara pijat oksitosin', topic: asi.volume, lang: id}\n",
        encoding="utf-8")
    proc = oxybot("eval", str(qfile), "--json")
    data = json.loads(proc.stdout)
    assert data["total"] == 4
    assert data["top1_accuracy"] == 0.75
    assert data["red_flag_recall"] == 1.0
    assert len(data["misses"]) == 1 and data["misses"][0]["expected"] == "asi.volume"
    strict = oxybot("eval", str(qfile), "--min-accuracy", "0.9")
    assert strict.returncode == 1
    assert "top-1 accuracy: 75.00%" in strict.stdout


def test_eval_on_a_bad_file_says_why(tmp_path):
    qfile = tmp_path / "bad.yaml"
    qfile.write_text("questions: [\n", encoding="utf-8")
    proc = oxybot("eval", str(qfile))
    assert proc.returncode == 1
    assert "bad.yaml:" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.skipif(not DEV_SET.exists(), reason="../shared/eval/dev.yaml is not beside this checkout")
def test_dev_set_meets_the_targets():
    proc = oxybot("eval", str(DEV_SET), "--json", "--min-accuracy", "0.95")
    data = json.loads(proc.stdout)
    assert proc.returncode == 0, data["misses"]
    assert data["red_flag_recall"] == 1.0
    assert data["out_of_scope_precision"] >= 0.9
    assert data["out_of_scope_recall"] >= 0.9


def test_a_line_that_breaks_the_engine_does_not_stop_the_batch(monkeypatch, capsys):
    import io

    from oxybot import cli
    from oxybot.engine.engine import Engine

    real = Engine.answer

    def flaky(self, question, *args, **kwargs):
        if question == "boom":
            raise RuntimeError("simulated failure")
        return real(self, question, *args, **kwargs)

    monkeypatch.setattr(Engine, "answer", flaky)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"apa itu ASI?\nboom\nwhat is let-down?\n")))
    assert cli.main(["ask", "--json", "-"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["question"] for r in rows] == ["apa itu ASI?", "boom", "what is let-down?"]
    assert rows[1]["topic"] == "out_of_scope" and "simulated failure" in rows[1]["error"]
    assert set(rows[0]) <= set(rows[1])  # the error row has every field an answer has
    assert rows[2]["topic"] == "letdown.what_is"


# -- exit codes and output safety ----------------------------------------------------------------------------
def test_topics_on_broken_content_fails(tmp_path, content_copy):
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = oxybot("topics", "--content", str(empty))
    assert proc.returncode == 1 and "file is missing" in proc.stderr and not proc.stdout
    (content_copy / "lexicon.yaml").write_text("version: 1\nspelling: [1, 2]\n", encoding="utf-8")
    proc = oxybot("topics", "--json", "--content", str(content_copy))
    assert proc.returncode == 1 and "lexicon.yaml:2:" in proc.stderr and not proc.stdout


@pytest.mark.parametrize("text, message", [
    ("questions:\n  - q: hi\n    topic: breastmilk.basics\n    lang: [x]\n", "eval.yaml:2: question 1: 'lang' must be text"),
    ("questions: []\n", "eval.yaml:1: no questions"),
    ("questions:\n  - q: [1]\n    topic: x\n", "eval.yaml:2: question 1: needs 'q' and 'topic'"),
    ("questions:\n  - {q: a, topic: b}\nquestions: []\n", "eval.yaml:3: duplicate key 'questions'"),
])
def test_eval_refuses_a_bad_question_file(tmp_path, text, message):
    path = tmp_path / "eval.yaml"
    path.write_text(text, encoding="utf-8")
    proc = oxybot("eval", str(path), "--min-accuracy", "0.9")
    assert proc.returncode == 1, proc.stdout
    assert message in proc.stderr and "Traceback" not in proc.stderr
    assert "100" not in proc.stdout


def test_ask_with_stdin_closed_says_why():
    exe = shutil.which("oxybot")
    cmd = [exe] if exe else [sys.executable, "-m", "oxybot"]
    proc = subprocess.run([*cmd, "ask", "-"], capture_output=True, timeout=60, env=os.environ.copy(),
                          stdin=None, preexec_fn=lambda: os.close(0))  # `oxybot ask - <&-`
    assert proc.returncode == 2
    assert b"standard input is closed" in proc.stderr and b"Traceback" not in proc.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["ask", "hi"], ["ask", "--json", "-"], ["topics"]])
def test_a_full_disk_on_stdout_is_an_error_not_a_traceback(args):
    exe = shutil.which("oxybot")
    cmd = [exe] if exe else [sys.executable, "-m", "oxybot"]
    with open("/dev/full", "w") as full:
        proc = subprocess.run([*cmd, *args], stdout=full, stderr=subprocess.PIPE, input=b"hi\napa itu asi\n",
                              timeout=60, env=os.environ.copy())
    assert proc.returncode == 1
    assert b"cannot write the output: No space left on device" in proc.stderr
    assert b"Traceback" not in proc.stderr and b"Exception ignored" not in proc.stderr


def test_json_escapes_c1_controls_and_unicode_line_separators():
    lines = ["a\u0085b", "c\u2028d\u2029e", "\u009b31mred", "plain"]
    proc = oxybot("ask", "--json", "-", stdin="\n".join(lines) + "\n")
    out = proc.stdout
    assert not any(ch in out for ch in "\u0085\u2028\u2029\u009b")
    rows = out.split("\n")[:-1]  # what a strictly line-based reader sees
    assert len(rows) == len(lines)
    assert [json.loads(row)["question"] for row in rows] == lines  # still exactly what was asked


def test_check_never_prints_escape_sequences_from_content(content_copy):
    path = content_copy / "intents" / "massage.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("followups: [", 'followups: ["\\e[2J\\e[31mgone", ', 1), encoding="utf-8")
    (content_copy / "intents" / "\x1b]0;owned\x07.yaml").write_text("version: 1\nintents: 5\n", encoding="utf-8")
    proc = oxybot("check", "--content", str(content_copy))
    assert proc.returncode == 1
    everything = proc.stdout + proc.stderr
    assert "\x1b" not in everything and "\x07" not in everything
    assert "\\x1b[2J\\x1b[31mgone" in proc.stdout  # shown, harmlessly
    assert "\\x1b]0;owned\\x07.yaml:2: expected a list under 'intents'" in proc.stdout


def test_batch_answers_each_line_as_it_arrives():
    """A pipe gets each answer as it goes, before the input ends (no reading everything first)."""
    import select

    exe = shutil.which("oxybot")
    cmd = [exe] if exe else [sys.executable, "-m", "oxybot"]
    proc = subprocess.Popen([*cmd, "ask", "--json", "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=os.environ.copy())
    try:
        for question in ("apa itu asi eksklusif?", "how long should the massage take?"):
            proc.stdin.write(question.encode() + b"\n")
            proc.stdin.flush()  # stdin stays open: more could come
            ready, _, _ = select.select([proc.stdout], [], [], 30)
            assert ready, "no answer before the end of the input"
            assert json.loads(proc.stdout.readline())["question"] == question
        proc.stdin.close()
        assert proc.wait(timeout=30) == 0
        assert proc.stdout.read() == b""
    finally:
        proc.kill()
        proc.wait()


@pytest.mark.parametrize("defect, line, expect", [
    ("intent: asi/increase_flow", "intent: asi/no_such_intent", "unknown intent 'asi/no_such_intent'"),
    ('en: "How can I make more breast milk?"', 'fr: "?"', "needs 'label' in id and en"),
])
def test_check_reports_welcome_examples_with_path_and_line(content_copy, defect, line, expect):
    path = _break(content_copy, "welcome.yaml", defect, line)
    proc = oxybot("check", "--content", str(content_copy))
    assert proc.returncode == 1
    number = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line in text)
    hits = [row for row in proc.stdout.splitlines() if expect in row]
    assert hits and hits[0].startswith(f"{path}:") and hits[0].split(":")[1] in (str(number), str(number - 1))
    assert "Traceback" not in proc.stderr


def test_check_refuses_a_go_now_intent_that_is_not_a_referral(content_copy):
    path = _break(content_copy, "handout.yaml", "safety/mother_breast_infection", "massage/how_to")
    proc = oxybot("check", "--content", str(content_copy))
    assert proc.returncode == 1
    assert any(row.startswith(f"{path}:") and "not a danger-sign" in row for row in proc.stdout.splitlines())
