"""Buttons under an answer that ask another question: follow-ups, "did you mean", closest topics."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, Static


class SuggestionButton(Button):
    def __init__(self, label: str, question: str, lang: str, **kwargs) -> None:
        super().__init__(Content("→ " + label), compact=True, **kwargs)  # Content: never markup
        self.question = question
        self.lang = lang


class SuggestionList(Vertical):
    """A label and one button per suggestion; pressing one posts ``SuggestionList.Chosen``."""

    @dataclass
    class Chosen(Message):
        question: str
        lang: str

    def __init__(self, label: str, items: list[tuple[str, str]], lang: str, **kwargs) -> None:
        """``items``: (button label, question to ask) pairs, in language ``lang``."""
        super().__init__(**kwargs)
        self.label = label
        self.items = items
        self.lang = lang

    def compose(self) -> ComposeResult:
        yield Static(Content(self.label), classes="suggestions-label")
        for label, question in self.items:
            yield SuggestionButton(label, question, self.lang)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if isinstance(event.button, SuggestionButton):
            event.stop()
            self.post_message(self.Chosen(event.button.question, event.button.lang))
