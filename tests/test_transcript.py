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
    assert "## 2. Pertanyaan" in text  # each exchange is labelled in its answer's language
    assert "4 Mar 2026" in text  # Babel, Indonesian
    assert second.red_flag
    assert "> **⚠ Tanda bahaya: segera ke tenaga kesehatan**" in text


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

    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(TranscriptError, match="No space left"):
        transcript.save(conversation, "en", target)
    assert list((tmp_path / "out").iterdir()) == []  # the temporary file is gone too
    assert len(conversation) == 2


def test_an_existing_transcript_is_replaced_whole(conversation, tmp_path):
    target = tmp_path / "t.md"
    target.write_text("old " * 10_000, encoding="utf-8")
    transcript.save(conversation, "en", target)
    assert "old old" not in target.read_text(encoding="utf-8")


def test_unwritable_target_raises_a_readable_error(conversation, tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(TranscriptError) as info:
        transcript.save(conversation, "en", blocker / "t.md")
    assert str(blocker) in str(info.value)
