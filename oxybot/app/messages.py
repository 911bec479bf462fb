"""Messages that travel between screens: small dataclasses, named for what happened."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class IntentChosen(Message):
    """An intent was picked (a topic, a study, a button): answer it in the chat, by id."""

    intent: str
    lang: str
    label: str  # what the user chose, shown as their question


@dataclass
class EngineReady(Message):
    """The engine is loaded (in a thread, after the first paint): answers can be given."""

    engine: object
