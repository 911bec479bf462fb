"""The conversation of one session, and saving it as Markdown.

Plain Python (no Textual): the app appends exchanges and calls ``save``. Nothing is written unless
the user saves. The write is atomic: a temporary file in the target folder, then ``os.replace``, so
a failed save leaves neither a half-written transcript nor a stray file, and the conversation stays
in memory either way.
"""

from __future__ import annotations

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


@dataclass
class Exchange:
    """One question and the answer oxybot gave (an ``engine.Answer``)."""

    question: str
    answer: object
    asked_at: datetime


@dataclass
class Conversation:
    """The questions and answers of this session, in order."""

    exchanges: list[Exchange] = field(default_factory=list)
    clock: Callable[[], datetime] = field(default=lambda: datetime.now().astimezone())

    def add(self, question: str, answer) -> Exchange:
        exchange = Exchange(question, answer, self.clock())
        self.exchanges.append(exchange)
        return exchange

    def __len__(self) -> int:
        return len(self.exchanges)


def _exchange_markdown(number: int, exchange: Exchange) -> list[str]:
    answer = exchange.answer
    _ = translator(answer.lang).gettext  # each answer is recorded in its own language
    when = format_datetime(exchange.asked_at, answer.lang)
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
    view = present(answer)
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
    for number, exchange in enumerate(conversation.exchanges, 1):
        lines += _exchange_markdown(number, exchange)
    return "\n".join(lines).rstrip() + "\n"


def resolve_target(path: str | os.PathLike | None, moment: datetime) -> Path:
    """The file to write: the default in the data folder, or the user's path (a folder gets a file name)."""
    if path is None or not str(path).strip():
        return default_transcript_path(moment)
    target = Path(str(path).strip()).expanduser()
    if target.is_dir() or str(path).rstrip().endswith(("/", os.sep)):
        target = target / transcript_filename(moment)
    return target


def write_atomic(target: Path, text: str) -> None:
    """Write ``text`` to ``target`` through a temporary file in the same folder, then rename."""
    tmp_name = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise TranscriptError(f"{target}: {exc.strerror or exc}") from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def save(conversation: Conversation, lang: str, path: str | os.PathLike | None = None,
         now: datetime | None = None) -> Path:
    """Save ``conversation`` as Markdown; return the file written. Raises TranscriptError."""
    moment = now or conversation.clock()
    target = resolve_target(path, moment)
    write_atomic(target, to_markdown(conversation, lang, moment))
    return target
