"""The chat session (plain Python) and the app's engine arriving after the first paint."""

from __future__ import annotations

import pytest
from apphelpers import ask, flat, screen_text, wait_for

from oxybot.app.session import AskFailed, ChatSession


def test_the_fixed_answer_language_wins_and_a_chosen_intent_is_answered_by_id(engine):
    session = ChatSession(engine)
    typed = session.ask("how long should each oxytocin massage take?", fixed_lang="id")
    assert typed.answer.lang == "id" and typed.answer.topic == "massage.duration_frequency"
    followup = typed.answer.followups[0]
    chosen = session.ask(followup.ask, "id", intent=followup.intent)
    assert chosen.answer.intent == followup.intent and chosen.question == followup.ask
    assert [e.question for e in session.conversation.exchanges] == [typed.question, followup.ask]
    session.clear()
    assert len(session.conversation) == 0


def test_questions_wait_for_the_engine_and_a_failure_is_reported_not_raised(engine):
    session = ChatSession()
    assert not session.ready
    session.pending.append(("apa itu ASI?", None, None))
    session.engine = engine
    assert session.take_pending() == [("apa itu ASI?", None, None)] and session.pending == []
    with pytest.raises(AskFailed, match="KeyError"):
        session.ask("no such button", "en", intent="no/such-intent")
    assert len(session.conversation) == 0


def test_a_question_typed_while_the_content_loads_is_answered_once_it_is_ready(drive, engine):
    import threading

    from oxybot.app.app import OxybotApp
    from oxybot.app.config import AppConfig

    gate = threading.Event()

    def slow_load():  # the real loader runs in a thread after the first paint; hold it there
        gate.wait(10)
        return engine

    app = OxybotApp(None, AppConfig(ui_lang="en", cursor_blink=False), load_engine=slow_load)

    async def scenario(pilot):
        await ask(pilot, "how long should each oxytocin massage take?")
        await pilot.pause(0.2)
        assert pilot.app.engine is None and len(pilot.app.session.pending) == 1  # the UI did not block
        await pilot.press("f3")  # a screen asked for while loading opens once the content is there
        gate.set()
        assert await wait_for(pilot, lambda: pilot.app.current_mode == "evidence", timeout=10)
        await pilot.press("escape")
        assert await wait_for(pilot, lambda: "References:" in screen_text(pilot.app), timeout=10)
        assert [e.answer.topic for e in pilot.app.conversation.exchanges] == ["massage.duration_frequency"]
        assert "how long should each oxytocin massage take?" in flat(screen_text(pilot.app))

    drive(app, scenario)
