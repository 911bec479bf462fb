"""The data of the app's evidence and guide screens (evidence.yaml, guide.yaml), checked and typed.

The screens read these records, never raw YAML, so a screen never has to guess a type: every field
here has the type its docstring says, or the file was refused with a ``path:line`` issue by
``oxybot check`` (and then no front uses the content at all).

Localised text is a ``{lang: str}`` mapping; a plain string in the YAML (a place name, "—") stands
for every language.
"""

from __future__ import annotations

from .records import Record
from .yamllines import line_of


class Bar(Record):
    """One bar of a study's chart: label {lang: str}, value (a number)."""

    __slots__ = ("label", "value")


class Chart(Record):
    """label and unit {lang: str}; bars [Bar]."""

    __slots__ = ("label", "unit", "bars")


class Study(Record):
    """One study of the review. key: its source key; design, setting, comparison, outcome {lang: str};
    mothers int or None (not given); p_value str ("" when not given); p_compares: what that p tests,
    "between" groups, "within" the massage group (before and after) or "unclear"; p_note {lang: str}
    says it in words ({} when none); intent id or None; chart or None."""

    __slots__ = ("key", "design", "mothers", "setting", "comparison", "outcome", "p_value", "intent", "chart",
                 "p_compares", "p_note")
    _defaults = {"p_compares": "unclear", "p_note": {}}


class Evidence(Record):
    __slots__ = ("studies",)


class GuideStep(Record):
    """text {lang: str}; cite [source keys]."""

    __slots__ = ("text", "cite")


class LegendItem(Record):
    __slots__ = ("symbol", "text")


class GuideTimer(Record):
    """seconds (int > 0); label {lang: str}; cite [source keys]; minimum: an earlier cue (seconds) or None."""

    __slots__ = ("seconds", "label", "cite", "minimum")
    _defaults = {"minimum": None}


class Guide(Record):
    """title, intro, note {lang: str} (may be empty); steps [GuideStep]; diagram str; legend
    [LegendItem]; timer GuideTimer; cite [source keys], in the order the screen numbers them."""

    __slots__ = ("title", "intro", "steps", "note", "diagram", "legend", "timer", "cite")


LANGS = ("id", "en")
_STUDY_KEYS = {"key", "design", "mothers", "setting", "comparison", "outcome", "p_value", "intent", "chart",
               "p_compares", "p_note"}
P_COMPARES = ("between", "within", "unclear")
_GUIDE_KEYS = {"version", "title", "intro", "steps", "note", "diagram", "legend", "timer", "cite"}


class _Checker:
    """Collects issues for one file; each helper returns a clean value, or a fallback after an issue."""

    def __init__(self, reader, path):
        self.reader, self.path, self.ok = reader, path, True

    def error(self, line: int, message: str) -> None:
        self.ok = False
        self.reader.error(self.path, line, message)

    def text(self, value, line: int, what: str, required: bool = True) -> dict:
        """Localised text: {id, en} strings, or one string for both."""
        if value is None and not required:
            return {}
        if isinstance(value, str) and not isinstance(value, bool):
            return {lang: value for lang in LANGS}
        if isinstance(value, dict) and value and all(isinstance(value.get(lang), str) for lang in LANGS) \
                and set(value) <= set(LANGS):
            return {lang: value[lang] for lang in LANGS}
        self.error(line, f"{what}: expected text, or a mapping with 'id' and 'en' texts")
        return {}

    def keys(self, value, line: int, what: str, sources) -> list[str]:
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(k, str) for k in value):
            self.error(line, f"{what}: 'cite' must be a list of source keys")
            return []
        for key in value:
            if key not in sources:
                self.error(line, f"{what}: citation '{key}' is not in sources.yaml")
        return [k for k in value if k in sources]

    def mapping(self, value, line: int, what: str) -> dict | None:
        if not isinstance(value, dict):
            self.error(line, f"{what}: expected a mapping")
            return None
        return value

    def unknown(self, item: dict, allowed: set, line: int, what: str) -> None:
        extra = set(item) - allowed
        if extra:
            self.error(line, f"{what}: unknown field(s) {', '.join(sorted(map(str, extra)))}")


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def check_evidence(reader, path, data: dict, sources: dict, intent_ids: set) -> Evidence | None:
    """The evidence screen's studies, or None after reporting every problem."""
    c = _Checker(reader, path)
    items = data.get("studies")
    c.unknown(data, {"version", "studies"}, 1, "evidence.yaml")
    if not isinstance(items, list):
        c.error(line_of(data, "studies"), "expected a list under 'studies'")
        return None
    studies: list[Study] = []
    seen: set[str] = set()
    for item in items:
        line = line_of(item, default=line_of(data, "studies"))
        if c.mapping(item, line, "each study") is None:
            continue
        key = item.get("key")
        if not isinstance(key, str) or key not in sources:
            c.error(line, f"study '{key}': 'key' must be a key of sources.yaml")
            continue
        if key in seen:
            c.error(line, f"study '{key}' is listed twice")
        seen.add(key)
        what = f"study '{key}'"
        c.unknown(item, _STUDY_KEYS, line, what)
        at = lambda field: line_of(item, field, line)  # noqa: E731 - a short local alias
        texts = {f: c.text(item.get(f), at(f), f"{what} '{f}'", required=f != "setting")
                 for f in ("design", "setting", "comparison", "outcome")}
        mothers = item.get("mothers")
        if mothers is not None and (not isinstance(mothers, int) or isinstance(mothers, bool) or mothers <= 0):
            c.error(at("mothers"), f"{what}: 'mothers' must be a whole number above 0, or null")
            mothers = None
        p_value = item.get("p_value")
        if p_value is not None and not isinstance(p_value, str):
            c.error(at("p_value"), f"{what}: 'p_value' must be quoted text, as the review prints it")
            p_value = None
        p_compares = item.get("p_compares", "unclear")
        if p_compares not in P_COMPARES:
            c.error(at("p_compares"), f"{what}: 'p_compares' must be one of {', '.join(P_COMPARES)}")
            p_compares = "unclear"
        p_note = c.text(item.get("p_note"), at("p_note"), f"{what} 'p_note'", required=False)
        intent = item.get("intent")
        if intent is not None and intent not in intent_ids:
            c.error(at("intent"), f"{what}: intent '{intent}' is not an intent")
            intent = None
        chart = _check_chart(c, item.get("chart"), at("chart"), what) if item.get("chart") is not None else None
        studies.append(Study(key, texts["design"], mothers, texts["setting"], texts["comparison"], texts["outcome"],
                             p_value or "", intent, chart, p_compares, p_note or {}))
    return Evidence(studies) if c.ok else None


def _check_chart(c: _Checker, chart, line: int, what: str) -> Chart | None:
    if c.mapping(chart, line, f"{what} 'chart'") is None:
        return None
    c.unknown(chart, {"label", "unit", "bars"}, line, f"{what} 'chart'")
    label = c.text(chart.get("label"), line_of(chart, "label", line), f"{what} chart 'label'")
    unit = c.text(chart.get("unit"), line_of(chart, "unit", line), f"{what} chart 'unit'", required=False)
    bars = chart.get("bars")
    if not isinstance(bars, list) or not bars:
        c.error(line_of(chart, "bars", line), f"{what}: chart 'bars' must be a list")
        return None
    out = []
    for bar in bars:
        bar_line = line_of(bar, default=line)
        if c.mapping(bar, bar_line, f"{what}: each bar") is None:
            continue
        value = bar.get("value")
        if not _number(value) or value < 0:
            c.error(line_of(bar, "value", bar_line), f"{what}: a bar's 'value' must be a number, 0 or more")
            continue
        out.append(Bar(c.text(bar.get("label"), line_of(bar, "label", bar_line), f"{what} bar 'label'"), float(value)))
    return Chart(label, unit, out)


def check_guide(reader, path, data: dict, sources: dict) -> Guide | None:
    """The massage guide, or None after reporting every problem."""
    c = _Checker(reader, path)
    at = lambda field: line_of(data, field)  # noqa: E731
    c.unknown(data, _GUIDE_KEYS, 1, "guide.yaml")
    title = c.text(data.get("title"), at("title"), "'title'")
    intro = c.text(data.get("intro"), at("intro"), "'intro'", required=False)
    note = c.text(data.get("note"), at("note"), "'note'", required=False)
    steps: list[GuideStep] = []
    items = data.get("steps")
    if not isinstance(items, list) or not items:
        c.error(at("steps"), "expected a list of steps under 'steps'")
        items = []
    for n, item in enumerate(items, 1):
        line = line_of(item, default=at("steps"))
        if c.mapping(item, line, f"step {n}") is None:
            continue
        c.unknown(item, {*LANGS, "cite"}, line, f"step {n}")
        text = c.text({k: v for k, v in item.items() if k in LANGS}, line, f"step {n}")
        steps.append(GuideStep(text, c.keys(item.get("cite"), line_of(item, "cite", line), f"step {n}", sources)))
    diagram = data.get("diagram", "")
    if not isinstance(diagram, str):
        c.error(at("diagram"), "'diagram' must be text (a block scalar, '|')")
        diagram = ""
    legend: list[LegendItem] = []
    items = data.get("legend") or []
    if not isinstance(items, list):
        c.error(at("legend"), "'legend' must be a list")
        items = []
    for item in items:
        line = line_of(item, default=at("legend"))
        if c.mapping(item, line, "each legend item") is None:
            continue
        symbol = item.get("symbol")
        if not isinstance(symbol, str) or not symbol:
            c.error(line, "each legend item needs a 'symbol'")
            continue
        legend.append(LegendItem(symbol, c.text({k: v for k, v in item.items() if k in LANGS}, line, "legend item")))
    timer_data = data.get("timer") or {}
    timer = GuideTimer(180, {}, [])
    if c.mapping(timer_data, at("timer"), "'timer'") is not None:
        seconds = timer_data.get("seconds", 180)
        if not isinstance(seconds, int) or isinstance(seconds, bool) or not 0 < seconds <= 3600:
            c.error(line_of(timer_data, "seconds", at("timer")), "timer 'seconds' must be a whole number, 1-3600")
            seconds = 180
        minimum = timer_data.get("minimum")
        if minimum is not None and (not isinstance(minimum, int) or isinstance(minimum, bool)
                                    or not 0 < minimum < seconds):
            c.error(line_of(timer_data, "minimum", at("timer")), "timer 'minimum' must be a whole number below 'seconds'")
            minimum = None
        timer = GuideTimer(seconds, c.text(timer_data.get("label"), line_of(timer_data, "label", at("timer")),
                                           "timer 'label'", required=False),
                           c.keys(timer_data.get("cite"), line_of(timer_data, "cite", at("timer")), "timer", sources),
                           minimum)
    cite = c.keys(data.get("cite"), at("cite"), "guide", sources)
    if not c.ok:
        return None
    return Guide(title, intro, steps, note, diagram, legend, timer, cite)
