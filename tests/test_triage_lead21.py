"""Session 21: a baby under 36.0 degrees is cold (WHO 1997: moderate hypothermia); the cord typed "tali pst";
and near-misses that are not danger: a cold as an illness, a usual colour, a hot pack, a fear of what may come, a
tooth behind a swollen face, a chill told by chattering teeth, a check that found it safe, a bleed dated weeks back
and over, a baby seen in a video. Wordings are new, not those of any evaluation set."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _signs(engine, question):
    return {f.sign for f in engine.triage.assess(question).findings if f.counts}


@pytest.mark.parametrize("question", [
    "Bayi saya 6 hari, suhu ketiak 35,8 dan kakinya dingin, apa cukup diselimuti?",
    "My 5 day old reads 35.7 under the arm and feels cool, should I just feed more?",
])
def test_a_baby_under_36_is_cold(engine, question):
    answer = engine.answer(question)
    assert answer.red_flag
    assert "cold_baby" in _signs(engine, question)
    assert "who1997_thermal" in {c.key for c in answer.citations}


def test_a_baby_at_36_6_is_not_cold(engine):
    assert not engine.answer("Suhu bayi 36,6 di ketiak, tangannya agak adem. Normal kan?").red_flag


def test_the_cord_in_chat_shorthand_is_the_cord(engine):
    question = "tali pst dedek berdarah trs, umur 5 hr"
    assert engine.answer(question).red_flag
    assert "cord_infection" in _signs(engine, question)


@pytest.mark.parametrize("question", [
    "She is 10 days old and sneezing, not hot at all. Could she have caught my cold from breastfeeding?",
    "Pup bayi hijau pagi ini, padahal biasanya kuning. Dia aktif dan nyusu kuat, kenapa ya?",
    "Is a heat pack on my back as good as the massage for getting the milk out?",
    "Mulai kerja minggu depan, khawatir bayi tidak mau minum dari botol. ASI perah disimpan berapa lama?",
    "My gum abscess flared and now my cheek is swollen. Can I still breastfeed?",
])
def test_ordinary_words_raise_no_card(engine, question):
    assert not engine.answer(question).red_flag


@pytest.mark.parametrize("question", [
    # a chill told by the teeth is no fit; a check that found it safe; a bleed dated weeks back and over
    "Right after the birth my whole body was shaking and my teeth chattered for a while. Does that affect my milk?",
    "Muka bayi agak kekuningan hari ke-3, bidan sudah cek dan bilang masih aman. Boleh lanjut ASI saja?",
    "I bled a lot on the day she was born, the midwife sorted it. That was 4 weeks ago and I've been fine since. "
    "When can I start the back massage?",
])
def test_a_sign_over_or_explained_gets_the_answer_not_the_card(engine, question):
    assert not engine.answer(question).red_flag


def test_a_fit_without_chattering_teeth_is_still_an_emergency(engine):
    assert engine.answer("Right after the birth my whole body was shaking and I could not answer anyone.").red_flag


def test_a_baby_seen_in_a_video_is_no_sign_of_her_own(engine):
    question = ("Di video yang saya tonton, ada bayi yang napasnya berhenti sebentar waktu tidur. "
                "Anak saya baik-baik saja, cuma penasaran.")
    assert not engine.answer(question).red_flag


def test_her_own_baby_after_the_video_is_still_caught(engine):
    assert engine.answer("Di video ada bayi napasnya berhenti, dan bayi saya sekarang juga bibirnya biru.").red_flag


def test_the_cli_gives_the_card_for_a_cold_reading():
    out = subprocess.run([sys.executable, "-m", "oxybot", "ask", "--lang", "en",
                          "baby 4 days old, 35.9 under the arm, hands and feet cold"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "119" in out.stdout and "WHO 1997" in out.stdout


@pytest.mark.parametrize("question", [
    "Asking for my sister-in-law: her breast is red and sore and tonight she has a fever of 38.9.",
    "Asking for my wife, she is burning up at 39 and shivering.",
    "nanya buat istri ya, dia demam 39 dari semalam",
])
def test_the_woman_asked_for_is_the_one_with_the_sign(engine, question):
    findings = [f for f in engine.triage.assess(question).findings if f.counts]
    assert findings and {f.person for f in findings} == {"mother"}


def test_steps_counted_after_the_stairs_are_no_child(engine):
    question = "Muka saya pucat sekali, naik tangga tiga anak saja sudah ngos-ngosan."
    findings = [f for f in engine.triage.assess(question).findings if f.counts]
    assert findings and {f.person for f in findings} == {"mother"}


@pytest.mark.parametrize("question", [
    "My blood pressure was normal at the check and her weight went up, the midwife was happy. Is the massage still useful?",
    "Tadi kontrol nifas, tensinya normal dan berat badan bayi naik. Pijat oksitosin masih perlu?",
])
def test_a_normal_pressure_and_a_weight_going_up_are_no_sign(engine, question):
    assert not engine.answer(question).red_flag


def test_a_sentence_opening_with_a_check_sets_the_story_before_it_aside(engine):
    question = ("Bayi saya 5 minggu, tadi pagi nangis tanpa air mata. Sudah diperiksa bidan, katanya bayi sehat, "
                "nyusu kuat. Apa pijat oksitosin masih perlu?")
    assert not engine.answer(question).red_flag


def test_a_check_with_a_sign_still_there_keeps_the_card(engine):
    assert engine.answer("Bayi saya kuning sampai telapak kaki. Sudah dicek bidan kemarin, tapi sekarang makin kuning.").red_flag


def test_breathless_after_so_little_effort_is_no_harmless_cause(engine):
    # pale and breathless after a few steps is the anaemia WHO lists; breathless after the stairs alone is not
    assert engine.answer("Muka saya pucat sekali, naik tangga saja sudah ngos-ngosan.").red_flag
    assert not engine.answer("Habis naik tangga saya ngos-ngosan, wajar kan?").red_flag


def test_a_card_without_a_cold_baby_does_not_credit_the_cold_threshold(engine):
    answer = engine.answer("my baby is yellow to the soles and very sleepy")
    assert answer.red_flag and "who1997_thermal" not in {c.key for c in answer.citations}


def test_a_sign_citing_an_unknown_source_is_reported_with_its_line(content_copy):
    path = content_copy / "red_flags.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("cite: [who1997_thermal]", "cite: [who1997_nowhere]"), encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "oxybot", "--content", str(content_copy), "check"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode != 0
    assert "red_flags.yaml:" in out.stderr + out.stdout and "sources.yaml" in out.stderr + out.stdout
    assert "Traceback" not in out.stderr
