"""Running labelled conversations (the format of ../shared/eval/dialogues_dev.yaml) through the engine.

Each dialogue is answered turn by turn in one ``Conversation``. Turns are scored by kind, because they
fail in different ways:

* first: the opening question, which has no context (it must be no worse than asked alone);
* follow-up: a later turn that may lean on what came before ("berapa lama?");
* shift: a later turn marked ``shift: true`` that starts a new subject or reports a danger sign; context
  must not pull it back.

A turn is right when the answer's topic is the expected one or one of its ``also`` topics. When the
engine asks instead of guessing (``ambiguous`` with two suggestions and no context-free answer), the
turn counts as right only if the expected topic is among the two it offered; such turns are also
counted apart (``clarified``) so asking can never hide as accuracy unseen.
"""

from __future__ import annotations

from pathlib import Path

from .dialogue import Conversation
from .engine import Engine

KINDS = ("first", "followup", "shift")


class DialogueFileError(Exception):
    pass


def is_dialogue_file(data) -> bool:
    return isinstance(data, dict) and "dialogues" in data


def load_dialogues(path: Path) -> list[list[dict]]:
    """The conversations of a dialogue file, each a list of turns {q, topic, also, shift}."""
    import yaml

    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise DialogueFileError(f"{path}:1: cannot read file: {exc}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DialogueFileError(f"{path}:{mark.line + 1 if mark else 1}: YAML syntax error") from exc
    return parse_dialogues(data, path)


def parse_dialogues(data, path) -> list[list[dict]]:
    items = data.get("dialogues") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise DialogueFileError(f"{path}:1: expected a list under 'dialogues'")
    out = []
    for n, item in enumerate(items, 1):
        turns = item.get("turns") if isinstance(item, dict) else None
        if not isinstance(turns, list) or not turns:
            raise DialogueFileError(f"{path}: dialogue {n}: needs a non-empty list of 'turns'")
        for k, turn in enumerate(turns, 1):
            if not isinstance(turn, dict) or not isinstance(turn.get("q"), str) \
                    or not isinstance(turn.get("topic"), str):
                raise DialogueFileError(f"{path}: dialogue {n}, turn {k}: needs 'q' and 'topic'")
            also = turn.get("also", [])
            if not isinstance(also, list) or not all(isinstance(a, str) for a in also):
                raise DialogueFileError(f"{path}: dialogue {n}, turn {k}: 'also' must be a list of topics")
        out.append(turns)
    return out


def turn_kind(index: int, turn: dict) -> str:
    if index == 0:
        return "first"
    return "shift" if turn.get("shift") else "followup"


def evaluate_dialogues(engine: Engine, dialogues: list[list[dict]], use_context: bool = True) -> dict:
    """Per-kind accuracy, plus every miss. ``use_context=False`` answers each turn alone (the
    baseline: what oxybot did before conversations)."""
    counts = {k: [0, 0] for k in KINDS}  # kind -> [hits, total]
    leaned = clarified = 0
    misses = []
    for n, turns in enumerate(dialogues, 1):
        convo = Conversation() if use_context else None
        for i, turn in enumerate(turns):
            kind = turn_kind(i, turn)
            result = engine.answer(turn["q"], context=convo)
            accepted = {turn["topic"], *turn.get("also", [])}
            if result.ambiguous and result.context_turn is not None and len(result.suggestions) >= 2:
                clarified += 1
                hit = bool(accepted & {s.topic for s in result.suggestions})
            else:
                hit = result.topic in accepted
            leaned += result.context is not None
            counts[kind][0] += hit
            counts[kind][1] += 1
            if not hit:
                misses.append({"dialogue": n, "turn": i + 1, "kind": kind, "question": turn["q"],
                               "expected": turn["topic"], "got": result.topic, "intent": result.intent,
                               "score": result.score, "context": result.context})
    total = [sum(v[0] for v in counts.values()), sum(v[1] for v in counts.values())]
    ratio = lambda h, t: round(h / t, 4) if t else 1.0  # noqa: E731
    return {
        "dialogues": len(dialogues),
        "turns": total[1],
        "accuracy": ratio(*total),
        "by_kind": {k: {"accuracy": ratio(*v), "hits": v[0], "n": v[1]} for k, v in counts.items()},
        "context_used": leaned,
        "clarified": clarified,
        "misses": misses,
    }


def render_text(report: dict) -> str:
    lines = [f"dialogues: {report['dialogues']}, turns: {report['turns']}",
             f"all turns: {report['accuracy']:.2%}"]
    names = {"first": "first turns", "followup": "follow-ups", "shift": "topic shifts"}
    for kind, v in report["by_kind"].items():
        lines.append(f"{names[kind] + ':':14} {v['accuracy']:7.2%} ({v['hits']}/{v['n']})")
    lines.append(f"answered with context: {report['context_used']}; asked which was meant: {report['clarified']}")
    lines.append(f"misses: {len(report['misses'])}")
    for m in report["misses"]:
        leaned = f", context {m['context']}" if m["context"] else ""
        lines.append(f"  dialogue {m['dialogue']} turn {m['turn']} [{m['kind']}] {m['question']!r}: expected "
                     f"{m['expected']}, got {m['got']} ({m['intent']}, {m['score']:.3f}{leaned})")
    return "\n".join(lines)
