"""Whole screens as SVG snapshots, both languages, 80x24 and 120x40. Review the report
(snapshot_report.html) before accepting changes with --snapshot-update."""

from __future__ import annotations

import pytest
from apphelpers import ask, screen_text, wait_for

SIZES = pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
LANGS = pytest.mark.parametrize("lang", ["id", "en"])
QUESTION = {"id": "berapa lama pijat oksitosin dilakukan?", "en": "how long should an oxytocin massage take?"}


@LANGS
@SIZES
class TestChat:
    def test_answer_with_references(self, snap_compare, make_app, lang, size):
        async def run_before(pilot):
            await ask(pilot, QUESTION[lang])
            await wait_for(pilot, lambda: "[1]" in screen_text(pilot.app))

        assert snap_compare(make_app(lang), terminal_size=size, run_before=run_before)


@LANGS
@SIZES
class TestTopics:
    def test_grouped_topics(self, snap_compare, make_app, lang, size):
        assert snap_compare(make_app(lang), terminal_size=size, press=["f2"])


@LANGS
@SIZES
class TestEvidence:
    def test_table_detail_and_chart(self, snap_compare, make_app, lang, size):
        assert snap_compare(make_app(lang), terminal_size=size, press=["f3"])


@LANGS
@SIZES
class TestGuide:
    def test_steps_diagram_and_timer(self, snap_compare, make_app, lang, size):
        assert snap_compare(make_app(lang), terminal_size=size, press=["f4"])


DANGER = {"id": "bayi saya kuning dan lemas", "en": "my baby is yellow and floppy"}


@LANGS
@SIZES
class TestWelcome:
    def test_welcome_with_example_questions(self, snap_compare, make_app, lang, size):
        async def run_before(pilot):
            await wait_for(pilot, lambda: len(pilot.app.screen.query("#welcome SuggestionButton")) >= 4)

        assert snap_compare(make_app(lang), terminal_size=size, run_before=run_before)


@LANGS
@SIZES
class TestDangerCard:
    def test_referral_signs_and_nothing_unrelated(self, snap_compare, make_app, lang, size):
        async def run_before(pilot):
            await ask(pilot, DANGER[lang])
            await wait_for(pilot, lambda: "⚠" in screen_text(pilot.app))
            await pilot.pause(0.2)

        assert snap_compare(make_app(lang), terminal_size=size, run_before=run_before)


@LANGS
@pytest.mark.parametrize("size", [(80, 24), (120, 40), (44, 30)], ids=["80x24", "120x40", "phone-44x30"])
class TestNarrow:
    def test_menu_of_every_action(self, snap_compare, make_app, lang, size):
        async def run_before(pilot):
            await pilot.press("f9")
            await wait_for(pilot, lambda: type(pilot.app.screen).__name__ == "ActionMenu")
            await pilot.pause(0.2)

        assert snap_compare(make_app(lang), terminal_size=size, run_before=run_before)
