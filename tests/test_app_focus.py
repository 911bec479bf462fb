"""Typed text is never lost: whatever moved the focus (Tab, Shift+Tab, a side screen and back, the
trainer view, a click on a button), the next letters the user types go to the question box, and Enter
asks what she typed, not the focused button's question."""

from __future__ import annotations

import pytest
from apphelpers import ask, flat, screen_text, wait_for

TYPED = "bayi saya kuning dan lemas"


async def _first_answer(pilot) -> None:
    await ask(pilot, "apa itu asi")
    await wait_for(pilot, lambda: len(pilot.app.conversation) == 1)
    await pilot.pause()


async def _tab(pilot):
    await pilot.press("tab")


async def _tab_twice(pilot):
    await pilot.press("tab", "tab")


async def _shift_tab(pilot):
    await pilot.press("shift+tab")


def _side_screen_and_back(key, back):
    async def move(pilot):
        await pilot.press("tab")  # a button had focus before leaving: the exact path
        await pilot.press(key)
        await wait_for(pilot, lambda: pilot.app.current_mode != "chat")
        await pilot.press(back)
        await wait_for(pilot, lambda: pilot.app.current_mode == "chat")
        await pilot.pause()

    return move


async def _trainer(pilot):
    await pilot.press("tab", "ctrl+t")
    await pilot.pause()


async def _click_button(pilot):
    from oxybot.app.widgets.suggestions import SuggestionButton

    await pilot.press("tab")  # the newest answer's first button, scrolled into view
    await pilot.pause()
    button = pilot.app.focused
    assert isinstance(button, SuggestionButton)
    asked = len(pilot.app.conversation)
    await pilot.click(button)
    await wait_for(pilot, lambda: len(pilot.app.conversation) == asked + 1)
    await pilot.pause()


async def _escape_from_button(pilot):
    await pilot.press("tab", "escape")


MOVES = {
    "tab": _tab,
    "tab-tab": _tab_twice,
    "shift+tab": _shift_tab,
    **{f"{key}-{back}": _side_screen_and_back(key, back)
       for key in ("f1", "f2", "f3", "f4") for back in (key, "escape")},
    "ctrl+t": _trainer,
    "click-button": _click_button,
    "escape": _escape_from_button,
}


@pytest.mark.parametrize("move", list(MOVES))
def test_typing_after_any_focus_move_reaches_the_question_box(make_app, drive, move):
    async def scenario(pilot):
        await _first_answer(pilot)
        await MOVES[move](pilot)
        asked = len(pilot.app.conversation)
        await pilot.press(*TYPED)
        await pilot.pause()
        box = pilot.app.screen.query_one("#question")
        in_box = box.value
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(pilot.app.conversation) == asked + 1)
        return in_box, pilot.app.conversation.exchanges[-1], pilot.app.focused is box, box.value

    in_box, exchange, box_focused, left = drive(make_app("id"), scenario, size=(80, 24))
    assert in_box == TYPED
    assert exchange.question == TYPED  # not the focused button's question
    assert exchange.answer.red_flag  # so the danger card shows
    assert box_focused and left == ""


def test_escape_returns_focus_to_the_question_box(make_app, drive):
    async def scenario(pilot):
        await _first_answer(pilot)
        await pilot.press("tab")
        on_button = type(pilot.app.focused).__name__
        await pilot.press("escape")
        return on_button, pilot.app.focused.id

    on_button, focused = drive(make_app("en"), scenario)
    assert on_button == "SuggestionButton"
    assert focused == "question"


def test_tab_from_the_box_reaches_the_newest_answer(make_app, drive):
    async def scenario(pilot):
        for question in ("apa itu asi", "berapa lama pijat oksitosin dilakukan?"):
            await ask(pilot, question)
            await wait_for(pilot, lambda: pilot.app.conversation.exchanges and
                           pilot.app.conversation.exchanges[-1].question == question)
        await pilot.pause(0.2)
        await pilot.press("tab")
        await pilot.pause()
        button = pilot.app.focused
        cards = list(pilot.app.screen.query("AnswerCard"))
        return button.label_text, button in cards[-1].query("SuggestionButton"), screen_text(pilot.app)

    label, in_newest, text = drive(make_app("id"), scenario, size=(80, 24))
    assert in_newest
    assert label in flat(text)  # on screen, not scrolled away to the top


def test_focused_button_is_unmistakable(make_app, drive):
    async def scenario(pilot):
        await _first_answer(pilot)
        await pilot.press("tab")
        await pilot.pause()
        focused = pilot.app.focused
        others = [b for b in pilot.app.screen.query("SuggestionButton") if b is not focused]
        return focused.styles.background, {b.styles.background for b in others}

    focused_bg, other_bgs = drive(make_app("en"), scenario)
    assert focused_bg.a > 0.9 and focused_bg not in other_bgs  # a solid colour of its own


def test_welcome_examples_ask_by_intent_in_the_interface_language(make_app, drive):
    async def scenario(pilot):
        labels = [b.label_text for b in pilot.app.screen.query("#welcome SuggestionButton")]
        await pilot.press("tab", "enter")
        await wait_for(pilot, lambda: len(pilot.app.conversation) == 1)
        await pilot.press("ctrl+l")
        await pilot.pause()
        relabelled = [b.label_text for b in pilot.app.screen.query("#welcome SuggestionButton")]
        return labels, pilot.app.conversation.exchanges[0], relabelled

    labels, exchange, relabelled = drive(make_app("id"), scenario)
    assert 4 <= len(labels) <= 6
    assert exchange.question == labels[0] and exchange.answer.intent == "massage/how_to"
    assert exchange.answer.lang == "id"
    assert relabelled != labels and len(relabelled) == len(labels)  # now in English


def test_a_letter_typed_on_the_topic_list_starts_a_question_in_the_chat(make_app, drive):
    async def scenario(pilot):
        await pilot.press("f2")
        await wait_for(pilot, lambda: pilot.app.current_mode == "topics")
        await pilot.press(*"bayi")
        await wait_for(pilot, lambda: pilot.app.current_mode == "chat")
        await pilot.pause()
        return pilot.app.screen.query_one("#question").value, pilot.app.focused.id

    value, focused = drive(make_app("id"), scenario)
    assert value == "bayi" and focused == "question"
