"""Loading and validating the content folder.

Every problem is reported as ``path:line: message`` (a ``ContentIssue``); nothing here raises a
traceback at the user. ``load_content`` returns the content together with the list of issues; callers
decide whether issues are fatal (``oxybot check`` lists them all, ``oxybot ask`` refuses to answer from
broken content).
"""

from __future__ import annotations

from pathlib import Path

from .records import Record
from .yamllines import Lines, line_of, load_with_lines

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
    """id, topic, examples {lang: [str]}, answer {lang: str}, cite [source keys], keywords, followups."""

    __slots__ = ("id", "topic", "examples", "answer", "cite", "keywords", "followups", "path", "line")
    _defaults = {"keywords": [], "followups": [], "path": "", "line": 0}


class Topic(Record):
    __slots__ = ("id", "title")


class RedFlagSign(Record):
    """groups: every group must match; unless: phrases that cancel the sign (colostrum is yellow)."""

    __slots__ = ("id", "intent", "label", "groups", "unless")
    _defaults = {"unless": []}


class TopicGroup(Record):
    """title {lang: str}, topics [topic id]: one heading of the Topics screen."""

    __slots__ = ("title", "topics")


class WelcomeExample(Record):
    """intent (id), label {lang: str}: one example question the first screen offers as a button."""

    __slots__ = ("intent", "label")


class Content(Record):
    """topics {id: Topic}, intents [Intent], sources {key: Source}, lexicon (raw data),
    red_flags [RedFlagSign], extras {name: data} (evidence.yaml, guide.yaml: data for the app),
    topic_groups [TopicGroup], welcome [WelcomeExample], go_now [intent id] (handout.yaml)."""

    __slots__ = ("topics", "intents", "sources", "lexicon", "red_flags", "extras", "topic_groups", "welcome",
                 "go_now")
    _defaults = {"welcome": [], "go_now": []}



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
        if not path.exists():
            if required:
                self.error(path, 1, "file is missing")
            return None
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            self.error(path, 1, f"cannot read file: {exc}")
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
            self.error(path, line, f"YAML syntax error: {problem}")
            return None
        if not isinstance(data, dict):
            self.error(path, 1, "expected a mapping at the top of the file")
            return None
        if versioned and data.get("version") != 1:
            self.error(path, line_of(data, "version"), "expected 'version: 1'")
        return data


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
    lexicon = reader.load(root / "lexicon.yaml") or {}
    intents = _load_intents(reader, root, topics, sources)
    red_flags = _load_red_flags(reader, root / "red_flags.yaml", {i.id for i in intents})
    extras = {}
    for name in ("evidence", "guide"):
        data = reader.load(root / f"{name}.yaml", required=False)
        if data is not None:
            extras[name] = data
    groups = _load_topic_groups(reader, root / "topic_groups.yaml", topics, {i.topic for i in intents})
    intent_ids = {i.id for i in intents}
    welcome = _load_welcome(reader, root / "welcome.yaml", intent_ids)
    go_now = _load_go_now(reader, root / "handout.yaml", {i.id for i in intents if i.topic == "red_flag"})
    content = Content(topics, intents, sources, lexicon, red_flags, extras, groups, welcome, go_now)
    return content, issues


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


_INTENT_KEYS = {"id", "topic", "examples", "answer", "cite", "keywords", "followups"}


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
            for lang in LANGS:
                for example in intent.examples.get(lang, []):
                    key = fold(example)
                    other = seen_examples.get(key)
                    if other and other[0] != intent.topic:
                        reader.error(path, line_of(item.get("examples"), lang, intent.line),
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
    keywords = _text_list(item.get("keywords", [])) or []
    followups = _text_list(item.get("followups", [])) or []
    if not ok:
        return None
    return Intent(intent_id, topic, examples, answer, cite, keywords, followups, str(path), line)


def _load_red_flags(reader: _FileReader, path: Path, intent_ids: set[str]) -> list[RedFlagSign]:
    data = reader.load(path)
    signs: list[RedFlagSign] = []
    if not data:
        return signs
    items = data.get("signs")
    if not isinstance(items, list):
        reader.error(path, line_of(data, "signs"), "expected a list under 'signs'")
        return signs
    for item in items:
        line = line_of(item)
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            reader.error(path, line, "each sign needs an 'id'")
            continue
        groups = item.get("all")
        if not isinstance(groups, list) or not groups or not all(_text_list(g) for g in groups):
            reader.error(path, line_of(item, "all", line), f"sign '{item['id']}': 'all' must be a list of word lists")
            continue
        intent = item.get("intent")
        if intent not in intent_ids:
            reader.error(path, line_of(item, "intent", line), f"sign '{item['id']}': intent '{intent}' is not an intent")
            continue
        unless = _text_list(item.get("unless", []))
        if unless is None:
            reader.error(path, line_of(item, "unless", line), f"sign '{item['id']}': 'unless' must be a word list")
            continue
        label = item.get("label") if isinstance(item.get("label"), dict) else {}
        signs.append(RedFlagSign(item["id"], intent, {k: str(v) for k, v in label.items()},
                                 [_text_list(g) for g in groups], unless))
    return signs
