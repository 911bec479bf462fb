"""The oxybot Textual app: configuration, theme, global keys and the first screen.

Screens live one per module in ``screens/`` and are imported when first shown (the chat first), so
the first screen appears fast. Health text never lives here: it all comes from the content.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.theme import Theme

from .config import AppConfig
from ..i18n import LANGUAGES, N_, system_language, translator
from ..transcript import TranscriptError
from .messages import EngineReady, IntentChosen
from .session import ChatSession

OXYBOT_THEME = Theme(
    name="oxybot",
    primary="#3FA796",
    secondary="#8E7CC3",
    accent="#F2A65A",
    warning="#F2C14E",
    error="#F0525A",
    success="#6CC68A",
    foreground="#E6EAEE",
    background="#14181D",
    surface="#1B2128",
    panel="#26303A",
    dark=True,
)

# mode -> (module in oxybot.screens, screen class, name shown in the palette, palette help)
SCREENS: dict[str, tuple[str, str, str, str]] = {
    "chat": ("chat", "ChatScreen", N_("Chat"), N_("Ask a question and read the answers")),
    "topics": ("topics", "TopicsScreen", N_("Topics"), N_("Everything oxybot can answer, grouped")),
    "evidence": ("evidence", "EvidenceScreen", N_("Evidence"), N_("The studies of the review, with charts")),
    "guide": ("guide", "GuideScreen", N_("Massage guide"), N_("Step by step, with a diagram and a timer")),
    "help": ("help", "HelpScreen", N_("Help"), N_("Keys, what oxybot covers, its sources and limits")),
}


def _screen_factory(mode: str):
    module, name, _title, _help = SCREENS[mode]

    def make():
        return getattr(importlib.import_module(f"oxybot.app.screens.{module}"), name)()

    return make


class OxybotApp(App[int]):
    """Chat-style answers about breastfeeding and oxytocin massage, in Indonesian and English."""

    CSS_PATH = "app.tcss"
    TITLE = "oxybot"
    DEFAULT_MODE = "chat"
    MODES = {mode: _screen_factory(mode) for mode in SCREENS}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    BINDINGS = [
        Binding("ctrl+l", "switch_language", N_("Language")),
        Binding("f1", "show('help')", N_("Help")),
        Binding("f2", "show('topics')", N_("Topics")),
        Binding("f3", "show('evidence')", N_("Evidence")),
        Binding("f4", "show('guide')", N_("Guide")),
        Binding("ctrl+s", "save_transcript", N_("Save")),
        Binding("ctrl+o", "handout", N_("Handout")),
        Binding("ctrl+n", "new_conversation", N_("New")),
        Binding("ctrl+r", "cycle_answer_language", N_("Answers"), show=False),
        Binding("ctrl+t", "toggle_trainer", N_("Trainer view"), show=False),
        Binding("f9", "open_menu", N_("Menu"), show=False),
        Binding("ctrl+p", "command_palette", N_("Commands"), show=False, priority=True),
    ]

    ui_lang: reactive[str] = reactive("en")
    """The language of the interface."""
    answer_lang: reactive[str | None] = reactive(None)
    """None: answers follow each question's language; else the fixed answer language."""
    trainer: reactive[bool] = reactive(False)
    """Whether the trainer details show under each answer."""
    engine_loaded: reactive[bool] = reactive(False)
    """Whether the engine is there (it loads in a thread after the first paint)."""

    @dataclass
    class EngineFailed(Message):
        """The content could not be loaded: the app exits and the issues are printed."""

        issues: list

    def __init__(self, engine=None, config: AppConfig | None = None,
                 load_engine: Callable[[], object] | None = None):
        """``engine``, or else ``load_engine`` (default: the engine for ``config.content``), run in a thread
        once the first screen is painted."""
        super().__init__()
        self._load_engine = load_engine or self._engine_for_config
        self._pending_mode: str | None = None  # a screen asked for before the engine was ready
        self._typed_ahead = ""  # letters typed on another screen, on their way to the question box
        self.content_issues: list = []
        self.config = config or AppConfig()
        self.session = ChatSession(engine)
        self.set_reactive(OxybotApp.engine_loaded, engine is not None)
        self.register_theme(OXYBOT_THEME)
        self.theme = OXYBOT_THEME.name
        self.set_reactive(OxybotApp.ui_lang, self.config.ui_lang)
        self.conversation.lang = self.config.ui_lang
        self.set_reactive(OxybotApp.answer_lang, self.config.answer_lang)
        self.set_reactive(OxybotApp.trainer, self.config.trainer)

    # -- the engine -------------------------------------------------------------------------------
    @property
    def engine(self):
        """The answer engine, or None until ``EngineReady`` (never blocks the event loop)."""
        return self.session.engine

    @property
    def conversation(self):
        return self.session.conversation

    def _engine_for_config(self):
        from ..engine.load import load_engine

        return load_engine(self.config.content)

    def on_ready(self) -> None:
        if self.session.engine is None and self._load_engine is not None:
            self._load_in_background()

    @work(thread=True, exclusive=True, group="engine")
    def _load_in_background(self) -> None:
        from ..engine.content import ContentError

        try:
            engine = self._load_engine()
        except ContentError as exc:
            self.post_message(self.EngineFailed(exc.issues))  # thread-safe, unlike call_from_thread here
            return
        self.post_message(EngineReady(engine))

    def on_engine_ready(self, message: EngineReady) -> None:
        self.session.engine = message.engine
        self.engine_loaded = True  # the chat answers what was typed while loading
        if self._pending_mode:
            mode, self._pending_mode = self._pending_mode, None
            self.switch_mode(mode)

    def on_oxybot_app_engine_failed(self, message: EngineFailed) -> None:
        self.content_issues = message.issues
        self.exit(return_code=1)

    # -- language ---------------------------------------------------------------------------------
    def gettext(self, message: str) -> str:
        """``message`` in the current interface language."""
        return translator(self.ui_lang).gettext(message)

    def answer_language_label(self) -> str:
        _ = self.gettext
        return _("auto") if self.answer_lang is None else self.answer_lang.upper()

    def describe_action(self, action: str, description: str) -> str:
        """What the footer says for a key: translated, with the current setting where it has one."""
        _ = self.gettext
        label = _(description) if description else description
        if action == "switch_language":
            return label + ": " + self.ui_lang.upper()
        if action == "cycle_answer_language":
            return label + ": " + self.answer_language_label()
        if action == "toggle_trainer" and self.trainer:
            return label + ": " + _("on")
        return label

    def watch_ui_lang(self, lang: str) -> None:
        self.conversation.lang = lang  # a saved transcript speaks the interface's language throughout
        self.refresh_bindings()

    def watch_answer_lang(self) -> None:
        self.refresh_bindings()

    def watch_trainer(self) -> None:
        self.refresh_bindings()

    # -- actions ----------------------------------------------------------------------------------
    def action_show(self, mode: str) -> None:
        """Show a screen; its own key again goes back to the chat."""
        if self.engine is None and mode != "chat":
            self._pending_mode = mode  # shown as soon as the content is loaded (a fraction of a second)
            return
        self.switch_mode("chat" if self.current_mode == mode and mode != "chat" else mode)

    def action_switch_language(self) -> None:
        self.ui_lang = LANGUAGES[(LANGUAGES.index(self.ui_lang) + 1) % len(LANGUAGES)]
        _ = self.gettext
        self.notify(_("Interface language: English") if self.ui_lang == "en" else _("Interface language: Indonesian"),
                    timeout=2)

    def action_cycle_answer_language(self) -> None:
        choices: list[str | None] = [None, *LANGUAGES]
        self.answer_lang = choices[(choices.index(self.answer_lang) + 1) % len(choices)]
        _ = self.gettext
        if self.answer_lang is None:
            self.notify(_("Answers follow the language of each question"), timeout=3)
        else:
            name = _("Indonesian") if self.answer_lang == "id" else _("English")
            self.notify(_("Answers always in {language}").format(language=name), timeout=3)

    def action_toggle_trainer(self) -> None:
        self.trainer = not self.trainer

    def action_save_transcript(self, then_quit: bool = False, then=None) -> None:
        """Save (terminal: a dialog; browser: a download). ``then_quit`` / ``then``: what to do once
        the conversation is saved (quit, or start a new one)."""
        _ = self.gettext
        if not len(self.conversation):
            self.notify(_("Nothing to save yet: ask a question first."), severity="warning")
            return
        if self.is_web:  # in a browser the file goes to the visitor's device, never to a server path
            self.deliver_transcript()
            self.session.mark_saved()
            if then is not None:
                then()
            return
        from .screens.save import SaveDialog

        def saved(path: str | None) -> None:
            self.save_transcript(path)
            if then_quit and not self.session.unsaved:
                self.exit()
            elif then is not None and not self.session.unsaved:
                then()

        self.push_screen(SaveDialog(), saved)

    def os_error_text(self, exc: Exception) -> str:
        """A failed save in the interface language: the path, and why, without the OS's English."""
        from .errors import os_reason

        text = str(exc)
        cause = exc.__cause__ if isinstance(exc.__cause__, OSError) else None
        reason = os_reason(cause.errno) if cause is not None else None
        if reason is None:
            return text
        where = getattr(exc, "path", None) or text.rsplit(": ", 1)[0]
        return f"{where}: {self.gettext(reason)}"

    def deliver_transcript(self) -> None:
        """Browser (textual-serve): the transcript downloads to the user's device."""
        import io

        from ..locations import transcript_filename
        from ..transcript import to_markdown

        _ = self.gettext
        moment = self.conversation.clock()
        name = transcript_filename(moment)
        text = to_markdown(self.conversation, self.ui_lang, moment)
        self.deliver_text(io.StringIO(text), save_filename=name, mime_type="text/markdown", encoding="utf-8")
        self.notify(_("Your browser is downloading the conversation: {name}").format(name=name),
                    title=_("Saved"), timeout=8, markup=False)

    def save_transcript(self, path: str | None, replace: bool = False) -> None:
        """Save to ``path`` (None: cancelled; empty: the data folder). Every failure is a notice and
        keeps the conversation; an existing file the user named is replaced only once confirmed."""
        if path is None:
            return
        from ..transcript import TranscriptExists, save

        _ = self.gettext
        try:
            written = save(self.conversation, self.ui_lang, path or None, replace=replace)
        except TranscriptExists as exc:
            from .screens.save import ReplaceDialog

            target = str(exc.target)
            self.push_screen(ReplaceDialog(target),
                             lambda yes: self.save_transcript(target, replace=True) if yes else None)
            return
        except TranscriptError as exc:
            self.notify(_("Could not save the conversation: {error}").format(error=self.os_error_text(exc)),
                        title=_("Not saved"), severity="error", timeout=12, markup=False)
            return
        self.session.mark_saved()
        self.notify(_("Conversation saved to {path}").format(path=written), title=_("Saved"),
                    timeout=8, markup=False)

    def action_handout(self) -> None:
        """The take-home handout: saved in the data folder (terminal) or downloaded (browser)."""
        _ = self.gettext
        if not len(self.conversation):
            self.notify(_("Nothing to hand out yet: ask a question first."), severity="warning")
            return
        if self.engine is None:
            return
        from ..handout import build, mother_language
        from ..locations import handouts_dir
        from ..transcript import write_atomic

        handout = build(self.conversation, self.engine, mother_language(self.conversation, self.ui_lang))
        if self.is_web:
            import io

            # one download (the page carries its Markdown copy): browsers block a second one
            self.deliver_text(io.StringIO(handout.html), save_filename=handout.stem + ".html", mime_type="text/html")
            self.session.mark_saved()
            self.notify(_("The handout is downloading: open it and print it."), title=_("Handout"), timeout=8)
            return
        html_path = handouts_dir() / (handout.stem + ".html")
        try:
            write_atomic(html_path, handout.html)
            write_atomic(html_path.with_suffix(".md"), handout.markdown)
        except TranscriptError as exc:
            self.notify(_("Could not save the handout: {error}").format(error=self.os_error_text(exc)),
                        title=_("Not saved"), severity="error", timeout=12, markup=False)
            return
        self.session.mark_saved()
        self.notify(_("Handout saved to {path}: open it in a browser and print it.").format(path=html_path),
                    title=_("Handout"), timeout=10, markup=False)

    def type_question(self, text: str) -> None:
        """Typed on another screen's list: back to the chat, the text in the question box. Keys that
        arrive while the chat is being shown are kept, in order."""
        self._typed_ahead += text
        if len(self._typed_ahead) == len(text):  # the first key: show the chat, then hand it all over
            self.run_worker(self._type_in_chat(), group="type-ahead")

    async def _type_in_chat(self) -> None:
        await self.switch_mode("chat")
        typed, self._typed_ahead = self._typed_ahead, ""
        self.screen.type_text(typed)

    def on_intent_chosen(self, message: IntentChosen) -> None:
        """A topic or study was chosen on another screen: answer it in the chat."""
        self.switch_mode("chat")
        self.screen.post_message(IntentChosen(message.intent, message.lang, message.label))

    # -- a new conversation: follow-ups stop leaning on the old one ----------------------------------
    def action_new_conversation(self) -> None:
        """Clear the chat and its context; an unsaved conversation is offered for saving first."""
        from .screens.quit import QuitDialog

        def start() -> None:
            self.session.clear()
            self.run_worker(self._fresh_chat(), group="new-conversation")

        if not self.session.unsaved:
            start()
            return

        def answered(choice: str | None) -> None:
            if choice == "quit":
                start()
            elif choice == "save":
                self.action_save_transcript(then=start)

        self.push_screen(QuitDialog(new_conversation=True), answered)

    async def _fresh_chat(self) -> None:
        await self.switch_mode("chat")
        self.screen.clear_log()

    # -- quitting: never lose an unsaved conversation without asking --------------------------------
    async def action_quit(self) -> None:
        from .screens.quit import QuitDialog

        if not self.session.unsaved or isinstance(self.screen, QuitDialog):  # Ctrl+Q twice: she means it
            self.exit()
            return

        def answered(choice: str | None) -> None:
            if choice == "quit":
                self.exit()
            elif choice == "save":
                self.action_save_transcript(then_quit=True)

        self.push_screen(QuitDialog(), answered)

    def action_help_quit(self) -> None:
        """Ctrl+C: say (in the interface language) how to quit, as Textual does in English."""
        _ = self.gettext
        self.notify(_("Press Ctrl+Q to quit oxybot."), title=_("Do you want to quit?"))

    # -- menu and command palette: one list of every action -------------------------------------------
    def menu_actions(self) -> list[tuple[str, str, str, Callable[[], object]]]:
        """Every action as (title msgid, help msgid, key shown, callable): the menu and the palette."""
        keys = {b.action: self.get_key_display(b) for b in type(self).BINDINGS if isinstance(b, Binding)}
        actions = [(title, help_text, keys.get(f"show('{mode}')", ""), partial(self.action_show, mode))
                   for mode, (_module, _name, title, help_text) in SCREENS.items()]
        actions += [
            (N_("Switch language"), N_("Interface in Indonesian or English"), keys["switch_language"],
             self.action_switch_language),
            (N_("Answer language"), N_("Follow each question, or always Indonesian or English"),
             keys["cycle_answer_language"], self.action_cycle_answer_language),
            (N_("Trainer view"), N_("Show or hide intent, score and runner-ups under answers"),
             keys["toggle_trainer"], self.action_toggle_trainer),
            (N_("Save conversation"), N_("Save the questions and answers as Markdown"),
             keys["save_transcript"], self.action_save_transcript),
            (N_("Handout"), N_("A printable page to take home: questions, answers, massage steps, danger signs"),
             keys["handout"], self.action_handout),
            (N_("New conversation"), N_("Clear the screen and what earlier answers were about"),
             keys["new_conversation"], self.action_new_conversation),
            (N_("Commands"), N_("Search every action by name"), keys["command_palette"], self.action_command_palette),
            (N_("Quit"), N_("Close oxybot"), self.get_key_display(Binding("ctrl+q", "quit")), self.action_quit),
        ]
        return actions

    def action_open_menu(self) -> None:
        from .screens.menu import ActionMenu

        if isinstance(self.screen, ActionMenu):
            return
        actions = self.menu_actions()

        def chosen(index: int | None) -> None:
            if index is not None:
                self.call_later(actions[index][3])

        self.push_screen(ActionMenu(), chosen)

    def action_command_palette(self) -> None:
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(id="--command-palette", placeholder=self.gettext("Search for commands…")))

    def get_system_commands(self, screen):
        _ = self.gettext
        for title, help_text, _key, action in self.menu_actions():
            if action != self.action_command_palette:
                yield SystemCommand(_(title), _(help_text), action)


def create_app(content=None, lang: str | None = None, *, engine=None, answer_lang: str | None = None,
               trainer: bool = False, cursor_blink: bool = True) -> OxybotApp:
    """Build the app; shared by the CLI and the tests. Without ``engine``, the app loads the content
    itself once its first screen is painted (a broken content ends it with ``content_issues``)."""
    ui_lang = lang if lang in LANGUAGES else system_language()
    config = AppConfig(content=content, ui_lang=ui_lang, answer_lang=answer_lang, trainer=trainer,
                       cursor_blink=cursor_blink)
    return OxybotApp(engine, config)


def run_app(content=None, lang: str | None = None) -> tuple[list, int]:
    """Run the app in the terminal; (content issues that stopped it, exit code) for the command line."""
    app = create_app(content, lang)
    app.run()
    return app.content_issues, app.return_code or 0
