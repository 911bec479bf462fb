"""One presenter: the CLI, the saved transcript and the app's card show the same headings."""

from __future__ import annotations

import subprocess
import sys

from apphelpers import ask, flat, screen_text, wait_for

from oxybot import transcript
from oxybot.present import CLOSEST_TOPICS, present

LIMP_AND_MASSAGE = "my baby is limp and won't feed, how long should the massage be?"


def cli_text(*args: str) -> str:
    out = subprocess.run([sys.executable, "-m", "oxybot", *args], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_a_referral_reads_the_same_in_the_cli_the_transcript_and_the_card(engine, make_app, drive, tmp_path):
    answer = engine.answer(LIMP_AND_MASSAGE)
    view = present(answer)
    assert view.kind == "danger" and view.danger_headline
    assert not view.group_kinds() & {"closest_topics", "did_you_mean"}  # nothing unrelated under a referral
    headings = [g.heading for g in view.groups]
    cli = cli_text("ask", LIMP_AND_MASSAGE)
    assert view.danger_headline in cli and "Did you mean" not in cli
    for heading in headings:
        assert heading in cli

    conversation = transcript.Conversation()
    conversation.add(LIMP_AND_MASSAGE, answer)
    saved = transcript.save(conversation, "en", tmp_path / "t.md").read_text(encoding="utf-8")
    assert view.danger_headline in saved and "Did you mean" not in saved
    for heading in headings:
        assert heading in saved

    async def scenario(pilot):
        await ask(pilot, LIMP_AND_MASSAGE)
        assert await wait_for(pilot, lambda: view.danger_headline in screen_text(pilot.app))
        shown = flat(screen_text(pilot.app))
        assert "Did you mean" not in shown
        for heading in headings:
            assert heading in shown

    drive(make_app("en"), scenario, size=(120, 60))


def test_headings_come_from_the_suggestion_kind_in_the_answer_language(engine):
    answer = engine.answer("berapa biaya pijat oksitosin di bidan?")  # prices: not covered, topics near it
    view = present(answer)
    assert view.kind == "out_of_scope" and answer.suggestions
    assert view.groups[-1].kind == CLOSEST_TOPICS and view.groups[-1].heading == "Topik yang bisa saya bantu:"
    covered = present(engine.answer("berapa lama pijat oksitosin dilakukan?", lang="id"))
    assert covered.kind == "answer" and covered.title and covered.references_heading == "Referensi:"
    assert [g.heading for g in covered.groups] == ["Pertanyaan terkait:"]


def test_a_referral_shows_only_what_helps_now(engine):
    from oxybot.present import present

    alone = present(engine.answer("bayi saya kuning dan lemas, bayi kuning"))
    assert alone.kind == "danger"
    assert alone.group_kinds() <= {"then_ask"}  # no related questions, no topics under an emergency
    assert len(alone.signs) == len({" ".join(s.casefold().split()) for s in alone.signs})
    combo = present(engine.answer("bayi saya kuning dan lemas, berapa lama pijat oksitosin?"))
    if combo.groups:  # a combo: only the one question she also asked
        assert [g.kind for g in combo.groups] == ["then_ask"]


def test_signs_are_listed_once_whatever_their_case_or_spacing():
    from oxybot.present import _once

    assert _once(["bayi kuning", "Bayi  kuning", "lemas"]) == ("bayi kuning", "lemas")
