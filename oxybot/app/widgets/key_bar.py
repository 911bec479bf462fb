"""The key bar at the bottom of every screen: each key with what it does, in the app's language,
and clickable (a phone in the browser taps them).

Textual's Footer builds one widget per key and restyles each on every change, which made opening a
screen or switching the language visibly slower; one line of text does the same job here. It is
redrawn when the screen's bindings change (focus, language, settings) through the public
``bindings_updated_signal``.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual import events
from textual.content import Content
from textual.markup import escape
from textual.widget import Widget

PALETTE_ACTIONS = {"command_palette", "app.command_palette"}
MENU_ACTIONS = {"open_menu", "app.open_menu"}


class KeyBar(Widget):
    """Every shown key that fits, the command palette's key always at the right; when not all fit (a
    phone, 80 columns in Indonesian), a menu key comes first and opens every action."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._spans: list[tuple[int, int, str]] = []  # (first cell, end cell, key) as last drawn

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen) -> None:
        self.refresh()

    def _keys(self):
        """(key, shown key, description, enabled) for the shown bindings, the palette's and the menu's."""
        describe = getattr(self.app, "describe_action", lambda action, text: text)
        shown, palette, menu, seen = [], None, None, set()
        for key, (_node, binding, enabled, _tooltip) in self.screen.active_bindings.items():
            item = (key, self.app.get_key_display(binding), describe(binding.action, binding.description), enabled)
            if binding.action in PALETTE_ACTIONS:
                palette = item
            elif binding.action in MENU_ACTIONS:
                menu = item
            elif binding.show and binding.action not in seen:
                seen.add(binding.action)
                shown.append(item)
        return shown, palette, menu

    @staticmethod
    def _cost(item) -> int:
        return cell_len(item[1]) + cell_len(item[2]) + 3

    def layout_items(self, width: int):
        """(items drawn from the left, the palette's item or None): what fits in ``width`` cells."""
        shown, palette, menu = self._keys()
        right = self._cost(palette) + 1 if palette else 0
        if sum(map(self._cost, shown)) + right <= width or menu is None:
            return shown, palette
        items, budget = [menu], width - right - self._cost(menu)
        for item in shown:
            if self._cost(item) > budget:
                break
            items.append(item)
            budget -= self._cost(item)
        return items, palette

    def render(self) -> Content:
        items, palette = self.layout_items(self.size.width)
        markup: list[str] = []
        self._spans = []
        position = 0

        def add(item, at: int) -> int:
            key, display, description, enabled = item
            dim = "" if enabled else " dim"
            markup.append(f"[bold $footer-key-foreground{dim}] {escape(display)} [/]"
                          f"[$footer-description-foreground{dim}]{escape(description)} [/]")
            end = at + self._cost(item)
            self._spans.append((at, end, key))
            return end

        for item in items:
            position = add(item, position)
        if palette:
            gap = max(1, self.size.width - position - self._cost(palette))
            markup.append(" " * gap)
            add(palette, position + gap)
        return Content.from_markup("".join(markup))

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._spans:
            if start <= event.x < end:
                event.stop()
                self.app.simulate_key(key)
                return
