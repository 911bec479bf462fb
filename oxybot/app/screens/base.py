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
        self._labelled_in: str | None = None
        self.watch(self.app, "ui_lang", self._on_language)

    def _on_language(self) -> None:
        # A screen in the background is relabelled when it is shown again: widths worked out while it
        # was hidden were not laid out again (a button label was cut after switching the language).
        if self.is_current or self._labelled_in is None:
            self._labelled_in = self.app.ui_lang
            self.sub_title = self.app.gettext(self.TITLE_MSGID)
            self.relabel()

    def on_screen_resume(self) -> None:
        if self._labelled_in not in (None, self.app.ui_lang):
            self._on_language()
            self.refresh(layout=True)

    def relabel(self) -> None:
        """Write the screen's interface text in the current language."""
