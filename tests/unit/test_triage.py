"""The danger-sign triage: who has which sign, negation scope, hypotheticals, colour binding and
thresholds, in both languages; the JSON a user sees; broken sign data reported, never a crash."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest


def findings(engine, text):
    return {(f.sign, f.person): f for f in engine.triage.assess(text).findings}


def active(engine, text):
    return {(f.sign, f.person) for f in engine.triage.assess(text).active}


def oxybot(*args):
    exe = shutil.which("oxybot")
    cmd = [exe, *args] if exe else [sys.executable, "-m", "oxybot", *args]
    proc = subprocess.run(cmd, capture_output=True, timeout=120, env=os.environ.copy())
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


# -- negation scope -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "bayi tidak demam, asi saya kurang",
    "anak saya ga panas kok, cuma rewel",
    "no fever, but how do I get my milk to let down?",
    "she's not feverish, just fussy at the breast",
    "demam tidak ada, cuma pilek",
])
def test_a_negated_sign_is_set_aside_and_listed(engine, text):
    result = engine.triage.assess(text)
    assert not result.active
    assert any(f.negated for f in result.findings)


@pytest.mark.parametrize("text", [
    "tidak ada demam, merah, atau bengkak di payudara",
    "no fever, redness or swelling in my breast",
    "without any redness or heat, my breast just feels full",
])
def test_a_negation_runs_over_a_list_of_signs(engine, text):
    assert not engine.triage.assess(text).active


@pytest.mark.parametrize("text, sign", [
    ("ga demam, tapi kuning banget bayinya", "jaundice"),
    ("bayi tidak demam, kuning banget", "jaundice"),
    ("no fever but his eyes are yellow", "jaundice"),
    ("saya tidak bisa tidur dan demam tinggi", "fever"),
])
def test_a_negation_stops_at_a_new_statement(engine, text, sign):
    assert sign in {s for s, _ in active(engine, text)}


@pytest.mark.parametrize("text", ["bayi tidak mau menyusu sejak pagi", "my baby is not breathing properly",
                                  "bayi tidak bisa dibangunkan"])
def test_a_negation_that_is_the_sign_itself_counts(engine, text):
    assert engine.triage.assess(text).active


# -- hypothetical and past ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "kalau nanti bayi demam setelah imunisasi, boleh tetap disusui?",
    "what if my baby gets a fever, can I keep breastfeeding?",
    "kemarin demam, sekarang sudah normal",
    "I had a fever last week but it's gone now",
    "apakah pijat oksitosin bisa mencegah perdarahan?",
])
def test_hypothetical_or_past_findings_do_not_raise_the_card(engine, text):
    result = engine.triage.assess(text)
    assert not result.active
    assert any(f.hypothetical for f in result.findings)


def test_a_hypothetical_sign_gets_the_normal_answer_and_a_when_to_go_note(engine):
    answer = engine.answer("kalau nanti bayi demam, apakah masih boleh disusui?")
    assert not answer.red_flag and answer.referral is None
    assert "Kapan harus segera" in answer.answer and "37,5" in answer.answer


# -- who has it ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, person", [
    ("istri saya tiba-tiba kejang", "mother"),
    ("my wife had a seizure", "mother"),
    ("bayi saya kejang tadi pagi", "baby"),
    ("bayi demam 38.5", "baby"),
    ("aku demam 38,5 setelah lahiran", "mother"),
    ("I have a fever of 38.6", "mother"),
    ("bayi saya lahir 3 hari lalu. dia demam", "baby"),
    ("istri saya melahirkan seminggu lalu, dia demam", "mother"),
    ("my son is 5 days old and he has a fever", "baby"),
])
def test_who_has_it(engine, text, person):
    people = {p for s, p in active(engine, text) if s in ("convulsion", "fever")}
    assert people == {person}


def test_a_sign_of_someone_else_is_said_and_not_referred(engine):
    answer = engine.answer("suami saya demam, boleh tetap memijat istri?")
    assert not answer.red_flag
    assert [f["person"] for f in answer.findings] == ["other"]
    assert "orang lain" in answer.answer


def test_a_part_with_one_owner_decides_the_person(engine):
    assert ("cord_infection", "baby") in active(engine, "pusarnya bernanah dan bau")
    assert ("breast_infection", "mother") in active(engine, "puting saya keluar nanah")


def test_mother_and_baby_together_give_both_groups_once(engine):
    answer = engine.answer("saya demam dan bayi saya juga kuning")
    assert answer.referral == {"person": "both", "urgency": "today"}
    assert answer.answer.count("Bawa bayi") == 1 and answer.answer.count("Periksakan diri") == 1


# -- colour binding ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["bayi saya kuning", "mata bayi kuning", "kuningnya sampai telapak kaki, bayi 4 hari",
                                  "his skin looks yellow", "my baby is yellow and his poo is pale"])
def test_yellow_on_the_skin_eyes_or_baby_is_jaundice(engine, text):
    assert ("jaundice", "baby") in active(engine, text)


@pytest.mark.parametrize("text", ["pup bayi saya kuning, normal?", "asi saya kekuningan", "kolostrum kuning kental",
                                  "my milk looks yellowish", "his poop is mustard yellow", "cairan nifas kuning"])
def test_yellow_on_stool_milk_or_discharge_is_not(engine, text):
    assert not engine.triage.assess(text).active


def test_green_belongs_to_vomit(engine):
    assert ("bilious_vomit", "baby") in active(engine, "bayi muntah ijo")
    assert not engine.triage.assess("pup bayi hijau").active


def test_heartburn_is_not_a_hot_breast_or_fever(engine):
    assert not engine.triage.assess("dada terasa panas setelah makan pedas").active
    assert not engine.triage.assess("heartburn after dinner, my chest feels hot").active


# -- thresholds and durations --------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("suhu bayi 37,6", {("fever", "baby")}),
    ("suhu bayi 36,8 normal kan?", set()),
    ("suhu bayi 35,2", {("cold_baby", "baby")}),
    ("suhu saya 37,6 setelah pijat", set()),
    ("suhu saya 38,2", {("fever", "mother")}),
    ("my temperature is 101 F", {("fever", "mother")}),
    ("umur kehamilan 38 minggu", set()),
    ("bayi saya 37 hari", set()),
])
def test_temperatures_have_a_threshold_per_person(engine, text, expected):
    assert active(engine, text) == expected


def test_a_measured_temperature_under_the_threshold_sets_a_worded_fever_aside(engine):
    assert not engine.triage.assess("saya demam 37,6").active


@pytest.mark.parametrize("text, flagged", [
    ("bayi belum menyusu 8 jam", True),
    ("bayi belum menyusu 2 jam", False),
    ("no wet nappy since this morning", True),
    ("Berapa kali sehari bayi BAK?", False),
    ("sehari cuma 2 kali pipis", True),
])
def test_durations_and_counts(engine, text, flagged):
    assert bool(engine.triage.assess(text).active) is flagged


def test_blood_pressure_readings_set_the_urgency(engine):
    assert {(f.sign, f.urgency) for f in engine.triage.assess("tensi saya 150/95").active} == {
        ("high_blood_pressure", "today")}
    assert {(f.sign, f.urgency) for f in engine.triage.assess("tensi saya 170/115").active} == {
        ("high_blood_pressure", "emergency")}
    assert not engine.triage.assess("tensi saya 110/70").active


# -- typo repair ---------------------------------------------------------------------------------
@pytest.mark.parametrize("word, danger", [("lepas", "lemas"), ("kucing", "kuning"), ("lemak", "lemas")])
def test_typo_repair_never_turns_a_real_word_into_a_danger_word(engine, word, danger):
    assert danger not in engine.normalizer.canonical(f"bayi {word} ya").tokens
    assert not engine.triage.assess(f"{word} pijat, bayi rewel").active


def test_a_real_slip_of_a_danger_word_is_still_read(engine):
    assert engine.triage.assess("bayi saya kuninf").active  # f is next to g


# -- the answer and its JSON -----------------------------------------------------------------------
def test_a_danger_sign_inside_a_massage_question_offers_that_question_as_one_button(engine):
    answer = engine.answer("payudara merah, panas dan saya demam, berapa lama pijat oksitosin?")
    assert answer.red_flag and answer.suggestion_kind == "then_ask"
    assert [f.intent for f in answer.followups] == ["massage/duration_frequency"]
    assert answer.suggestions == []  # no unrelated closest topics under a referral


def test_emergency_texts_give_the_numbers_and_cite_their_sources(engine):
    answer = engine.answer("bayi saya kejang")
    assert "119" in answer.answer and "112" in answer.answer
    assert {"kemenkes_psc119", "kominfo_112"} <= {c.key for c in answer.citations}


def test_signs_are_listed_in_her_words_once(engine):
    answer = engine.answer("bayi saya demam, badannya panas, demam terus")
    assert answer.red_flag_signs and len(answer.red_flag_signs) == len({s.lower() for s in answer.red_flag_signs})
    assert all(s.lower() in "bayi saya demam, badannya panas, demam terus" for s in answer.red_flag_signs)


def test_a_bodily_symptom_with_no_sign_and_no_intent_gets_the_go_now_list(engine):
    answer = engine.answer("bayi saya ada ruam merah kecil di leher")
    assert answer.topic == "out_of_scope" and not answer.red_flag
    assert "Bayi:" in answer.answer and "Ibu:" in answer.answer


def test_ask_json_has_referral_and_findings():
    code, out, err = oxybot("ask", "--json", "istri saya tidak demam tapi tiba-tiba kejang")
    assert code == 0, err
    data = json.loads(out)
    assert data["referral"] == {"person": "mother", "urgency": "emergency"}
    signs = {(f["sign"], f["person"], f["negated"], f["hypothetical"]) for f in data["findings"]}
    assert ("convulsion", "mother", False, False) in signs
    assert ("fever", "mother", True, False) in signs  # the negated finding is listed, set aside
    for f in data["findings"]:
        assert set(f) == {"sign", "person", "urgency", "words", "negated", "hypothetical"}
    assert data["red_flag_signs"] == ["kejang"]


def test_ask_json_referral_is_null_without_a_danger_sign():
    code, out, _ = oxybot("ask", "--json", "berapa lama pijat oksitosin?")
    data = json.loads(out)
    assert data["referral"] is None and data["findings"] == [] and data["red_flag"] is False


# -- broken sign data ----------------------------------------------------------------------------
@pytest.mark.parametrize("old, new, message", [
    ("for: {baby: [baby, emergency], mother: [headache_bp, emergency]}",
     "for: {baby: [baby, urgent], mother: [headache_bp, emergency]}", "urgency 'urgent'"),
    ("for: {baby: [baby, emergency], mother: [headache_bp, emergency]}",
     "for: {grandma: [baby, emergency]}", "person 'grandma'"),
    ("- {bind: [$green], to: [$vomit]}", "- {bind: [$greenish], to: [$vomit]}", "'$greenish' is not a concept"),
    ("    label: {id: kejang, en: fits or seizures}", "    label: {id: kejang}", "text in 'en' is missing"),
])
def test_broken_sign_data_is_reported_with_path_and_line(content_copy, old, new, message):
    path = content_copy / "red_flags.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    code, out, err = oxybot("check", "--content", str(content_copy))
    assert code == 1
    hits = [line for line in out.splitlines() if message in line]
    assert hits, out
    where, line_no, _ = hits[0].split(":", 2)
    assert where.endswith("red_flags.yaml") and int(line_no) > 1
    assert "Traceback" not in err
    code, _, err = oxybot("ask", "--content", str(content_copy), "bayi saya kejang")
    assert code == 1 and "red_flags.yaml:" in err and "Traceback" not in err


def test_a_missing_group_text_is_reported(content_copy):
    path = content_copy / "red_flags.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  leg_clot:\n")
    end = text.index("  headache_bp:\n")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    code, out, _ = oxybot("check", "--content", str(content_copy))
    assert code == 1
    assert "group 'leg_clot' is missing" in out
