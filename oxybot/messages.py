"""Messages that travel between screens: small dataclasses, named for what happened."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class QuestionChosen(Message):
    """A question was picked outside the chat (a topic, a study): ask it in the chat."""

    question: str
    lang: str | None = None  # the language it is written in; None lets the engine detect it


@dataclass
class AnswerShown(Message):
    """The chat showed an answer (an ``engine.Answer``) for a question."""

    question: str
    answer: object
