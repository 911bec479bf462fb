"""The save dialogs (terminal only; in a browser the transcript downloads instead): where to write
the transcript (empty: the data folder), and whether to replace a file that is already there."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from ...formatting import visible
from ...i18n import N_
from ...locations import transcripts_dir


class SaveDialog(ModalScreen[str | None]):
    """Dismissed with the path typed (``""`` for the data folder), or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", N_("Cancel"))]

    def compose(self) -> ComposeResult:
        _ = self.app.gettext
        with Vertical(id="save-box"):
            yield Static(Content(_("Save the conversation as Markdown")), classes="save-title")
            yield Static(Content(_("Folder or file. Leave it empty to save in oxybot's data folder:")))
            yield Static(Content(str(transcripts_dir())), classes="save-default")
            yield Input(id="save-path", placeholder=str(transcripts_dir()))
            with Horizontal(classes="save-buttons"):
                yield Button(Content(_("Save")), id="save", variant="primary")
                yield Button(Content(_("Cancel")), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#save-path").focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip())

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self.dismiss(self.query_one("#save-path", Input).value.strip())
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ReplaceDialog(ModalScreen[bool]):
    """Dismissed with True to replace the existing file ``path``, False to keep it."""

    BINDINGS = [Binding("escape", "keep", N_("Cancel"))]

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        _ = self.app.gettext
        with Vertical(id="save-box"):
            yield Static(Content(_("This file already exists. Replace it?")), classes="save-title")
            yield Static(Content(visible(self.path)), classes="save-default")
            with Horizontal(classes="save-buttons"):
                yield Button(Content(_("Replace")), id="replace", variant="error")
                yield Button(Content(_("Cancel")), id="keep", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#keep").focus()  # the safe choice is the default

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "replace")

    def action_keep(self) -> None:
        self.dismiss(False)
