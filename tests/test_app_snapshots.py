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
