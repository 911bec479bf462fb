"""One view of an answer, shared by every front: the app's card, the saved transcript and the CLI.

The engine says what an answer is (a referral, not covered, a confident answer with a close rival,
follow-ups, the question also asked); this module alone turns that into headings, sections and
buttons in the answer's language, so the fronts cannot disagree. Plain Python: no Textual, no Rich.
"""

from __future__ import annotations

from .engine.records import Record
from .formatting import Reference, mark_citations
from .i18n import N_, translator

# button group kinds, in the order every front shows them
DID_YOU_MEAN, THEN_ASK, RELATED, CLOSEST_TOPICS = "did_you_mean", "then_ask", "related", "closest_topics"
HEADINGS = {
    DID_YOU_MEAN: N_("Did you mean:"),
    THEN_ASK: N_("You also asked:"),
    RELATED: N_("Related questions:"),
    CLOSEST_TOPICS: N_("Topics I can help with:"),
}
DANGER_HEADLINE = N_("Danger sign: see a health worker now")


# Records, not dataclasses: `oxybot ask` renders through here and must start fast (see records.py).
class Button(Record):
    """label: what the button says, in the answer's language; intent: what it asks (by id)."""

    __slots__ = ("label", "intent")


class ButtonGroup(Record):
    __slots__ = ("kind", "heading", "buttons")


class AnswerView(Record):
    """kind: "danger", "out_of_scope", "meta" or "answer" (how the card is styled); title: the topic's
    title ("" for meta and out of scope); danger_headline: "" unless a referral; signs: the danger
    signs recognised, as the user said them; text: the answer's Markdown with numbered citation
    markers; detail: Markdown for health workers ("" when none); groups: did-you-mean, then-ask,
    related, closest topics, in this order."""

    __slots__ = ("kind", "lang", "title", "danger_title", "danger_headline", "signs_label", "signs", "text", "detail_heading",
                 "detail", "references_heading", "references", "groups")

    def group_kinds(self) -> set[str]:
        return {g.kind for g in self.groups}

    @property
    def leading_groups(self) -> tuple:
        """Shown right under the answer, before its references: the user may have meant this."""
        return tuple(g for g in self.groups if g.kind == DID_YOU_MEAN)

    @property
    def trailing_groups(self) -> tuple:
        return tuple(g for g in self.groups if g.kind != DID_YOU_MEAN)


def _kind(answer) -> str:
    if answer.red_flag:
        return "danger"
    if answer.topic == "out_of_scope":
        return "out_of_scope"
    if answer.topic.startswith("meta."):
        return "meta"
    return "answer"


def _once(signs) -> tuple[str, ...]:
    """Each sign once, in the order said: "bayi kuning" and "Bayi  kuning" are one sign."""
    seen: dict[str, str] = {}
    for sign in signs:
        seen.setdefault(" ".join(str(sign).casefold().split()), str(sign).strip())
    return tuple(seen.values())


def present(answer, lang: str | None = None) -> AnswerView:
    """The view of an ``engine.Answer``: every heading in ``lang``, by default the answer's language
    (a card speaks its answer's language; a saved document speaks one language throughout)."""
    _ = translator(lang or answer.lang).gettext
    text, references = mark_citations(answer.answer, answer.citations, getattr(answer, "notes_at", None),
                                      getattr(answer, "note_keys", ()))
    groups: list[ButtonGroup] = []

    def add(kind: str, buttons) -> None:
        buttons = tuple(buttons)
        if buttons:
            groups.append(ButtonGroup(kind, _(HEADINGS[kind]), buttons))

    suggestion_kind = getattr(answer, "suggestion_kind", None)
    if suggestion_kind == DID_YOU_MEAN:
        add(DID_YOU_MEAN, (Button(s.title, s.intent) for s in answer.suggestions))
    followups = (Button(s.ask, s.intent) for s in answer.followups)
    # Under a referral only what helps now: the question she also asked (a combo), nothing related,
    # no topics.
    if suggestion_kind == THEN_ASK:
        add(THEN_ASK, followups)
    elif not answer.red_flag:
        add(RELATED, followups)
    if suggestion_kind == CLOSEST_TOPICS and not answer.red_flag:
        add(CLOSEST_TOPICS, (Button(s.title, s.intent) for s in answer.suggestions))
    signs = _once(answer.red_flag_signs)
    return AnswerView(
        kind=_kind(answer), lang=answer.lang, title=getattr(answer, "title", ""),
        danger_title=_("Danger sign") if answer.red_flag else "",
        danger_headline=_(DANGER_HEADLINE) if answer.red_flag else "",
        signs_label=_("Signs:"), signs=signs, text=text,
        detail_heading=_("More detail (for health workers)"), detail=getattr(answer, "detail", "") or "",
        references_heading=_("References:"), references=tuple(references), groups=tuple(groups),
    )


def as_text(view: AnswerView) -> str:
    """The view as plain text for a terminal (``oxybot ask``)."""
    lines = []
    if view.danger_headline:
        lines.append(f"!! {view.danger_headline} !!")
        if view.signs:
            lines.append(f"{view.signs_label} {', '.join(view.signs)}")
    lines.append(view.text)
    if view.detail:
        lines += ["", view.detail_heading, view.detail.rstrip()]

    def groups(which) -> None:
        for group in which:
            lines.extend(["", group.heading, *(f"  - {b.label}" for b in group.buttons)])

    groups(view.leading_groups)
    if view.references:
        lines += ["", view.references_heading, *(f"  [{r.number}] {r.text}" for r in view.references)]
    groups(view.trailing_groups)
    return "\n".join(lines)
