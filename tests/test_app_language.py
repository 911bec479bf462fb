"""Interface language, answer language and locale formatting, as the user sees them."""

from __future__ import annotations

from apphelpers import ask, flat, screen_text, wait_for

from oxybot.app.widgets.answer_card import AnswerCard

QUESTION_ID = "bagaimana cara melakukan pijat oksitosin?"
QUESTION_EN = "how do I give an oxytocin massage?"


def test_the_language_key_switches_the_interface_live(make_app, drive):
    async def scenario(pilot):
        text = screen_text(pilot.app)
        assert "Language: EN" in text and "Type your question" in text
        await pilot.press("ctrl+l")
        await pilot.pause()
        text = screen_text(pilot.app)
        assert "Bahasa: ID" in text  # the footer shows the language
        assert "Ketik pertanyaan" in text and "Selamat datang di oxybot" in text
        assert "Bantuan" in text and "Topik" in text  # footer keys translated
        await pilot.press("f2")
        await pilot.pause()
        assert "Pilih topik" in screen_text(pilot.app)
        await pilot.press("ctrl+l")
        await pilot.pause()
        text = screen_text(pilot.app)
        assert "Choose a topic" in text and "Language: EN" in text

    drive(make_app("en"), scenario)


def test_answers_follow_the_question_language_until_one_is_fixed(make_app, drive, engine):
    async def scenario(pilot):
        await ask(pilot, QUESTION_ID)
        await ask(pilot, QUESTION_EN)
        await pilot.pause()
        cards = list(pilot.app.screen.query(AnswerCard))
        assert [c.answer.lang for c in cards] == ["id", "en"]
        assert "Referensi:" in screen_text(pilot.app) or "References:" in screen_text(pilot.app)

        await pilot.press("ctrl+r")  # auto -> always Indonesian
        await pilot.pause()
        assert "Answers always in Indonesian" in flat(screen_text(pilot.app))  # the notice
        assert pilot.app.screen.query_one("#question").border_subtitle == "Answers: ID"
        await ask(pilot, QUESTION_EN)
        await pilot.pause()
        last = list(pilot.app.screen.query(AnswerCard))[-1]
        assert last.answer.lang == "id"
        assert last.answer.answer == engine.answer(QUESTION_EN, lang="id").answer

        await pilot.press("ctrl+r", "ctrl+r")  # -> English -> auto again
        await pilot.pause()
        assert pilot.app.answer_lang is None
        assert "Answers follow the language of each question" in flat(screen_text(pilot.app))

    drive(make_app("en"), scenario)


def test_card_labels_follow_the_answer_language(make_app, drive):
    async def scenario(pilot):
        await ask(pilot, QUESTION_ID)
        assert await wait_for(pilot, lambda: "Referensi:" in screen_text(pilot.app))
        card = pilot.app.screen.query_one(AnswerCard)
        assert card.answer.followups, "the test question must have related questions"
        related = card.query_one(".related")
        assert related.label == "Pertanyaan terkait:" and "Related" not in flat(screen_text(pilot.app))

    drive(make_app("en"), scenario)


def test_numbers_are_formatted_for_the_interface_locale(make_app, drive):
    async def scenario(pilot):
        await pilot.press("f3")
        await pilot.pause()
        text = screen_text(pilot.app)
        assert "0,001" in text and "0.001" not in text.split("Nilai p")[1].split("\n")[1]
        await pilot.press("ctrl+l")
        await pilot.pause()
        text = screen_text(pilot.app)
        assert "0.001" in text and "p-value" in text

    drive(make_app("id"), scenario)
