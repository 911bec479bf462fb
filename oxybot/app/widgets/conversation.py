"""The conversation log and what it holds besides answers: the welcome and the user's questions."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from ...formatting import visible
from ..messages import IntentChosen
from .suggestions import SuggestionButton


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


class WelcomeCard(Vertical):
    """How to start, and example questions as buttons (content/welcome.yaml) so a mother can start
    without typing. Everything follows the interface language."""

    def compose(self) -> ComposeResult:
        yield Static(id="welcome-text")
        yield Static(id="welcome-examples-label", classes="suggestions-label")
        yield Vertical(id="welcome-examples")

    def on_mount(self) -> None:
        self.watch(self.app, "ui_lang", self._write)
        self.watch(self.app, "engine_loaded", self._add_examples)

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
        self.query_one("#welcome-text", Static).update(text)
        self.query_one("#welcome-examples-label", Static).update(Content(_("Or start with one of these:")))
        self._relabel_examples()

    def _examples(self) -> list[tuple[str, str]]:
        engine = self.app.engine
        return engine.welcome_examples(self.app.ui_lang) if engine is not None else []

    def _add_examples(self, loaded: bool) -> None:
        holder = self.query_one("#welcome-examples", Vertical)
        if not loaded or holder.children:
            return
        lang = self.app.ui_lang
        holder.mount_all(SuggestionButton(label, intent, lang, classes="welcome-example")
                         for label, intent in self._examples())
        self.query_one("#welcome-examples-label").display = bool(self._examples())

    def _relabel_examples(self) -> None:
        examples = self._examples()
        self.query_one("#welcome-examples-label").display = bool(examples)
        for button, (label, intent) in zip(self.query(SuggestionButton), examples):
            button.set_text(label, intent, self.app.ui_lang)

    def on_button_pressed(self, event) -> None:
        if isinstance(event.button, SuggestionButton):
            event.stop()
            button = event.button
            lang = self.app.answer_lang or button.lang
            self.post_message(IntentChosen(button.intent, lang, button.label_text))


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
