"""Saving a conversation: plain Python, no UI."""

from __future__ import annotations

import os
from datetime import datetime, timezone

import pytest

from oxybot import transcript
from oxybot.transcript import Conversation, TranscriptError

MOMENT = datetime(2026, 3, 4, 9, 5, 6, tzinfo=timezone.utc)


@pytest.fixture
def conversation(engine):
    convo = Conversation(clock=lambda: MOMENT)
    convo.add("[bold]how long[/bold] should the massage take?", engine.answer("how long should the massage take?"))
    convo.add("bayi saya lemas dan tidak mau menyusu", engine.answer("bayi saya lemas dan tidak mau menyusu"))
    return convo


def test_markdown_holds_questions_answers_references_time_and_language(conversation):
    first, second = (e.answer for e in conversation.exchanges)
    text = transcript.to_markdown(conversation, "en", MOMENT)
    assert text.startswith("# oxybot: conversation")
    assert "- Language: English" in text and "- Questions: 2" in text
    assert "Mar 4, 2026" in text  # Babel, English
    assert r"> \[bold\]how long\[/bold\] should the massage take?" in text  # literal, not Markdown
    assert "## 1. Question" in text and "### Answer" in text
    assert first.answer.splitlines()[0][:30] in text
    for number, citation in enumerate(first.citations, 1):
        assert f"- [{number}] {citation.reference}" in text
    assert "## 2. Question" in text and "Pertanyaan" not in text  # one language for every heading
    assert "4 Mar 2026" not in text  # and one date format (no Indonesian date beside the English one)
    assert second.red_flag and second.lang == "id"
    assert "> **⚠ Danger sign: see a health worker now**" in text
    assert second.answer.splitlines()[0][:30] in text  # the answer itself as it was given, in Indonesian


def test_indonesian_headings(conversation):
    text = transcript.to_markdown(conversation, "id", MOMENT)
    assert text.startswith("# oxybot: percakapan")
    assert "- Bahasa: Bahasa Indonesia" in text


def test_save_writes_to_the_data_folder_by_default(conversation, isolated_dirs):
    path = transcript.save(conversation, "en")
    assert path.parent == isolated_dirs / "transcripts"
    assert path.name == "oxybot-20260304-090506.md"
    assert path.read_text(encoding="utf-8") == transcript.to_markdown(conversation, "en", MOMENT)


def test_save_to_a_folder_the_user_gives_names_the_file(conversation, tmp_path):
    folder = tmp_path / "sessions"
    folder.mkdir()
    path = transcript.save(conversation, "en", folder)
    assert path.parent == folder and path.suffix == ".md"


def test_a_failed_write_leaves_no_file_and_keeps_the_conversation(conversation, tmp_path, monkeypatch):
    target = tmp_path / "out" / "t.md"

    def refuse(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    monkeypatch.setattr(os, "link", refuse)
    with pytest.raises(TranscriptError, match="No space left"):
        transcript.save(conversation, "en", target)
    assert list((tmp_path / "out").iterdir()) == []  # the temporary file is gone too
    assert len(conversation) == 2


def test_an_existing_file_the_user_names_is_replaced_only_when_confirmed(conversation, tmp_path):
    target = tmp_path / "t.md"
    target.write_text("old " * 10_000, encoding="utf-8")
    with pytest.raises(transcript.TranscriptExists) as info:
        transcript.save(conversation, "en", target)
    assert info.value.target == target
    assert target.read_text(encoding="utf-8") == "old " * 10_000  # untouched until confirmed
    assert transcript.save(conversation, "en", target, replace=True) == target
    assert "old old" not in target.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.md"]


def test_replacing_keeps_the_existing_files_permissions(conversation, tmp_path):
    target = tmp_path / "shared.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    transcript.save(conversation, "en", target, replace=True)
    assert (target.stat().st_mode & 0o777) == 0o640
    assert "old" != target.read_text(encoding="utf-8")


def test_two_saves_in_the_same_second_make_two_files(conversation, isolated_dirs, tmp_path):
    first = transcript.save(conversation, "en")
    conversation.add("second visit", conversation.exchanges[0].answer)
    second = transcript.save(conversation, "en")  # the same clock: the same second
    assert first != second
    assert first.name == "oxybot-20260304-090506.md" and second.name == "oxybot-20260304-090506-2.md"
    assert "second visit" not in first.read_text(encoding="utf-8")
    assert "second visit" in second.read_text(encoding="utf-8")
    # the same into a folder the user gives
    folder = tmp_path / "visits"
    folder.mkdir()
    names = {transcript.save(conversation, "en", folder).name for _ in range(3)}
    assert len(names) == 3


@pytest.mark.parametrize("typed", ["y" * 300, "visit\x00.md", "~no-such-user-oxybot/t.md"])
def test_a_path_the_system_refuses_is_a_readable_error(conversation, typed):
    with pytest.raises(TranscriptError) as info:
        transcript.save(conversation, "en", typed)
    assert "\x00" not in str(info.value)
    assert len(conversation) == 2


def test_a_save_cleans_temporary_files_left_by_a_killed_save(conversation, tmp_path):
    import time

    stale = tmp_path / ".oxybot-save-abc123.tmp"
    stale.write_text("half a transcript", encoding="utf-8")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    fresh = tmp_path / ".oxybot-save-def456.tmp"  # perhaps another save in progress right now
    fresh.write_text("x", encoding="utf-8")
    mine = tmp_path / ".notes.tmp"
    mine.write_text("not ours", encoding="utf-8")
    os.utime(mine, (old, old))
    written = transcript.save(conversation, "en", tmp_path)
    assert not stale.exists() and fresh.exists() and mine.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([".oxybot-save-def456.tmp", ".notes.tmp", written.name])


def test_a_long_conversation_keeps_bounded_memory_and_the_same_transcript(engine):
    answers = [engine.answer(q) for q in ("apa itu asi eksklusif?", "how long should the massage take?")]
    short = Conversation(clock=lambda: MOMENT, max_live=3, lang="en")
    roomy = Conversation(clock=lambda: MOMENT, max_live=100, lang="en")
    for n in range(12):
        for convo in (short, roomy):
            convo.add(f"question {n}", answers[n % 2])
    assert [e.answer is not None for e in short.exchanges] == [False] * 9 + [True] * 3
    assert transcript.to_markdown(short, "en", MOMENT) == transcript.to_markdown(roomy, "en", MOMENT)

    huge = Conversation(clock=lambda: MOMENT, max_live=3, max_kept=50)
    for n in range(120):
        huge.add(f"q{n}", answers[0])
    assert len(huge.exchanges) == 50 and len(huge) == 120
    text = transcript.to_markdown(huge, "en", MOMENT)
    assert "70 earlier questions are not kept" in text
    assert "## 71. " in text and "## 120. " in text and "## 70. " not in text
    assert "- Questions: 120" in text


def test_unwritable_target_raises_a_readable_error(conversation, tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(TranscriptError) as info:
        transcript.save(conversation, "en", blocker / "t.md")
    assert str(blocker) in str(info.value)


def test_without_hard_links_the_name_is_reserved_and_nothing_is_replaced(conversation, tmp_path, monkeypatch):
    def no_links(*args, **kwargs):
        raise OSError(1, "Operation not permitted")  # what FAT answers

    monkeypatch.setattr(os, "link", no_links)
    first = transcript.save(conversation, "en", tmp_path)
    second = transcript.save(conversation, "en", tmp_path)
    assert first != second and first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([first.name, second.name])


def test_a_saved_transcript_speaks_one_language_for_headings_and_dates(engine, tmp_path):
    """Questions in two languages: every heading and date follows the document's language."""
    from datetime import datetime, timezone

    conversation = Conversation(clock=lambda: datetime(2026, 12, 1, 9, 30, tzinfo=timezone.utc), lang="id")
    conversation.add("how long should each oxytocin massage take?", engine.answer("how long should each oxytocin massage take?"))
    conversation.add("apa itu ASI eksklusif?", engine.answer("apa itu ASI eksklusif?"))
    text = transcript.save(conversation, "id", tmp_path / "t.md").read_text(encoding="utf-8")
    assert text.count("Pertanyaan") >= 2 and "## 1. Question" not in text and "### Answer" not in text
    assert "References:" not in text and "Referensi:" in text
    assert "Dec" not in text and "Des" in text  # one date format: Indonesian month names
