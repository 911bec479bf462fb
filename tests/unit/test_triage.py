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


@pytest.mark.parametrize("text", [
    "I'm not depressed or having dark thoughts, just tired",
    "saya tidak sedih atau merasa putus asa, cuma capek",
])
def test_a_negation_runs_over_or_and_the_verb_that_carries_the_next_item(engine, text):
    result = engine.triage.assess(text)
    assert not result.active
    assert sum(f.negated for f in result.findings) >= 1


def test_after_and_the_next_item_is_a_new_statement(engine):
    # "and" may start a new statement: a thought told after it stays affirmed
    assert active(engine, "I'm not depressed and having dark thoughts")


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
    # (when to go, as a note under a covered answer, or since session 15 as the answer when nothing covered is asked)
    assert ("Kapan harus segera" in answer.answer or "segera ke bidan, puskesmas, atau IGD" in answer.answer)
    assert "37,5" in answer.answer


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


@pytest.mark.parametrize("text", [
    "How do I know my let-down is working? Also his lips and tongue turn greyish-blue when he feeds",
    "Is my milk enough? His nose and lips look bluish-grey during feeds",
])
def test_a_part_joined_by_and_to_his_part_is_his_too_and_a_he_is_never_the_mother(engine, text):
    assert {p for s, p in active(engine, text) if s == "apnoea_blue"} == {"baby"}


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


# -- round 2: negation inside a phrase, pseudo-negations ----------------------------------------------
@pytest.mark.parametrize("text", [
    "ga ada nyeri dada atau sesak, cuma mau tanya makanan",
    "no chest pain or shortness of breath, just asking about food",
    "he's not breathing fast and his colour is good",
    "napasnya tidak cepat, warnanya bagus",
    "his older sister had a cold last week",
])
def test_a_negation_covers_the_words_of_the_sign_it_negates_and_a_pseudo_negation_hides_what_it_covers(engine, text):
    assert not engine.triage.assess(text).active


# -- round 2: who has it ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, sign, person", [
    ("bayi kakak saya bibirnya biru", "apnoea_blue", "baby"),
    ("bayi sepupu saya kuning sampai telapak tangan", "jaundice", "baby"),
    ("my sister's baby has blue lips", "apnoea_blue", "baby"),
    ("my daughter just had a baby and has a severe headache", "severe_headache", "mother"),
    ("adik ipar saya betisnya bengkak sebelah dan nyeri habis lahiran", "leg_clot", "mother"),
    ("bayi saya nyusu kuat. badan saya juga rasanya meriang", "fever", "mother"),
    ("aku hitung napas bayiku 70 kali semenit", "fast_breathing", "baby"),
    ("Her breathing is really fast, I counted 72 breaths in a minute", "fast_breathing", "baby"),
    ("I noticed the skin between his ribs pulls in with each breath", "chest_indrawing", "baby"),
    ("there's pus coming from my baby's belly button", "cord_infection", "baby"),
    ("luka operasi sesar saya keluar nanah", "caesarean_wound_infection", "mother"),
])
def test_who_has_it_when_relatives_observers_and_feelings_are_named(engine, text, sign, person):
    found = active(engine, text)
    assert (sign, person) in found
    assert {p for _, p in found} == {person}


def test_a_baby_sign_said_with_the_baby_in_the_same_phrase_is_the_babys(engine):
    assert active(engine, "bayi sy step td sore") == {("convulsion", "baby")}


# -- round 2: numbers -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("tekanan darah tinggi 170/110 setelah melahirkan", {("high_blood_pressure", "emergency")}),
    ("habis lahiran, 165/112 kata bidan", {("high_blood_pressure", "emergency")}),
    ("my BP is 150 and I have a headache", {("high_blood_pressure", "today")}),
    ("tensi saya 150", {("high_blood_pressure", "today")}),
    ("pijat tanggal 12/10 jam 9", set()),
    ("my blood pressure is 118/76 after birth", set()),
])
def test_a_blood_pressure_is_read_with_or_without_its_name(engine, text, expected):
    got = {(f.sign, f.urgency) for f in engine.triage.assess(text).active if f.sign == "high_blood_pressure"}
    assert got == expected


@pytest.mark.parametrize("text, flagged", [
    ("napas bayi 65 kali per menit", True),
    ("my baby breathes about 80 times a minute", True),
    ("napas bayi 45 kali per menit, normal?", False),
    ("my baby breathes 40 times a minute while asleep", False),
])
def test_breaths_per_minute_count_from_sixty(engine, text, flagged):
    assert (("fast_breathing", "baby") in active(engine, text)) is flagged


@pytest.mark.parametrize("text, flagged", [
    ("My 6 day old has only had one wet diaper today", True),
    ("bayi saya cuma dua kali pipis sejak kemarin", True),
    ("sejak kemarin bayi saya cuma pipis sekali", True),
    ("baby has 6 heavy wet nappies a day", False),
])
def test_counts_in_words_are_numbers(engine, text, flagged):
    assert bool(engine.triage.assess(text).active) is flagged


@pytest.mark.parametrize("text, flagged", [
    ("sudah 3 minggu saya sedih terus dan tidak bisa menikmati apa-apa", True),
    ("I've felt anxious and can't sleep for the past month", True),
    ("bayi saya 3 minggu, saya kadang cemas", False),
    ("my baby is 3 weeks old and I feel anxious sometimes", False),
    ("hari ke-3 saya nangis tanpa sebab, katanya baby blues", False),
    ("HPL 2 minggu lagi, takut ASI telat keluar", False),
])
def test_an_age_or_a_date_is_not_how_long_a_feeling_has_lasted(engine, text, flagged):
    assert bool(engine.triage.assess(text).active) is flagged


# -- round 2: general questions, past and treated ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "kalau bayi kejang, pertolongan pertamanya apa?",
    "kalau bayi kuning, berapa lama biasanya hilang?",
    "What's the difference between baby blues and postnatal depression?",
    "gimana bedain baby blues sama depresi pasca melahirkan?",
    "Apakah pijat oksitosin aman kalau suatu hari ibu kena mastitis?",
    "Minggu lalu saya mastitis, sudah diobati dokter, sekarang tidak sakit",
    "saya sudah sembuh dari mastitis, boleh pijat lagi?",
    "I had preeclampsia in pregnancy but my BP has been normal since",
    "my baby's hands look a bit blue, the nurse said it's normal",
])
def test_general_past_or_treated_signs_do_not_raise_the_card(engine, text):
    assert not engine.triage.assess(text).active


@pytest.mark.parametrize("text", [
    "kalau malam bayi saya sesak dan dadanya tertarik ke dalam",
    "bayi sy kalo nafas dadanya cekung ke dalam",
    "saya sedih terus 3 minggu ini, bedanya baby blues sama depresi apa?",
])
def test_kalau_in_her_own_story_is_when_not_if(engine, text):
    assert engine.triage.assess(text).active


# -- round 2: colour on other things ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "stretch mark saya merah keunguan, aman dipijat?",
    "There's a blue-grey birthmark on my baby's lower back",
    "tangan bayi saya kebiruan kalau kedinginan, langsung normal setelah dihangatkan",
    "boleh minum jamu kunyit?",
])
def test_colour_on_marks_hands_or_drinks_is_no_sign(engine, text):
    assert not engine.triage.assess(text).active


@pytest.mark.parametrize("text", ["bayi umur 2 hari kayak warna kunyit di muka sampai dada",
                                  "bibir bayi saya kebiruan waktu menyusu"])
def test_everyday_colour_names_on_the_baby_count(engine, text):
    assert engine.triage.assess(text).active


@pytest.mark.parametrize("text, person", [
    ("darah nifasku banyak bgt, pusing mau pingsan", "mother"),
    ("I'm bleeding a lot and feel like I'm going to pass out", "mother"),
    ("bayi saya pingsan, tidak merespon", "baby"),
    ("aku lihat napasnya cepat sekali, bayiku 5 hari", "baby"),
    ("when I took his temperature it was 38.3", "baby"),
    ("I took my temperature and it was 38.3", "mother"),
])
def test_feelings_are_the_speakers_and_what_she_observes_is_the_babys(engine, text, person):
    assert {p for _, p in active(engine, text)} == {person}


@pytest.mark.parametrize("text", [
    "my 4 day old has yellow poo now",
    "i want to die of embarrassment, my baby pooped on the doctor",
    "Apakah pijat oksitosin boleh untuk ibu dengan riwayat perdarahan pada persalinan sebelumnya?",
    "i get out of breath chasing my toddler",
    "tali pusat bayi ada sedikit darah waktu lepas, lalu berhenti",
])
def test_near_misses_of_round_two_raise_nothing(engine, text):
    assert not engine.triage.assess(text).active


def test_a_healed_state_is_not_referred_by_similarity(engine):
    answer = engine.answer("jahitan sesarku udah kering")
    assert not answer.red_flag and answer.referral is None


@pytest.mark.parametrize("text", [
    "Bayi saya kuning sampai telapak kaki, apakah ini tanda bahaya?",
    "My baby's lips are blue, is that a danger sign?",
    "Saya demam 38,5, apakah bisa menular ke bayi?",
    "I have a fever of 38.6, can I pass it to my baby?",
    "my breast is red and hot and I have chills, how do I prevent it getting worse?",
    "kalau malam bayi demam terus sampai 38,5",
    "kalau disusui bayinya muntah hijau, kenapa ya?",
    "I'm bleeding heavily and feel like I'm going to pass out",
])
def test_a_question_about_her_own_sign_still_raises_the_card(engine, text):
    assert engine.triage.assess(text).active


@pytest.mark.parametrize("text", [
    "apakah demam bisa menular ke bayi?",
    "apakah mastitis bisa dicegah dengan menyusui sering?",
    "What does mastitis feel like, so I know what to look out for?",
    "What are the warning signs of postpartum preeclampsia? my friend mentioned it",
    "my sister had postpartum depression, am I at risk?",
    "I had mastitis 2 months ago, how do I avoid it again?",
])
def test_a_general_question_or_someone_elses_story_is_hypothetical(engine, text):
    assert not engine.triage.assess(text).active


@pytest.mark.parametrize("text", [
    "suhu ruangan 38 derajat, bayi kepanasan?",
    "the room is hot, 30 degrees, should I dress my baby lighter?",
    "is 38 a fever in a newborn?",
    "apakah 37,5 sudah dianggap demam untuk bayi?",
])
def test_a_room_temperature_or_a_threshold_question_is_no_reading(engine, text):
    assert not engine.triage.assess(text).active


@pytest.mark.parametrize("text, flagged", [
    ("Bayi saya sehat, tapi apa tanda kuning yang berbahaya?", False),
    ("Saya baik-baik saja. Apa tanda perdarahan setelah melahirkan yang harus diwaspadai?", False),
    ("Bayi saya 5 hari. Apakah kuning sampai dada berbahaya?", True),
])
def test_a_clause_that_opens_with_a_general_question_asks_in_general_after_her_own_story(engine, text, flagged):
    assert bool(engine.triage.assess(text).active) is flagged


@pytest.mark.parametrize("text", [
    "I'm 3 weeks postpartum and my let-down feels slow every day",
    "my teenage daughter has a fever, can I still breastfeed my newborn?",
    "dada saya sakit karena payudara bengkak penuh ASI",
    "my chest hurts from engorgement, both breasts full and hard",
])
def test_let_down_an_older_child_and_engorgement_are_no_signs(engine, text):
    assert not engine.triage.assess(text).active


def test_typo_repair_leaves_an_inflected_known_word_alone(engine):
    assert not engine.triage.assess("recovery much smoother this time, wound fine").active


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
    ("    other_sense: [letdown_sense]", "    other_sense: [let_down_feel]", "other_sense must be a list of concepts"),
    ("asked_in_general_after: [protection]", "asked_in_general_after: [protections]", "'protections' is not a concept"),
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


# -- round 2 classes: a spell that passed, a remote past, the measurer, vowel-dropped chat -----------------
@pytest.mark.parametrize("text, sign", [
    ("Tadi siang bayi saya kejang sebentar, sekarang sudah normal lagi", "convulsion"),
    ("anakku tadi sempat kejang 1 menit terus tidur, sekarang udah biasa", "convulsion"),
    ("My daughter had a fit earlier today but she is fine now", "convulsion"),
    ("He went blue around the lips this morning and then pinked up again", "apnoea_blue"),
])
def test_a_fit_or_blue_spell_that_has_passed_is_still_an_emergency(engine, text, sign):
    assert (sign, "baby") in active(engine, text)


@pytest.mark.parametrize("text", [
    "My son had a seizure at birth from low sugar, he is 4 months now and doing great. Can I keep breastfeeding?",
    "Waktu lahir bayi saya sempat biru dan dirawat di NICU, sekarang sudah 3 bulan sehat. Boleh pijat oksitosin?",
    "Waktu hamil anak pertama saya kena preeklampsia, sekarang tensi normal. ASI saya kurang, kenapa ya?",
    "My niece had jaundice as a newborn, will my baby?",
    "Bayi saya pernah kejang waktu umur 2 bulan karena demam, sekarang sudah 6 bulan dan sehat. Boleh pijat?",
])
def test_a_remote_past_is_set_aside_even_for_a_fit(engine, text):
    assert not engine.triage.assess(text).active


@pytest.mark.parametrize("text", [
    "Bayi saya kuning sejak lahir sampai sekarang, sudah 2 minggu",
    "my baby has been yellow since birth and is now 3 weeks old",
])
def test_since_birth_is_still_going_on(engine, text):
    assert ("jaundice", "baby") in active(engine, text)


@pytest.mark.parametrize("text, person", [
    ("Badan bayi saya hangat, saya ukur 38 derajat", "baby"),
    ("Anak saya umur 5 hari, aku cek suhunya 37,8", "baby"),
    ("I checked his temperature and got 37.8, he is 6 days old", "baby"),
    ("I measured my temperature: 38.6, baby is fine", "mother"),
])
def test_a_reading_belongs_to_the_one_measured_not_the_measurer(engine, text, person):
    assert {p for s, p in active(engine, text) if s == "fever"} == {person}


@pytest.mark.parametrize("text, sign", [
    ("bayi sy kning bgt smp mata", "jaundice"),
    ("ank sy kjang td pagi", "convulsion"),
    ("dd sy npas cpt bgt 70x/mnt", "fast_breathing"),
    ("bksan sc sy bsah trs kluar nanah", "caesarean_wound_infection"),
])
def test_chat_words_without_their_vowels_are_read(engine, text, sign):
    assert sign in {s for s, _ in active(engine, text)}


def test_a_real_word_is_never_unvowelled_into_a_sign(engine):
    # "kucing" (a cat) and "lepas" are words of their own, never "kuning" or "lemas"
    assert not engine.triage.assess("kucing saya lepas dari rumah").active


@pytest.mark.parametrize("text, person", [
    ("My wife gave birth to our son last week and now she has a fever of 39", "mother"),
    ("my daughter is 1 week old and she is breathing very fast", "baby"),
    ("Sy nanya buat istri: payudaranya merah panas, demam 38,9, bayinya nyusu kuat kok", "mother"),
    ("Kadang dada kayak diremas dan napas pendek, mungkin karena capek ngurus bayi", "mother"),
    ("My husband asked me to write. I keep telling him I want to walk into the sea", "mother"),
])
def test_who_has_it_across_pronouns_commas_and_later_names(engine, text, person):
    result = engine.triage.assess(text)
    assert result.referral() is not None and result.referral()["person"] == person


def test_a_sign_only_the_mother_has_is_hers_when_the_clause_names_no_one(engine):
    text = "Aku lahiran 10 hari lalu, anak kedua. Dari kemarin pembalutku penuh darah tiap jam"
    assert ("heavy_bleeding", "mother") in active(engine, text)


@pytest.mark.parametrize("text, sign", [
    ("jaitan sc aku kebuka dikit dan basah terus", "caesarean_wound_infection"),
    ("my c-section incision is gaping open at one side", "caesarean_wound_infection"),
    ("her cry has become a weird high squeal", "high_pitched_cry"),
    ("tangisan bayi saya melengking aneh tidak seperti biasanya", "high_pitched_cry"),
    ("I keep thinking about driving the car off the bridge", "suicidal"),
    ("rasanya pengen nyebur ke laut aja biar semua selesai", "suicidal"),
    ("I get images in my head of dropping the baby", "harm_baby"),
    ("kadang mikir lebih baik saya dan bayi ga ada", "harm_baby"),
    ("kepala saya nyut-nyutan parah dari pagi", "severe_headache"),
    ("Orok abdi teu daek nyusu ti isuk", "not_feeding"),
])
def test_everyday_descriptions_of_a_sign(engine, text, sign):
    assert sign in {s for s, _ in active(engine, text)}


@pytest.mark.parametrize("text", [
    "Kucing saya muntah terus, aman nggak buat bayi?",
    "Our dog has diarrhoea, can the baby catch it?",
    "It is so hot today and the baby is sweaty, should I give water?",
    "cuaca lagi panas banget, bayi keringetan, perlu mandi 2 kali?",
    "Bayi mandi air hangat terus kulitnya kemerahan lalu hilang sendiri",
    "My chest feels heavy from bad posture while breastfeeding",
    "dada saya sesak gara gara kesal sama mertua, ngaruh ke ASI?",
    "Bra yang kesempitan bikin dada terasa sesak",
    "Ada setitik darah kering di pusar dedek setelah tali pusat lepas",
    "Feses bayi kuning dan ada butiran putih, normal?",
    "I am not feeling well today, just tired, how long should the massage be?",
    "Bayi 3 bulan tidak mau menyusu lama karena sibuk lihat sekitar",
    "Anak teman saya umur 3 tahun kejang demam, apakah ASI melindungi?",
    "sy pingsan... eh maksudnya pusing milih pompa",
    "Ada tanda biru di pantat bayi sejak lahir, itu apa?",
])
def test_near_misses_raise_no_referral(engine, text):
    assert engine.triage.assess(text).referral() is None


def test_a_negated_state_is_not_a_negated_sign(engine):
    # "ga sehat" negates "sehat"; the headache and blurred sight after it are hers
    result = engine.triage.assess("Bayiku sehat. Aku yg ga sehat: kepala sakit parah dan mata burem dari kemarin")
    assert ("vision_change", "mother") in {(f.sign, f.person) for f in result.active}


@pytest.mark.parametrize("text, person", [
    ("My wife had the baby 4 days ago. The baby is feeding well but she has a high fever and chills", "mother"),
    ("My wife says the baby is very yellow and she won't feed", "baby"),  # only a baby "won't feed"
    ("Our baby girl is 3 days old and she is very yellow. My wife is worried", "baby"),
])
def test_she_after_a_wife_is_the_wife_unless_only_the_baby_can_have_it(engine, text, person):
    assert engine.triage.assess(text).referral()["person"] == person


@pytest.mark.parametrize("text, person", [
    ("The skin around the belly button is red and there is a smelly discharge", "baby"),
    ("pusar bayi merah dan keluar cairan bau", "baby"),
    ("cairan nifas saya bau busuk dan saya demam", "mother"),
    ("there's a smelly discharge down there, 6 days after the birth", "mother"),
])
def test_a_fluid_belongs_to_the_part_named_with_it(engine, text, person):
    assert engine.triage.assess(text).referral()["person"] == person


@pytest.mark.parametrize("text, sign", [
    ("bayi aing muntah hejo", "bilious_vomit"),
    ("bayiku mbiru lambene", "apnoea_blue"),
])
def test_regional_words_for_colours_and_lips(engine, text, sign):
    assert (sign, "baby") in active(engine, text)


@pytest.mark.parametrize("text, person", [
    ("Bayi demam 38,5, posisi menyusui yang benar gimana?", "baby"),
    ("My baby is yellow to the soles but otherwise doing well, feeding fine", "baby"),
    ("Baby has a fever of 38.6 but seems to be doing well, how long should I massage?", "baby"),
    ("Saya demam 39 dan payudara merah, posisi duduk yang enak buat pijat gimana?", "mother"),
    ("I'm bleeding heavily with big clots and feel faint, the baby is doing well though", "mother"),
    ("sesak napas berat walaupun duduk, bukan karena cemas", "mother"),
    ("Napas saya sesak sekali, apa karena cemas ya?", "mother"),
    ("Bayi saya waktu umur 3 hari mulai kuning, sampai sekarang umur 2 minggu masih kuning", "baby"),
])
def test_a_harmless_cause_or_wellbeing_word_never_hides_a_sign_beside_it(engine, text, person):
    # a cause covers only its own stretch, never after "bukan"; "doing well" is no resolution
    result = engine.triage.assess(text).referral()
    assert result is not None and result["person"] == person


@pytest.mark.parametrize("text", [
    "Dada saya sesak gara-gara kesal sama omongan orang, ngaruh ke ASI?",
    "My chest feels tight when I'm anxious before a feed, is that why my milk is slow?",
    "Punggung dan dada pegal, pegal ke punggung, apa karena posisi saat menyusui?",
    "Saya takut nanti bayi kuning, gimana cara mencegahnya?",
    "Bayi saya pernah kejang waktu umur 2 bulan karena demam, sekarang sudah 6 bulan dan sehat. Boleh pijat?",
])
def test_a_harmless_cause_worry_or_old_history_raises_no_referral(engine, text):
    assert engine.triage.assess(text).referral() is None


@pytest.mark.parametrize("text, sign", [
    ("bayi gk mw nyusu dr pagi", "not_feeding"),
    ("bayi sy demm 38", "fever"),
    ("pmblut sy pnuh darah trs", "heavy_bleeding"),
    ("The edges of my c-section cut have pulled apart and it's weeping", "caesarean_wound_infection"),
])
def test_more_chat_spellings_and_everyday_wound_words(engine, text, sign):
    assert sign in {s for s, _ in active(engine, text)}


@pytest.mark.parametrize("text", ["sy mau tnya, brp lama pijat oksitosin?", "asi sy sdkt bgt, gmn cr nambahnya?",
                                  "kpn wktu yg pas buat pijat?"])
def test_chat_abbreviations_of_ordinary_words_raise_nothing(engine, text):
    assert not engine.triage.assess(text).findings


def test_like_a_period_excuses_a_little_blood_never_heavy_bleeding(engine):
    assert engine.triage.assess("Popok bayi perempuan saya ada sedikit darah kayak haid, normal?").referral() is None
    assert ("heavy_bleeding", "mother") in active(engine, "Pembalut penuh tiap jam kayak haid hari pertama, banyak gumpalan")


# -- a colour before a chain of describing words; the let-down felt or not -------------------------
@pytest.mark.parametrize("text", ["my baby has yellow seedy poop, is my milk ok?", "my baby has yellow runny poo, normal?"])
def test_an_english_colour_describes_the_noun_after_its_describing_words(engine, text):
    assert not active(engine, text)


@pytest.mark.parametrize("text", ["my baby is yellow and his poo is pale", "baby has yellow skin and seedy poo"])
def test_a_colour_on_the_baby_stays_jaundice_when_another_statement_follows(engine, text):
    assert ("jaundice", "baby") in active(engine, text)


@pytest.mark.parametrize("text", ["I don't feel anything when the milk comes, is that normal?",
                                  "tidak merasakan apa-apa waktu menyusui, normal?"])
def test_not_feeling_the_let_down_is_no_low_mood(engine, text):
    assert not active(engine, text)


@pytest.mark.parametrize("text", ["I don't feel anything when I hold my baby", "saya tidak merasakan apa-apa ke bayi saya"])
def test_feeling_nothing_for_the_baby_stays_low_mood(engine, text):
    assert active(engine, text) & {("low_mood", "mother"), ("feel_nothing", "mother")}


# -- chat spellings: a vowel-less word is read only when no ordinary word fits it as well ------------
@pytest.mark.parametrize("text", ["penelitiannya dmn?", "belinya dmn ya?", "dmn bisa baca jurnalnya?"])
def test_chat_dmn_is_where_not_a_vowel_less_fever(engine, text):
    assert not engine.triage.assess(text).findings


@pytest.mark.parametrize("text, sign", [
    ("dd sy kning smpe ke tlpk tgn kaki, umr 5 hr", "jaundice"),
    ("anakku npas'a cpet bgt", "fast_breathing"),
    ("cuping idung bayiku kembang kempis", "chest_indrawing"),
])
def test_vowel_less_chat_names_the_sign(engine, text, sign):
    assert (sign, "baby") in active(engine, text)


def test_typed_vowel_less_word_never_becomes_an_unrelated_english_word(engine):
    assert not engine.triage.assess("kapan mens balik lagi kalau asi eksklusif?").findings


# -- chest words: the breasts filling or letting down, and sore muscles, are no chest pain ------------
@pytest.mark.parametrize("text", [
    "my chest feels tight and heavy now the milk has come in",
    "dada terasa berat karena ASI penuh, belum diperah",
    "my chest muscles are sore from carrying the baby all day",
    "pas let down dada rasanya sesak dan geli, normal?",
    "sesek dadaku krn nenen penuh bgt",
])
def test_chest_words_about_milk_or_muscles_are_no_chest_pain(engine, text):
    assert not active(engine, text)


@pytest.mark.parametrize("text", ["I have chest pain and can't catch my breath", "dada sy sakit bgt tiba2 dan sesak",
                                  "saat menyusui tiba-tiba sesak napas dan nyeri dada"])
def test_chest_pain_or_breathlessness_stays_an_emergency(engine, text):
    assert engine.triage.assess(text).referral() == {"person": "mother", "urgency": "emergency"}


# -- everyday words and what binds to what ------------------------------------------------------------
def test_a_time_between_a_wound_and_its_state_puts_no_distance(engine):
    assert ("caesarean_wound_infection", "mother") in active(
        engine, "luka jahitan sesar sejak dua hari ini basah, merah, dan tadi sedikit menganga")


@pytest.mark.parametrize("text", ["ASI saya baru keluar sedikit, warnanya kuning, normal?",
                                  "my baby poops after every single feed, yellow and seedy, is that normal?"])
def test_a_colour_of_milk_or_stool_told_apart_is_no_jaundice(engine, text):
    assert not active(engine, text)


def test_a_sentence_that_only_says_it_is_over_sets_aside_the_one_before(engine):
    assert not active(engine, "kemarin malam dedek agak anget terus. sekarang sudah biasa lagi")
    # a fit that has passed is still a fit
    assert ("convulsion", "baby") in active(engine, "tadi bayi saya kejang 1 menit. sekarang sudah normal")


def test_a_pulse_is_no_breathing_rate(engine):
    result = engine.triage.assess("ibu postpartum hari ke-8, tiba-tiba sesak, nadi 120, nyeri dada saat menarik napas")
    assert result.referral() == {"person": "mother", "urgency": "emergency"}


@pytest.mark.parametrize("text, flagged", [
    ("on day 2 he had 3 wet nappies, is that enough?", False),
    ("my 8 day old had only 3 wet nappies today", True),
    ("bayi umur 3 hari pipis 2 kali sehari", True),
])
def test_wet_nappies_are_counted_against_the_babys_age(engine, text, flagged):
    assert (("few_wet_nappies", "baby") in active(engine, text)) is flagged


@pytest.mark.parametrize("text, sign", [
    ("He brought up bright green stuff twice", "bilious_vomit"),
    ("bayi saya setiap habis nyusu semua keluar lagi", "vomiting_everything"),
    ("her arms and legs jerked in a rhythm and she didn't respond to me", "convulsion"),
])
def test_signs_described_in_everyday_words(engine, text, sign):
    assert (sign, "baby") in active(engine, text)


@pytest.mark.parametrize("text", [
    "My wife is talking fast, saying strange things, and says the baby isn't really ours",
    "istri saya ngomong aneh-aneh dan bilang bayinya bukan anak kami",
])
def test_psychosis_in_everyday_words(engine, text):
    assert ("psychosis", "mother") in active(engine, text)


@pytest.mark.parametrize("text", ["I'm so tired every single day, is that why my milk is low?",
                                  "anxious all the time about my supply", "badan remuk karena begadang terus, ASI seret?",
                                  "my mum says the baby cries every night because my milk is too little"])
def test_tiredness_worry_or_a_crying_baby_is_no_mood_sign(engine, text):
    assert not active(engine, text)


def test_a_weather_question_is_no_fever(engine):
    assert not active(engine, "We're moving to Bali with a newborn, is it very hot and rainy in December?")


def test_expressing_milk_is_no_red_breast(engine):
    assert not active(engine, "Cara memerah payudara pakai jari itu dibandingkan dengan urut punggung, bagus mana?")


# -- in a conversation ---------------------------------------------------------------------------------
def _chat(engine, *turns):
    from oxybot.engine.dialogue import Conversation

    convo = Conversation()
    return [engine.answer(q, context=convo) for q in turns]


def test_not_feeling_anything_after_a_let_down_question_is_a_sensation(engine):
    last = _chat(engine, "how do I know my let-down is working?", "and if I don't feel anything?")[-1]
    assert last.topic != "red_flag" and last.referral is None


def test_a_bare_sign_after_a_question_on_what_milk_protects_against_is_asked_in_general(engine):
    last = _chat(engine, "manfaat asi eksklusif apa aja sih?", "kalo diare?")[-1]
    assert last.topic != "red_flag" and last.referral is None
    assert "Kapan harus segera" in last.answer  # the when-to-go note, in the user's language
    told = _chat(engine, "manfaat asi eksklusif apa aja sih?", "bayi saya diare dari kemarin")[-1]
    assert told.referral == {"person": "baby", "urgency": "today"}


def test_a_blood_pressure_word_with_nothing_said_of_it_gets_no_card(engine):
    last = _chat(engine, "apakah oksitosin menurunkan stres?", "tekanan darah jg?")[-1]
    assert last.topic != "red_flag"


@pytest.mark.parametrize("text", ["daerah mana yang bagus buat pijat?", "saya suka meluk bayi saya lama-lama",
                                  "lagi nyari minyak buat pijat", "keinginan saya menyusui sampai 2 tahun",
                                  "ada 10 bayi di angkatan kami", "I tried everything, he was starving for milk"])
def test_a_real_word_is_never_repaired_into_a_danger_word(engine, text):
    assert not engine.triage.assess(text).findings


@pytest.mark.parametrize("text", ["My family says she needs water now because it's hot, until what age is milk enough?",
                                  "is it ok to get a spa massage with hot stones while breastfeeding?"])
def test_hot_weather_or_hot_stones_are_no_fever(engine, text):
    assert not active(engine, text)


def test_the_skin_around_the_cord_is_the_babys(engine):
    result = engine.triage.assess("I'm fine myself, but his cord is oozing pus and the skin around it is hot and red")
    assert result.referral() == {"person": "baby", "urgency": "today"}


# -- session 4: likeness, blood pressure told, the baby blues ---------------------------------------
@pytest.mark.parametrize("text", ["bayi saya umur 5 hari", "ASI itu dibuat dari darah ibu ya?",
                                  "is breast milk made from blood?"])
def test_a_card_by_likeness_needs_a_sign_word_that_means_something(engine, text):
    result = engine.answer(text)
    assert result.topic != "red_flag" and result.referral is None


def test_a_card_by_likeness_still_comes_for_a_sign_word_the_triage_does_not_read(engine):
    assert engine.answer("my c-section wound looks infected").referral == {"person": "mother", "urgency": "today"}


@pytest.mark.parametrize("text", ["tekanan darah saya tinggi", "my blood pressure is high", "tensi saya naik terus",
                                  "My BP is high since the birth"])
def test_a_mother_telling_her_blood_pressure_is_high_is_seen_today(engine, text):
    result = engine.answer(text)
    assert result.referral == {"person": "mother", "urgency": "today"}
    assert "tekanan darah" in result.answer.lower() or "blood pressure" in result.answer.lower()


@pytest.mark.parametrize("text", ["what blood pressure is too high after birth?", "tensi saya normal, tidak tinggi",
                                  "waktu hamil tensi saya sempat tinggi, sekarang sudah normal",
                                  "apakah pijat oksitosin aman untuk ibu dengan tekanan darah tinggi?"])
def test_a_blood_pressure_asked_about_denied_or_past_gets_no_card(engine, text):
    assert engine.answer(text).referral is None


@pytest.mark.parametrize("text", ["Saya sedih dan menangis terus, hari ketiga setelah melahirkan, merasa gagal jadi ibu",
                                  "Day 3 after birth, crying a lot and I feel like a bad mom"])
def test_feeling_a_failure_in_the_first_days_is_the_baby_blues_with_a_when_to_go_note(engine, text):
    result = engine.answer(text)
    assert result.referral is None and result.topic != "red_flag"
    assert "dua minggu" in result.answer or "two weeks" in result.answer


@pytest.mark.parametrize("text", ["sudah 3 minggu saya merasa gagal jadi ibu dan sedih terus",
                                  "I feel like a failure as a mother",  # no day told: we cannot tell
                                  "bayi saya umur 3 minggu, saya merasa gagal jadi ibu"])
def test_feeling_a_failure_past_two_weeks_or_without_a_day_is_a_sign(engine, text):
    assert engine.answer(text).referral == {"person": "mother", "urgency": "today"}


def test_thoughts_of_harm_in_the_first_days_stay_an_emergency(engine):
    result = engine.answer("hari ke 5, merasa gagal jadi ibu, kadang kepikiran menyakiti diri sendiri")
    assert result.referral == {"person": "mother", "urgency": "emergency"}


def test_orange_urates_in_the_first_three_days_get_a_note_not_a_card(engine):
    early = engine.answer("day 2, baby's pee is dark orange")
    assert early.referral is None and any(f["sign"] == "dark_urine" and f["hypothetical"] for f in early.findings)
    assert engine.answer("bayi umur 6 hari pipisnya oranye pekat").referral == {"person": "baby", "urgency": "today"}


def test_a_he_after_the_husband_is_the_baby_when_only_a_baby_has_the_sign(engine):
    told = engine.answer("Everything is going great, he latches well and my husband does the back massage every "
                         "evening. One small thing, since this morning he's been really floppy and hard to wake for feeds.")
    assert told.referral is not None and told.referral["person"] == "baby"
    # a sign an adult can have stays the husband's: no card
    assert engine.answer("my husband has a fever, he is shivering. can I breastfeed?").referral is None


@pytest.mark.parametrize("text", ["I get a tingly tight feeling in my chest right before the let-down, is that the reflex?",
                                  "dada saya agak sesak sebelum let down, wajar?"])
def test_chest_words_just_before_the_let_down_are_the_reflex(engine, text):
    assert not active(engine, text)


@pytest.mark.parametrize("text", ["kadang saya kepikiran lebih baik bayi saya tidak ada",
                                  "sometimes I wish my baby was never born"])
def test_wishing_the_baby_gone_is_a_thought_of_harm(engine, text):
    assert engine.answer(text).referral == {"person": "mother", "urgency": "emergency"}


@pytest.mark.parametrize("text", ["Kalo nnt sy demam pas nyusuin, ASI-nya aman ga buat dd?", "ntar kalo dd kuning gmn?"])
def test_chat_spellings_of_nanti_make_a_what_if(engine, text):
    result = engine.triage.assess(text)
    assert not result.active and any(f.hypothetical for f in result.findings)


def test_cool_hands_with_a_warm_tummy_are_no_cold_baby(engine):
    result = engine.triage.assess("His hands and feet feel cooler than his tummy, but his tummy is warm. Is he cold?")
    assert not result.active and any(f.sign == "cold_baby" and f.negated for f in result.findings)
    assert engine.answer("He feels cold all over, even his tummy, and won't wake").referral is not None


def test_something_to_watch_for_asks_in_general_only_without_her_own_story(engine):
    assert engine.answer("apakah betis bengkak setelah sesar perlu diwaspadai?").referral is None
    told = engine.answer("betis saya bengkak dan nyeri setelah sesar, perlu diwaspadai?")
    assert told.referral == {"person": "mother", "urgency": "today"}


@pytest.mark.parametrize("text", [
    "baby had a fit, what do I do",
    "baby had a seizure just now, what do we do?",
])
def test_asking_what_to_do_about_a_sign_seen_is_no_general_question(engine, text):
    """'what do I do' asks for help with what she saw; only 'what does ... look like' asks in general."""
    assert active(engine, text)


# -- danger signs described, not named (round-4 misses, reworded) ---------------------------------

@pytest.mark.parametrize("text, sign, person", [
    ("Behind my left knee aches and the lower leg is puffy, only that side", "leg_clot", "mother"),
    ("Kaki kanan saya merah dan hangat dari lutut ke bawah, cuma sebelah", "leg_clot", "mother"),
    ("Went through 2 pads in the last hour and I feel lightheaded", "heavy_bleeding", "mother"),
    ("Tadi saya jatuh, celana saya penuh darah", "heavy_bleeding", "mother"),
    ("I coughed up blood this morning", "chest_pain", "mother"),
    ("one side of my chest stabs when I breathe", "chest_pain", "mother"),
    ("the line from the operation is red and hot", "caesarean_wound_infection", "mother"),
    ("I was shaking all over and didn't answer my husband, I don't remember it", "convulsion", "mother"),
    ("Badannya kaku kayak kesetrum", "convulsion", "baby"),
    ("The skin under his ribs goes in with every breath", "chest_indrawing", "baby"),
    ("Bayi saya belum ngompol sejak tadi pagi, umurnya 5 hari", "no_wet_long", "baby"),
    ("Perut bayi saya keras seperti drum dan dia muntah", "distended_belly", "baby"),
    ("Sudah tiga minggu saya tidak mau keluar kamar dan tidak mau mandi", "low_mood_weeks", "mother"),
    ("Saya merasa kosong dan tidak punya rasa ke bayi saya", "low_mood", "mother"),
    ("I havent slept for two days and I'm not tired at all", "psychosis", "mother"),
    ("I think there are hidden cameras in our flat", "psychosis", "mother"),
    ("kalau malam saya kepikiran pergi untuk selamanya", "suicidal", "mother"),
    ("Waktu bangun dari kasur pandangan gelap lalu saya jatuh", "feeling_faint", "mother"),
])
def test_a_sign_told_in_everyday_words_is_caught_for_the_right_person(engine, text, sign, person):
    assert (sign, person) in active(engine, text)


def test_my_left_calf_is_hers_after_a_sentence_about_the_baby(engine):
    assert ("leg_clot", "mother") in active(engine, "Baby naps well. My left calf is tight and swollen, and warm.")


@pytest.mark.parametrize("text", [
    "Suami sudah bisa pijat punggung. Tadi waktu nyusu bibirnya membiru dan dia berhenti napas sebentar.",
    "My mother is here helping with meals. Since tonight she feels really hot, 38.3, and she's fussier than usual.",
])
def test_a_he_or_she_while_nursing_or_fussing_is_the_baby_not_the_adult_named_before(engine, text):
    assert any(person == "baby" for _, person in active(engine, text))


def test_a_younger_sibling_beside_an_older_one_is_the_baby(engine):
    got = active(engine, "Kakaknya pilek, tapi adeknya yang umur seminggu demam dan lemas")
    assert ("fever", "baby") in got


@pytest.mark.parametrize("text", [
    "Di posyandu bidannya menjelaskan tanda bahaya seperti kejang, demam dan perdarahan. Bayi saya sehat, berapa kali sehari dia harus menyusu?",
    "The midwife went through fits, fever and heavy bleeding in our class; we've had none of it. How often should he feed?",
    "Saya bidan. Tiap kunjungan kami cek perdarahan dan suhu ibu. Kapan pijat oksitosin sebaiknya dimulai?",
])
def test_signs_listed_as_taught_or_checked_are_no_sign_seen(engine, text):
    assert not active(engine, text)


def test_an_older_girls_fever_is_not_the_mothers(engine):
    assert ("fever", "mother") not in active(engine, "My older girl has a fever, can I still breastfeed the baby?")


@pytest.mark.parametrize("text", [
    "payudara rasanya kosong terus, harus bagaimana supaya terisi lagi?",
    "ASI saya cukup di pagi hari tapi sore sampai malam rasanya kosong",
    "my breasts feel empty after every feed, how do I get more milk?",
])
def test_emptiness_of_the_breasts_is_low_milk_not_a_low_mood(engine, text):
    assert not active(engine, text)


@pytest.mark.parametrize("text", [
    "Sejak lahiran sebulan lalu rasanya kosong, tiap hari nangis",
    "I feel empty all the time since the birth",
    "saya merasa kosong dan ASI saya juga sedikit",
])
def test_emptiness_of_mood_is_still_a_sign(engine, text):
    assert {g for g, _ in active(engine, text)} & {"low_mood", "feels_empty", "crying_weeks", "low_mood_weeks"}


# -- round 6: classes of the round-5 misses, in phrasings of our own -------------------------------------
@pytest.mark.parametrize("text", [
    "Di grup arisan ada yang cerita bayinya kejang karena demam tinggi, bikin saya takut. Bayi saya sehat. ASI saya kurang, pijat oksitosin bantu?",
    "My aunt tells horror stories about women who bled to death after birth. I'm 4 weeks out and fine. Does massage help milk?",
    "Saya baca artikel soal ibu yang perdarahan hebat setelah melahirkan. Saya sendiri baik-baik saja. Berapa lama pijat oksitosin?",
    "I saw on the news that a new mother with severe postpartum depression harmed herself. I'm fine, does stress lower milk?",
    "Kata orang bayi bisa biru kalau kena angin malam, bayi saya hangat dan aktif. Itu mitos ya?",
])
def test_signs_in_a_rumour_the_news_or_someone_elses_story_are_no_sign_seen(engine, text):
    assert not active(engine, text)


@pytest.mark.parametrize("text, sign", [
    ("My aunt keeps telling horror stories, and my baby has been floppy all day", "floppy"),
    ("Saya baca berita soal kuning, bayi saya matanya kuning sampai telapak kaki", "jaundice"),
])
def test_her_own_sign_beside_a_story_still_counts(engine, text, sign):
    assert sign in {s for s, _ in active(engine, text)}


@pytest.mark.parametrize("text, sign", [
    ("is this a haemorrhage if my pad is soaked every hour?", "heavy_bleeding"),
    ("is it an infection if my c-section scar is leaking pus?", "caesarean_wound_infection"),
    ("apakah ini perdarahan kalau saya ganti pembalut tiap jam karena penuh?", "heavy_bleeding"),
])
def test_is_it_x_if_i_tells_her_own_present_state(engine, text, sign):
    assert (sign, "mother") in active(engine, text)


@pytest.mark.parametrize("text", [
    "is it a haemorrhage if you bleed a lot after birth?",
    "apakah itu perdarahan kalau darah nifas masih keluar sedikit di minggu kedua?",
])
def test_is_it_x_if_of_no_one_stays_general(engine, text):
    assert not active(engine, text)


@pytest.mark.parametrize("text", [
    "one thigh is thicker than the other and it hurts to walk",
    "my left calf looks much bigger than my right one and it throbs",
    "betis kanan jadi lebih gede dibanding yang kiri, sakit kalau jalan",
    "Bun, boleh nggak dipijat oksitosin kalau betis kiri saya bengkak dan nyeri?",
    "my right leg has been fatter than the left since last week and it aches",
])
def test_a_leg_told_against_the_other_or_inside_a_massage_question_is_a_leg_clot(engine, text):
    assert ("leg_clot", "mother") in active(engine, text)


@pytest.mark.parametrize("text", [
    "my left breast is bigger than the right one, is that normal?",
    "boleh ga pijat oksitosin kalau kaki saya agak pegal habis jalan?",
])
def test_sizes_and_tired_legs_are_no_leg_clot(engine, text):
    assert not active(engine, text)


@pytest.mark.parametrize("text, sign", [
    ("my cs woundd is redd and swolen and oozin pus", "caesarean_wound_infection"),
    ("my cs woud is reddd n swollen", "caesarean_wound_infection"),
    ("luka sesarr sayaa merahh dan bengkakk keluar nanahh", "caesarean_wound_infection"),
])
def test_chat_spellings_with_doubled_or_dropped_letters_are_read(engine, text, sign):
    assert (sign, "mother") in active(engine, text)


@pytest.mark.parametrize("text", [
    "I haven't slept for days and I'm full of energy, I think I was chosen for a special mission",
    "i feel like i can read people's minds and haven't needed sleep since the birth",
    "saya merasa punya kekuatan khusus dan Tuhan bicara langsung ke saya",
    "istri saya 4 hari ga tidur, bicaranya cepat sekali, katanya dia nabi",
])
def test_grandiose_ideas_and_no_need_of_sleep_are_psychosis(engine, text):
    assert ("psychosis", "mother") in active(engine, text)


@pytest.mark.parametrize("text", [
    "I haven't slept well in days because the baby feeds all night, I'm exhausted",
    "I pray every night and feel God is with me while I breastfeed",
])
def test_tiredness_and_faith_are_no_psychosis(engine, text):
    assert not active(engine, text)


@pytest.mark.parametrize("text", [
    "Update: all good, baby is gaining. Some nights I think about jumping off the balcony, but I'm mostly fine. Is massage best before feeds?",
    "Alhamdulillah ASI lancar. Kadang kepikiran loncat dari jembatan, tapi sebagian besar baik-baik saja. Berapa kali pijat sehari?",
    "Week 3, all lovely! Sometimes I wonder how they'd all cope without me, but mostly fine. How long is a massage?",
])
def test_a_self_harm_thought_in_a_cheerful_post_counts(engine, text):
    assert any(person == "mother" for _, person in active(engine, text))


@pytest.mark.parametrize("text", [
    "my wife gave birth 10 days ago and keeps saying she wants to vanish and won't eat",
    "nearly fainted in the bathroom and still bleeding heavily, heart pounding",
    "almost passed out on the stairs, losing lots of blood",
])
def test_her_own_signs_are_the_mothers_only(engine, text):
    result = engine.triage.assess(text)
    assert result.referral() is not None and result.referral()["person"] == "mother"


@pytest.mark.parametrize("text", [
    "ulu hati perih gara-gara maag kambuh, boleh minum obat maag saat menyusui?",
    "my chest burns after spicy food from acid reflux, is that ok while breastfeeding?",
])
def test_heartburn_told_with_its_cause_is_no_chest_pain(engine, text):
    assert not active(engine, text)


def test_chest_pain_not_from_an_ulcer_still_counts(engine):
    assert ("chest_pain", "mother") in active(engine, "nyeri dada kiri tembus ke punggung dan sesak, bukan karena maag")


@pytest.mark.parametrize("text", [
    "si kecil hari ini baru pipis 2 kali",
    "popoknya sejak kemarin cuma basah dua kali",
    "she has only wet 3 times since yesterday and seems sleepy",
])
def test_wet_nappies_counted_by_the_wetting_are_few(engine, text):
    assert ("few_wet_nappies", "baby") in active(engine, text)


@pytest.mark.parametrize("text", [
    "bayi saya pipis 8 kali sehari, normal kan?",
    "he peed 10 times today, is that too much?",
])
def test_plenty_of_wet_nappies_is_no_sign(engine, text):
    assert not active(engine, text)


@pytest.mark.parametrize("text", [
    "My mother-in-law warned me that babies can get fits from a fever. Mine is well. How often should I feed?",
    "Ibu mertua nakut-nakutin katanya bayi bisa kejang kalau demam. Anak saya sehat kok. Pijat oksitosin berapa menit?",
    "I watched a video where a baby turned blue while feeding, it scared me. Does the massage help the let-down?",
    "Temen kantor cerita anaknya kuning parah sampai disinar. Bayi saya baik. Berapa lama ASI eksklusif?",
])
def test_warnings_videos_and_other_peoples_children_told_as_background_are_no_sign_seen(engine, text):
    assert not active(engine, text)


@pytest.mark.parametrize("text, sign, person", [
    ("Di grup WA ada yang bilang wajar, tapi saya demam 39 dan payudara kiri merah panas", "fever", "mother"),
    ("kata orang biasa, tapi darah saya keluar banyak sampai tembus celana", "heavy_bleeding", "mother"),
    ("my babyyy wont feeeed since this mornin", "not_feeding", "baby"),
    ("bb q kuningg bgtt smp telapak kakii", "jaundice", "baby"),
    ("Hi! Baby is 6 weeks and doing great. Honestly sometimes I imagine swallowing all my pills, but I'm fine. "
     "Is it ok to massage at night?", "suicidal", "mother"),
])
def test_her_own_sign_after_a_rumour_or_in_chat_spelling_counts(engine, text, sign, person):
    assert (sign, person) in active(engine, text)


@pytest.mark.parametrize("text", ["which one gave smoother flow?", "does the massage make the let-down smoother?"])
def test_a_real_word_with_a_double_vowel_is_never_read_as_a_danger_word(engine, text):
    assert not engine.triage.assess(text).findings


@pytest.mark.parametrize("text", [
    "Bayi tetangga kuning, katanya disuruh dijemur pagi. Bayi saya sendiri sehat. Memang dijemur itu perlu?",
    "My friend's baby had a seizure yesterday and is in hospital. Mine is fine, but how do I stop worrying?",
    "my cousin's baby went blue in the bath, what can I do so mine never does?",
])
def test_another_babys_sign_set_against_her_own_is_someone_elses_story(engine, text):
    assert not active(engine, text)


@pytest.mark.parametrize("text", ["my friend's baby is floppy and won't wake up", "bayi kakak saya bibirnya biru"])
def test_another_babys_sign_told_alone_is_still_a_baby_in_danger(engine, text):
    assert any(person == "baby" for _, person in active(engine, text))


@pytest.mark.parametrize("text", [
    "My mother-in-law says dressing the baby in yellow clothes causes jaundice. Is that a thing?",
    "Mertua bilang kalau minum es nanti darah nifas membeku dan bayi bisa kuning, apa benar?",
    "My mum insists that green poo means the baby caught a chill. True or not?",
    "She says I must not drink cold water or the blood will clot inside. Which of these are myths?",
])
def test_someone_elses_belief_she_asks_about_is_no_sign_seen(engine, text):
    assert not active(engine, text)


@pytest.mark.parametrize("text, sign, person", [
    ("my mum says the baby has been floppy and hard to wake since this morning, is that true?", "floppy", "baby"),
    ("my husband says I look pale and I am bleeding heavily, is that true it is dangerous?", "heavy_bleeding", "mother"),
    ("my husband says the baby feels hot, 38.5, is it true it is a fever?", "fever", "baby"),
])
def test_what_someone_says_she_sees_now_still_counts(engine, text, sign, person):
    assert (sign, person) in active(engine, text)


@pytest.mark.parametrize("text", [
    "A woman in my antenatal class ended up in ICU with sepsis after her birth. I'm fine, just anxious. Does anxiety reduce milk?",
    "Ada postingan viral soal ibu yang pendarahan setelah pijat. Apakah pijat oksitosin aman untuk saya yang sehat?",
    "I keep reading on forums that babies stop breathing in their sleep. My baby is fine. How can I relax so my milk flows?",
])
def test_another_womans_story_a_forum_or_a_viral_post_is_no_sign_seen(engine, text):
    assert not active(engine, text)


@pytest.mark.parametrize("text, sign", [
    ("bayi saya bisa kejang, tangannya menghentak-hentak dari tadi", "convulsion"),
    ("a baby can look blue around the lips like mine does right now?", "apnoea_blue"),
    ("lagi nonton film, tiba-tiba bayi kejang", "convulsion"),
    ("while scrolling tiktok my baby went blue and floppy", "floppy"),
    ("bayi bisa napas tersengal-sengal dan dadanya tertarik ke dalam", "chest_indrawing"),
])
def test_where_she_was_or_what_a_baby_can_do_never_hides_her_own_babys_sign(engine, text, sign):
    assert (sign, "baby") in active(engine, text)


@pytest.mark.parametrize("text, sign", [
    ("My mum's old wives tale says a yellow baby needs sun, and the baby's eyes are yellow to the whites and he is sleepy",
     "jaundice"),
    ("Grup WA rame soal bayi biru, dan dedek bibirnya kebiruan waktu nyusu", "apnoea_blue"),
    ("Ada yang bilang bayi kejang itu karena kaget, tadi dedek kejang 2 menit", "convulsion"),
])
def test_a_rumour_ends_where_a_new_statement_about_her_baby_begins(engine, text, sign):
    assert (sign, "baby") in active(engine, text)


@pytest.mark.parametrize("text, person", [
    ("my partner collapsed in the kitchen after feeding and there's blood everywhere", "mother"),
    ("tiba-tiba pingsan di kamar mandi, darah banyak", "mother"),
    ("bayi saya tadi pingsan, badannya lemas", "baby"),
])
def test_a_faint_is_hers_unless_a_baby_is_named(engine, text, person):
    assert ("fainted", person) in active(engine, text)


def test_tired_enough_to_drop_is_no_faint(engine):
    assert not active(engine, "saya capek banget sampai rasanya mau ambruk tiap sore, normal?")


@pytest.mark.parametrize("text", [
    "is it mastitis if my breast feels lumpy before a feed but soft after?",
    "is it jaundice if my baby's poo is yellow?",
    "apakah ini demam kalau suhu saya 37,2?",
])
def test_the_name_asked_about_is_no_sign_her_description_decides(engine, text):
    assert not active(engine, text)


@pytest.mark.parametrize("text, sign, person", [
    ("is it a fever if my temperature is 38.4 and I'm shivering?", "fever", "mother"),
    ("is it jaundice if my baby's eyes are yellow and he's hard to wake?", "jaundice", "baby"),
    ("apakah ini kejang? dari tadi tangannya menghentak-hentak terus", "convulsion", "baby"),
])
def test_her_description_after_the_name_asked_about_counts(engine, text, sign, person):
    assert (sign, person) in active(engine, text)


@pytest.mark.parametrize("text", [
    "is it safe to breastfeed if I have a fever?",
    "is it safe if I have a fever to keep breastfeeding?",
    "is it ok if I get mastitis to keep feeding from that side?",
])
def test_is_it_safe_if_i_asks_leave_for_a_case_not_her_state(engine, text):
    assert not active(engine, text)


@pytest.mark.parametrize("text, sign", [
    ("is it normal if my scar is leaking pus?", "caesarean_wound_infection"),
    ("is it serious if i'm dizzy and soaking a pad every half hour?", "heavy_bleeding"),
])
def test_is_it_normal_or_serious_if_i_tells_her_state(engine, text, sign):
    assert (sign, "mother") in active(engine, text)


# -- round 6: signs told in everyday words, no catalogue name -------------------------------------
@pytest.mark.parametrize("text, sign", [
    ("I'm changing my pad every 30 minutes and it's soaked bright red", "heavy_bleeding"),
    ("pembalut saya penuh tiap 45 menit, darahnya merah segar", "heavy_bleeding"),
    ("a clot as big as a plum came out when I went to the loo, two weeks after the birth", "heavy_bleeding"),
    ("keluar gumpalan darah seukuran telur waktu ke kamar mandi, baru lahiran seminggu", "heavy_bleeding"),
])
def test_heavy_bleeding_told_by_pad_time_or_clot_size_is_caught(engine, text, sign):
    assert (sign, "mother") in active(engine, text)


@pytest.mark.parametrize("text", [
    "I got up from bed, the room went black and I came round on the bathroom floor",
    "everything went dark when I stood and next thing I was lying on the kitchen floor",
    "pas bangun dari kasur pandangan saya tiba-tiba gelap dan hampir jatuh, keringat dingin",
    "tadi waktu berdiri mata saya mendadak gelap, badan limbung, keluar keringat dingin",
])
def test_a_faint_told_as_sight_going_black_and_a_fall_is_hers(engine, text):
    signs = {s for s, p in active(engine, text) if p == "mother"}
    assert signs & {"fainted", "feeling_faint"}


@pytest.mark.parametrize("text, sign", [
    ("ever since the birth I hear a voice calling my name when there's no one in the house", "psychosis"),
    ("my wife keeps saying a voice is telling her to leave with the baby", "psychosis"),
    ("istri saya sejak semalam ngomong melantur dan tidak tahu sedang di mana", "psychosis"),
    ("saya sering dengar bisik-bisik memanggil nama saya padahal tidak ada siapa-siapa di kamar", "psychosis"),
    ("ada suara bisikan yang menyuruh saya pergi meninggalkan bayi", "psychosis"),
    ("some nights on the balcony with him I think about just letting go", "harm_baby"),
    ("I've been thinking of swallowing all my tablets in one go", "suicidal"),
    ("kadang terpikir menelan semua tablet saya sekaligus", "suicidal"),
])
def test_voices_confusion_and_a_plan_told_in_everyday_words_are_hers(engine, text, sign):
    assert (sign, "mother") in active(engine, text)


@pytest.mark.parametrize("text", [
    "I keep hearing phantom crying in the shower when the baby is fast asleep, is that normal?",
    "can I take all my vitamins at once in the morning while breastfeeding?",
    "I'm thinking about letting go of night feeds, how do I drop one gently?",
])
def test_everyday_worries_near_the_mood_signs_are_no_sign(engine, text):
    assert not engine.triage.assess(text).active


@pytest.mark.parametrize("text, sign", [
    ("asking for my sister, she had a c-section 6 days ago and her calf is swollen and red, she can barely walk", "leg_clot"),
    ("adik saya habis operasi sesar minggu lalu, sekarang betisnya bengkak merah dan nyeri", "leg_clot"),
    ("my daughter had her baby on Monday and can't catch her breath when she lies down", "breathing_difficulty"),
    ("since the delivery I have to sleep sitting up or I can't breathe", "breathing_difficulty"),
    ("the end of my tummy cut has come open and the skin round it is red", "caesarean_wound_infection"),
    ("luka di perut bekas operasi saya terbuka sedikit dan pinggirnya merah bengkak", "caesarean_wound_infection"),
])
def test_her_body_signs_told_in_everyday_words_or_by_family_are_hers(engine, text, sign):
    assert (sign, "mother") in active(engine, text)


@pytest.mark.parametrize("text", [
    "my baby hasn't pooed for four days and his tummy is hard and swollen",
    "sudah 3 hari bayi saya belum BAB dan perutnya keras",
])
def test_no_stool_for_days_with_a_hard_belly_is_the_babys_sign(engine, text):
    assert any(p == "baby" for _, p in active(engine, text))


@pytest.mark.parametrize("text", [
    "in a TV series I watched, the new mother hears voices; is that a real illness?",
    "di film yang saya tonton, tokoh ibunya kejang setelah melahirkan. Apa itu benar-benar ada?",
    "hati saya terasa hangat sekali waktu menggendong si kecil",
    "saya sesak hati dengar omongan tetangga soal ASI saya",
])
def test_fiction_and_feelings_of_the_heart_are_no_sign(engine, text):
    assert not engine.triage.assess(text).active


@pytest.mark.parametrize("text, signs", [
    ("I watched a film last night and since then my baby has been floppy and won't wake for feeds",
     {"floppy", "hard_to_wake", "not_waking_for_feeds"}),
    ("hati saya hangat tapi badan saya demam 39 dan menggigil", {"fever", "mother_feverish"}),
])
def test_her_own_sign_after_a_film_or_a_warm_heart_still_counts(engine, text, signs):
    assert {s for s, _ in active(engine, text)} & signs


def test_warm_skin_over_a_painful_leg_is_the_legs_not_a_babys_fever(engine):
    text = ("baby is feeding well. My right calf is swollen, the skin is warm and it really hurts when I walk, "
            "the left one is normal")
    assert active(engine, text) == {("leg_clot", "mother")}


@pytest.mark.parametrize("text", ["badan bayi saya hangat banget dari tadi siang", "my baby feels really warm all over"])
def test_warm_with_its_own_intensifier_is_still_a_fever(engine, text):
    assert ("fever", "baby") in active(engine, text)


def test_screaming_blue_murder_is_an_idiom_not_a_blue_baby(engine):
    assert not engine.triage.assess("my baby screams blue murder at every nappy change, any tips?").active


@pytest.mark.parametrize("text, sign, person", [
    ("I'm the grandma. My daughter is so short of breath she has to sleep propped up, a week after the birth",
     "breathing_difficulty", "mother"),
    ("saya neneknya. anak saya sesak napas kalau berbaring, baru lahiran 4 hari", "breathing_difficulty", "mother"),
    ("I'm the grandma. My daughter's baby is floppy and won't feed", "floppy", "baby"),
    ("im the dad. my daughter is floppy and won't feed", "floppy", "baby"),
])
def test_a_grandmothers_daughter_is_the_mother_a_fathers_is_the_baby(engine, text, sign, person):
    assert (sign, person) in active(engine, text)


@pytest.mark.parametrize("text, expect", [
    ("day 5 after the birth, I'm bleeding like a heavy period, lighter every day. How long does it last?", False),
    ("darah nifas saya banyak seperti haid, makin hari makin sedikit. Normal kan?", False),
    ("I'm bleeding heavily and soaking a pad every hour, and I feel faint", True),
])
def test_bleeding_that_lessens_day_by_day_is_the_normal_course(engine, text, expect):
    assert bool({s for s, p in active(engine, text) if p == "mother"}) == expect


@pytest.mark.parametrize("text", [
    # a wish to be gone told in the third person by a husband, or with "aku", inside a massage question
    "Suami di sini. Istri saya dua minggu lalu lahiran, kemarin dia bilang mending dia tidak ada saja. Pijat punggung bisa bikin dia tenang?",
    "kadang aku mikir lebih baik aku tidak ada, asi juga seret, pijat oksitosin ngaruh ga?",
    "my wife told me we'd all be better if she wasnt here. would a back rub help her milk and her mood?",
])
def test_a_wish_to_be_gone_told_by_someone_else_or_inside_a_question_is_referred(engine, text):
    assert active(engine, text) & {("self_harm", "mother"), ("harm_baby", "mother")}


# -- session 5: near-miss classes found by triage_fresh4 ----------------------------------------------
@pytest.mark.parametrize("text", [
    "anjing kami baru melahirkan, anaknya satu lemas tidak mau menyusu",  # an animal's young
    "kemarin nonton drakor, tokoh ibunya kejang habis melahirkan",  # a series named bare
    "the movie had a mum who bled heavily after the birth, gave me chills watching it lol",
    "rasanya mau pingsan saking capeknya begadang",  # a figure of speech from tiredness
    "saya ngakak sampai sesak napas lihat bayi bersin",  # ... from laughter
    "kepala mau pecah mikirin cicilan",  # ... from worry
    "whole body aches after the birth, like after a long hike",  # aches alone: ordinary after labour
    "can a mum with a fever still breastfeed?",  # someone in general
    "katanya kalau bayi kuning harus dijemur ya?",  # a rule she heard
    "the breast milk turned bluish in the freezer",  # blue is the milk's
    "his feet go a bit purple when he's cold but his lips stay pink",  # the cold is when the colour shows
    "kemarin demam karena mastitis, sudah diobati dan sudah enakan",  # treated, better now
])
def test_next_near_miss_classes_are_no_sign(engine, text):
    assert not engine.triage.assess(text).active


@pytest.mark.parametrize("text, sign, person", [
    ("anjing kami baru melahirkan, bayi saya lemas tidak mau menyusu", "floppy", "baby"),  # her own baby
    ("he turned blue during the feed", "apnoea_blue", "baby"),  # who turned blue is bound, not dropped
    ("my baby's lips turned blue and he went floppy", "apnoea_blue", "baby"),
    ("achy all over, my breast is red and hot and it hurts", "breast_infection", "mother"),  # aches with a red breast
    ("saya demam 38,8 sejak pagi, badan pegal semua", "fever", "mother"),
    ("my baby feels cold to touch and won't wake", "cold_baby", "baby"),
])
def test_the_same_words_told_as_her_own_sign_still_count(engine, text, sign, person):
    assert (sign, person) in active(engine, text)


@pytest.mark.parametrize("text", [
    "kulit bayi saya kuning langsat kayak ibunya",  # a skin tone
    "saya demam panggung kalau harus presentasi",  # stage fright
    "saya kejang otot di betis tadi malam, cuma kram",  # a muscle cramp
    "dada saya sesak kalau ingat tagihan rumah sakit",  # a feeling from a thought
    "my eyes are blurry without my glasses",
    "bidan bilang tanda bahaya itu kalau bayi kejang atau biru",  # danger signs as taught
    "she had a slight fever after her jabs yesterday, gone today",
    "gumpalan darah sebesar kacang waktu bangun pagi, hari ke-4",  # a clot as small as a pea
    "pengen menghilang sebentar ke salon, boleh nitip bayi?",  # a short break
])
def test_set_phrases_and_taught_signs_are_no_sign(engine, text):
    assert not engine.triage.assess(text).active


@pytest.mark.parametrize("text, sign", [
    ("hidung anak saya kembang kempis tiap bernapas", "nasal_flaring"),
    ("his nostrils are flaring with every breath", "nasal_flaring"),
    ("ubun-ubun bayi saya kelihatan cekung ke dalam", "dry_mouth"),
    ("bayi saya dicubit kakinya tetap diam saja", "unresponsive"),
])
def test_newborn_danger_signs_told_in_everyday_words(engine, text, sign):
    assert (sign, "baby") in active(engine, text)


def test_feeling_her_baby_is_better_off_with_someone_else_is_the_mood_sign(engine):
    assert ("disappear", "mother") in active(engine, "I think my baby would be better off with another mother")


@pytest.mark.parametrize("text", [
    "perutku kejang-kejang kayak mau haid waktu nyusuin",  # cramps of the belly
    "istri saya lagi demam kpop, tiap malam nonton konser",  # a craze
    "rumah sesak oleh tamu pas keluarga besar datang",  # a crowded house
    "feeling a little blue today, nothing serious",  # a low spirit, not a blue baby
    "there is a faint pink stain in the nappy, urates the midwife said",
    "skipping maternity leave would be career suicide for me",
    "mau pingsan lihat harga pompa ASI elektrik",  # a faint feeling at a price
])
def test_a_sign_word_in_another_sense_is_no_sign(engine, text):
    assert not engine.triage.assess(text).active


def test_feeling_detached_from_herself_is_a_mood_sign_for_today(engine):
    found = engine.triage.assess("semuanya terasa tidak nyata, kayak bukan hidup saya").referral()
    assert found == {"person": "mother", "urgency": "today"}


@pytest.mark.parametrize("text", [
    "pain-free and fever-free since we came home, how often should she feed?",
    "the jaundice at day 5 was gone by his two week weigh-in",
    "do breastfed babies get fevers after their jabs?",
    "apakah ibu yang demam boleh tetap memerah ASI?",
    "waktu remaja saya pernah melukai diri, sekarang sudah lama baik-baik saja",
])
def test_absent_over_or_general_signs_are_no_sign(engine, text):
    assert not engine.triage.assess(text).active


def test_a_sign_before_free_of_another_still_counts(engine):
    assert ("fever", "baby") in active(engine, "my baby has a fever of 38.6, otherwise rash-free")


@pytest.mark.parametrize("text, counts", [
    ("bayi saya belum bangun untuk menyusu dari jam 7 pagi sampai jam 2 siang", True),  # 7 hours
    ("she hasn't woken to feed from 9pm until 4am", True),
    ("bayi saya belum bangun untuk menyusu dari jam 1 siang sampai jam 3 sore", False),  # 2 hours: a nap
])
def test_a_clock_range_is_a_duration(engine, text, counts):
    assert (("not_waking_for_feeds", "baby") in active(engine, text)) is counts


@pytest.mark.parametrize("text, counts", [
    ("my head is pounding and my eyesight has gone all fuzzy", True),  # "has gone" + a change: a sign now
    ("the swelling in my calf has gone, it was just from the long car ride", False),  # over
])
def test_has_gone_is_over_only_when_nothing_it_turned_into_follows(engine, text, counts):
    assert bool(engine.triage.assess(text).active) is counts


def test_a_tummy_heaving_with_each_breath_is_hard_breathing(engine):
    assert ("laboured_breathing", "baby") in active(engine, "perut bayi saya naik turun keras tiap napas")


@pytest.mark.parametrize("text", [
    "I had a nightmare that my son went blue, he was sleeping peacefully when I checked",
    "semalam saya mimpi bayi saya kejang, ternyata dia tidur nyenyak",
    "her teddy bear is yellow and blue, she stares at it during feeds",
    "his temperature was 37.0 after his bath, is that fine?",  # a reading under the threshold, not the bath's
    "the nurse said many babies go a bit yellow in the first week, mine is pink though",
])
def test_dreams_things_and_babies_as_a_class_are_no_sign(engine, text):
    assert not engine.triage.assess(text).active


def test_a_reading_over_the_threshold_after_a_bath_is_still_a_fever(engine):
    assert ("fever", "baby") in active(engine, "my baby's temperature is 38.4 after his bath")


def test_a_chill_that_is_warm_again_is_over_but_a_reading_stays(engine):
    assert not engine.triage.assess("tadi menggigil sebentar habis mandi, sekarang sudah hangat lagi").active
    assert ("fever", "mother") in active(engine, "saya menggigil, suhu 38,7, kata bidan biasa tapi saya khawatir")


@pytest.mark.parametrize("text, sign, person", [
    ("my lil one has a temp of 38.2 and won't settle", "fever", "baby"),  # a pet name for the baby
    ("I hear him crying when he's fast asleep, and I haven't slept for days", "psychosis", "mother"),
])
def test_pet_names_and_hearing_what_is_not_there(engine, text, sign, person):
    assert (sign, person) in active(engine, text)


@pytest.mark.parametrize("text", [
    "anak saya kalau kaget tangannya menyentak lalu diam. Itu kejang bukan?",  # asks whether it is the sign
    "supaya saya siap mulai sekarang, demam pada bayi itu berapa derajat?",  # "from now on" is no time of hers
    "I had a haemorrhage at the birth two months ago but I've recovered now, how do I boost supply?",
])
def test_asking_whether_from_now_on_or_recovered_is_no_sign(engine, text):
    assert not engine.triage.assess(text).active


def test_crying_hard_is_no_fit_but_eyes_rolled_up_and_stiff_is(engine):
    assert not engine.triage.assess("bayi saya nangis kejer tiap sore, digendong langsung diam").active
    assert ("convulsion", "baby") in active(engine, "bayi saya tadi kaku, matanya ke atas")


def test_a_heavy_nappy_in_the_morning_is_enough_wees(engine):
    assert not engine.triage.assess("malam jarang pipis tapi pagi popoknya berat sekali").active
    assert ("few_wet_nappies", "baby") in active(engine, "bayi saya jarang pipis, popoknya kering terus dari pagi")


@pytest.mark.parametrize("text, counts", [
    ("nenek panik, bayi kami cegukan dikira kejang, padahal cuma cegukan", False),  # what it was mistaken for
    ("awalnya dikira kolik, ternyata bayi saya demam 38,9", True),  # what it turned out to be is a sign
    ("I had a bad panic attack before the birth, but I'm calm now", False),  # before the birth: over
])
def test_mistaken_for_and_before_the_birth(engine, text, counts):
    assert bool(engine.triage.assess(text).active) is counts


@pytest.mark.parametrize("text", [
    "aku pengen mati aja saking capeknya",  # a wish to die told with a cause is still referred
    "rasanya pengen bunuh diri kalau ingat utang",
    "I want to end it all when I think about the debts",
    "I dreamt about killing myself and I keep thinking about it in the day",
])
def test_a_wish_to_die_stays_whatever_cause_or_dream_it_is_told_with(engine, text):
    assert engine.triage.assess(text).referral() == {"person": "mother", "urgency": "emergency"}


@pytest.mark.parametrize("text, sign, person", [
    # a rule heard or a danger sign as taught reaches only its own stretch: what she then tells is hers
    ("katanya kalau demam harus ke dokter, bayi saya demam 39 dari pagi", "fever", "baby"),
    ("bidan bilang tanda bahaya itu kalau bayi kejang, nah bayi saya tadi kejang 2 kali", "convulsion", "baby"),
    # a film named bare, then her own sign
    ("tadi nonton film, terus tiba-tiba saya pendarahan banyak", "heavy_bleeding", "mother"),
    ("I was watching a movie when I suddenly felt a crushing chest pain", "chest_pain", "mother"),
])
def test_her_own_sign_after_a_rule_or_a_film_still_counts(engine, text, sign, person):
    assert (sign, person) in active(engine, text)


@pytest.mark.parametrize("text, sign, person", [
    ("her lips go blue when she's cold", "apnoea_blue", "baby"),  # "when she's cold" swallows the cold word only
    ("kalau ketawa dada saya nyeri dan sesak", "chest_pain", "mother"),  # pain on laughing is no figure of speech
])
def test_narrow_circumstances_leave_a_sign_beside_them(engine, text, sign, person):
    assert (sign, person) in active(engine, text)


def test_breathless_in_a_room_is_still_breathless(engine):
    assert ("breathing_difficulty", "mother") in active(engine, "di kamar sesak napas terus sejak semalam")


@pytest.mark.parametrize("text, counts", [
    ("can a mum with a fever still breastfeed?", False),  # someone in general
    ("a woman with a fever of 39 and a red breast, 5 days postpartum, what should she do?", True),  # a case, a reading
    ("bayi 5 hari dengan kuning sampai kaki, apa yang harus dilakukan?", True),  # a baby told impersonally
])
def test_someone_in_general_against_a_case_told_impersonally(engine, text, counts):
    assert bool(engine.triage.assess(text).active) is counts


@pytest.mark.parametrize("text, counts", [
    ("bayi saya 4 hari, BAK 5 kali hari ini, BAB 3 kali", False),  # the age is no count, and 5 is enough on day 4
    ("bayi saya 9 hari, baru pipis 2 kali dari pagi sampai malam", True),
])
def test_an_age_in_days_is_no_wet_nappy_count(engine, text, counts):
    assert (("few_wet_nappies", "baby") in active(engine, text)) is counts


@pytest.mark.parametrize("text, sign, person", [
    ("I had crushing chest pain, it went away but came back", "chest_pain", "mother"),
    ("demam saya 38,9 sempat turun tapi naik lagi", "fever", "mother"),
    ("payudara merah, panas dan saya demam, sudah membaik tapi kambuh lagi", "breast_infection", "mother"),
])
def test_a_sign_that_came_back_is_not_set_aside_by_its_easing(engine, text, sign, person):
    assert (sign, person) in active(engine, text)


def test_a_sign_that_eased_and_stayed_away_is_still_over(engine):
    assert not engine.triage.assess("kemarin demam 38,5, sekarang sudah normal").active


# -- self-harm told by her husband or family ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "she's been crying all day and said she thinks about hurting herself",
    "istri saya bilang pengen menyakiti dirinya sendiri",
])
def test_self_harm_told_of_her_is_an_emergency_for_the_mother(engine, text):
    answer = engine.answer(text)
    assert answer.red_flag and answer.referral == {"person": "mother", "urgency": "emergency"}


def test_self_harm_told_of_her_past_is_not_referred(engine):
    assert not engine.answer("she used to hurt herself as a teen but has been fine for years").red_flag


# -- reported speech: the teller is not who has the sign ----------------------------------------------
@pytest.mark.parametrize("text, sign, person", [
    ("kata suami saya kejang tadi malam sebentar, sekarang sudah sadar", "convulsion", "mother"),
    ("menurut ibu saya semalam kejang kejang dan mata mendelik", "convulsion", "mother"),
    ("kata suami saya kejang tadi pagi, empat hari setelah melahirkan", "convulsion", "mother"),
    ("according to my husband I was jerking and unresponsive last night", "convulsion", "mother"),
    ("kata ibu saya bayi saya kuning sampai telapak kaki", "jaundice", "baby"),
])
def test_who_told_her_is_not_who_has_the_sign(engine, text, sign, person):
    assert (sign, person) in active(engine, text)


def test_a_teller_who_speaks_of_her_own_wish_has_it(engine):
    assert ("suicidal", "mother") in active(engine, "Saya suaminya, istri saya bilang pengen mati aja sejak lahiran")


@pytest.mark.parametrize("text, sign", [
    ("saya demam dari kemarin tapi badan lemas sekali", "fever"),
    ("saya kejang tadi malam, sekarang sudah sadar tapi badan lemas dan kepala berat", "convulsion"),
])
def test_her_own_weakness_in_her_own_story_is_not_a_floppy_baby(engine, text, sign):
    found = active(engine, text)
    assert (sign, "mother") in found
    assert not any(p == "baby" for _, p in found)


# -- another adult's blood pressure; "no longer"; everyday and regional words -------------------------
@pytest.mark.parametrize("text, person", [
    ("ayah saya tensinya 170, ikut tinggal di rumah kami", "other"),
    ("Ibu mertua saya darah tingginya kambuh, tensinya 160. Saya sih sehat.", "other"),
    ("my dad's blood pressure is 170 and he lives with us", "other"),
    ("suami ngukur tensi, hasilnya 165/100", "mother"),
    ("suami saya bilang tensi saya 160", "mother"),
    ("tensinya 160/100, kepala saya pusing", "mother"),
])
def test_a_blood_pressure_reading_belongs_to_whom_it_is_told_of(engine, text, person):
    found = findings(engine, text)
    assert ("high_blood_pressure", person) in found
    assert len(found) == 1  # one reading, one owner: another adult's pressure is not also hers


def test_not_again_but_no_longer_sets_a_past_fever_aside(engine):
    assert not active(engine, "Kemarin sempat meriang sehari, sekarang sudah segar dan nggak panas lagi")
    assert ("fever", "mother") in active(engine, "kemarin sempat demam, sekarang panas lagi")


@pytest.mark.parametrize("text, sign, person", [
    ("Nenen kiri bareuh, beureum, nyeri pisan, jeung awak muriang", "breast_infection", "mother"),
    ("His sick this morning was dark green, twice", "bilious_vomit", "baby"),
    ("her hands and feet feel icy even under the blanket, she's 2 weeks", "cold_baby", "baby"),
    ("sometimes I picture dropping him when he won't stop screaming", "harm_baby", "mother"),
])
def test_everyday_and_regional_words_for_a_sign(engine, text, sign, person):
    assert (sign, person) in active(engine, text)


def test_chest_tightness_brought_on_by_nerves_is_not_referred(engine):
    assert not active(engine, "My chest goes tight when I'm nervous about feeding in public, then it passes")


# -- periodic breathing, screens, causes asked in general, "that was a month ago" ---------------------
@pytest.mark.parametrize("text", [
    "My 1-week-old breathes unevenly asleep, a few quick breaths and then a pause of a few seconds, but he's pink",
    "bayiku kalau tidur napasnya cepat lalu jeda beberapa detik, terus normal lagi",
])
def test_periodic_breathing_told_as_that_pattern_is_not_referred(engine, text):
    assert not active(engine, text)


@pytest.mark.parametrize("text", [
    "he stops breathing for a few seconds while asleep",
    "a few quick breaths then a pause of a few seconds and his lips go blue",
    "napasnya cepat 70 kali, terus jeda 5 detik",
    "bayi saya berhenti napas 25 detik",
])
def test_a_pause_that_is_apnoea_stays_an_emergency(engine, text):
    assert engine.answer(text).referral == {"person": "baby", "urgency": "emergency"}


def test_a_baby_on_a_screen_and_a_general_question_about_it_are_not_referred(engine):
    text = ("Habis nonton dokumenter, ada bayi di pengungsian meninggal karena diare. "
            "Bener gak ASI bisa nurunin kematian bayi karena diare?")
    assert not active(engine, text)
    assert ("diarrhoea", "baby") in active(engine, "habis nonton film, bayi saya diare terus dari tadi")


def test_a_sentence_that_dates_the_story_as_long_over_sets_it_aside(engine):
    text = ("I lost quite a lot of blood and the baby needed the blue light for yellow skin. That was a month ago. "
            "My blood count is back to normal and he's gaining well.")
    assert not active(engine, text)
    assert ("heavy_bleeding", "mother") in active(
        engine, "I lost a lot of blood after the birth. That was a month ago. Now I'm soaking a pad every hour again")


@pytest.mark.parametrize("text", ["Does breast milk cause jaundice?", "can breastfeeding cause fever in babies?"])
def test_whether_feeding_causes_a_sign_is_asked_in_general(engine, text):
    assert not active(engine, text)


def test_a_vowelless_word_that_is_also_a_filler_is_left_alone(engine):
    assert not active(engine, "wen can i strt the back rub aftr c sec? scar lks fine")


# -- words that meant something else: milk "like a tap", a baby who cries, weak evidence ---------------
@pytest.mark.parametrize("text", [
    "My chest feels like a tap that's barely been turned on. What gets things going?",
    "ASI saya keluar seperti air mengalir",
    "My wife gave birth two weeks ago and the baby cries after nearly every feed.",
    "is the evidense strong or weak? any RCT?",
    "When I'm wound up and snapping at everyone, hardly anything seems to come",
])
def test_ordinary_questions_with_a_danger_words_other_sense_are_not_referred(engine, text):
    assert not active(engine, text)


@pytest.mark.parametrize("text, sign, person", [
    ("darah nifas keluar kayak air mengalir", "heavy_bleeding", "mother"),
    ("saya nangis terus dua minggu ini", "mother_crying", "mother"),
    ("His nappies have stayed almost dry since this morning and he just won't stay awake", "hard_to_wake", "baby"),
    ("His nappies have stayed almost dry since this morning", "few_wet_nappies", "baby"),
])
def test_the_same_signs_told_plainly_still_count(engine, text, sign, person):
    assert (sign, person) in active(engine, text)


# -- a likeness is no cause; a check that found nothing; another operation; a pale shade --------------
def test_as_if_i_had_run_is_a_likeness_not_a_cause(engine):
    text = "Napas saya pendek-pendek, jantung deg-degan kenceng, kayak habis lari padahal cuma duduk nyusuin"
    assert ("breathing_difficulty", "mother") in active(engine, text)
    assert not active(engine, "saya ngos ngosan habis naik tangga")


def test_a_check_that_found_nothing_sets_aside_unless_it_is_worse_now(engine):
    assert not active(engine, "Two weeks ago my calf was swollen, they scanned it and it was fine, no clot.")
    assert ("leg_clot", "mother") in active(
        engine, "my calf is swollen and red, the scan was clear last month but now it hurts a lot")


@pytest.mark.parametrize("text", [
    "Kakak saya baru operasi usus buntu, lukanya bengkak dan merah. Boleh jenguk?",
    "my sister had knee surgery and her wound is red and oozing, can I visit?",
    "Darah nifas saya warnanya sudah pink pucat kekuningan, wajar ya di minggu kedua?",
])
def test_another_operation_and_a_pale_shade_are_no_signs(engine, text):
    assert not active(engine, text)


# -- whose: a lump's "-nya", her weakness after her own fit, a baby's age is no duration --------------
def test_nya_of_a_sign_only_a_mother_has_is_not_the_baby(engine):
    text = "Dokter pernah bilang ada abses payudara, sekarang benjolannya pecah keluar nanah."
    assert ("breast_infection", "mother") in active(engine, text)


def test_weakness_after_her_own_fit_told_in_the_next_sentence_is_hers(engine):
    text = ("Adik ipar saya yang habis melahirkan tadi sore kelojotan di ranjang, matanya mendelik. "
            "Sekarang sudah diam tapi lemas sekali.")
    assert active(engine, text) == {("convulsion", "mother")}
    # with no sign of hers told before, a weak, sleepy, unfed one is the baby
    assert ("floppy", "baby") in active(engine, "Saya lahiran 5 hari lalu. Dari pagi lemas dan susah dibangunkan")


def test_the_babys_age_after_yang_is_no_duration_of_her_worry(engine):
    text = "yang bikin saya cemas justru anak saya yang 2 minggu: napasnya cepat dan dadanya cekung"
    assert {p for _, p in active(engine, text)} == {"baby"}
    assert ("low_mood_weeks", "mother") in active(engine, "saya cemas terus yang sudah 3 minggu ini")


def test_a_chest_full_of_milk_is_no_chest_pain_but_engorged_breasts_and_chest_pain_are(engine):
    assert not active(engine, "My chest feels full of milk and tight in the mornings, then fine after a feed")
    assert ("chest_pain", "mother") in active(engine, "my breasts are engorged and I have crushing chest pain")


def test_a_fit_at_age_two_of_an_older_child_is_remote(engine):
    assert not active(engine, "My daughter had a fever fit at age two and she's six now and healthy.")


def test_waking_words_of_a_wish_and_of_a_sleepy_baby(engine):
    assert ("suicidal", "mother") in active(engine, "My partner says I've been talking about not wanting to wake up anymore")
    assert ("hard_to_wake", "baby") in active(engine, "he's not wanting to wake up for feeds, 3 days old")


def test_a_question_asked_ahead_of_the_birth_is_not_referred(engine):
    assert not active(engine, "Is swelling in one leg after a caesarean something to watch for? "
                              "Asking before my planned section next week.")
    assert ("leg_clot", "mother") in active(
        engine, "my calf is swollen and hot since my section last week. Asking before I go to the clinic, can I massage it?")


# -- round 8 classes: everyday descriptions a blind writer used (own variants, both languages) ------------
@pytest.mark.parametrize("text", [
    "Some evenings I stand by the window on the fourth floor and think how easy it would be to step off",
    "I keep standing at the edge of the balcony thinking I could just jump",
    "tiap malam aku berdiri di balkon dan kepikiran buat lompat saja",
    "kadang saya ke atap rumah susun, rasanya mending terjun biar selesai",
    "Saya sering mikir mending loncat aja dari jembatan dekat rumah",
    "I walk to the bridge near our house and think about leaping off",
])
def test_a_jump_from_a_height_pictured_as_a_way_out_is_a_wish_to_die(engine, text):
    assert ("suicidal", "mother") in active(engine, text)


@pytest.mark.parametrize("text", [
    "my toddler jumped off the sofa and bumped his head",
    "bayi saya suka lompat-lompat di pangkuan, normal?",
])
def test_a_jump_with_no_height_or_wish_is_no_sign(engine, text):
    assert ("suicidal", "mother") not in active(engine, text)


@pytest.mark.parametrize("text", [
    "Kalau berbaring saya merasa tercekik, harus duduk dulu baru bisa napas lega",
    "tiap rebahan napas saya berat, terpaksa duduk tegak semalaman",
    "When I lie down I feel like I'm choking and have to sit bolt upright to breathe",
    "I can only sleep propped up on three pillows, lying flat my breathing gets hard",
])
def test_breathless_lying_down_and_sitting_up_to_breathe_is_hers(engine, text):
    result = engine.triage.assess(text)
    assert result.referral() == {"person": "mother", "urgency": "emergency"}


@pytest.mark.parametrize("text", [
    "She brings back every feed and this morning it came up dark green",
    "my 10 day old brings back everything he drinks",
    "bayi 2 minggu semua yang diminum keluar lagi, tadi warnanya hijau",
])
def test_vomit_told_by_what_comes_back_up(engine, text):
    signs = {s for s, p in active(engine, text) if p == "baby"}
    assert signs & {"bilious_vomit", "vomiting_everything"}


@pytest.mark.parametrize("text", [
    "The bleeding had nearly stopped but tonight it came back bright red and is dripping onto the floor",
    "It is running down my legs, I've never bled like this",
    "darah nifas saya tadinya sudah tinggal flek, sekarang merah segar lagi sampai netes ke lantai",
    "darahnya mengalir ke kaki waktu saya berdiri",
])
def test_blood_told_by_where_it_runs_is_heavy_bleeding(engine, text):
    assert ("heavy_bleeding", "mother") in active(engine, text)


def test_a_sign_only_a_mother_has_is_hers_when_the_person_was_only_carried_in(engine):
    # "adik" (a little sibling or the baby) was the last person named; the clots are the mother's
    text = ("Suami di luar kota, kadang dibantu adik. Pagi ini keluar bekuan darah sebesar telur, "
            "saya hampir pingsan, sekarang tiduran.")
    assert ("heavy_bleeding", "mother") in active(engine, text)


@pytest.mark.parametrize("text", [
    "What comes out down below smells like rotting meat and my lower tummy hurts",
    "yang keluar dari bawah sana baunya busuk sekali",
    "The discharge from down there smells really bad since yesterday",
])
def test_discharge_named_by_where_it_comes_from(engine, text):
    assert ("foul_discharge", "mother") in active(engine, text)


@pytest.mark.parametrize("text", [
    "My daughter in law says she has a pounding headache and keeps seeing spots",
    "menantu saya bilang dia sakit kepala hebat dan pandangannya kabur",
    "My friend gave birth a week ago and now she sees flashes and has a terrible headache",
])
def test_a_daughter_in_law_or_friend_is_a_mother_with_a_headache(engine, text):
    got = active(engine, text)
    assert ("severe_headache", "mother") in got or ("vision_change", "mother") in got
    assert not any(p == "baby" for _, p in got)


@pytest.mark.parametrize("text", [
    "My 5 day old had what I think was a fit, his legs jerked over and over",
    "Saya yakin tadi bayi saya kejang, tangannya menyentak-nyentak",
    "I'm pretty sure she had a seizure, her arm twitched in a rhythm",
])
def test_i_think_or_im_sure_is_the_observer_not_who_has_the_fit(engine, text):
    got = active(engine, text)
    assert ("convulsion", "baby") in got and ("convulsion", "mother") not in got


@pytest.mark.parametrize("text", [
    "My c-section scar is leaking yellow stuff so carrying her is hard",
    "the stitches ooze green gunk and I can't hold him on that side",
])
def test_a_colour_on_stuff_is_no_jaundice_of_the_baby_named_after(engine, text):
    got = active(engine, text)
    assert not any(p == "baby" for _, p in got)
    assert any(p == "mother" for _, p in got)


@pytest.mark.parametrize("text", [
    "A friend had a caesarean last week, her wound is leaking pus and she's burning up",
    "My best friend delivered 5 days ago, now her stitches smell and she feels feverish",
])
def test_a_friend_who_gave_birth_is_the_mother_of_every_sign(engine, text):
    got = active(engine, text)
    assert got and all(p == "mother" for _, p in got)


@pytest.mark.parametrize("text", [
    "does stres make milk les?",
    "wil my milk come in if I'm tired?",
])
def test_a_double_letter_typed_once_is_no_danger_word(engine, text):
    assert not engine.triage.assess(text).active


@pytest.mark.parametrize("text", [
    "I had a teary baby blues week after the birth but it lifted, and I feel like myself again. Does mood affect milk?",
    "minggu pertama saya sering nangis, tapi sekarang sudah plong. apa stres bikin asi seret?",
])
def test_a_low_patch_that_lifted_is_over(engine, text):
    assert not engine.triage.assess(text).active


@pytest.mark.parametrize("text", [
    "My chest feels full and heavy before the first morning feed, is that enough milk?",
    "dada terasa penuh dan berat sebelum menyusui, itu tanda asi banyak?",
])
def test_a_chest_full_and_heavy_before_a_feed_is_the_milk(engine, text):
    assert not engine.triage.assess(text).active


def test_the_same_heavy_chest_with_breathlessness_still_counts(engine):
    result = engine.triage.assess("my chest feels heavy and I can't catch my breath")
    assert result.referral() == {"person": "mother", "urgency": "emergency"}


@pytest.mark.parametrize("text, sign", [
    ("It is running down my legs, I've never bled like this", "heavy_bleeding"),
    ("I've never had a headache this bad, it's pounding", "severe_headache"),
    ("darah nifas saya belum pernah sebanyak ini, deras sekali", "heavy_bleeding"),
])
def test_never_like_this_is_worse_than_ever_not_absent(engine, text, sign):
    assert (sign, "mother") in active(engine, text)


@pytest.mark.parametrize("text", ["saya tidak pernah demam sebelumnya", "I've never had a fever before"])
def test_never_before_still_negates(engine, text):
    assert not engine.triage.assess(text).active


@pytest.mark.parametrize("text", [
    "My sister had a baby last week and she's feverish",
    "Istri saya melahirkan minggu lalu dan badannya menggigil panas",
    "A friend had a c-section last week and her wound is oozing pus",
])
def test_the_date_of_the_birth_is_no_past_of_the_sign(engine, text):
    result = engine.triage.assess(text)
    assert result.referral() is not None and result.referral()["person"] == "mother"


def test_my_breathing_is_never_the_babys_fast_breathing(engine):
    got = active(engine, "lying flat my breathing gets hard, I have to sit up to breathe")
    assert ("fast_breathing", "baby") not in got
    assert ("breathing_difficulty", "mother") in got


@pytest.mark.parametrize("text", [
    "Pagi ini keluar gumpalan darah sebesar telur, terus badan saya lemas sekali",
    "perut saya kembung keras habis sesar, dan muntah terus",
])
def test_her_own_weakness_or_vomiting_after_her_sign_is_never_the_babys(engine, text):
    got = active(engine, text)
    assert got and not any(p == "baby" for _, p in got)


def test_a_well_is_no_slight_fever(engine):
    assert not engine.triage.assess("dada saya kayak sumur kering, gimana biar asi banyak?").active


@pytest.mark.parametrize("text", [
    "Anak saya umur 2 tahun tapi masih nangis tiap malam minta nenen",
    "My toddler is 18 months. But he still cries every night for the breast",
])
def test_a_child_carried_into_the_clause_cries_not_the_mother(engine, text):
    assert not engine.triage.assess(text).active


@pytest.mark.parametrize("text", [
    "Katanya anak ASI jadi jarang sakit, bener ya?",
    "Is it true breastfed babies get sick less often?",
])
def test_falling_ill_less_is_no_pain(engine, text):
    assert not engine.triage.assess(text).active


@pytest.mark.parametrize("text", [
    "My baby's scalp has yellow crusty flakes, how do I remove them?",
    "kepala bayi ada kerak kekuningan, cara bersihinnya gimana?",
])
def test_yellow_crusts_on_the_scalp_are_no_jaundice(engine, text):
    assert not engine.triage.assess(text).active


def test_a_remedy_tried_first_after_a_danger_sign_gets_the_referral_again(tmp_path):
    turns = ("my 3 week old has had only 2 wet nappies today and is hard to wake for feeds\n"
             "should I try the massage first to get more milk into him?\n")
    exe = shutil.which("oxybot")
    cmd = [exe] if exe else [sys.executable, "-m", "oxybot"]
    proc = subprocess.run([*cmd, "ask", "--json", "--conversation", "-"], input=turns.encode(), capture_output=True,
                          timeout=120, env=os.environ.copy())
    second = json.loads(proc.stdout.decode("utf-8").splitlines()[1])
    assert second["topic"] == "red_flag"


@pytest.mark.parametrize("text", [
    "posisi menyusui sambil duduk atau tiduran, biar bayi bisa napas?",
    "menyusui sambil tiduran atau setengah duduk, mana yang bikin bayi gampang napas?",
    "Is it better to feed lying down or sitting upright so his breathing is easy?",
])
def test_feeding_positions_and_the_babys_breathing_are_no_orthopnoea(engine, text):
    assert not engine.triage.assess(text).active


@pytest.mark.parametrize("text", [
    "I keep thinking about ending things, everyone would be fine",
    "sometimes I think about just walking into the traffic",
    "rasanya pengen nyemplung ke sumur aja biar selesai",
])
def test_more_everyday_ways_of_a_wish_to_die(engine, text):
    assert ("suicidal", "mother") in active(engine, text)


# -- session 8b: fresh set 9's classes (regional words, weather degrees, sleep likeness, "only" after plenty,
#    another's baby told by a speaker with none of her own) ------------------------------------------------
@pytest.mark.parametrize("text,sign,person", [
    ("sikil tengen kulo abuh lan lara, bar operasi sesar", "leg_clot", "mother"),   # Javanese leg, swollen, painful
    ("awak kulo mriyang terus, wes telung dino sak wise nglairke", "fever", "mother"),  # Javanese fever
    ("budak abdi teu daek nyusu ti isuk nepi ka ayeuna", "not_feeding", "baby"),     # Sundanese child will not feed
])
def test_a_sign_told_in_javanese_or_sundanese_words_is_caught(engine, text, sign, person):
    assert (sign, person) in active(engine, text)


@pytest.mark.parametrize("text", [
    "36 degrees in Surabaya this week and really humid, does my breastfed baby need extra water?",
    "hawanya gerah banget, 34 derajat di luar, bayi ASI perlu air putih?",
])
def test_degrees_of_the_weather_are_no_temperature_of_the_baby(engine, text):
    assert not active(engine, text)


@pytest.mark.parametrize("text,sign", [
    ("humid day today, but my baby's temperature is 35.0 and he feels cold", "cold_baby"),
    ("bayi demam 38,6 padahal hawanya gerah", "fever"),
])
def test_a_body_reading_beside_the_weather_still_counts(engine, text, sign):
    assert (sign, "baby") in active(engine, text)


def test_a_deep_sleep_likened_to_a_faint_is_no_faint(engine):
    assert not active(engine, "anak saya kalau tidur pulas seperti orang pingsan, bangun sendiri pas lapar")
    assert not active(engine, "after the evening feed she sleeps like she has passed out, then wakes at 2 for milk")
    # the likeness of a limp baby, not of her sleep, is still a sign
    assert ("floppy", "baby") in active(engine, "he was asleep, then went limp like he had fainted")
    assert ("fainted", "baby") in active(engine, "bayi saya tiba-tiba pingsan tadi pagi")


def test_only_after_a_plenty_statement_opens_a_new_statement(engine):
    assert not active(engine, "pipisnya banyak, cuma sering cegukan habis menyusu")
    assert ("few_wet_nappies", "baby") in active(engine, "popoknya sejak subuh, cuma sekali basah")


def test_a_baby_told_by_a_speaker_with_no_child_of_her_own_is_someone_elses(engine):
    text = "my friend's baby has jaundice and is having phototherapy. We don't have children yet, is it from the milk?"
    assert not active(engine, text)
    assert ("floppy", "baby") in active(engine, "my friend's baby is floppy and won't wake")
