"""The question box: Enter sends (Input.Submitted), up and down walk through earlier questions."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input

from ...i18n import N_


class QuestionInput(Input):
    BINDINGS = [
        Binding("up", "history(-1)", N_("Previous question"), show=False),
        Binding("down", "history(1)", N_("Next question"), show=False),
    ]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.history: list[str] = []
        self._position = 0  # == len(history): the draft being typed
        self._draft = ""

    def remember(self, question: str) -> None:
        """Add a sent question to the history (not twice in a row) and go back to a fresh draft."""
        if question and (not self.history or self.history[-1] != question):
            self.history.append(question)
        self._position = len(self.history)
        self._draft = ""

    def action_history(self, step: int) -> None:
        if not self.history:
            return
        if self._position == len(self.history):
            self._draft = self.value
        position = max(0, min(len(self.history), self._position + step))
        if position == self._position:
            return
        self._position = position
        self.value = self._draft if position == len(self.history) else self.history[position]
        self.cursor_position = len(self.value)
