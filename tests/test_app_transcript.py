"""Saving from the app: the file appears with the right content; a failed save loses nothing."""

from __future__ import annotations

from apphelpers import ask, flat, screen_text, wait_for
from textual import events

from oxybot.app.widgets.answer_card import AnswerCard

QUESTION = "how long should an oxytocin massage take?"


def test_save_key_writes_the_transcript_to_the_data_folder(make_app, drive, isolated_dirs, engine):
    expected = engine.answer(QUESTION)

    async def scenario(pilot):
        await ask(pilot, QUESTION)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Save the conversation as Markdown" in screen_text(pilot.app)
        await pilot.press("enter")  # empty path: the data folder
        assert await wait_for(pilot, lambda: "Conversation saved to" in flat(screen_text(pilot.app)))
        files = list((isolated_dirs / "transcripts").glob("oxybot-*.md"))
        assert len(files) == 1
        text = files[0].read_text(encoding="utf-8")
        assert QUESTION in text
        assert expected.answer.splitlines()[0][:40] in text
        assert "**References:**" in text and f"[1] {expected.citations[0].reference}" in text
        assert "- Language: English" in text

    drive(make_app("en"), scenario)


def test_save_to_a_path_the_user_types(make_app, drive, tmp_path):
    target = tmp_path / "visit" / "ibu-ani.md"

    async def scenario(pilot):
        await ask(pilot, QUESTION)
        await pilot.press("ctrl+s")
        await pilot.pause()
        pilot.app.screen.query_one("#save-path").post_message(events.Paste(str(target)))
        await pilot.pause()
        await pilot.press("enter")
        assert await wait_for(pilot, target.exists)
        assert QUESTION in target.read_text(encoding="utf-8")

    drive(make_app("en"), scenario)


def test_a_failed_save_shows_the_error_and_keeps_the_conversation(make_app, drive, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    target = blocker / "t.md"

    async def scenario(pilot):
        await ask(pilot, QUESTION)
        await ask(pilot, "my baby is limp and won't feed")
        await pilot.press("ctrl+s")
        await pilot.pause()
        pilot.app.screen.query_one("#save-path").value = str(target)
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: "Could not save the conversation" in flat(screen_text(pilot.app)))
        assert "Not saved" in screen_text(pilot.app)
        assert pilot.app.current_mode == "chat" and len(pilot.app.screen.query(AnswerCard)) == 2
        assert len(pilot.app.conversation) == 2
        assert QUESTION in screen_text(pilot.app) or pilot.app.screen.query_one("QuestionBubble")
        assert not target.exists() and blocker.read_text(encoding="utf-8") == "x"

    drive(make_app("en"), scenario)


def test_nothing_to_save_before_a_question(make_app, drive, isolated_dirs):
    async def scenario(pilot):
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Nothing to save yet" in flat(screen_text(pilot.app))
        assert not isolated_dirs.exists()

    drive(make_app("en"), scenario)


def test_cancel_saves_nothing(make_app, drive, isolated_dirs):
    async def scenario(pilot):
        await ask(pilot, QUESTION)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert pilot.app.screen.query_one("#question") and not isolated_dirs.exists()

    drive(make_app("en"), scenario)
