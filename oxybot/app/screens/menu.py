"""The action menu: every action of the app in one list, for a narrow window or a phone, where the
key bar cannot show every key. The same list as the command palette (``OxybotApp.menu_actions``)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ...i18n import N_


class ActionMenu(ModalScreen[int | None]):
    """Dismissed with the index of the chosen action, or None."""

    BINDINGS = [Binding("escape", "cancel", N_("Cancel"))]

    def compose(self) -> ComposeResult:
        _ = self.app.gettext
        with Vertical(id="menu-box"):
            yield Static(Content(_("Menu")), classes="menu-title")
            yield OptionList(*(Option(Content(f"{_(title)}  ·  {key}" if key else _(title)), id=str(n))
                               for n, (title, _help, key, _action) in enumerate(self.app.menu_actions())),
                             id="menu-list")

    def on_mount(self) -> None:
        self.query_one("#menu-list").focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int(event.option.id))

    def on_click(self, event) -> None:
        if event.widget is self:  # a tap outside the box closes it
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)
