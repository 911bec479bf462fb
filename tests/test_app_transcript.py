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


def _type_path(pilot, text: str) -> None:
    pilot.app.screen.query_one("#save-path").value = text


def test_a_path_the_system_refuses_is_a_notice_never_a_crash(make_app, drive):
    async def scenario(pilot):
        await ask(pilot, QUESTION)
        for typed in ("y" * 300, "visit\x00.md"):
            await pilot.press("ctrl+s")
            await pilot.pause()
            _type_path(pilot, typed)
            await pilot.press("enter")
            assert await wait_for(pilot, lambda: "Could not save the conversation" in flat(screen_text(pilot.app)))
            assert pilot.app.is_running and pilot.app.return_code is None
            assert len(pilot.app.conversation) == 1 and pilot.app.screen.query(AnswerCard)
            pilot.app.clear_notifications()
            await pilot.pause()

    drive(make_app("en"), scenario)


def test_an_existing_file_is_replaced_only_after_asking(make_app, drive, tmp_path):
    target = tmp_path / "ibu-ani.md"
    target.write_text("last week's notes", encoding="utf-8")

    async def scenario(pilot):
        await ask(pilot, QUESTION)
        for choice in ("escape", "replace"):
            await pilot.press("ctrl+s")
            await pilot.pause()
            _type_path(pilot, str(target))
            await pilot.press("enter")
            assert await wait_for(pilot, lambda: "already exists" in flat(screen_text(pilot.app)))
            if choice == "escape":
                await pilot.press("escape")  # keep it (the focused button is Cancel, too)
                await pilot.pause()
                assert target.read_text(encoding="utf-8") == "last week's notes"
            else:
                await pilot.click("#replace")
                assert await wait_for(pilot, lambda: QUESTION in target.read_text(encoding="utf-8"))
        assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".md") == ["ibu-ani.md"]

    drive(make_app("en"), scenario)


def test_in_a_browser_saving_downloads_to_the_device_and_asks_for_no_path(make_app, drive, monkeypatch,
                                                                           isolated_dirs):
    from oxybot.app.app import OxybotApp

    delivered = []
    monkeypatch.setattr(OxybotApp, "is_web", property(lambda self: True))
    monkeypatch.setattr(OxybotApp, "deliver_text",
                        lambda self, fh, **kw: delivered.append((fh.read(), kw)) or "key")

    async def scenario(pilot):
        await ask(pilot, QUESTION)
        await pilot.press("ctrl+s")
        assert await wait_for(pilot, lambda: "downloading" in flat(screen_text(pilot.app)))
        assert not pilot.app.screen.query("#save-path")  # no dialog, no server path shown
        assert str(isolated_dirs) not in screen_text(pilot.app)

    drive(make_app("en"), scenario)
    (text, options), = delivered
    assert QUESTION in text and text.startswith("# oxybot: conversation")
    assert options["save_filename"].startswith("oxybot-") and options["save_filename"].endswith(".md")
    assert not isolated_dirs.exists()  # nothing written on the server


def test_a_long_session_keeps_only_the_newest_cards_and_saves_everything(make_app, drive, isolated_dirs):
    questions = [f"how long should the massage take, visit {n}" for n in range(7)]

    async def scenario(pilot):
        pilot.app.conversation.max_live = 3
        for question in questions:
            await ask(pilot, question)
            await pilot.pause()
        log = pilot.app.screen.query_one("#log")
        assert len(log.query(AnswerCard)) == 3 and len(log.query(".question")) == 3
        assert [b.question for b in log.query(".question")] == questions[-3:]
        note = pilot.app.screen.query_one("#earlier")
        shown = str(note.render())
        assert "4 earlier questions" in shown and questions[0] in shown and questions[3] in shown
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: "Conversation saved to" in flat(screen_text(pilot.app)))

    drive(make_app("en"), scenario)
    text = next((isolated_dirs / "transcripts").glob("oxybot-*.md")).read_text(encoding="utf-8")
    assert all(q in text for q in questions) and "## 7. Question" in text
