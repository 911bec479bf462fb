"""The chat screen, driven like a user would: type, press Enter, look at the screen."""

from __future__ import annotations

from apphelpers import ask, flat, screen_text, wait_for
from textual.color import Color

from oxybot.engine.engine import Suggestion
from oxybot.app.widgets.answer_card import AnswerCard, DangerBanner
from oxybot.app.widgets.suggestions import SuggestionButton

MASSAGE_DURATION = "how many minutes should one oxytocin massage session take?"
TYPED = "how long to massage?"
DANGER = "my baby is limp and won't feed"


def test_the_question_box_has_focus_at_start(make_app, drive):
    async def scenario(pilot):
        assert pilot.app.focused is pilot.app.screen.query_one("#question")
        text = screen_text(pilot.app)
        assert "Welcome to oxybot" in text
        assert "Type your question" in text

    drive(make_app("en"), scenario)


def test_typed_question_shows_the_answer_with_numbered_references(make_app, drive, engine):
    expected = engine.answer(TYPED)
    assert expected.topic == "massage.duration_frequency"  # the content answers this topic
    app = make_app("en")
    messages: list = []

    async def scenario(pilot):
        await ask(pilot, TYPED, typed=True)
        assert await wait_for(pilot, lambda: "References:" in screen_text(pilot.app))
        text = flat(screen_text(pilot.app))
        assert TYPED in text
        assert engine.title("massage.duration_frequency", "en") in text
        for number, citation in enumerate(expected.citations, 1):
            assert f"[{number}] {citation.reference}" in text
        assert "Saidah & Sari 2021" in text  # the 2-3 minute study
        assert [e.answer.topic for e in pilot.app.conversation.exchanges] == ["massage.duration_frequency"]
        assert pilot.app.screen.query_one("#question").value == ""

    drive(app, scenario, messages=messages)


def test_a_danger_sign_is_shown_in_the_warning_style(make_app, drive):
    async def scenario(pilot):
        await ask(pilot, DANGER)
        assert await wait_for(pilot, lambda: "Danger sign: see a health worker now" in screen_text(pilot.app))
        card = pilot.app.screen.query_one(AnswerCard)
        assert card.has_class("-danger")
        banner = card.query_one(DangerBanner)
        error = Color.parse(pilot.app.current_theme.error)
        assert max(abs(a - b) for a, b in zip(banner.styles.background.rgb, error.rgb)) <= 2  # red banner
        assert card.styles.background.a > 0  # a tinted card; ordinary answers have none
        assert card.styles.border_top[0] == "heavy"  # a heavier border than other answers
        assert "⚠" in screen_text(pilot.app)

    drive(make_app("en"), scenario)


def test_a_follow_up_button_asks_its_question(make_app, drive):
    async def scenario(pilot):
        await ask(pilot, MASSAGE_DURATION)
        await wait_for(pilot, lambda: bool(pilot.app.screen.query(SuggestionButton)))
        button = pilot.app.screen.query(SuggestionButton).first()
        follow_up, intent = button.label_text, button.intent
        button.press()
        assert await wait_for(pilot, lambda: len(pilot.app.screen.query(AnswerCard)) == 2)
        latest = pilot.app.conversation.exchanges[-1]
        assert latest.question == follow_up and latest.answer.intent == intent  # answered by id
        assert follow_up in flat(screen_text(pilot.app))
        assert pilot.app.focused is pilot.app.screen.query_one("#question")

    drive(make_app("en"), scenario)


def first_answer_with_suggestions(engine, questions, **expect):
    """The first question (written for these tests) whose answer offers suggestions as expected."""
    for question in questions:
        answer = engine.answer(question)
        if answer.suggestions and all(getattr(answer, k) == v for k, v in expect.items()):
            return question
    return None


def test_an_out_of_scope_question_offers_topics_that_ask(make_app, drive, engine):
    question = first_answer_with_suggestions(
        engine, ["my phone is slow after the update, why?", "which team won the cup yesterday?",
                 "hp aku lemot banget habis update"], topic="out_of_scope")
    assert question, "no out-of-scope test question gets the closest topics any more"

    async def scenario(pilot):
        await ask(pilot, question)
        assert await wait_for(pilot, lambda: "Topics I can help with:" in screen_text(pilot.app))
        card = pilot.app.screen.query_one(AnswerCard)
        assert card.answer.topic == "out_of_scope" and card.has_class("-out-of-scope")
        button = card.query(SuggestionButton).first()
        button.press()
        assert await wait_for(pilot, lambda: len(pilot.app.screen.query(AnswerCard)) == 2)
        latest = pilot.app.conversation.exchanges[-1]
        assert latest.question == button.label_text and latest.answer.intent == button.intent

    drive(make_app("en"), scenario)


def test_did_you_mean_buttons_ask_the_other_topic(make_app, drive, engine, monkeypatch):
    # Which questions are ambiguous changes with the content, so make one: the engine's own answer,
    # marked ambiguous with another topic offered, as the engine does near a tie.
    question = "what exactly is an oxytocin massage?"
    rival = next(i for i in engine.content.intents if i.topic == "evidence.vs_dates")
    offered = Suggestion(rival.id, rival.topic, engine.title(rival.topic, "en"), rival.examples["en"][0])
    real_answer = engine.answer

    def answer(text, lang=None, default_lang="id", **options):
        result = real_answer(text, lang=lang, default_lang=default_lang, **options)
        if text == question:
            result = result.replace(ambiguous=True, suggestions=[offered], suggestion_kind="did_you_mean")
        return result

    monkeypatch.setattr(engine, "answer", answer)

    async def scenario(pilot):
        await ask(pilot, question)
        await wait_for(pilot, lambda: bool(pilot.app.screen.query(".did-you-mean")))
        offer = pilot.app.screen.query_one(".did-you-mean")
        pilot.app.screen.query_one("#log").scroll_to_widget(offer, animate=False, immediate=True)
        assert await wait_for(pilot, lambda: "Did you mean:" in flat(screen_text(pilot.app)))
        assert offered.title in flat(screen_text(pilot.app))
        button = pilot.app.screen.query_one(".did-you-mean").query(SuggestionButton).first()
        button.press()
        assert await wait_for(pilot, lambda: len(pilot.app.screen.query(AnswerCard)) == 2)
        assert list(pilot.app.screen.query(AnswerCard))[-1].answer.topic == "evidence.vs_dates"

    drive(make_app("en"), scenario)


def test_trainer_view_shows_intent_score_and_runner_ups(make_app, drive, engine):
    expected = engine.answer(MASSAGE_DURATION)

    async def scenario(pilot):
        await ask(pilot, MASSAGE_DURATION)
        await wait_for(pilot, lambda: "References:" in screen_text(pilot.app))
        panel = pilot.app.screen.query_one(".trainer-panel")
        assert not panel.display or not panel.region  # off by default
        assert "Score:" not in screen_text(pilot.app)
        await pilot.press("ctrl+t")
        await pilot.pause()
        pilot.app.screen.query_one("#log").scroll_to_widget(panel, animate=False, immediate=True)
        await pilot.pause()
        text = flat(screen_text(pilot.app))
        assert f"Score: {expected.score:.3f}" in text
        assert f"Intent: {expected.intent}" in text
        assert "Runner-ups:" in text and "Matched example:" in text
        assert "English (detected)" in text

    drive(make_app("en"), scenario)


def test_markup_and_escape_sequences_typed_by_the_user_are_shown_literally(make_app, drive):
    typed = "[bold red]halo[/bold red] [link=http://example.com]klik[/link] \x1b[31m"

    async def scenario(pilot):
        pilot.app.screen.ask(typed)  # pasted text may hold an ESC; typing cannot produce one
        await pilot.pause()
        text = screen_text(pilot.app)
        assert "[bold red]halo[/bold red] [link=http://example.com]klik[/link] ␛[31m" in text
        assert "\x1b" not in text
        await ask(pilot, "[i]miring[/i]")
        await pilot.pause()
        assert "[i]miring[/i]" in screen_text(pilot.app)

    drive(make_app("en"), scenario)


def test_up_and_down_walk_through_earlier_questions(make_app, drive):
    async def scenario(pilot):
        await ask(pilot, "hello")
        await ask(pilot, "apa itu pijat oksitosin")
        box = pilot.app.screen.query_one("#question")
        await pilot.press(*"draft")
        await pilot.press("up")
        assert box.value == "apa itu pijat oksitosin"
        await pilot.press("up")
        assert box.value == "hello"
        await pilot.press("down", "down")
        assert box.value == "draft"

    drive(make_app("en"), scenario)


def test_an_empty_question_is_not_sent(make_app, drive):
    async def scenario(pilot):
        await pilot.press("space", "enter")
        await pilot.pause()
        assert len(pilot.app.conversation) == 0
        assert not pilot.app.screen.query(AnswerCard)

    drive(make_app("en"), scenario)


def test_the_app_loads_the_content_after_its_first_screen(drive):
    from oxybot.app.app import create_app

    app = create_app(lang="en", cursor_blink=False)  # no engine given: the app loads the shipped content

    async def scenario(pilot):
        await ask(pilot, TYPED)
        assert await wait_for(pilot, lambda: "References:" in screen_text(pilot.app))

    drive(app, scenario)


def test_broken_content_ends_the_app_with_its_issues(drive, content_copy):
    from oxybot.app.app import create_app

    (content_copy / "sources.yaml").write_text("version: 1\nsources: [\n", encoding="utf-8")
    app = create_app(content_copy, lang="en")

    async def scenario(pilot):
        await wait_for(pilot, lambda: bool(pilot.app.content_issues))

    drive(app, scenario)
    assert app.return_code == 1
    assert any("sources.yaml" in str(issue) for issue in app.content_issues)
