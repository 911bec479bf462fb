"""The chat session: asks the engine and records the conversation. Plain Python, no Textual.

The chat screen only renders what this returns, so the rules (the fixed answer language wins, a
chosen button is answered by intent id, a failure is reported, never raised) live in one place and
are tested without a UI. The engine arrives after the first paint (``attach``); questions asked
before that wait in ``pending``.
"""

from __future__ import annotations

from ..transcript import Conversation, Exchange


class AskFailed(Exception):
    """The engine could not answer; the message names the error for the user."""


class ChatSession:
    def __init__(self, engine=None) -> None:
        self.engine = engine
        self.conversation = Conversation()
        self._context = None  # what earlier answers were about: follow-ups lean on it
        self.pending: list[tuple[str, str | None, str | None]] = []  # asked before the engine was ready
        self._saved = 0  # exchanges in the last saved copy (transcript or handout)

    @property
    def unsaved(self) -> bool:
        """Whether quitting now would lose questions and answers that were never saved."""
        return len(self.conversation) > self._saved

    def mark_saved(self) -> None:
        self._saved = len(self.conversation)

    @property
    def context(self):
        """The conversation's context (engine.dialogue), made with the first answer: the engine's
        modules are imported after the first paint, never before it."""
        if self._context is None:
            from ..engine.dialogue import Conversation as DialogueContext

            self._context = DialogueContext()
        return self._context

    @property
    def ready(self) -> bool:
        return self.engine is not None

    def take_pending(self) -> list[tuple[str, str | None, str | None]]:
        """The questions that waited for the engine, in order, as (question, lang, intent); now empty."""
        waiting, self.pending = self.pending, []
        return waiting

    def ask(self, question: str, lang: str | None = None, *, intent: str | None = None,
            fixed_lang: str | None = None, default_lang: str = "id") -> Exchange:
        """Answer a typed ``question`` (or the chosen ``intent``, labelled ``question``) and record it.
        ``fixed_lang``, the user's chosen answer language, wins over the language it was written in."""
        engine = self.engine
        from ..engine.normalize import clean_input

        try:
            if intent is not None:
                answer = engine.answer_intent(intent, fixed_lang or lang or default_lang, question=question,
                                              context=self.context)
            else:
                # the one cleaning path (pasted escape sequences, control characters), as in the CLI;
                # the conversation keeps what was typed, shown literally
                answer = engine.answer(clean_input(question), lang=fixed_lang or lang, default_lang=default_lang,
                                       context=self.context)
        except Exception as exc:  # noqa: BLE001 - a content gap must not end the session
            raise AskFailed(type(exc).__name__) from exc
        return self.conversation.add(question, answer)

    def clear(self) -> None:
        """Forget the conversation and what it was about: a new one starts."""
        self.conversation = Conversation(clock=self.conversation.clock, lang=self.conversation.lang)
        if self._context is not None:
            self._context.clear()
        self._saved = 0
