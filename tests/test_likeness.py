"""Issue 8: the letter reader (likeness.py) answers what the concept matcher called "not covered" when a
content example or paraphrase is close by its letters, and never where the question names something
not covered or a danger sign. Through the CLI with a content copy given a word nobody else uses."""

from __future__ import annotations

import json

from apphelpers import ask, flat, screen_text, wait_for
from test_cli import oxybot

WORD = "zorbleflux"  # a word no lexicon, example or answer knows: only the letters can match it


def _add_paraphrase(content_copy, text: str) -> None:
    path = content_copy / "intents" / "massage.yaml"
    lines = path.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("    paraphrases:"))
    assert lines[at + 1] == "      id:"
    lines.insert(at + 2, f'        - "{text}"')
    path.write_text("\n".join(lines), encoding="utf-8")


def _ask(content_copy, question: str) -> dict:
    proc = oxybot("ask", "--json", "--content", str(content_copy), question)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_a_question_only_a_paraphrase_resembles_gets_that_answer_and_shows_why(content_copy):
    before = _ask(content_copy, f"{WORD} itu apa ya?")
    assert before["topic"] == "out_of_scope"  # like many examples by "itu apa ya", which says nothing
    _add_paraphrase(content_copy, f"{WORD} itu apa sih bun?")
    after = _ask(content_copy, f"{WORD} itu apa ya?")
    assert after["topic"] == "massage.what_is"
    assert after["matched_example"] == f"{WORD} itu apa sih bun?"  # the trainer sees why
    assert after["by_letters"] and not before["by_letters"]
    assert after["citations"]


def test_a_question_naming_something_not_covered_stays_not_covered(content_copy):
    # contraception is not covered: even a paraphrase with the same letters does not answer the question
    _add_paraphrase(content_copy, f"{WORD} itu pil KB apa sih?")
    answer = _ask(content_copy, f"{WORD} itu pil KB apa ya?")
    assert answer["topic"] == "out_of_scope"


def test_a_danger_sign_still_gets_the_referral(content_copy):
    _add_paraphrase(content_copy, f"{WORD} itu apa sih bun?")
    answer = _ask(content_copy, f"{WORD} itu apa sih bun? bayi saya kejang")
    assert answer["red_flag"] and answer["referral"]["person"] == "baby"


def test_check_reports_broken_paraphrases_with_path_and_line(content_copy):
    path = content_copy / "intents" / "massage.yaml"
    text = path.read_text(encoding="utf-8")
    broken = text.replace("    paraphrases:", "    paraphrases: [not, a, mapping]\n    unused_paraphrases:", 1)
    path.write_text(broken, encoding="utf-8")
    proc = oxybot("check", "--content", str(content_copy))
    assert proc.returncode == 1
    hits = [line for line in proc.stdout.splitlines() if "paraphrases must map" in line]
    assert hits and hits[0].split(":")[0].endswith("massage.yaml") and int(hits[0].split(":")[1]) > 1


def test_the_trainer_view_says_an_answer_was_read_by_its_letters(content_copy, drive):
    from oxybot.app.app import create_app
    from oxybot.engine.load import build

    _add_paraphrase(content_copy, f"{WORD} itu apa sih bun?")
    app = create_app(engine=build(content_copy), lang="en", cursor_blink=False)

    async def scenario(pilot):
        await ask(pilot, f"{WORD} itu apa ya?")
        await wait_for(pilot, lambda: "References:" in screen_text(pilot.app))
        await pilot.press("ctrl+t")
        await pilot.pause()
        panel = pilot.app.screen.query_one(".trainer-panel")
        pilot.app.screen.query_one("#log").scroll_to_widget(panel, animate=False, immediate=True)
        await pilot.pause()
        text = flat(screen_text(pilot.app))
        assert "read by its letters" in text and f"Matched example: {WORD} itu apa sih bun?" in text

    drive(app, scenario)


def _ask_shipped(question: str) -> dict:
    proc = oxybot("ask", "--json", question)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_between_two_close_covered_topics_the_letters_help_choose_and_the_other_is_offered(content_copy):
    # the matcher weighs "back massage" and "do it" as a how-to, nearly tied with when and by whom; once
    # the questions people asked about when and by whom (asked.yaml) are worded like this one, the
    # wording as a whole decides, and the how-to is one tap away
    question = ("my husband wants to help with the back massage, is there a right time of day "
                "and can anyone do it?")
    asked = content_copy / "asked.yaml"
    lines = asked.read_text(encoding="utf-8").split("\n")
    at = lines.index("  massage.when_who:") + 2  # after its "en:" (or "id:") line
    lines[at:at] = [f'      - "{WORD} {n}: is there a right time of day for it, and can anyone do it?"' for n in range(8)]
    asked.write_text("\n".join(lines), encoding="utf-8")
    after = _ask(content_copy, question)
    assert after["candidates"][0]["topic"] == "massage.how_to"  # the matcher's own reading
    assert after["topic"] == "massage.when_who"
    assert after["suggestion_kind"] == "did_you_mean"
    assert [s["topic"] for s in after["suggestions"]] == ["massage.how_to"]


def test_in_a_short_question_the_words_stand():
    # the coverage figures' examples all say "ASI eksklusif": by letters alone a short "what is it?"
    # would go to them; in a few words the matcher's reading of each word decides
    assert _ask_shipped("ASI eksklusif tuh apa ya?")["topic"] == "asi.exclusive_duration"


def test_the_letters_do_not_outweigh_what_a_comparison_names():
    # "what's the difference between ..." is letter for letter like "what is breast milk?": the letters
    # only help choose, they must not take a comparison the matcher read from what it names
    out = _ask_shipped("what's the difference between the back massage and massaging the breast itself?")
    assert out["topic"] == "evidence.vs_breast_massage"
