"""Buttons under an answer that ask another question: follow-ups, "did you mean", closest topics."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Button, Static


from ..messages import IntentChosen


class SuggestionButton(Button):
    def __init__(self, label: str, intent: str, lang: str, **kwargs) -> None:
        super().__init__(Content("→ " + label), compact=True, **kwargs)  # Content: never markup
        self.label_text = label
        self.intent = intent
        self.lang = lang

    def set_text(self, label: str, intent: str, lang: str) -> None:
        """Say something else (the interface language changed)."""
        self.label_text, self.intent, self.lang = label, intent, lang
        self.label = Content("→ " + label)
        self.refresh(layout=True)  # a Button's width follows its label only on a new layout


class SuggestionList(Vertical):
    """A label and one button per suggestion; pressing one posts ``IntentChosen``."""

    def __init__(self, label: str, items: list[tuple[str, str]], lang: str, **kwargs) -> None:
        """``items``: (button label, intent id) pairs, in language ``lang``."""
        super().__init__(**kwargs)
        self.label = label
        self.items = items
        self.lang = lang

    def compose(self) -> ComposeResult:
        yield Static(Content(self.label), classes="suggestions-label")
        for label, intent in self.items:
            yield SuggestionButton(label, intent, self.lang)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if isinstance(event.button, SuggestionButton):
            event.stop()
            button = event.button
            self.post_message(IntentChosen(button.intent, button.lang, button.label_text))
