"""Plain-text helpers shared by the app and the transcript: no Textual here.

* ``visible`` shows what a user typed without letting the terminal interpret it: control
  characters (including ESC, which starts escape sequences) become their visible symbols.
* ``escape_markdown`` keeps typed text literal inside a Markdown document.
* ``mark_citations`` puts numbered markers ``[1]`` right after the year where an answer mentions a
  source it cites ("(Saidah & Sari 2021[2])", "Purwati (2018)[3]"), and at the end for sources it
  does not mention.
"""

from __future__ import annotations

import re

from .engine.records import Record

_C0_PICTURES = {code: chr(0x2400 + code) for code in range(0x20)} | {0x7F: "\u2421"}


def visible(text: str) -> str:
    """``text`` with every control character replaced by a visible stand-in (ESC -> ␛)."""
    out = []
    for ch in text:
        code = ord(ch)
        if code in _C0_PICTURES:
            out.append(_C0_PICTURES[code])
        elif 0x80 <= code <= 0x9F or (not ch.isprintable() and ch not in " "):
            out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~])")


def escape_markdown(text: str) -> str:
    """Backslash-escape Markdown punctuation so typed text stays text."""
    return _MD_SPECIAL.sub(r"\\\1", visible(text))


class Reference(Record):
    """number, key, and text: the short form, e.g. "Doko et al. 2019"."""

    __slots__ = ("number", "key", "text")


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_NAME_END = re.compile(r"\s*(?:&|,|\bet al\.?|\bdkk\.?|\band\b|\bdan\b)", re.IGNORECASE)


def _lead_name(short: str) -> str:
    """The first author's name as it starts the short form: "Saidah" of "Saidah & Sari 2021"."""
    head = _YEAR.split(short)[0]
    head = _NAME_END.split(head)[0]
    return head.strip(" .,;(")


def mention_pattern(short: str) -> re.Pattern[str] | None:
    """A pattern for how an answer mentions a source: the lead name, then its year within a few words."""
    name, years = _lead_name(short), _YEAR.findall(short)
    if not name or not years:
        return None
    # One rule, wherever the mention sits: the marker follows the year. A year in its own brackets
    # ("Purwati (2018)") takes them along; inside a bracketed list ("(Doko dkk., 2019; Ibrahim, 2021)")
    # each marker goes right after its year, inside the brackets.
    year = re.escape(years[0])
    return re.compile(
        rf"\b{re.escape(name)}\b(?:(?!\n\n)[^()\[\]]){{0,48}}?(?:\({year}\)|[\s(,]{year}\b)", re.IGNORECASE
    )


def mark_citations(markdown: str, citations, notes_at: int | None = None,
                   note_keys=()) -> tuple[str, list[Reference]]:
    """Number ``citations`` (objects with ``key`` and ``reference``) and mark them in ``markdown``.
    With ``notes_at`` (where notes added under the answer begin, a "when to go" list), the answer's own
    sources are marked in the answer and the notes' (``note_keys``) at the end of the notes, so that no
    marker credits a source with a line it did not write."""
    refs = [Reference(n, c.key, c.reference) for n, c in enumerate(citations, 1)]
    if notes_at is None:
        return _marked(markdown.rstrip(), refs), refs
    note_keys = set(note_keys)
    body, notes = markdown[:notes_at].rstrip(), markdown[notes_at:].rstrip()
    # a note's source is marked in the answer only where the answer names it ("WHO (2022)")
    own = [ref for ref in refs if ref.key not in note_keys or _mentioned(body, ref)]
    ending = "".join(f"[{ref.number}]" for ref in refs if ref.key in note_keys)
    return _marked(body, own) + (f"{notes} {ending}" if ending else notes), refs


def _mentioned(text: str, ref: Reference) -> bool:
    pattern = mention_pattern(ref.text)
    return bool(pattern and pattern.search(text))


def _marked(text: str, refs: list[Reference]) -> str:
    unmentioned: list[Reference] = []
    for ref in refs:
        pattern = mention_pattern(ref.text)
        match = pattern.search(text) if pattern else None
        if match is None:
            unmentioned.append(ref)
            continue
        end = match.end()
        text = f"{text[:end]}[{ref.number}]{text[end:]}"
    if unmentioned:
        text += " " + "".join(f"[{ref.number}]" for ref in unmentioned)
    return text
