"""Session 30, in the app: a follow-up oxybot cannot place is asked back on screen ("Did you mean:", the
subject being talked about first, and a line that anything else may not be covered); pressing the first
button answers that subject."""

from __future__ import annotations

from apphelpers import ask, flat, screen_text, wait_for

from oxybot.app.widgets.answer_card import AnswerCard
from oxybot.app.widgets.suggestions import SuggestionButton

LETDOWN = "what are the signs that my milk is letting down during a feed?"
UNPLACED = "hmm what if it's different for me each time, weird?"


def test_an_unplaced_follow_up_is_asked_back_on_screen(make_app, drive, engine):
    title = engine.title("letdown.signs", "en")

    async def scenario(pilot):
        await ask(pilot, LETDOWN)
        assert await wait_for(pilot, lambda: len(pilot.app.screen.query(AnswerCard)) == 1)
        await ask(pilot, UNPLACED)
        assert await wait_for(pilot, lambda: bool(pilot.app.screen.query(".did-you-mean")))
        offer = pilot.app.screen.query_one(".did-you-mean")
        pilot.app.screen.query_one("#log").scroll_to_widget(offer, animate=False, immediate=True)
        assert await wait_for(pilot, lambda: "Did you mean:" in flat(screen_text(pilot.app)))
        text = flat(screen_text(pilot.app))
        assert "not sure what this asks" in text and "midwife" in text
        first = offer.query(SuggestionButton).first()
        assert title in first.label_text or first.intent == "letdown/signs"
        first.press()
        assert await wait_for(pilot, lambda: len(pilot.app.screen.query(AnswerCard)) == 3)
        assert list(pilot.app.screen.query(AnswerCard))[-1].answer.topic == "letdown.signs"

    drive(make_app("en"), scenario)
