"""What every screen besides the chat shares: Escape goes back to the chat, and labels follow the
interface language (``relabel`` runs at mount and on every language switch)."""

from __future__ import annotations

from textual.binding import Binding
from textual.screen import Screen

from ...i18n import N_


class SubScreen(Screen):
    TITLE_MSGID = ""

    BINDINGS = [Binding("escape", "app.show('chat')", N_("Chat"))]

    def on_mount(self) -> None:
        self.watch(self.app, "ui_lang", self._on_language)

    def _on_language(self) -> None:
        self.sub_title = self.app.gettext(self.TITLE_MSGID)
        self.relabel()

    def relabel(self) -> None:
        """Write the screen's interface text in the current language."""
