"""Every tuning set keeps the accuracy recorded beside it (eval/floors.yaml): a content edit that breaks
routing fails here, with the misses listed."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from oxybot.engine.evaluate import evaluate, load_questions
from oxybot.engine.evaluate_dialogues import evaluate_dialogues, is_dialogue_file, load_dialogues

EVAL = Path(__file__).resolve().parent.parent / "eval"
FLOORS = yaml.safe_load((EVAL / "floors.yaml").read_text(encoding="utf-8"))["floors"]


def test_every_set_in_eval_is_described_and_has_a_floor_or_is_sealed():
    readme = (EVAL / "README.md").read_text(encoding="utf-8")
    for path in EVAL.glob("*.yaml"):
        if path.name == "floors.yaml":
            continue
        assert f"`{path.name}`" in readme, f"{path.name} is not described in eval/README.md"  # `name` in a row
        header = path.read_text(encoding="utf-8").split("\n\n")[0].lower()
        assert path.name in FLOORS or "sealed" in header, f"{path.name}: no floor and not marked sealed"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_tuning_set_keeps_its_floor(engine, name):
    path = EVAL / name
    if is_dialogue_file(yaml.safe_load(path.read_text(encoding="utf-8"))):  # every turn, in context
        report = evaluate_dialogues(engine, load_dialogues(path))
        accuracy = report["accuracy"]
        misses = [f"{m['question']!r}: expected {m['expected']}, got {m['got']}" for m in report["misses"]]
    else:
        report = evaluate(engine, load_questions(path))
        accuracy = report.accuracy
        misses = [f"{m.question!r}: expected {m.expected}, got {m.got}" for m in report.misses]
    assert accuracy >= FLOORS[name], "\n".join(misses)
