"""Finding a question that leads where the user chose to go (a topic, a study, a suggestion).

The engine answers questions, not intent ids, so a chosen topic is asked with one of its examples; some
examples route elsewhere (they are shared phrasing), so the first example that the engine routes back
to the chosen place is used. Plain Python: no UI.
"""

from __future__ import annotations


def question_for(engine, topic: str, lang: str, intent_id: str | None = None) -> str | None:
    """A question in ``lang`` that the engine answers with ``topic`` (and ``intent_id``, if given)."""
    intents = [i for i in engine.content.intents if i.topic == topic and intent_id in (None, i.id)]
    first = None
    for intent in intents:
        for example in intent.examples.get(lang) or intent.examples.get("en") or []:
            first = first or example
            answer = engine.answer(example, lang=lang)
            if answer.topic == topic and (intent_id is None or answer.intent == intent_id):
                return example
    return first
