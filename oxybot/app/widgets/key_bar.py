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


class KeyBar(Widget):
    WIDE = 100  # the command palette key is shown from this width on (Ctrl+P works anyway)

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._spans: list[tuple[int, int, str]] = []  # (first cell, end cell, key) as last drawn

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen) -> None:
        self.refresh()

    def _keys(self) -> tuple[list[tuple[str, str, str, bool]], tuple[str, str, str, bool] | None]:
        """(key, shown key, description, enabled) for the shown bindings, and the palette's."""
        describe = getattr(self.app, "describe_action", lambda action, text: text)
        shown, palette, seen = [], None, set()
        for key, (_node, binding, enabled, _tooltip) in self.screen.active_bindings.items():
            item = (key, self.app.get_key_display(binding), describe(binding.action, binding.description), enabled)
            if binding.action in PALETTE_ACTIONS:
                palette = item
            elif binding.show and binding.action not in seen:
                seen.add(binding.action)
                shown.append(item)
        return shown, palette

    def render(self) -> Content:
        shown, palette = self._keys()
        markup: list[str] = []
        self._spans = []
        position = 0

        def add(item, at: int) -> int:
            key, display, description, enabled = item
            dim = "" if enabled else " dim"
            markup.append(f"[bold $footer-key-foreground{dim}] {escape(display)} [/]"
                          f"[$footer-description-foreground{dim}]{escape(description)} [/]")
            end = at + cell_len(display) + cell_len(description) + 3
            self._spans.append((at, end, key))
            return end

        for item in shown:
            position = add(item, position)
        if palette and self.app.size.width >= self.WIDE:
            _key, display, description, _enabled = palette
            gap = max(1, self.size.width - position - cell_len(display) - cell_len(description) - 3)
            markup.append(" " * gap)
            add(palette, position + gap)
        return Content.from_markup("".join(markup))

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._spans:
            if start <= event.x < end:
                event.stop()
                self.app.simulate_key(key)
                return
