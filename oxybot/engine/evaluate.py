"""Running a labelled question file (the format of ../shared/eval/dev.yaml) through the engine.

Danger-sign labels: `topic: red_flag` (must raise the referral card), `topic: not_red_flag` (a
near-miss: must not; any other answer counts as right), and optionally `person: baby|mother|both`
(who the referral must be for) and `group:` (a sign group of content/red_flags.yaml) to report
recall, false alarms and correct person per group."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .engine import OUT_OF_SCOPE, RED_FLAG, Engine

NOT_RED_FLAG = "not_red_flag"


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
    by_style: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # only when items have 'style'
    oos_tp: int = 0
    oos_fp: int = 0
    oos_fn: int = 0
    red_hits: int = 0
    red_total: int = 0
    false_alarms: int = 0
    near_misses: int = 0
    person_hits: int = 0
    person_total: int = 0
    # group -> {"recall": [hits, n], "false_alarm": [alarms, n], "person": [right, n]}
    by_group: dict = field(default_factory=lambda: defaultdict(
        lambda: {"recall": [0, 0], "false_alarm": [0, 0], "person": [0, 0]}))
    triage_misses: list[dict] = field(default_factory=list)
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

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.near_misses if self.near_misses else 0.0

    @property
    def person_rate(self) -> float:
        return self._ratio(self.person_hits, self.person_total)

    def to_dict(self) -> dict:
        return {
            "total": self.total,
            "top1_accuracy": round(self.accuracy, 4),
            "top3_accuracy": round(self.accuracy_top3, 4),
            "by_lang": {k: {"accuracy": round(self._ratio(*v), 4), "n": v[1]} for k, v in sorted(self.by_lang.items())},
            "by_topic": {k: {"accuracy": round(self._ratio(*v), 4), "n": v[1]} for k, v in sorted(self.by_topic.items())},
            "by_style": {k: {"accuracy": round(self._ratio(*v), 4), "n": v[1]} for k, v in sorted(self.by_style.items())},
            "out_of_scope_precision": round(self.oos_precision, 4),
            "out_of_scope_recall": round(self.oos_recall, 4),
            "red_flag_recall": round(self.red_flag_recall, 4),
            "red_flag_n": self.red_total,
            "false_alarm_rate": round(self.false_alarm_rate, 4),
            "not_red_flag_n": self.near_misses,
            "correct_person_rate": round(self.person_rate, 4),
            "correct_person_n": self.person_total,
            "by_group": {g: {"recall": round(self._ratio(*v["recall"]), 4), "red_flag_n": v["recall"][1],
                             "false_alarm_rate": round(v["false_alarm"][0] / v["false_alarm"][1], 4)
                             if v["false_alarm"][1] else 0.0, "not_red_flag_n": v["false_alarm"][1],
                             "correct_person_rate": round(self._ratio(*v["person"]), 4), "person_n": v["person"][1]}
                         for g, v in sorted(self.by_group.items())},
            "triage_misses": self.triage_misses,
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
        hit = got == expected or (expected == NOT_RED_FLAG and not result.red_flag)
        _triage(report, item, result)
        report.total += 1
        report.top1 += hit
        report.top3 += hit or expected in offered
        report.by_lang[lang][0] += hit
        report.by_lang[lang][1] += 1
        report.by_topic[expected][0] += hit
        report.by_topic[expected][1] += 1
        style = item.get("style")
        if isinstance(style, str) and style:
            report.by_style[style][0] += hit
            report.by_style[style][1] += 1
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


def _triage(report: Report, item: dict, result) -> None:
    expected = item["topic"]
    group = item.get("group")
    row = report.by_group[str(group)] if group else None
    if expected == RED_FLAG:
        if row:
            row["recall"][1] += 1
            row["recall"][0] += result.red_flag
        if not result.red_flag:
            report.triage_misses.append({"question": item["q"], "kind": "missed", "group": group,
                                         "got": result.topic})
            return
        person = item.get("person")
        if person:
            got = (result.referral or {}).get("person")
            report.person_total += 1
            report.person_hits += got == person
            if row:
                row["person"][1] += 1
                row["person"][0] += got == person
            if got != person:
                report.triage_misses.append({"question": item["q"], "kind": "wrong_person", "group": group,
                                             "expected": person, "got": got})
    elif expected == NOT_RED_FLAG:
        report.near_misses += 1
        report.false_alarms += result.red_flag
        if row:
            row["false_alarm"][1] += 1
            row["false_alarm"][0] += result.red_flag
        if result.red_flag:
            report.triage_misses.append({"question": item["q"], "kind": "false_alarm", "group": group,
                                         "got": result.red_flag_signs})


def triage_lines(d: dict) -> list[str]:
    """The danger-sign part of the text report (``oxybot eval``)."""
    lines = [f"red-flag recall: {d['red_flag_recall']:.2%} (n={d['red_flag_n']})"]
    if d["not_red_flag_n"]:
        lines.append(f"false alarms on not_red_flag: {d['false_alarm_rate']:.2%} (n={d['not_red_flag_n']})")
    if d["correct_person_n"]:
        lines.append(f"correct person: {d['correct_person_rate']:.2%} (n={d['correct_person_n']})")
    if d["by_group"]:
        lines.append("per sign group:        recall     false alarms   correct person")
        for g, v in d["by_group"].items():
            fa = f"{v['false_alarm_rate']:7.2%} (n={v['not_red_flag_n']})" if v["not_red_flag_n"] else "      -"
            pr = f"{v['correct_person_rate']:7.2%} (n={v['person_n']})" if v["person_n"] else "      -"
            rc = f"{v['recall']:7.2%} (n={v['red_flag_n']})" if v["red_flag_n"] else "      -"
            lines.append(f"  {g:26} {rc:14} {fa:14} {pr}")
    for m in d["triage_misses"]:
        extra = f"expected {m['expected']}, got {m['got']}" if m["kind"] == "wrong_person" else f"got {m['got']}"
        lines.append(f"  {m['kind']}: {m['question']!r} ({m.get('group') or '-'}; {extra})")
    return lines
