"""The trainer details under an answer: how the engine decided. Hidden unless the trainer view is on."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ...formatting import visible
from ...i18n import LANGUAGE_NAMES, format_decimal
from ...engine.normalize import MAX_CHARS


class TrainerPanel(Static):
    def __init__(self, answer, lang_fixed: bool, **kwargs) -> None:
        super().__init__(**kwargs)
        self.answer = answer
        self.lang_fixed = lang_fixed

    def on_mount(self) -> None:
        self.watch(self.app, "ui_lang", self._write)

    def _write(self) -> None:
        _ = self.app.gettext
        lang = self.app.ui_lang
        a = self.answer
        text = Text()

        def field(label: str, value: str, style: str = "bold") -> None:
            text.append(f"{label} ", style="dim")
            text.append(visible(value), style=style)
            text.append("   ")

        field(_("Intent:"), a.intent or "—")
        field(_("Topic:"), a.topic)
        field(_("Score:"), format_decimal(a.score, lang, decimals=3))
        how = _("fixed") if self.lang_fixed else _("detected")
        field(_("Language:"), f"{LANGUAGE_NAMES.get(a.lang, a.lang)} ({how})", style="")
        flags = [name for name, on in ((_("danger sign"), a.red_flag), (_("ambiguous"), a.ambiguous),
                                       (_("cut to {n} characters").format(n=MAX_CHARS), a.truncated),
                                       (_("read by its letters"), a.by_letters),
                                       (_("chosen by the topic classifier"), bool(a.by_classifier))) if on]
        if flags:
            field(_("Flags:"), ", ".join(flags), style="")
        text.append("\n")
        text.append(_("Matched example:") + " ", style="dim")
        text.append(visible(a.matched_example) if a.matched_example else "—")
        runners = [c for c in a.candidates if c.intent != a.intent][:3]
        text.append("\n")
        text.append(_("Runner-ups:") + " ", style="dim")
        if not runners:
            text.append("—")
        for n, c in enumerate(runners):
            if n:
                text.append(" · ", style="dim")
            text.append(c.intent)
            text.append(f" {format_decimal(c.score, lang, decimals=3)}", style="bold")
        if a.by_classifier:  # the classifier overrode the rules: say what the rules had chosen, and how sure it was
            text.append("\n")
            text.append(_("Classifier:") + " ", style="dim")
            text.append(_("{topic} instead of the rules' {rules} (margin {margin})").format(
                topic=a.by_classifier["topic"], rules=a.by_classifier["rules"],
                margin=format_decimal(a.by_classifier["margin"], lang, decimals=2)))
        text.append("\n")
        text.append(_("Context:") + " ", style="dim")
        if a.context:  # a follow-up understood from an earlier turn
            text.append(_("from turn {turn}: {intent}").format(turn=a.context_turn, intent=a.context))
        else:
            text.append(_("none (answered on its own)"))
        if a.findings:  # the triage's reading, set-aside findings included
            text.append("\n")
            text.append(_("Danger-sign findings:") + " ", style="dim")
            for n, f in enumerate(a.findings):
                if n:
                    text.append(" · ", style="dim")
                state = [word for word, on in ((_("negated"), f.get("negated")),
                                               (_("hypothetical"), f.get("hypothetical"))) if on]
                text.append(f"{f.get('sign')} ({f.get('person')}, {f.get('urgency')}")
                text.append((", " + ", ".join(state) if state else "") + ")")
        self.update(text)
