"""The chat: the conversation log, the question box and the footer. The first screen."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Button, Header, Input

from ...i18n import N_
from ..messages import IntentChosen
from ..session import AskFailed
from ..widgets.conversation import ConversationLog, QuestionBubble, WelcomeCard
from ..widgets.key_bar import KeyBar
from ..widgets.question_input import QuestionInput


class ChatScreen(Screen):
    AUTO_FOCUS = "#question"
    BINDINGS = [
        Binding("pageup", "scroll_log(-1)", N_("Scroll up"), show=False),
        Binding("pagedown", "scroll_log(1)", N_("Scroll down"), show=False),
        Binding("escape", "focus_question", N_("Back to the question box"), show=False),
        # from the question box, Tab goes to the newest answer (DOM order would start at the oldest)
        Binding("tab", "tab(1)", N_("Next button"), show=False),
        Binding("shift+tab", "tab(-1)", N_("Previous button"), show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._latest: tuple[QuestionBubble, object] | None = None  # the newest question and answer

    def compose(self) -> ComposeResult:
        yield Header()
        with ConversationLog(id="log"):
            yield WelcomeCard(id="welcome")
        box = QuestionInput(id="question", select_on_focus=False)
        box.set_reactive(QuestionInput.cursor_blink, self.app.config.cursor_blink)
        yield box
        yield KeyBar()

    def on_mount(self) -> None:
        self.watch(self.app, "ui_lang", self._relabel)
        self.watch(self.app, "answer_lang", self._relabel)
        self.watch(self.app, "trainer", self._show_trainer)
        self.watch(self.app, "trainer", self._relabel, init=False)
        self.watch(self.app, "engine_loaded", self._answer_waiting)

    def _relabel(self) -> None:
        _ = self.app.gettext
        self.sub_title = _("Chat")
        box = self.query_one("#question", QuestionInput)
        box.placeholder = _("Type your question, then press Enter")
        box.border_title = _("Your question")
        status = _("Answers") + ": " + self.app.answer_language_label()
        if self.app.trainer:
            status += " · " + _("Trainer view")
        box.border_subtitle = status

    def _show_trainer(self, on: bool) -> None:
        self.query_one("#log").set_class(on, "-trainer")
        # every card grows or shrinks: keep the newest answer where it was, not an older one
        self.call_after_refresh(self._reveal)

    # -- focus: typed text is never lost ------------------------------------------------------------
    @property
    def question_box(self) -> QuestionInput:
        return self.query_one("#question", QuestionInput)

    def on_screen_resume(self) -> None:
        # back from another screen (F1-F4, a dialog): the user's next keys are a question
        self.question_box.focus(scroll_visible=False)

    def on_key(self, event: events.Key) -> None:
        """A printable key while a button (or nothing) has focus is the start of a question: it goes
        to the question box, never to the button. Enter on a button still presses it."""
        if isinstance(self.focused, Input) or not event.is_printable or not event.character:
            return
        event.stop()
        event.prevent_default()
        self.type_text(event.character)

    def type_text(self, text: str) -> None:
        """Put typed text in the question box, where the cursor is, and give it the focus."""
        box = self.question_box
        box.focus(scroll_visible=False)
        box.insert_text_at_cursor(text)

    def action_focus_question(self) -> None:
        self.question_box.focus(scroll_visible=False)

    def _newest_buttons(self) -> list:
        """The buttons of the newest answer (the welcome's before the first one), in order."""
        holder = self._latest[1] if self._latest and self._latest[1].is_attached else self.query_one("#welcome")
        buttons = [w for w in holder.query(Button) if w.focusable]
        return buttons or [w for w in holder.query("*") if w.focusable]

    def action_tab(self, step: int) -> None:
        if self.focused is self.question_box:
            buttons = self._newest_buttons()
            if buttons:
                buttons[0 if step > 0 else -1].focus()
                return
        (self.focus_next if step > 0 else self.focus_previous)()

    # -- asking -----------------------------------------------------------------------------------
    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        question = event.value
        if not question.strip():
            return
        box = self.query_one("#question", QuestionInput)
        box.remember(question)
        box.value = ""
        self.ask(question)

    def on_intent_chosen(self, event: IntentChosen) -> None:
        event.stop()
        self.ask(event.label, lang=event.lang, intent=event.intent)
        self.query_one("#question").focus()

    def _answer_waiting(self, loaded: bool) -> None:
        if loaded:
            for question, lang, intent in self.app.session.take_pending():  # typed while loading
                self.ask(question, lang, intent)

    def ask(self, question: str, lang: str | None = None, intent: str | None = None) -> None:
        """Answer ``question`` (written in ``lang``, if known), or the chosen ``intent``, and show it."""
        session = self.app.session
        if not session.ready:
            session.pending.append((question, lang, intent))  # answered on EngineReady
            return
        fixed = self.app.answer_lang
        try:
            exchange = session.ask(question, lang, intent=intent, fixed_lang=fixed, default_lang=self.app.ui_lang)
        except AskFailed as exc:
            self.notify(self.app.gettext("Sorry, this question could not be answered ({error}).").format(
                error=str(exc)), severity="error", markup=False)
            return
        from ..widgets.answer_card import AnswerCard  # Markdown is imported with the first answer

        answer = exchange.answer
        log = self.query_one("#log", ConversationLog)
        bubble = QuestionBubble(question, classes="question")
        card = AnswerCard(answer, lang_fixed=fixed is not None, classes="answer-card")
        log.mount_all([bubble, card])
        log.trim(self.app.conversation.max_live)  # bounded memory: older cards become one text note
        self._latest = (bubble, card)
        self.call_after_refresh(self._reveal)

    def on_markdown_table_of_contents_updated(self, event) -> None:
        # the answer's Markdown is laid out: now its height is known
        latest = self._latest
        if latest and event.markdown.parent is latest[1]:
            self.call_after_refresh(self._reveal)

    def _reveal(self) -> None:
        """Show the newest question at the top, its answer below (or the end, if that is shorter)."""
        latest = self._latest
        if latest and latest[0].is_attached:
            self.query_one("#log").scroll_to_widget(latest[0], top=True, animate=False, immediate=True)

    def clear_log(self) -> None:
        """A new conversation: every question and answer leaves the screen; the welcome stays."""
        log = self.query_one("#log", ConversationLog)
        for widget in list(log.children):
            if widget.id != "welcome":
                widget.remove()
        self._latest = None
        log.scroll_home(animate=False)
        self.question_box.focus()

    def action_scroll_log(self, pages: int) -> None:
        log = self.query_one("#log", ConversationLog)
        (log.scroll_page_down if pages > 0 else log.scroll_page_up)(animate=False)
