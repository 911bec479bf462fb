"""The conversation log and what it holds besides answers: the welcome and the user's questions."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static

from ...formatting import visible


class ConversationLog(VerticalScroll):
    """Questions and answers, oldest first."""

    can_focus = False


class QuestionBubble(Horizontal):
    """What the user asked, shown literally: no markup, no escape sequences interpreted."""

    def __init__(self, question: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.question = question

    def compose(self) -> ComposeResult:
        yield Static(Text(visible(self.question)), classes="question-text")


class WelcomeCard(Static):
    """How to start; interface text only, so it follows the interface language."""

    def on_mount(self) -> None:
        self.watch(self.app, "ui_lang", self._write)

    def _write(self) -> None:
        _ = self.app.gettext
        text = Text()
        text.append(_("Welcome to oxybot"), style="bold")
        text.append("\n")
        text.append(_("Ask about breast milk, the let-down reflex and oxytocin massage, in Indonesian or English. "
                      "Type a question and press Enter."))
        text.append("\n")
        text.append(_("F2 lists the topics, F4 shows the massage guide, F1 explains the keys."), style="dim")
        text.append("\n")
        text.append(_("General education from a literature review; not a diagnosis. For any worry, see a health worker."),
                    style="italic")
        self.update(text)
