"""The massage guide: steps, a diagram of the back, a session timer and the sources, all from
content/guide.yaml."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Header, Static

from ...engine.extras import Guide, GuideTimer
from ...i18n import N_
from ..widgets.key_bar import KeyBar
from ..widgets.session_timer import SessionTimer
from .base import SubScreen
from .evidence import localized

DEFAULT_SECONDS = 180
EMPTY_GUIDE = Guide({}, {}, [], {}, "", [], GuideTimer(DEFAULT_SECONDS, {}, []), [])  # content without guide.yaml


class BackDiagram(Vertical):
    """Where to massage: the picture (never wrapped) and its legend."""

    def compose(self) -> ComposeResult:
        yield Static(id="diagram-picture")
        yield Static(id="diagram-legend")


class GuideScreen(SubScreen):
    TITLE_MSGID = N_("Massage guide")
    BINDINGS = [
        Binding("space", "toggle_timer", N_("Start/pause"), show=False),
        Binding("r", "reset_timer", N_("Reset"), show=False),
    ]

    @property
    def guide(self) -> Guide | None:
        return self.app.engine.content.extras.get("guide")  # checked by `oxybot check`

    def compose(self) -> ComposeResult:
        seconds = self.guide.timer.seconds if self.guide else DEFAULT_SECONDS
        yield Header()
        with VerticalScroll(id="guide-body"):
            yield Static(id="guide-steps")
            with Vertical(id="guide-side"):
                yield BackDiagram(id="diagram")
        # outside the scrolling body: the timer stays in view at any size (80x24 included)
        yield SessionTimer(seconds, minimum=self.guide.timer.minimum if self.guide else None, id="timer")
        yield KeyBar()

    def relabel(self) -> None:
        _ = self.app.gettext
        lang = self.app.ui_lang
        guide = self.guide or EMPTY_GUIDE
        sources = self.app.engine.content.sources
        keys = guide.cite  # every key is in sources.yaml (checked)
        number = {key: n for n, key in enumerate(keys, 1)}

        steps = self.query_one("#guide-steps", Static)
        steps.border_title = Content(localized(guide.title, lang) or _("Massage guide"))
        text = Text()
        if guide.intro:
            text.append(localized(guide.intro, lang) + "\n\n", style="italic")
        for n, step in enumerate(guide.steps, 1):
            text.append(f"{n}. ", style="bold")
            text.append(localized(step.text, lang))
            marks = "".join(f"[{n}]" for n in sorted(number[k] for k in step.cite if k in number))
            if marks:
                text.append(" " + marks, style="bold")
            text.append("\n\n")
        if guide.note:
            text.append(localized(guide.note, lang) + "\n", style="dim italic")
        if keys:
            text.append("\n" + _("References:") + "\n", style="bold")
            for key in keys:
                text.append(f"[{number[key]}] ", style="bold")
                text.append(sources[key].short + "\n")
        if self.guide is None:
            text.append(_("The massage guide is missing from the content."))
        text.rstrip()
        steps.update(text)

        diagram = self.query_one("#diagram", BackDiagram)
        diagram.border_title = Content(_("Where to massage"))
        picture = Text(guide.diagram.rstrip("\n"), no_wrap=True, overflow="crop")
        diagram.query_one("#diagram-picture", Static).update(picture)
        legend = Text()
        for item in guide.legend:
            legend.append(item.symbol, style="bold")
            legend.append(f"  {localized(item.text, lang)}\n")
        legend.rstrip()
        diagram.query_one("#diagram-legend", Static).update(legend)

        marks = "".join(f"[{number[k]}]" for k in guide.timer.cite if k in number)
        label = localized(guide.timer.label, lang) or _("Session timer")
        timer_widget = self.query_one("#timer", SessionTimer)
        timer_widget.border_title = Content(f"{label} {marks}".strip())
        timer_widget.border_subtitle = Content(_("Space: start/pause · r: reset"))

    def action_toggle_timer(self) -> None:
        self.query_one("#timer", SessionTimer).toggle()

    def action_reset_timer(self) -> None:
        self.query_one("#timer", SessionTimer).reset()
