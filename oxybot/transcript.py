"""The conversation of one session, and saving it as Markdown.

Plain Python (no Textual): the app appends exchanges and calls ``save``. Nothing is written unless
the user saves. The write is atomic: a temporary file in the target folder, then ``os.replace``, so
a failed save leaves neither a half-written transcript nor a stray file, and the conversation stays
in memory either way.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .formatting import escape_markdown
from .i18n import LANGUAGE_NAMES, format_datetime, format_decimal, translator
from .locations import default_transcript_path, transcript_filename
from .present import present

Gettext = Callable[[str], str]


class TranscriptError(Exception):
    """A transcript could not be written; the message says why, for the user."""


MAX_LIVE = 20
"""Exchanges kept with their whole answer (what the app shows as cards); older ones are rendered to
Markdown once and kept as that text only."""
MAX_KEPT = 500
"""Exchanges kept at all; a session longer than this (a script, not a counselling session) keeps the
newest and says how many earlier ones were let go, so memory stays bounded."""
MAX_QUESTION_CHARS = 4000


@dataclass
class Exchange:
    """One question and the answer oxybot gave (an ``engine.Answer``); ``number`` counts from 1 in
    the whole session. Once archived, ``answer`` is None and ``text`` holds its Markdown."""

    question: str
    answer: object
    asked_at: datetime
    number: int = 0
    text: str | None = None


@dataclass
class Conversation:
    """The questions and answers of this session, in order, with bounded memory."""

    exchanges: list[Exchange] = field(default_factory=list)
    clock: Callable[[], datetime] = field(default=lambda: datetime.now().astimezone())
    max_live: int = MAX_LIVE
    max_kept: int = MAX_KEPT
    dropped: int = 0
    """How many of the oldest exchanges are no longer kept."""
    lang: str | None = None
    """The language of the saved document's headings and dates (the interface's); None: each answer's."""

    def add(self, question: str, answer) -> Exchange:
        exchange = Exchange(question[:MAX_QUESTION_CHARS], answer, self.clock(), len(self) + 1)
        self.exchanges.append(exchange)
        if len(self.exchanges) > self.max_live:
            older = self.exchanges[-self.max_live - 1]
            if older.text is None:
                older.text = "\n".join(_exchange_markdown(older.number, older, self.lang))
                older.answer = None  # the engine's answer object (candidates, trace) is the heavy part
        if len(self.exchanges) > self.max_kept:
            del self.exchanges[0]
            self.dropped += 1
        return exchange

    def __len__(self) -> int:
        return self.dropped + len(self.exchanges)


def _exchange_markdown(number: int, exchange: Exchange, lang: str | None = None) -> list[str]:
    """One question and answer; headings and date in ``lang`` (the document's), the answer as given."""
    answer = exchange.answer
    lang = lang or answer.lang
    _ = translator(lang).gettext
    when = format_datetime(exchange.asked_at, lang)
    lines = [
        f"## {number}. " + _("Question"),
        "",
        f"*{when} · {LANGUAGE_NAMES.get(answer.lang, answer.lang)}*",
        "",
        "> " + (escape_markdown(exchange.question) or "…"),
        "",
        "### " + _("Answer"),
        "",
    ]
    view = present(answer, lang)
    if view.danger_headline:
        lines += ["> **⚠ " + view.danger_headline + "**"]
        if view.signs:
            lines += [">", "> " + view.signs_label + " " + ", ".join(escape_markdown(s) for s in view.signs)]
        lines += [""]
    lines += [view.text, ""]
    if view.detail:
        lines += ["#### " + view.detail_heading, "", view.detail.rstrip(), ""]

    def groups(which) -> None:
        for group in which:
            lines.extend([f"*{group.heading}* " + "; ".join(b.label for b in group.buttons), ""])

    groups(view.leading_groups)
    if view.references:
        lines += ["**" + view.references_heading + "**", ""]
        lines += [f"- [{ref.number}] {ref.text}" for ref in view.references]
        lines += [""]
    groups(view.trailing_groups)
    return lines


def to_markdown(conversation: Conversation, lang: str, saved_at: datetime) -> str:
    """The whole conversation as a Markdown document; headings in the UI language ``lang``."""
    _ = translator(lang).gettext
    lines = [
        "# oxybot: " + _("conversation"),
        "",
        "- " + _("Saved:") + " " + format_datetime(saved_at, lang),
        "- " + _("Language:") + " " + LANGUAGE_NAMES.get(lang, lang),
        "- " + _("Questions:") + " " + format_decimal(len(conversation), lang),
        "",
        "*" + _("General education from a literature review; not a diagnosis. For any worry, see a health worker.")
        + "*",
        "",
    ]
    if conversation.dropped:
        lines += ["*" + _("{count} earlier questions are not kept: the conversation was very long.").format(
            count=format_decimal(conversation.dropped, lang)) + "*", ""]
    for exchange in conversation.exchanges:
        if exchange.text is not None:
            lines += [exchange.text]
        else:
            lines += _exchange_markdown(exchange.number, exchange, lang)
    return "\n".join(lines).rstrip() + "\n"


STALE_TEMP_SECONDS = 15 * 60
"""A save's temporary file older than this was left by a save that died (kill -9, power cut)."""
TEMP_PREFIX, TEMP_SUFFIX = ".oxybot-save-", ".tmp"


class TranscriptExists(TranscriptError):
    """The path the user typed is an existing file: ask before replacing it (``save(replace=True)``)."""

    def __init__(self, target: Path):
        super().__init__(str(target))
        self.target = target


def resolve_target(path: str | os.PathLike | None, moment: datetime) -> tuple[Path, bool]:
    """The file to write and whether the user named it: the data folder (default), or the user's path
    (a folder gets a file name). Raises TranscriptError for a path the system cannot take (too long,
    a NUL byte)."""
    if path is None or not str(path).strip():
        return default_transcript_path(moment), False
    text = str(path).strip()
    try:
        if "\0" in text:
            raise ValueError("a path cannot contain a NUL character")
        target = Path(text).expanduser()
        if target.is_dir() or text.endswith(("/", os.sep)):
            return target / transcript_filename(moment), False
        target.exists()  # raises for a name the system refuses (too long, ...)
    except (OSError, ValueError, RuntimeError) as exc:  # RuntimeError: ~user that does not exist
        raise TranscriptError(f"{_shown(text)}: {_reason(exc)}") from exc
    return target, True


def _shown(text: str, limit: int = 80) -> str:
    """A path as a message can show it: no control characters, not a screen long."""
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _reason(exc: Exception) -> str:
    return getattr(exc, "strerror", None) or str(exc)


def _clean_stale_temps(folder: Path, now: float) -> None:
    """Remove temporary files our own earlier saves left behind when they were killed."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not (entry.name.startswith(TEMP_PREFIX) and entry.name.endswith(TEMP_SUFFIX)):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and now - entry.stat(follow_symlinks=False).st_mtime > STALE_TEMP_SECONDS:
                os.unlink(entry.path)
        except OSError:
            pass


def _unique(target: Path, attempt: int) -> Path:
    return target if attempt == 0 else target.with_name(f"{target.stem}-{attempt + 1}{target.suffix}")


def write_atomic(target: Path, text: str, replace: bool = False) -> Path:
    """Write ``text`` through a temporary file in the target folder, then move it into place; the
    path written. ``replace``: the user agreed to replace ``target`` (its permissions are kept). Without
    it an existing name is never replaced: ``name-2.md``, ``name-3.md``... is used instead."""
    import time

    tmp_name = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _clean_stale_temps(target.parent, time.time())
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        if replace:
            _replace(tmp_name, target)
            written = target
        else:
            written = _place_new(tmp_name, target)
        tmp_name = None
        return written
    except (OSError, ValueError) as exc:
        raise TranscriptError(f"{_shown(str(target))}: {_reason(exc)}") from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _replace(tmp_name: str, target: Path) -> None:
    import stat

    try:
        info = target.stat()
    except FileNotFoundError:
        info = None
    if info is not None:
        if not stat.S_ISREG(info.st_mode):
            raise OSError(21, "not a regular file; choose another name")
        os.chmod(tmp_name, stat.S_IMODE(info.st_mode))  # replacing keeps who may read it
    os.replace(tmp_name, target)


_NO_HARD_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EMLINK, errno.ENOSYS, errno.EXDEV}


def _place_new(tmp_name: str, target: Path) -> Path:
    """Move the temporary file to the first free name: a hard link fails if the name exists, so two
    saves in the same second (or two sessions) can never overwrite each other."""
    for attempt in range(1000):
        candidate = _unique(target, attempt)
        try:
            os.link(tmp_name, candidate)
        except FileExistsError:
            continue
        except OSError as exc:
            if exc.errno not in _NO_HARD_LINKS:
                raise
            # no hard links here (FAT, some network drives): reserve the name, then move onto it
            try:
                os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            except FileExistsError:
                continue
            try:
                os.replace(tmp_name, candidate)
            except OSError:
                os.unlink(candidate)
                raise
            return candidate
        os.unlink(tmp_name)
        return candidate
    raise OSError(17, "too many transcripts with this name")


def save(conversation: Conversation, lang: str, path: str | os.PathLike | None = None,
         now: datetime | None = None, replace: bool = False) -> Path:
    """Save ``conversation`` as Markdown; return the file written. Raises TranscriptError, or
    TranscriptExists when the file the user named exists and ``replace`` is False."""
    moment = now or conversation.clock()
    target, named = resolve_target(path, moment)
    if named and not replace:
        try:
            exists = target.exists() or target.is_symlink()
        except OSError as exc:
            raise TranscriptError(f"{_shown(str(target))}: {_reason(exc)}") from exc
        if exists:
            raise TranscriptExists(target)
    return write_atomic(target, to_markdown(conversation, lang, moment), replace=named and replace)
