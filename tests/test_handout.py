"""The take-home handout: what it holds (questions, plain answers, massage steps with the diagram,
"go now" danger signs, references, in the mother's language), the key that saves it, and a real
browser printing it to PDF."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import pytest
from apphelpers import ask, wait_for

from oxybot.app.session import ChatSession
from oxybot.handout import build, mother_language

QUESTIONS_ID = ["bagaimana cara pijat oksitosin?", "apakah pijat oksitosin aman setelah sesar?"]
MOMENT = datetime(2026, 3, 4, 9, 30, tzinfo=timezone.utc)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def session(engine):
    chat = ChatSession(engine)
    for question in QUESTIONS_ID:
        chat.ask(question)
    chat.ask("what is the let-down reflex?")  # one in English: the handout says it in her language
    return chat


def test_handout_holds_the_session_in_the_mothers_language(engine, session):
    assert mother_language(session.conversation, "en") == "id"
    handout = build(session.conversation, engine, "id", MOMENT)
    md = handout.markdown
    for question in QUESTIONS_ID:
        assert question in md
    guide = engine.content.extras["guide"]
    assert flat(guide.steps[1].text["id"]) in flat(md)  # the massage steps, in Indonesian
    assert "(●)" in md  # the back diagram
    baby = engine.answer_intent("safety/baby_danger", "id")
    assert "Pertanyaan Ibu" in md and "tanda bahaya" in md.lower()
    assert baby.answer.splitlines()[0].strip("*")[:40] in md
    let_down = engine.answer_intent("letdown/what_is", "id").answer
    assert let_down.split(".")[0][:40] in md  # asked in English, given in her language
    assert "More detail" not in md and "Detail" not in md  # plain parts only
    refs = md.split("## Referensi", 1)[1]
    assert "Noviyana" in refs and "Doko" in refs
    numbers = [line.split(".")[0] for line in refs.strip().splitlines()]
    assert numbers == [str(n) for n in range(1, len(numbers) + 1)]  # one list, numbered once


def test_handout_html_prints_well_and_loads_nothing_from_outside(engine, session):
    page = build(session.conversation, engine, "id", MOMENT).html
    assert "@media print" in page and "@page" in page
    assert 'name="viewport"' in page
    assert "http://" not in page and "https://" not in page and "<script" not in page
    assert 'lang="id"' in page
    assert "data:text/markdown" in page  # the Markdown copy travels inside the page


def test_typed_text_is_escaped_in_the_handout(engine):
    chat = ChatSession(engine)
    chat.ask("<script>alert(1)</script> pijat oksitosin?")
    page = build(chat.conversation, engine, "id", MOMENT).html
    assert "<script>alert" not in page and "&lt;script&gt;" in page


def test_handout_key_saves_html_and_markdown_in_the_data_folder(make_app, drive, isolated_dirs):
    async def scenario(pilot):
        await pilot.press("ctrl+o")  # nothing asked yet: nothing to hand out
        await pilot.pause()
        warned = [n.message for n in pilot.app._notifications]
        await ask(pilot, QUESTIONS_ID[0])
        await wait_for(pilot, lambda: len(pilot.app.conversation) == 1)
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: (isolated_dirs / "handouts").is_dir())
        return warned, pilot.app.session.unsaved

    warned, unsaved = drive(make_app("id"), scenario)
    assert any("ajukan pertanyaan" in m for m in warned)
    files = sorted(p.suffix for p in (isolated_dirs / "handouts").iterdir())
    assert files == [".html", ".md"]
    assert not unsaved  # a handout is a saved copy: Ctrl+Q does not need to ask


CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
PDFTOTEXT = shutil.which("pdftotext")


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (.ci/run installs it with apt-get)")
@pytest.mark.skipif(PDFTOTEXT is None, reason="no pdftotext on PATH (poppler-utils; .ci/run installs it)")
def test_a_real_browser_prints_the_handout_with_its_content(engine, session, tmp_path):
    handout = build(session.conversation, engine, "id", MOMENT)
    page = tmp_path / "handout.html"
    page.write_text(handout.html, encoding="utf-8")
    pdf = tmp_path / "handout.pdf"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={pdf}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    text = flat(subprocess.run([PDFTOTEXT, str(pdf), "-"], capture_output=True, text=True, check=True).stdout)
    for question in QUESTIONS_ID:
        assert question in text
    steps = engine.content.extras["guide"].steps
    assert all(flat(step.text["id"])[:45] in text for step in steps[:4])
    assert "Segera ke tenaga kesehatan: tanda bahaya" in text
    assert "tali pusat merah" in text  # a "go now" sign
    assert "Noviyana" in text
