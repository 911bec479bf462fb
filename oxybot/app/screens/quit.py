"""Asked before Ctrl+Q (or New conversation) discards a conversation that was not saved."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from ...i18n import N_


class QuitDialog(ModalScreen[str | None]):
    """Dismissed with "quit" (go on without saving), "save" (save first), or None (stay)."""

    BINDINGS = [Binding("escape", "stay", N_("Cancel"))]

    def __init__(self, new_conversation: bool = False) -> None:
        super().__init__()
        self.new_conversation = new_conversation

    def compose(self) -> ComposeResult:
        _ = self.app.gettext
        if self.new_conversation:
            title = _("Start a new conversation?")
            text = _("This conversation has not been saved. If you start a new one now, it is gone: "
                     "oxybot keeps nothing unless you save it.")
            go = _("Start without saving")
        else:
            title = _("Quit oxybot?")
            text = _("This conversation has not been saved. If you quit now, it is gone: "
                     "oxybot keeps nothing unless you save it.")
            go = _("Quit without saving")
        with Vertical(id="quit-box"):
            yield Static(Content(title), classes="save-title")
            yield Static(Content(text))
            with Horizontal(classes="save-buttons"):
                yield Button(Content(_("Save first")), id="save", variant="primary")
                yield Button(Content(go), id="quit", variant="error")
                yield Button(Content(_("Cancel")), id="stay")

    def on_mount(self) -> None:
        self.query_one("#save").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss({"save": "save", "quit": "quit"}.get(event.button.id))

    def action_stay(self) -> None:
        self.dismiss(None)
