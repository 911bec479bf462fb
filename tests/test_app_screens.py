"""Topics, evidence, massage guide and help: reachable by keys, the footer and the palette; each does
its job."""

from __future__ import annotations

import pytest
from apphelpers import flat, screen_text, wait_for

from oxybot.app.widgets.answer_card import AnswerCard

SCREEN_KEYS = {"f1": "Help", "f2": "Topics", "f3": "Evidence", "f4": "Massage guide"}


def test_every_screen_has_a_key_shown_in_the_footer(make_app, drive):
    async def scenario(pilot):
        footer = screen_text(pilot.app).splitlines()[-1]
        for key, name in {"f1": "Help", "f2": "Topics", "f3": "Evidence", "f4": "Guide"}.items():
            assert f"{key} {name}" in footer
        for key, title in SCREEN_KEYS.items():
            await pilot.press(key)
            await pilot.pause()
            text = screen_text(pilot.app)
            assert f"oxybot — {title}" in text.splitlines()[0]
            assert "esc Chat" in text.splitlines()[-1]
            await pilot.press("escape" if key != "f2" else key)  # Esc, or the same key again
            await pilot.pause()
            assert "oxybot — Chat" in screen_text(pilot.app).splitlines()[0]
            assert pilot.app.focused is pilot.app.screen.query_one("#question")

    drive(make_app("en"), scenario)


def test_keys_in_the_key_bar_can_be_tapped(make_app, drive):
    async def scenario(pilot):
        bar = pilot.app.screen.query_one("KeyBar")
        line = screen_text(pilot.app).splitlines()[-1]
        await pilot.click(bar, offset=(line.index("f2 Topics") + 3, 0))
        assert await wait_for(pilot, lambda: pilot.app.current_mode == "topics")
        line = screen_text(pilot.app).splitlines()[-1]
        await pilot.click(pilot.app.screen.query_one("KeyBar"), offset=(line.index("esc Chat") + 1, 0))
        assert await wait_for(pilot, lambda: pilot.app.current_mode == "chat")

    drive(make_app("en"), scenario)


def test_the_command_palette_offers_every_screen(make_app, drive):
    async def scenario(pilot):
        titles = [c.title for c in pilot.app.get_system_commands(pilot.app.screen)]
        for name in ["Chat", *SCREEN_KEYS.values(), "Switch language", "Trainer view", "Save conversation"]:
            assert name in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"evidence")
        await pilot.pause(0.3)
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: pilot.app.current_mode == "evidence")

    drive(make_app("en"), scenario)


def test_choosing_a_topic_asks_it_in_the_chat(make_app, drive, engine):
    async def scenario(pilot):
        await pilot.press("f2")
        await pilot.pause()
        text = flat(screen_text(pilot.app))
        assert "ASI (air susu ibu)" in text and "Pijat oksitosin" in text  # group headings
        assert engine.title("massage.how_to", "id") in text
        topics = pilot.app.screen.query_one("#topics")
        topics.highlighted = topics.get_option_index("massage.how_to")
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: pilot.app.current_mode == "chat" and
                              bool(pilot.app.screen.query(AnswerCard)))
        card = pilot.app.screen.query_one(AnswerCard)
        assert card.answer.topic == "massage.how_to" and card.answer.lang == "id"

    drive(make_app("id"), scenario)


def test_every_offered_topic_has_an_answer_in_both_languages(engine):
    misses = []
    for _heading, topics in engine.topic_groups("en"):
        for topic, _title in topics:
            intent = engine.topic_intent(topic)
            for lang in ("id", "en"):
                answer = engine.answer_intent(intent.id, lang) if intent else None
                if answer is None or answer.topic != topic or answer.lang != lang or not answer.answer:
                    misses.append((topic, lang))
    assert not misses


def test_evidence_table_sorts_and_shows_the_selected_study_with_a_chart(make_app, drive, engine):
    studies = engine.content.extras["evidence"].studies
    most = max((s for s in studies if s.mothers), key=lambda s: s.mothers)

    async def scenario(pilot):
        await pilot.press("f3")
        await pilot.pause()
        table = pilot.app.screen.query_one("#studies")
        assert table.row_count == len(studies)
        await pilot.press("s")  # sort by the next column: mothers
        await pilot.press("r")  # largest first
        await pilot.pause()
        text = flat(screen_text(pilot.app))
        assert "Sorted by: Mothers ↓" in text
        first_row = table.get_row_at(0)
        assert str(first_row[0]) == engine.content.sources[most.key].short
        # the detail view follows the cursor; a study whose numbers compare the groups has a chart
        # (the content review left charts only there), under the study's details: scroll down to it
        charted = max((s for s in studies if s.chart), key=lambda s: s.mothers or 0)
        table.move_cursor(row=table.get_row_index(charted.key))
        await pilot.pause()
        chart = pilot.app.screen.query_one("#chart")
        assert chart.display
        pilot.app.screen.query_one("#study-detail").scroll_end(animate=False)
        await pilot.pause()
        text = flat(screen_text(pilot.app))
        assert "█" in screen_text(pilot.app)
        assert charted.chart.bars[0].label["en"] in text
        await pilot.press("enter")  # ask about the study: its answer comes in the chat
        assert await wait_for(pilot, lambda: pilot.app.current_mode == "chat" and
                              bool(pilot.app.screen.query(AnswerCard)))
        assert pilot.app.screen.query_one(AnswerCard).answer.intent == charted.intent

    drive(make_app("en"), scenario)


@pytest.fixture
def fake_clock(monkeypatch):
    from oxybot.app.widgets.session_timer import SessionTimer

    now = [1000.0]
    monkeypatch.setattr(SessionTimer, "clock", staticmethod(lambda: now[0]))
    return now


def test_the_massage_guide_shows_steps_diagram_sources_and_a_working_timer(make_app, drive, engine, fake_clock):
    guide = engine.content.extras["guide"]

    async def scenario(pilot):
        await pilot.press("f4")
        await pilot.pause()
        text = flat(screen_text(pilot.app))
        assert guide.steps[0].text["en"].split(".")[0] in text
        assert "(●)" in text  # the diagram: C7 at the base of the neck
        assert "00:00 / 03:00" in text and "Start" in text
        await pilot.press("space")
        fake_clock[0] += 65
        await pilot.pause(0.35)
        assert "01:05 / 03:00" in screen_text(pilot.app)
        assert "Pause" in screen_text(pilot.app)
        await pilot.press("space")  # pause: time stops
        fake_clock[0] += 30
        await pilot.pause(0.35)
        assert "01:05 / 03:00" in screen_text(pilot.app) and "Resume" in screen_text(pilot.app)
        bar = pilot.app.screen.query_one("#timer-bar")
        assert bar.progress == pytest.approx(65)
        await pilot.press("space")
        fake_clock[0] += 500
        assert await wait_for(pilot, lambda: "Time is up: 03:00" in screen_text(pilot.app))
        await pilot.press("r")
        await pilot.pause()
        assert "00:00 / 03:00" in screen_text(pilot.app) and bar.progress == 0
        shown = str(pilot.app.screen.query_one("#guide-steps").render())
        for key in guide.cite:
            assert engine.content.sources[key].short in shown

    drive(make_app("en"), scenario)


def test_help_lists_keys_coverage_sources_and_limits(make_app, drive, engine):
    async def scenario(pilot):
        await pilot.press("f1")
        await pilot.pause(0.3)
        help_text = pilot.app.screen.query_one("#help-text")
        document = help_text.source
        assert "Ctrl+L" in document and "F4" in document
        assert engine.content.sources["noviyana2022"].title in document
        assert "not a diagnosis" in document
        assert engine.title("massage.how_to", "en") in document.replace("\\", "")

    drive(make_app("en"), scenario)
