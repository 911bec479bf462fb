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

    def trim(self, keep: int) -> None:
        """Keep the newest ``keep`` questions with their answer cards; older ones leave the screen (each
        card holds widgets and Markdown worth most of a megabyte) and are listed, as text, in one note
        at the top. The transcript (Ctrl+S) still holds them all."""
        bubbles = list(self.query_children(".question"))
        if len(bubbles) <= keep:
            return
        gone = bubbles[: len(bubbles) - keep]
        cut = self.children.index(bubbles[len(bubbles) - keep])
        old = [w for w in self.children[:cut] if w.id not in ("welcome", "earlier")]
        earlier = next(iter(self.query_children("#earlier")), None)
        if earlier is None:
            earlier = EarlierQuestions(id="earlier")
            welcome = next(iter(self.query_children("#welcome")), None)
            if welcome is not None:
                self.mount(earlier, after=welcome)
            else:
                self.mount(earlier, before=0)
        earlier.add([b.question for b in gone])
        for widget in old:
            widget.remove()


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


class EarlierQuestions(Static):
    """The questions whose cards left the screen to keep memory bounded, as plain text."""

    MAX_SHOWN = 200

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.questions: list[str] = []
        self.count = 0

    def add(self, questions: list[str]) -> None:
        self.count += len(questions)
        self.questions = (self.questions + [q[:200] for q in questions])[-self.MAX_SHOWN:]
        self._write()

    def on_mount(self) -> None:
        self.watch(self.app, "ui_lang", self._write)

    def _write(self) -> None:
        _ = self.app.gettext
        text = Text()
        text.append(_("{count} earlier questions (their answers are in the saved conversation, Ctrl+S):")
                    .format(count=self.count), style="dim")
        first = self.count - len(self.questions) + 1
        for n, question in enumerate(self.questions, first):
            text.append(f"\n{n}. ", style="dim")
            text.append(visible(question), style="dim")
        self.update(text)
