"""Loading and validating the content folder.

Every problem is reported as ``path:line: message`` (a ``ContentIssue``); nothing here raises a
traceback at the user. ``load_content`` returns the content together with the list of issues; callers
decide whether issues are fatal (``oxybot check`` lists them all, ``oxybot ask`` refuses to answer from
broken content).
"""

from __future__ import annotations

import re
from pathlib import Path

from .records import Record
from .yamllines import ContentProblems, Lines, line_of, load_with_lines

LANGS = ("id", "en")
MIN_EXAMPLES = 8


class ContentIssue(Record):
    __slots__ = ("path", "line", "message")

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class ContentError(Exception):
    """Raised when content cannot be used; carries every issue found."""

    def __init__(self, issues: list[ContentIssue]):
        self.issues = issues
        super().__init__("\n".join(map(str, issues)))


class Source(Record):
    __slots__ = ("key", "short", "authors", "year", "title", "data")
    _defaults = {"title": "", "data": {}}


class Intent(Record):
    """id, topic, examples {lang: [str]}, answer {lang: str}: the plain part a mother reads first,
    cite [source keys], keywords, followups, detail {lang: str}: optional, for health workers and
    trainers (study designs, p-values, anatomy); empty when the intent has none. ask {lang: str}:
    optional, how a button offering this intent reads, a question (a danger sign's examples are
    statements: "payudara kanan merah ... dan saya demam" is no button to press). paraphrases {lang: [str]}:
    optional, more ways people ask, read only by the letter reader (likeness.py): wordings that avoid
    the subject's own words would blur what the examples tell the matcher an intent is about."""

    __slots__ = ("id", "topic", "examples", "answer", "cite", "keywords", "followups", "path", "line", "detail",
                 "ask", "paraphrases")
    _defaults = {"keywords": [], "followups": [], "path": "", "line": 0, "detail": {}, "ask": {}, "paraphrases": {}}


class Topic(Record):
    __slots__ = ("id", "title")


class SignCatalogue(Record):
    """The danger-sign catalogue of red_flags.yaml, validated, as plain data for triage.Triage."""

    __slots__ = ("data",)

    def __len__(self) -> int:
        return len(self.data.get("signs", []))


class TopicGroup(Record):
    """title {lang: str}, topics [topic id]: one heading of the Topics screen."""

    __slots__ = ("title", "topics")


class WelcomeExample(Record):
    """intent (id), label {lang: str}: one example question the first screen offers as a button."""

    __slots__ = ("intent", "label")


class Content(Record):
    """topics {id: Topic}, intents [Intent], sources {key: Source}, lexicon (raw data),
    red_flags SignCatalogue (these two only build the engine: a cached engine's content has neither,
    see Engine.__getstate__), extras {"evidence": extras.Evidence, "guide": extras.Guide} (data for the
    app's screens; a name is absent when its optional file is), topic_groups [TopicGroup],
    welcome [WelcomeExample], go_now [intent id] (handout.yaml), asked {topic: {lang: [question]}}
    (asked.yaml: questions as people asked them, read only by the letter reader), danger_asked
    {"danger": [(question, group, urgency)], "not_danger": [question]} (danger_asked.yaml: read only
    by the danger neighbours, likeness.DangerLetters)."""

    __slots__ = ("topics", "intents", "sources", "lexicon", "red_flags", "extras", "topic_groups", "welcome",
                 "go_now", "asked", "danger_asked")
    _defaults = {"welcome": [], "go_now": [], "asked": {}, "danger_asked": {"danger": [], "not_danger": []}}



MAX_FILE_BYTES = 4 * 1024 * 1024
"""The largest content file read; the shipped ones are under 100 KB (a symlink to /dev/zero or a
runaway file must not be read without limit)."""


def regular_file_problem(path: Path, limit: int = MAX_FILE_BYTES) -> str | None:
    """Why ``path`` must not be read (not a regular file, too big), or None. Follows symlinks, so a link
    to a device or a FIFO is refused too, before it is opened (opening a FIFO blocks)."""
    import stat

    try:
        info = path.stat()
    except OSError as exc:
        return f"cannot read file: {exc.strerror or exc}"
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file (a folder, FIFO, device or socket); only plain files are read"
    if info.st_size > limit:
        return f"file is too large ({info.st_size:,} bytes; the limit is {limit:,})"
    return None


class _FileReader:
    """Reads one YAML file and collects issues with their lines."""

    def __init__(self, root: Path, issues: list[ContentIssue]):
        self.root = root
        self.issues = issues

    def rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(Path.cwd()))
        except ValueError:
            return str(path)

    def error(self, path: Path, line: int, message: str) -> None:
        self.issues.append(ContentIssue(self.rel(path), line, message))

    def load(self, path: Path, required: bool = True, versioned: bool = True):
        if not path.exists() and not path.is_symlink():
            if required:
                self.error(path, 1, "file is missing")
            return None
        problem = regular_file_problem(path)
        if problem:
            self.error(path, 1, problem)
            return None
        try:
            with open(path, "rb") as fh:
                data = fh.read(MAX_FILE_BYTES + 1)  # the file may have grown since it was checked
            if len(data) > MAX_FILE_BYTES:
                self.error(path, 1, f"file is too large (the limit is {MAX_FILE_BYTES:,} bytes)")
                return None
            text = data.decode("utf-8")
        except OSError as exc:
            self.error(path, 1, f"cannot read file: {exc.strerror or exc}")
            return None
        except UnicodeDecodeError as exc:
            self.error(path, text_line(data, exc.start), f"not UTF-8 text (byte {exc.start})")
            return None
        if not text.strip():
            self.error(path, 1, "file is empty")
            return None
        import yaml  # here, not at the top: `oxybot ask` runs from the cache without YAML

        try:
            data = load_with_lines(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
            line = mark.line + 1 if mark else 1
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            kind = "" if isinstance(exc, yaml.constructor.ConstructorError) else "YAML syntax error: "
            self.error(path, line, f"{kind}{problem}")
            return None
        except ContentProblems as exc:
            for line, message in exc.problems:
                self.error(path, line, message)
            return None
        except RecursionError:
            self.error(path, 1, "nested too deeply")
            return None
        if not isinstance(data, dict):
            self.error(path, 1, "expected a mapping at the top of the file")
            return None
        if versioned and data.get("version") != 1:
            self.error(path, line_of(data, "version"), "expected 'version: 1'")
        return data


def text_line(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _text_list(value) -> list[str] | None:
    # bool is refused on purpose: YAML reads an unquoted yes/no/on/off as true/false
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) and not isinstance(v, bool)
                                              for v in value):
        return None
    return [str(v) for v in value]


def load_content(content_dir: Path | str | None = None) -> tuple[Content | None, list[ContentIssue]]:
    """Read and validate a content folder (None: the shipped one); the content and every issue found."""
    from ..locations import content_dir as resolve

    root = resolve(content_dir)
    issues: list[ContentIssue] = []
    reader = _FileReader(root, issues)
    if not root.is_dir():
        reader.error(root, 1, "content folder not found")
        return None, issues

    topics = _load_topics(reader, root / "topics.yaml")  # a verbatim copy of the topic contract
    sources = _load_sources(reader, root / "sources.yaml")
    lexicon = _check_lexicon(reader, root / "lexicon.yaml")
    lexicon = {**lexicon, **_load_concepts(reader, root / "concepts.yaml")}
    intents = _load_intents(reader, root, topics, sources)
    intent_ids = {i.id for i in intents}
    try:
        red_flags = _load_red_flags(reader, root / "red_flags.yaml", intent_ids, sources)
    except Exception as exc:  # noqa: BLE001 - a shape the checks above did not foresee: report, never crash
        reader.error(root / "red_flags.yaml", 1, f"cannot read the sign catalogue: {type(exc).__name__}: {exc}")
        red_flags = SignCatalogue({"signs": []})
    extras = _load_extras(reader, root, sources, intent_ids)
    frames = reader.load(root / "frames.yaml", required=False)
    if frames is not None:  # what answers are about, for follow-up questions (dialogue.py)
        from .dialogue import validate_frames

        validate_frames(reader, root / "frames.yaml", frames, intents)
        extras["frames"] = frames
    groups = _load_topic_groups(reader, root / "topic_groups.yaml", topics, {i.topic for i in intents})
    welcome = _load_welcome(reader, root / "welcome.yaml", intent_ids)
    go_now = _load_go_now(reader, root / "handout.yaml", {i.id for i in intents if i.topic == "red_flag"})
    asked = _load_asked(reader, root / "asked.yaml", {i.topic for i in intents}, intents)
    danger_asked = _load_danger_asked(reader, root / "danger_asked.yaml", red_flags.data.get("groups") or {})
    content = Content(topics, intents, sources, lexicon, red_flags, extras, groups, welcome, go_now, asked,
                      danger_asked)
    return content, issues


def _load_danger_asked(reader: _FileReader, path: Path, groups: dict) -> dict:
    """Danger questions by sign group and urgency, and questions that are not danger (optional file,
    written by scripts/danger_questions.py from the retired red-team and question sets): read only by the
    danger neighbours. A group must be one of red_flags.yaml's, at an urgency it has a card text for."""
    empty = {"danger": [], "not_danger": []}
    data = reader.load(path, required=False)
    if data is None:
        return empty
    danger, other = data.get("danger"), data.get("not_danger")
    if not isinstance(danger, dict) or not isinstance(other, list):
        reader.error(path, line_of(data, "danger" if not isinstance(danger, dict) else "not_danger"),
                     "expected 'danger': sign groups, each mapping urgencies to questions, and 'not_danger': "
                     "a list of questions")
        return empty
    out: dict = {"danger": [], "not_danger": []}
    for group, urgencies in danger.items():
        line = line_of(danger, group)
        if group not in groups or not isinstance(groups[group], dict):
            reader.error(path, line, f"unknown sign group '{group}' (not in red_flags.yaml)")
            continue
        if not isinstance(urgencies, dict):
            reader.error(path, line, f"group '{group}': expected urgencies, each a list of questions")
            continue
        for urgency, value in urgencies.items():
            where = line_of(urgencies, urgency, line)
            texts_at = groups[group].get("texts") or groups[group]  # the catalogue as loaded, or as written
            if urgency not in ("emergency", "today") or urgency not in texts_at:
                reader.error(path, where, f"group '{group}' has no '{urgency}' card in red_flags.yaml")
                continue
            texts = _text_list(value)
            if texts is None:
                reader.error(path, where, f"group '{group}': '{urgency}' must be a list of questions")
                continue
            out["danger"].extend((t, group, urgency) for t in texts if t.strip())
    texts = _text_list(other)
    if texts is None:
        reader.error(path, line_of(data, "not_danger"), "'not_danger' must be a list of questions")
    else:
        out["not_danger"] = [t for t in texts if t.strip()]
    return out


def _load_asked(reader: _FileReader, path: Path, topics: set[str], intents: list[Intent]) -> dict[str, dict[str, list[str]]]:
    """Questions as people asked them, by the topic they asked about (optional file, written by
    scripts/asked_questions.py from the retired blind rounds): read only by the letter reader. A question
    that is also an example or paraphrase is left out (it says nothing new), one under another topic
    too is reported."""
    from .normalize import fold  # local, as in _load_intents

    data = reader.load(path, required=False)
    if data is None:
        return {}
    by_topic = data.get("asked")
    if not isinstance(by_topic, dict):
        reader.error(path, line_of(data, "asked"), "expected 'asked': topic ids, each mapping languages to questions")
        return {}
    owner = {}
    for intent in intents:
        for texts in (intent.examples, intent.paraphrases):
            for lang in LANGS:
                for text in texts.get(lang, []):
                    owner.setdefault(fold(text), intent.topic)
    asked: dict[str, dict[str, list[str]]] = {}
    for topic, langs in by_topic.items():
        line = line_of(by_topic, topic)
        if topic not in topics:
            reader.error(path, line, f"unknown topic '{topic}' (no intent answers it)")
            continue
        if not isinstance(langs, dict) or set(langs) - set(LANGS):
            reader.error(path, line, f"topic '{topic}': expected {' and '.join(LANGS)}, each a list of questions")
            continue
        for lang, value in langs.items():
            texts = _text_list(value)
            if texts is None:
                reader.error(path, line_of(langs, lang, line), f"topic '{topic}': '{lang}' must be a list of questions")
                continue
            for text in texts:
                other = owner.setdefault(fold(text), topic)
                if other != topic:
                    reader.error(path, line_of(langs, lang, line), f"question '{text}' is also under topic '{other}'")
                    continue
                asked.setdefault(topic, {}).setdefault(lang, []).append(text)
    return asked


def _load_welcome(reader: _FileReader, path: Path, intent_ids: set[str]) -> list[WelcomeExample]:
    """The first screen's example questions (optional file: without it the welcome has no buttons)."""
    data = reader.load(path, required=False)
    if data is None:
        return []
    items = data.get("examples")
    if not isinstance(items, list) or not items:
        reader.error(path, line_of(data, "examples"), "expected a list under 'examples'")
        return []
    examples: list[WelcomeExample] = []
    for item in items:
        line = line_of(item)
        if not isinstance(item, dict):
            reader.error(path, line, "an example needs 'intent' and 'label'")
            continue
        intent, label = item.get("intent"), item.get("label")
        if not isinstance(intent, str) or intent not in intent_ids:
            reader.error(path, line_of(item, "intent", line), f"unknown intent '{intent}'")
            continue
        if not isinstance(label, dict) or not all(isinstance(label.get(lang), str) and label[lang].strip()
                                                  for lang in LANGS):
            reader.error(path, line_of(item, "label", line), "an example needs 'label' in " + " and ".join(LANGS))
            continue
        examples.append(WelcomeExample(intent, {lang: label[lang].strip() for lang in LANGS}))
    if examples and not 4 <= len(items) <= 6:
        reader.error(path, line_of(data, "examples"), f"expected 4 to 6 examples, found {len(items)}")
    return examples


def _load_go_now(reader: _FileReader, path: Path, referral_ids: set[str]) -> list[str]:
    """The referral intents whose answers the handout prints as "go now" signs (optional file)."""
    data = reader.load(path, required=False)
    if data is None:
        return []
    ids = data.get("go_now")
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        reader.error(path, line_of(data, "go_now"), "expected 'go_now': a list of intent ids")
        return []
    for intent in ids:
        if intent not in referral_ids:
            reader.error(path, line_of(data, "go_now"), f"'{intent}' is not a danger-sign (red_flag) intent")
    return [i for i in ids if i in referral_ids]


def _load_topic_groups(reader: _FileReader, path: Path, topics: dict[str, Topic],
                       answered: set[str]) -> list[TopicGroup]:
    data = reader.load(path)
    if not data:
        return []
    items = data.get("groups")
    if not isinstance(items, list):
        reader.error(path, line_of(data, "groups"), "expected a list under 'groups'")
        return []
    groups: list[TopicGroup] = []
    placed: dict[str, int] = {}
    for item in items:
        line = line_of(item)
        title = item.get("title") if isinstance(item, dict) else None
        ids = item.get("topics") if isinstance(item, dict) else None
        if not isinstance(title, dict) or not all(isinstance(title.get(lang), str) and title[lang].strip()
                                                  for lang in LANGS):
            reader.error(path, line, "a group needs 'title' in " + " and ".join(LANGS))
            continue
        if not isinstance(ids, list) or not all(isinstance(t, str) for t in ids):
            reader.error(path, line_of(item, "topics", line), "a group needs 'topics': a list of topic ids")
            continue
        for topic in ids:
            if topic not in topics:
                reader.error(path, line_of(item, "topics", line), f"unknown topic '{topic}'")
            elif topic in placed:
                reader.error(path, line_of(item, "topics", line), f"topic '{topic}' is already in a group "
                                                                  f"(line {placed[topic]})")
            placed.setdefault(topic, line_of(item, "topics", line))
        groups.append(TopicGroup({lang: title[lang] for lang in LANGS}, [t for t in ids if t in topics]))
    social = {"out_of_scope", "meta.greeting", "meta.thanks", "meta.goodbye"}
    for topic in topics:
        if topic in answered and topic not in placed and topic not in social:
            reader.error(path, 1, f"topic '{topic}' is in no group, so it cannot be chosen in the app")
    return groups


def _load_topics(reader: _FileReader, path: Path) -> dict[str, Topic]:
    data = reader.load(path, versioned=False)  # a verbatim copy of the shared contract
    topics: dict[str, Topic] = {}
    if not data:
        return topics
    items = data.get("topics")
    if not isinstance(items, list):
        reader.error(path, line_of(data, "topics"), "expected a list under 'topics'")
        return topics
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            reader.error(path, line_of(item), "each topic needs an 'id'")
            continue
        title = item.get("title") if isinstance(item.get("title"), dict) else {}
        topics[item["id"]] = Topic(item["id"], {k: str(v) for k, v in title.items()})
    return topics


def _load_sources(reader: _FileReader, path: Path) -> dict[str, Source]:
    data = reader.load(path)
    sources: dict[str, Source] = {}
    if not data:
        return sources
    items = data.get("sources")
    if not isinstance(items, dict):
        reader.error(path, line_of(data, "sources"), "expected a mapping under 'sources'")
        return sources
    for key, entry in items.items():
        line = line_of(items, key)
        if not isinstance(entry, dict):
            reader.error(path, line, f"source '{key}': expected a mapping")
            continue
        short = entry.get("short")
        authors = _text_list(entry.get("authors") or [])
        if not isinstance(short, str) or not short.strip():
            reader.error(path, line, f"source '{key}': 'short' reference is missing")
            continue
        if authors is None:
            reader.error(path, line, f"source '{key}': 'authors' must be a list")
            authors = []
        year = entry.get("year")
        sources[str(key)] = Source(str(key), short, authors, year if isinstance(year, int) else None,
                                   str(entry.get("title") or ""), dict(entry))
    return sources


_INTENT_KEYS = {"id", "topic", "examples", "answer", "detail", "cite", "keywords", "followups", "ask", "paraphrases"}


def _load_intents(reader: _FileReader, root: Path, topics: dict[str, Topic],
                  sources: dict[str, Source]) -> list[Intent]:
    intents: list[Intent] = []
    folder = root / "intents"
    files = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    if not files:
        reader.error(folder, 1, "no intent files (intents/*.yaml)")
    seen_ids: dict[str, str] = {}
    seen_examples: dict[str, tuple[str, str]] = {}
    from .normalize import fold  # local: keeps this module importable without rapidfuzz for tooling

    for path in files:
        data = reader.load(path)
        if not data:
            continue
        items = data.get("intents")
        if not isinstance(items, list):
            reader.error(path, line_of(data, "intents"), "expected a list under 'intents'")
            continue
        for item in items:
            intent = _parse_intent(reader, path, item, topics, sources)
            if intent is None:
                continue
            where = f"{reader.rel(path)}:{intent.line}"
            if intent.id in seen_ids:
                reader.error(path, intent.line, f"duplicate intent id '{intent.id}' (first at {seen_ids[intent.id]})")
                continue
            seen_ids[intent.id] = where
            for field, texts in (("examples", intent.examples), ("paraphrases", intent.paraphrases)):
                for lang in LANGS:
                    for example in texts.get(lang, []):
                        key = fold(example)
                        other = seen_examples.get(key)
                        if other and other[0] != intent.topic:
                            reader.error(path, line_of(item.get(field), lang, intent.line),
                                         f"example '{example}' is also under topic '{other[0]}' ({other[1]})")
                        seen_examples.setdefault(key, (intent.topic, intent.id))
            intents.append(intent)

    ids = {i.id for i in intents}
    for intent in intents:
        for target in intent.followups:
            if target not in ids:
                reader.error(Path(intent.path), intent.line, f"intent '{intent.id}': followup '{target}' is not an intent")
    covered = {i.topic for i in intents}
    for topic in topics:
        if topic not in covered:
            reader.error(folder, 1, f"topic '{topic}' of the contract has no intent")
    return intents


def _parse_intent(reader, path, item, topics, sources) -> Intent | None:
    line = line_of(item)
    if not isinstance(item, dict):
        reader.error(path, line, "each intent must be a mapping")
        return None
    intent_id = item.get("id")
    if not isinstance(intent_id, str) or not intent_id.strip():
        reader.error(path, line, "intent without an 'id'")
        return None
    ok = True
    unknown = set(item) - _INTENT_KEYS
    if unknown:
        reader.error(path, line, f"intent '{intent_id}': unknown field(s) {', '.join(sorted(map(str, unknown)))}")
    topic = item.get("topic")
    if not isinstance(topic, str) or topic not in topics:
        reader.error(path, line_of(item, "topic", line), f"intent '{intent_id}': topic '{topic}' is not in the contract")
        ok = False
    examples: dict[str, list[str]] = {}
    answer: dict[str, str] = {}
    ex_data = item.get("examples")
    ans_data = item.get("answer")
    for lang in LANGS:
        values = _text_list(ex_data.get(lang)) if isinstance(ex_data, dict) else None
        if not values:
            reader.error(path, line_of(item, "examples", line), f"intent '{intent_id}': examples in '{lang}' are missing")
            ok = False
        else:
            if len(values) < MIN_EXAMPLES:
                reader.error(path, line_of(ex_data, lang, line),
                             f"intent '{intent_id}': {len(values)} examples in '{lang}', at least {MIN_EXAMPLES} needed")
            examples[lang] = values
        text = ans_data.get(lang) if isinstance(ans_data, dict) else None
        if not isinstance(text, str) or not text.strip():
            reader.error(path, line_of(item, "answer", line), f"intent '{intent_id}': answer in '{lang}' is missing")
            ok = False
        else:
            answer[lang] = text.strip()
    cite = _text_list(item.get("cite", []))
    if cite is None:
        reader.error(path, line_of(item, "cite", line), f"intent '{intent_id}': 'cite' must be a list of source keys")
        cite = []
    for key in cite:
        if key not in sources:
            reader.error(path, line_of(item, "cite", line), f"intent '{intent_id}': citation '{key}' is not in sources.yaml")
    detail: dict[str, str] = {}
    det_data = item.get("detail")
    if det_data is not None:
        if not isinstance(det_data, dict):
            reader.error(path, line_of(item, "detail", line), f"intent '{intent_id}': 'detail' must map id and en to text")
        else:
            for lang in LANGS:
                text = det_data.get(lang)
                if not isinstance(text, str) or not text.strip():
                    reader.error(path, line_of(item, "detail", line),
                                 f"intent '{intent_id}': detail in '{lang}' is missing (give both languages or none)")
                else:
                    detail[lang] = text.strip()
    ask: dict[str, str] = {}
    ask_data = item.get("ask")
    if ask_data is not None:
        where = line_of(item, "ask", line)
        if not isinstance(ask_data, dict):
            reader.error(path, where, f"intent '{intent_id}': 'ask' must map id and en to a question")
        else:
            for lang in LANGS:
                text = ask_data.get(lang)
                if not isinstance(text, str) or not text.strip().endswith("?"):
                    reader.error(path, line_of(ask_data, lang, where),
                                 f"intent '{intent_id}': ask in '{lang}' must be a question ending in '?' "
                                 "(give both languages or none)")
                else:
                    ask[lang] = " ".join(text.split())
    keywords = _text_list(item.get("keywords", [])) or []
    followups = _text_list(item.get("followups", [])) or []
    paraphrases: dict[str, list[str]] = {}
    para_data = item.get("paraphrases")
    if para_data is not None:
        if not isinstance(para_data, dict) or set(para_data) - set(LANGS):
            reader.error(path, line_of(item, "paraphrases", line),
                         f"intent '{intent_id}': paraphrases must map {' and '.join(LANGS)} to lists of questions")
        else:
            for lang, values in para_data.items():
                texts = _text_list(values)
                if texts is None:
                    reader.error(path, line_of(para_data, lang, line),
                                 f"intent '{intent_id}': paraphrases in '{lang}' must be a list of questions")
                else:
                    paraphrases[lang] = texts
    if not ok:
        return None
    intent = Intent(intent_id, topic, examples, answer, cite, keywords, followups, str(path), line, detail, ask,
                    paraphrases)
    _check_answer_shape(reader, path, line_of(item, "answer", line), intent, sources)
    return intent


# -- answer shape: plain first, the same facts in both languages ----------------------------------
PLAIN_MAX_WORDS = 60  # the plain part a mother reads first (issue 10); detail carries the rest
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def is_health_intent(intent: Intent) -> bool:
    """Curated health answers: not the conversation (meta.*), not a refusal, not a referral."""
    return intent.topic not in ("out_of_scope", "red_flag") and not intent.topic.startswith("meta.")


def plain_words(text: str) -> int:
    """Words a reader reads: Markdown marks and list bullets are not words, 2-3 is one."""
    return len(_WORD.findall(text))


def numbers_in(text: str) -> set[str]:
    """Every number, one decimal separator (68,74 and 68.74 are one number)."""
    return {n.replace(",", ".") for n in _NUMBER.findall(text)}


def _lead_name(short: str) -> str:
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", short) if w not in ("The", "et", "al")]
    return words[0] if words else ""


def source_mentions(text: str, sources: dict[str, Source]) -> set[frozenset[str]]:
    """The sources a text mentions: the source's lead name, then its year within a few words
    ("Doko dkk., 2019", "Doko et al. 2019", "Saidah & Sari (2021)"). Case-sensitive and close, so
    the word "who" or a far year is not taken for a source. Sources that share a lead name and year
    (the review cites two "Septiani 2019") cannot be told apart by a mention: each mention is the set
    of keys it may stand for."""
    by_mention: dict[tuple[str, str], set[str]] = {}
    for key, source in sources.items():
        name, years = _lead_name(source.short), _YEAR.findall(source.short)
        if name and years:
            by_mention.setdefault((name, years[0]), set()).add(key)
    found = set()
    for (name, year), keys in by_mention.items():
        if re.search(rf"\b{re.escape(name)}\b(?:(?!\n\n)[\s\S]){{0,36}}?\b{year}\b", text):
            found.add(frozenset(keys))
    return found


def _check_answer_shape(reader, path, line, intent: Intent, sources: dict[str, Source]) -> None:
    """Plain part short enough to act on; id and en carry the same citations and the same numbers;
    every source a text names is in the intent's `cite` (so its reference is shown)."""
    if is_health_intent(intent):
        for lang in LANGS:
            n = plain_words(intent.answer.get(lang, ""))
            if n > PLAIN_MAX_WORDS:
                reader.error(path, line, f"intent '{intent.id}': plain answer in '{lang}' has {n} words, "
                                         f"at most {PLAIN_MAX_WORDS} (move study detail to 'detail')")
    texts = {lang: intent.answer.get(lang, "") + "\n\n" + intent.detail.get(lang, "") for lang in LANGS}
    # one citation style per language: "Doko dkk., 2019" in Indonesian, "Doko et al. 2019" in English
    if re.search(r"\bet al\b", texts["id"]):
        reader.error(path, line, f"intent '{intent.id}': Indonesian text cites with 'et al.'; write 'dkk.'")
    if re.search(r"\bdkk\b", texts["en"]):
        reader.error(path, line, f"intent '{intent.id}': English text cites with 'dkk.'; write 'et al.'")
    mentions = {lang: source_mentions(texts[lang], sources) for lang in LANGS}
    if mentions["id"] != mentions["en"]:
        only_id = sorted("/".join(sorted(k)) for k in mentions["id"] - mentions["en"])
        only_en = sorted("/".join(sorted(k)) for k in mentions["en"] - mentions["id"])
        reader.error(path, line, f"intent '{intent.id}': citations differ between languages "
                                 f"(only id: {only_id or '-'}; only en: {only_en or '-'})")
    uncited = sorted("/".join(sorted(keys)) for keys in mentions["id"] | mentions["en"]
                     if not keys & set(intent.cite))
    if uncited:
        reader.error(path, line, f"intent '{intent.id}': names {', '.join(uncited)} in its text but not in 'cite'")
    nums = {lang: numbers_in(texts[lang]) for lang in LANGS}
    if nums["id"] != nums["en"]:
        only_id = sorted(nums["id"] - nums["en"])
        only_en = sorted(nums["en"] - nums["id"])
        reader.error(path, line, f"intent '{intent.id}': numbers differ between languages "
                                 f"(only id: {only_id or '-'}; only en: {only_en or '-'})")


def _check_extra_citations(reader, path: Path, data, sources: dict[str, Source], intent_ids: set[str]) -> None:
    """The app's evidence and guide screens cite by key too: every key must resolve in sources.yaml,
    and every study must name an intent that exists (the screen answers with it)."""

    def check(keys, where) -> None:
        for key in keys if isinstance(keys, list) else []:
            if key not in sources:
                reader.error(path, line_of(where, "cite") if isinstance(where, dict) else 1,
                             f"citation '{key}' is not in sources.yaml")

    if not isinstance(data, dict):
        return
    check(data.get("cite"), data)
    for part in ("steps", "timer"):
        items = data.get(part)
        for item in items if isinstance(items, list) else [items]:
            if isinstance(item, dict):
                check(item.get("cite"), item)
    for study in data.get("studies") or []:
        if not isinstance(study, dict):
            continue
        if study.get("key") not in sources:
            reader.error(path, line_of(study), f"study '{study.get('key')}' is not in sources.yaml")
        if study.get("intent") is not None and study.get("intent") not in intent_ids:
            reader.error(path, line_of(study, "intent"), f"study '{study.get('key')}': intent '{study.get('intent')}' is not an intent")


def display_path(path: Path) -> str:
    """``path`` relative to the working folder when it is inside it, as check reports it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


_CONCEPT_SCOPES = ("in", "out")


def _load_concepts(reader: _FileReader, path: Path) -> dict:
    """concepts.yaml (optional): concepts, question types, politeness and contrast cues, checked; the valid parts.
    A name given to two concepts is an error: the engine could not tell which one a question meant."""
    data = reader.load(path, required=False)
    if not data:
        return {}
    out: dict = {"concepts": {}, "question_types": {}, "politeness": {}, "contrast": {}, "joiners": {}, "openers": {},
                 "introductions": {}, "asking": {}, "question_words": {}, "rewrites": {}, "tried": {}, "failed": {}}
    owner: dict[str, str] = {}
    from .normalize import fold, parse_rewrite

    def names(entry, key, what, line) -> list[str] | None:
        value = entry.get(key, [])
        values = _text_list(value)
        if values is None:
            reader.error(path, line_of(entry, key, line), f"{what}: '{key}' must be a list of names")
        return values

    concepts = data.get("concepts", {})
    if not isinstance(concepts, dict):
        reader.error(path, line_of(data, "concepts"), "expected a mapping under 'concepts'")
        concepts = {}
    for cid, entry in concepts.items():
        line = line_of(concepts, cid)
        if not isinstance(entry, dict):
            reader.error(path, line, f"concept '{cid}': expected a mapping with scope, id, en")
            continue
        if entry.get("scope", "in") not in _CONCEPT_SCOPES:
            reader.error(path, line_of(entry, "scope", line), f"concept '{cid}': scope must be 'in' or 'out'")
            continue
        unknown = set(entry) - {"scope", "id", "en", "heads", "near", "implied", "refers"}
        if unknown:
            reader.error(path, line, f"concept '{cid}': unknown field(s) {', '.join(sorted(map(str, unknown)))}")
        lists = [names(entry, lang, f"concept '{cid}'", line) for lang in LANGS]
        if any(v is None for v in lists):
            continue
        if not any(lists):
            reader.error(path, line, f"concept '{cid}': no names")
            continue
        for name in lists[0] + lists[1]:
            key = fold(name)
            if owner.get(key, cid) != cid:
                reader.error(path, line, f"concept '{cid}': name '{name}' is also a name of '{owner[key]}'")
            owner.setdefault(key, cid)
        heads, near = names(entry, "heads", f"concept '{cid}'", line), names(entry, "near", f"concept '{cid}'", line)
        if bool(heads) != bool(near):
            reader.error(path, line, f"concept '{cid}': 'heads' and 'near' go together")
            heads = near = []
        implied = entry.get("implied")
        if implied is not None:
            # implied: {by: [concepts], asks: [types], unless: [types]}: a question naming one of `by`
            # and asking one of `asks` (none of `unless`) is about this concept too
            ok = isinstance(implied, dict) and not set(implied) - {"by", "asks", "unless", "replaces"}
            parts = {k: _text_list(implied.get(k, [])) if ok else None for k in ("by", "asks", "unless", "replaces")}
            if not ok or any(v is None for v in parts.values()) or not parts["by"] or not parts["asks"]:
                reader.error(path, line_of(entry, "implied", line),
                             f"concept '{cid}': 'implied' needs 'by' (concepts) and 'asks' (question types), "
                             "and may have 'unless' (question types) and 'replaces' (some of 'by')")
                implied = None
            else:
                implied = parts
        refers = names(entry, "refers", f"concept '{cid}'", line)
        out["concepts"][str(cid)] = {"scope": entry.get("scope", "in"), "id": lists[0], "en": lists[1],
                                     **({"heads": heads, "near": near} if heads and near else {}),
                                     **({"refers": refers} if refers else {}),
                                     **({"implied": implied} if implied else {})}
    types = data.get("question_types", {})
    if not isinstance(types, dict):
        reader.error(path, line_of(data, "question_types"), "expected a mapping under 'question_types'")
        types = {}
    for qtype, entry in types.items():
        line = line_of(types, qtype)
        if not isinstance(entry, dict):
            reader.error(path, line, f"question type '{qtype}': expected a mapping with id, en")
            continue
        lists = [names(entry, lang, f"question type '{qtype}'", line) for lang in LANGS]
        over = names(entry, "over", f"question type '{qtype}'", line)
        if over and not set(over) <= set(map(str, types)):
            reader.error(path, line_of(entry, "over", line),
                         f"question type '{qtype}': 'over' names unknown type(s) "
                         f"{', '.join(sorted(set(over) - set(map(str, types))))}")
            over = None
        if all(v is not None for v in lists):
            out["question_types"][str(qtype)] = {"id": lists[0], "en": lists[1], **({"over": over} if over else {})}
    for cid, entry in out["concepts"].items():  # what an `implied` names must exist
        implied = entry.get("implied")
        if implied:
            bad = [c for c in implied["by"] if c not in out["concepts"]] + [
                q for q in implied["asks"] + implied["unless"] if q not in out["question_types"]] + [
                c for c in implied["replaces"] if c not in implied["by"]]
            if bad:
                reader.error(path, line_of(concepts.get(cid, {}), "implied", line_of(concepts, cid)),
                             f"concept '{cid}': 'implied' names unknown concept(s) or type(s) {', '.join(bad)}")
                del entry["implied"]
    for key in ("politeness", "contrast", "joiners", "openers", "introductions", "asking", "question_words",
                "tried", "failed"):  # word lists per language
        cues = data.get(key, {})
        if not isinstance(cues, dict):
            reader.error(path, line_of(data, key), f"expected a mapping under '{key}' (id, en)")
        else:
            lists = [names(cues, lang, key, line_of(data, key)) for lang in LANGS]
            out[key] = {lang: v or [] for lang, v in zip(LANGS, lists)}
    rewrites = data.get("rewrites", {})
    if not isinstance(rewrites, dict):
        reader.error(path, line_of(data, "rewrites"), "expected a mapping under 'rewrites' (id, en)")
    else:
        lists = [names(rewrites, lang, "rewrites", line_of(data, "rewrites")) for lang in LANGS]
        for rule in (r for v in lists for r in (v or [])):
            if parse_rewrite(rule) is None:
                reader.error(path, line_of(data, "rewrites"),
                             f"rewrites: '{rule}': expected 'words ... word => words'")
        out["rewrites"] = {lang: v or [] for lang, v in zip(LANGS, lists)}
    return out


# -- the danger-sign catalogue (red_flags.yaml; the schema is described in content/README.md) -------
PERSONS = ("baby", "mother")
URGENCIES = ("emergency", "today")
GROUPS = ("baby", "mother_bleeding_infection", "breast_infection", "caesarean_wound", "leg_clot",
          "headache_bp", "breathing_chest", "mood_selfharm")
CUE_KINDS = ("negation", "negation_after", "pseudo_negation", "hypothetical", "conditional", "conditional_weak", "general",
             "actual", "past", "remote", "resolved", "cause", "origin", "correction", "terminate", "preposition",
             "danger_words", "report", "fiction", "dream", "mistaken", "rule", "recurred", "speech", "belief_check")
PERSON_KINDS = ("baby", "mother", "self", "self_det", "other", "pronoun", "pronoun_det", "speaker_other",
                "gave_birth", "feel")
_SIGN_KEYS = {"id", "label", "for", "default", "match", "min_hours", "needs_duration", "feelings", "absorbed_by",
              "observer", "episodic", "other_sense", "first_days", "adult_state", "babies_too", "carries", "history", "blues", "explained_in_clause", "cite"}
_NOTES = ("other_person", "safety_net", "when_heading", "danger_list", "danger_lead")


def _load_red_flags(reader: _FileReader, path: Path, intent_ids: set[str], sources: dict) -> SignCatalogue:
    data = reader.load(path)
    if not data:
        return SignCatalogue({"signs": []})
    issues_before = len(reader.issues)

    def err(obj, key, message):
        reader.error(path, line_of(obj, key) if key is not None else line_of(obj), message)

    def words(obj, key, where, required=True) -> list[str]:
        value = obj.get(key) if isinstance(obj, dict) else None
        if value is None and not required:
            return []
        items = _text_list(value)
        if not items or any(not str(v).strip() for v in items):
            err(obj, key, f"{where}: expected a non-empty list of words or phrases")
            return []
        return items

    def bilingual(obj, key, where) -> dict[str, str]:
        value = obj.get(key) if isinstance(obj, dict) else None
        if not isinstance(value, dict):
            err(obj, key, f"{where}: expected a text in 'id' and 'en'")
            return {}
        out = {}
        for lang in LANGS:
            text = value.get(lang)
            if not isinstance(text, str) or not text.strip():
                err(value, lang, f"{where}: the text in '{lang}' is missing")
            else:
                out[lang] = text.strip()
        return out

    def mapping(key) -> dict:
        value = data.get(key)
        if not isinstance(value, dict):
            err(data, key, f"expected a mapping under '{key}'")
            return {}
        return value

    cues = {}
    raw_cues = mapping("cues")
    for kind, items in raw_cues.items():
        if kind not in CUE_KINDS:
            err(raw_cues, kind, f"cue kind '{kind}' is unknown (known: {', '.join(CUE_KINDS)})")
            continue
        cues[kind] = words(raw_cues, kind, f"cues '{kind}'")
    persons = {}
    raw_persons = mapping("persons")
    for kind, items in raw_persons.items():
        if kind not in PERSON_KINDS:
            err(raw_persons, kind, f"person kind '{kind}' is unknown (known: {', '.join(PERSON_KINDS)})")
            continue
        persons[kind] = words(raw_persons, kind, f"persons '{kind}'")
    for kind in ("baby", "mother", "self"):
        if kind not in raw_persons:
            err(data, "persons", f"persons: '{kind}' is missing")
    parts = {}
    raw_parts = mapping("parts")
    for pid, part in raw_parts.items():
        if not isinstance(part, dict):
            err(raw_parts, pid, f"part '{pid}': expected 'owner' and 'words'")
            continue
        owner = part.get("owner")
        if owner not in PERSONS + ("any",):
            err(part, "owner", f"part '{pid}': owner '{owner}' must be baby, mother or any")
            continue
        parts[str(pid)] = {"owner": owner, "words": words(part, "words", f"part '{pid}'"),
                           "inherits": bool(part.get("inherits", False))}

    concepts = {}
    raw_concepts = mapping("concepts")
    for cid, items in raw_concepts.items():
        concepts[str(cid)] = words(raw_concepts, cid, f"concept '{cid}'")
    for pid, part in raw_parts.items():
        after = part.get("after") if isinstance(part, dict) else None
        if after is None or str(pid) not in parts:
            continue
        if not (isinstance(after, dict) and isinstance(after.get("concept"), str) and isinstance(after.get("part"), str)
                and after["concept"] in concepts and after["part"] in parts):
            err(part, "after", f"part '{pid}': 'after' needs a known concept and a known part")
        else:
            parts[str(pid)]["after"] = {"concept": after["concept"], "part": after["part"]}
    raw_numbers = mapping("numbers")
    numbers = {}
    for key in ("temperature_words", "pressure_words", "not_temperature", "fahrenheit"):
        numbers[key] = words(raw_numbers, key, f"numbers '{key}'")
    # optional: the weather and the air ("35 degrees in Medan and so humid"), so a degree reading beside them is the air's
    numbers["weather_words"] = words(raw_numbers, "weather_words", "numbers 'weather_words'", required=False)
    for key in ("hours", "durations"):
        table = raw_numbers.get(key)
        if not isinstance(table, dict) or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0
                                                  for v in table.values()):
            err(raw_numbers, key, f"numbers '{key}': expected a mapping of words to hours")
            table = {}
        numbers[key] = {str(k): float(v) for k, v in table.items()}
    thresholds = mapping("thresholds")
    for name, rule in thresholds.items():
        if name == "blood_pressure":
            if not isinstance(rule, dict) or not all(
                    u in URGENCIES and isinstance(v, list) and len(v) == 2 and all(isinstance(x, int) for x in v)
                    for u, v in rule.items()):
                err(thresholds, name, "threshold 'blood_pressure': expected {urgency: [systolic, diastolic]}")
            continue
        if not isinstance(rule, dict):
            err(thresholds, name, f"threshold '{name}': expected a mapping of persons")
            continue
        for person, limit in rule.items():
            if person not in PERSONS:
                err(rule, person, f"threshold '{name}': person '{person}' must be baby or mother")
            elif not isinstance(limit, dict) or not limit or not set(limit) <= {"at_least", "below"} or not all(
                    isinstance(v, (int, float)) and not isinstance(v, bool) for v in limit.values()):
                err(rule, person, f"threshold '{name}' for {person}: expected at_least and/or below, in °C")

    emergency_cite = words(data, "emergency_cite", "emergency_cite")
    danger_list_cite = words(data, "danger_list_cite", "danger_list_cite", required=False)
    for key in danger_list_cite:
        if key not in sources:
            err(data, "danger_list_cite", f"danger_list_cite: '{key}' is not in sources.yaml")
    for key in emergency_cite:
        if key not in sources:
            err(data, "emergency_cite", f"emergency_cite: '{key}' is not in sources.yaml")

    groups = {}
    raw_groups = mapping("groups")
    for gid in GROUPS:
        if gid not in raw_groups:
            err(data, "groups", f"group '{gid}' is missing")
    for gid, group in raw_groups.items():
        if gid not in GROUPS:
            err(raw_groups, gid, f"group '{gid}' is unknown (groups: {', '.join(GROUPS)})")
            continue
        if not isinstance(group, dict):
            err(raw_groups, gid, f"group '{gid}': expected a mapping")
            continue
        intent = group.get("intent")
        if intent not in intent_ids:
            err(group, "intent", f"group '{gid}': intent '{intent}' is not an intent")
        cite = _text_list(group.get("cite", [])) or []
        for key in cite:
            if key not in sources:
                err(group, "cite", f"group '{gid}': citation '{key}' is not in sources.yaml")
        entry = {"intent": intent, "cite": cite, "texts": {}, "when": bilingual(group, "when", f"group '{gid}' 'when'")}
        for urgency in URGENCIES:
            if urgency in group:
                entry["texts"][urgency] = bilingual(group, urgency, f"group '{gid}' '{urgency}'")
        groups[gid] = entry
    notes = {}
    raw_notes = mapping("notes")
    for key in _NOTES:
        notes[key] = bilingual(raw_notes, key, f"note '{key}'") if key in raw_notes else {}
        if key not in raw_notes:
            err(data, "notes", f"note '{key}' is missing")
    symptom_concepts = words(data, "symptom_concepts", "symptom_concepts")
    for cid in symptom_concepts:
        if cid not in concepts:
            err(data, "symptom_concepts", f"symptom_concepts: '{cid}' is not a concept")
    fillers = words(data, "fillers", "fillers", required=False)
    # asked_in_general_after: after a turn about these ("apa manfaat ASI?"), a bare sign named in a
    # follow-up ("kalo diare?") asks about the sign in general
    general_after = words(data, "asked_in_general_after", "asked_in_general_after", required=False)
    for cid in general_after:
        if cid not in concepts:
            err(data, "asked_in_general_after", f"asked_in_general_after: '{cid}' is not a concept")

    known_refs = set(concepts) | set(parts)
    signs = []
    seen: dict[str, int] = {}
    items = data.get("signs")
    if not isinstance(items, list) or not items:
        err(data, "signs", "expected a list under 'signs'")
        items = []
    for item in items:
        sid = item.get("id") if isinstance(item, dict) else None
        if not isinstance(sid, str) or not sid.strip():
            err(item, None, "each sign needs an 'id'")
            continue
        where = f"sign '{sid}'"
        if sid in seen:
            err(item, "id", f"{where}: duplicate id (first at line {seen[sid]})")
            continue
        seen[sid] = line_of(item)
        unknown = set(item) - _SIGN_KEYS
        if unknown:
            err(item, None, f"{where}: unknown field(s) {', '.join(sorted(map(str, unknown)))}")
        ok = True
        label = bilingual(item, "label", f"{where} 'label'")
        ok &= len(label) == len(LANGS)
        for_ = {}
        raw_for = item.get("for")
        if not isinstance(raw_for, dict) or not raw_for:
            err(item, "for", f"{where}: 'for' must map baby/mother to [group, urgency]")
            ok = False
            raw_for = {}
        for person, spec in raw_for.items():
            if person not in PERSONS:
                err(raw_for, person, f"{where}: person '{person}' must be baby or mother")
                ok = False
                continue
            if not (isinstance(spec, list) and len(spec) == 2):
                err(raw_for, person, f"{where}: '{person}' needs [group, urgency]")
                ok = False
                continue
            group, urgency = spec
            if group not in GROUPS:
                err(raw_for, person, f"{where}: group '{group}' is unknown (groups: {', '.join(GROUPS)})")
                ok = False
            elif urgency not in URGENCIES:
                err(raw_for, person, f"{where}: urgency '{urgency}' must be emergency or today")
                ok = False
            elif group in groups and urgency not in groups[group]["texts"]:
                err(raw_for, person, f"{where}: group '{group}' has no '{urgency}' referral text")
                ok = False
            else:
                for_[person] = {"group": group, "urgency": urgency}
        default = item.get("default", next(iter(raw_for), None))
        if default not in PERSONS:
            err(item, "default", f"{where}: default person '{default}' must be baby or mother")
            ok = False
        alts = []
        raw_match = item.get("match")
        if not isinstance(raw_match, list) or not raw_match:
            err(item, "match", f"{where}: 'match' must be a list of ways to recognise it")
            ok = False
            raw_match = []
        for alt in raw_match:
            parsed = _parse_alternative(alt, where, known_refs, thresholds, lambda key, msg, a=alt: err(
                a if isinstance(a, dict) else item, key if isinstance(a, dict) else "match", msg))
            if parsed is None:
                ok = False
            else:
                alts.append(parsed)
        min_hours = item.get("min_hours")
        if min_hours is not None and (not isinstance(min_hours, (int, float)) or isinstance(min_hours, bool)):
            err(item, "min_hours", f"{where}: min_hours must be a number of hours")
            ok = False
        # first_days: the sign is ordinary when told on a day under this many after the birth
        first_days = item.get("first_days")
        if first_days is not None and (not isinstance(first_days, int) or isinstance(first_days, bool)
                                       or not 1 <= first_days <= 42):
            err(item, "first_days", f"{where}: first_days must be a whole number of days from 1 to 42")
            ok = False
        absorbed_by = _text_list(item.get("absorbed_by", []))
        if absorbed_by is None:
            err(item, "absorbed_by", f"{where}: absorbed_by must be a list of sign ids")
            ok = False
            absorbed_by = []
        # other_sense: concepts that give the sign's words another, harmless sense ("I feel nothing" of
        # the let-down is a sensation, not numbness of mood)
        other_sense = _text_list(item.get("other_sense", []))
        if other_sense is None or any(c not in concepts for c in other_sense):
            err(item, "other_sense", f"{where}: other_sense must be a list of concepts")
            ok = False
            other_sense = []
        # carries: concepts that, named anywhere earlier in the message, count in this sign's later clauses
        # ("since my caesarean ... My tummy is hard and I keep vomiting")
        carries = _text_list(item.get("carries", []))
        if carries is None or any(c not in concepts for c in carries):
            err(item, "carries", f"{where}: carries must be a list of concepts")
            ok = False
            carries = []
        # history: concepts told as past by nature that explain a sign now (a bleed at the birth, then breathless
        # on the stairs: anaemia); their past does not set the sign aside, nor does the effort that brings it on
        history = _text_list(item.get("history", []))
        if history is None or any(c not in concepts for c in history):
            err(item, "history", f"{where}: history must be a list of concepts")
            ok = False
            history = []
        # explained_in_clause: concepts that, in the sign's own clause, explain it as ordinary (a pustule at
        # the BCG jab): the answer with a "when to go" note
        explained = _text_list(item.get("explained_in_clause", []))
        if explained is None or any(c not in concepts for c in explained):
            err(item, "explained_in_clause", f"{where}: explained_in_clause must be a list of concepts")
            ok = False
            explained = []
        # cite: sources of this sign alone, added to its group's card only when it is found (a cold baby's
        # threshold), so a card never credits a source for a sign it does not show
        sign_cite = _text_list(item.get("cite", []))
        if sign_cite is None or any(k not in sources for k in sign_cite):
            err(item, "cite", f"{where}: cite must be a list of keys in sources.yaml")
            ok = False
            sign_cite = []
        if not isinstance(item.get("blues", False), bool) and item.get("blues") != "asked":
            err(item, "blues", f"{where}: blues must be true, false or 'asked'")
            ok = False
        if ok:
            signs.append({"id": sid, "carries": carries, "history": history, "absorbed_by": absorbed_by, "other_sense": other_sense, "label": label, "for": for_, "default": default, "match": alts,
                          "min_hours": float(min_hours) if min_hours is not None else None,
                          "needs_duration": bool(item.get("needs_duration", False)),
                          "feelings": bool(item.get("feelings", False)),
                          "observer": bool(item.get("observer", False)),
                          "episodic": bool(item.get("episodic", False)),
                          "adult_state": bool(item.get("adult_state", False)),
                          "babies_too": bool(item.get("babies_too", False)),
                          "blues": item.get("blues", False) if item.get("blues") == "asked" else bool(item.get("blues", False)), "explained_in_clause": explained, "cite": sign_cite,
                          "first_days": first_days, "line": line_of(item)})
    ids = {s["id"] for s in signs}
    for sign in signs:
        for other in sign["absorbed_by"]:
            if other not in ids:
                reader.error(path, sign["line"], f"sign '{sign['id']}': absorbed_by '{other}' is not a sign")
    if len(reader.issues) > issues_before:
        return SignCatalogue({"signs": signs})
    return SignCatalogue({"cues": cues, "persons": persons, "parts": parts, "concepts": concepts,
                          "numbers": numbers, "thresholds": dict(thresholds), "emergency_cite": emergency_cite, "danger_list_cite": danger_list_cite,
                          "groups": groups, "notes": notes, "symptom_concepts": symptom_concepts,
                          "fillers": fillers, "asked_in_general_after": general_after, "signs": signs})


def _parse_alternative(alt, where, known_refs, thresholds, err) -> dict | None:
    """One way to recognise a sign: a list of phrases or $concepts (any one is enough);
    {bind: [...], to: [$parts, $person]}; {all: [[...], [...]]}; {count: [$parts], below: N};
    {rate: [...], at_least: N}; {temperature: name}; {pressure: blood_pressure}."""

    def refs(items, key) -> list[str] | None:
        values = _text_list(items)
        if not values:
            err(key, f"{where}: '{key}' must be a non-empty list of phrases or $concepts")
            return None
        for v in values:
            if v.startswith("$") and v[1:] not in known_refs and v != "$person":
                err(key, f"{where}: '{v}' is not a concept or part")
                return None
        return values

    if isinstance(alt, list):
        items = refs(alt, "match")
        return {"type": "any", "items": items} if items else None
    if not isinstance(alt, dict):
        err("match", f"{where}: each way to match is a list or a mapping")
        return None
    if "bind" in alt:
        items, to = refs(alt.get("bind"), "bind"), refs(alt.get("to"), "to")
        if items is None or to is None:
            return None
        return {"type": "bind", "items": items, "to": to}
    if "all" in alt:
        groups = alt.get("all")
        if not isinstance(groups, list) or not groups:
            err("all", f"{where}: 'all' must be a list of lists")
            return None
        parsed = [refs(g, "all") for g in groups]
        return {"type": "all", "items": parsed} if all(p is not None for p in parsed) else None
    if "count" in alt:
        to = refs(alt.get("count"), "count")
        below = alt.get("below")
        if not isinstance(below, (int, float)) or isinstance(below, bool):
            err("below", f"{where}: 'below' must be a number")
            return None
        return {"type": "count", "to": [t[1:] for t in to], "below": below} if to else None
    # {rate: [breath words], at_least: 60}: a count per minute beside those words;
    # {per_hour: [pad words], at_least: 1}: so many of them counted within a few hours
    for kind in ("rate", "per_hour"):
        if kind in alt:
            items = refs(alt.get(kind), kind)
            least = alt.get("at_least")
            if not isinstance(least, (int, float)) or isinstance(least, bool):
                err("at_least", f"{where}: 'at_least' must be a number")
                return None
            return {"type": kind, "items": items, "at_least": least} if items else None
    for kind in ("temperature", "pressure"):
        if kind in alt:
            name = alt[kind]
            if name not in thresholds:
                err(kind, f"{where}: threshold '{name}' is not under 'thresholds'")
                return None
            return {"type": kind, "name": name}
    err("match", f"{where}: a way to match needs one of bind, all, count, rate, per_hour, temperature, pressure")
    return None


# -- lexicon.yaml ---------------------------------------------------------------------------------
_LEXICON_SECTIONS = {
    "spelling": "word: standard word(s)",
    "phrases": "words: concept",
    "synonyms": "concept: [words]",
    "stopwords": "language: [words]",
    "acronyms": "ACRONYM: standard word(s)",
}


def _word(value) -> bool:
    # bool is refused: YAML reads an unquoted yes/no/on/off as true/false, and "False" is no word
    return isinstance(value, (str, int)) and not isinstance(value, bool) and bool(str(value).strip())


def _check_lexicon(reader: _FileReader, path: Path) -> dict:
    """lexicon.yaml, checked section by section; {} when it has errors (the content is refused then)."""
    data = reader.load(path)
    if not data:
        return {}
    before = len(reader.issues)
    for key in data:
        if key != "version" and key not in _LEXICON_SECTIONS:
            reader.error(path, line_of(data, key), f"unknown section '{key}' (known: {', '.join(_LEXICON_SECTIONS)})")
    for section, shape in _LEXICON_SECTIONS.items():
        entries = data.get(section)
        if entries is None:
            continue
        line = line_of(data, section)
        if not isinstance(entries, dict):
            reader.error(path, line, f"'{section}' must be a mapping ({shape})")
            continue
        for key, value in entries.items():
            at = line_of(entries, key, line)
            if not _word(key):
                reader.error(path, at, f"{section}: '{key}' is not a word (quote yes/no/on/off/null)")
            elif section == "stopwords" and key not in LANGS:
                reader.error(path, at, f"stopwords: unknown language '{key}'")
            if section in ("spelling", "phrases", "acronyms"):
                ok = _word(value)
            else:
                ok = (value is None and section == "synonyms") or (
                    isinstance(value, list) and all(_word(v) for v in value))
            if not ok:
                reader.error(path, at, f"{section}: '{key}': expected {shape.split(': ')[1]}")
    return data if len(reader.issues) == before else {}


def _load_extras(reader: _FileReader, root: Path, sources: dict, intent_ids: set) -> dict:
    """evidence.yaml and guide.yaml (both optional), as typed records for the app's screens."""
    from .extras import check_evidence, check_guide

    extras: dict = {}
    path = root / "evidence.yaml"
    data = reader.load(path, required=False)
    if data is not None:
        evidence = check_evidence(reader, path, data, sources, intent_ids)
        if evidence is not None:  # well-formed: now its citations can be read
            _check_extra_citations(reader, path, data, sources, intent_ids)
            extras["evidence"] = evidence
    path = root / "guide.yaml"
    data = reader.load(path, required=False)
    if data is not None:
        guide = check_guide(reader, path, data, sources)
        if guide is not None:
            _check_extra_citations(reader, path, data, sources, intent_ids)
            extras["guide"] = guide
    return extras
