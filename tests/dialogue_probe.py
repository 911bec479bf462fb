"""A conversation as the dialogue tests hold one (one definition, not one per file)."""

from __future__ import annotations

from oxybot.engine.dialogue import Conversation


def talk(engine, *questions, **kwargs):
    """Answer ``questions`` as one conversation; the answers, in order."""
    convo = Conversation()
    return [engine.answer(q, context=convo, **kwargs) for q in questions]
