"""Session 22: a caesarean wound named as infected is the wound problem it is; asked about in general it gets
the "go now" lines for the wound; asked whether the massage could cause it, it is a question about the massage
after a caesarean (answered, with the wound's "when to go" lines), not a card. Wordings are new, not those of any
evaluation set."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("question", [
    "luka bekas sesar saya kayaknya infeksi, merah dan perih",
    "I think my c-section scar is infected, it's hot and weeping",
    # the word alone, beside a question about the massage
    "My caesarean wound looks infected. Can I still have the back massage?",
    "jahitan sesar saya sepertinya terinfeksi, masih boleh pijat oksitosin?",
])
def test_an_infected_wound_told_gets_the_card(engine, question):
    answer = engine.answer(question)
    assert answer.red_flag
    assert "caesarean_wound_infection" in {f.sign for f in engine.triage.assess(question).findings if f.counts}


@pytest.mark.parametrize("question", [
    "ciri-ciri luka operasi caesar yang terinfeksi apa saja?",
    "How can you tell a caesarean incision has become infected?",
])
def test_the_signs_of_an_infected_wound_asked_in_general_list_what_to_watch(engine, question):
    answer = engine.answer(question)
    assert not answer.red_flag
    assert answer.topic == "out_of_scope"  # the review has no such list: the "go now" lines under "not covered"
    assert "caesarean_wound_infection" in {f.sign for f in engine.triage.assess(question).findings}


@pytest.mark.parametrize("question", [
    "Apakah pijat oksitosin dapat menyebabkan jahitan sesar infeksi?",
    "Could the back massage make my caesarean wound open up or get infected?",
    "kalau dipijat punggung, bisa bikin luka sc bernanah gak?",
])
def test_whether_the_massage_could_harm_the_wound_is_answered_not_carded(engine, question):
    answer = engine.answer(question)
    assert not answer.red_flag
    assert answer.topic == "massage.after_caesarean"


@pytest.mark.parametrize("question", [
    "did the massage yesterday make my caesarean wound ooze? it's wet and smelly today",
    "pijat kemarin bikin luka sesar saya bernanah",
    "How can I make my baby's fever go down? He is 39.4 and very sleepy",
])
def test_a_harm_told_as_happened_or_her_own_doing_stays_a_sign(engine, question):
    assert engine.answer(question).red_flag


def test_the_cli_answers_the_massage_question_with_the_wounds_lines():
    out = subprocess.run([sys.executable, "-m", "oxybot", "ask", "--lang", "en",
                          "can oxytocin massage cause my c-section wound to become infected?"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "caesarean" in out.stdout.lower() and "pus" in out.stdout
    assert "!!" not in out.stdout  # no danger card header
