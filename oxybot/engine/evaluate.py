"""Running a labelled question file (the format of ../shared/eval/dev.yaml) through the engine."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .engine import OUT_OF_SCOPE, RED_FLAG, Engine


class EvalFileError(Exception):
    pass


@dataclass
class Miss:
    question: str
    lang: str
    expected: str
    got: str
    intent: str | None
    score: float


@dataclass
class Report:
    total: int = 0
    top1: int = 0
    top3: int = 0
    by_lang: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # lang -> [hits, total]
    by_topic: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    oos_tp: int = 0
    oos_fp: int = 0
    oos_fn: int = 0
    red_hits: int = 0
    red_total: int = 0
    misses: list[Miss] = field(default_factory=list)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def accuracy(self) -> float:
        return self._ratio(self.top1, self.total)

    @property
    def accuracy_top3(self) -> float:
        return self._ratio(self.top3, self.total)

    @property
    def oos_precision(self) -> float:
        return self._ratio(self.oos_tp, self.oos_tp + self.oos_fp)

    @property
    def oos_recall(self) -> float:
        return self._ratio(self.oos_tp, self.oos_tp + self.oos_fn)

    @property
    def red_flag_recall(self) -> float:
        return self._ratio(self.red_hits, self.red_total)

    def to_dict(self) -> dict:
        return {
            "total": self.total,
            "top1_accuracy": round(self.accuracy, 4),
            "top3_accuracy": round(self.accuracy_top3, 4),
            "by_lang": {k: {"accuracy": round(self._ratio(*v), 4), "n": v[1]} for k, v in sorted(self.by_lang.items())},
            "by_topic": {k: {"accuracy": round(self._ratio(*v), 4), "n": v[1]} for k, v in sorted(self.by_topic.items())},
            "out_of_scope_precision": round(self.oos_precision, 4),
            "out_of_scope_recall": round(self.oos_recall, 4),
            "red_flag_recall": round(self.red_flag_recall, 4),
            "misses": [m.__dict__ for m in self.misses],
        }


def load_questions(path: Path) -> list[dict]:
    """The labelled questions of an eval file; EvalFileError (``path:line: why``) for anything else."""
    from .content import regular_file_problem
    from .yamllines import ContentProblems, line_of, load_with_lines

    problem = regular_file_problem(Path(path))
    if problem:
        raise EvalFileError(f"{path}:1: {problem}")
    try:
        data = load_with_lines(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalFileError(f"{path}:1: cannot read file: {exc}") from exc
    except ContentProblems as exc:
        line, message = exc.problems[0]
        raise EvalFileError(f"{path}:{line}: {message}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise EvalFileError(f"{path}:{mark.line + 1 if mark else 1}: {getattr(exc, 'problem', None) or 'YAML syntax error'}") from exc
    items = data.get("questions") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise EvalFileError(f"{path}:{line_of(data, 'questions')}: expected a list under 'questions'")
    if not items:
        raise EvalFileError(f"{path}:{line_of(data, 'questions')}: no questions: an empty set measures nothing")
    out = []
    for n, item in enumerate(items, 1):
        where = f"{path}:{line_of(item, default=line_of(data, 'questions'))}: question {n}"
        if not isinstance(item, dict) or not isinstance(item.get("q"), str) or not isinstance(item.get("topic"), str):
            raise EvalFileError(f"{where}: needs 'q' and 'topic' as text")
        if not isinstance(item.get("lang", "?"), str):
            raise EvalFileError(f"{where}: 'lang' must be text such as id or en")
        out.append(item)
    return out


def evaluate(engine: Engine, questions: list[dict]) -> Report:
    report = Report()
    for item in questions:
        expected, lang = item["topic"], item.get("lang", "?")
        result = engine.answer(item["q"])
        got = result.topic
        # top-3: the topic given or one of the next two distinct topics in the ranking
        offered = list(dict.fromkeys([got] + [c.topic for c in result.candidates]))[:3]
        hit = got == expected
        report.total += 1
        report.top1 += hit
        report.top3 += expected in offered
        report.by_lang[lang][0] += hit
        report.by_lang[lang][1] += 1
        report.by_topic[expected][0] += hit
        report.by_topic[expected][1] += 1
        if expected == OUT_OF_SCOPE:
            report.oos_tp += got == OUT_OF_SCOPE
            report.oos_fn += got != OUT_OF_SCOPE
        elif got == OUT_OF_SCOPE:
            report.oos_fp += 1
        if expected == RED_FLAG:
            report.red_total += 1
            report.red_hits += result.red_flag
        if not hit:
            report.misses.append(Miss(item["q"], lang, expected, got, result.intent, result.score))
    return report
