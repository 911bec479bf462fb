"""Content examples are our own words: no evaluation question is pasted into content, or an accuracy
figure on that set would measure recall of the set itself."""

from __future__ import annotations

import re

import pytest
import yaml

from conftest import ROOT, SHARED
from oxybot.engine.content import load_content
from oxybot.engine.normalize import fold

RUN = 10  # words in a row: long enough that two writers do not produce it by chance
SHORT = 8  # a question shorter than this ("halo", "apa itu pijat oksitosin?") is everyone's words


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", fold(text)))


def _questions(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    for item in data.get("questions") or []:
        yield item["q"]
    for dialogue in data.get("dialogues") or []:
        for turn in dialogue["turns"] if isinstance(dialogue, dict) else dialogue:
            yield turn["q"]


@pytest.fixture(scope="module")
def examples():
    content, issues = load_content(None)
    assert not issues
    return [(intent.id, text) for intent in content.intents for texts in intent.examples.values() for text in texts]


def _eval_files():
    return sorted((ROOT / "eval").glob("*.yaml")) + sorted((SHARED / "eval").glob("*.yaml"))


def pasted(examples, questions) -> list[str]:
    """Each (file, question) that repeats a content example whole, or shares RUN words in a row with one."""
    whole = {_words(text): intent for intent, text in examples}
    runs: dict[tuple[str, ...], str] = {}
    for intent, text in examples:
        words = _words(text)
        for i in range(len(words) - RUN + 1):
            runs.setdefault(words[i : i + RUN], intent)
    found = []
    for name, question in questions:
        words = _words(question)
        if len(words) >= SHORT and words in whole:
            found.append(f"{name}: {question!r} is an example of {whole[words]}")
            continue
        shared = next((words[i : i + RUN] for i in range(len(words) - RUN + 1) if words[i : i + RUN] in runs), None)
        if shared:
            found.append(f"{name}: {question!r} shares {RUN} words in a row with {runs[shared]}")
    return found


def test_no_evaluation_question_is_pasted_into_content(examples):
    questions = [(path.name, q) for path in _eval_files() for q in _questions(path)]
    assert len(questions) > 1000  # the sets were found
    found = pasted(examples, questions)
    assert not found, "\n".join(found)


def test_a_pasted_question_is_found_and_a_reworded_one_is_not():
    examples = [("massage/how_to", "Where on my back should my husband start rubbing and where should he stop?")]
    assert pasted(examples, [("set", "where on my back should my husband start rubbing, and where should he stop")])
    assert pasted(examples, [("set", "Hi! Where on my back should my husband start rubbing and where should he stop? Thanks")])
    assert not pasted(examples, [("set", "Which part of the spine does my partner begin with and where does he finish?")])
    assert not pasted(examples, [("set", "halo")]) and not pasted([("meta/greeting", "halo")], [("set", "halo")])
