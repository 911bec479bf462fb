"""Issue 8: the commonest questions, as a new user types them, get a right answer or an honest
"not covered" (questions quoted in the issue, not from an eval set). Through the CLI where a user
sees the result, and through the engine for the decision rules."""

from __future__ import annotations

import json

import pytest

from test_cli import oxybot


def ask_json(question: str) -> dict:
    proc = oxybot("ask", "--json", question)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.mark.parametrize("question, topics", [
    # low supply although feeding often: why, or what to do about it; never contraception
    ("asi sedikit padahal sering menyusui", {"asi.low_supply_causes", "asi.increase_flow"}),
    ("bun aku mau tanya, asi aku kok sedikit ya padahal udah sering nyusuin, gmn caranya biar lancar?",
     {"asi.increase_flow"}),
    ("how can I make more milk?", {"asi.increase_flow"}),
    ("gmn biar asi lancar bun?", {"asi.increase_flow"}),
    # the review does not judge the massage's safety: an honest answer (when not to massage), never
    # the caesarean one
    ("is oxytocin massage safe?", {"massage.what_is", "massage.effectiveness", "massage.when_who", "out_of_scope"}),
    ("sakit ga sih pijat oksitosin", {"massage.what_is", "massage.effectiveness", "massage.when_who",
                                      "out_of_scope"}),
    # not covered by the review
    ("bayi sy umur 2 minggu blm bab 3 hari", {"out_of_scope"}),
    ("Jika ASI tidak keluar sama sekali, bolehkah bayi baru lahir diberi susu formula? "
     "Mohon petunjuk dan penjelasannya.", {"out_of_scope"}),
    ("Dok, bayi saya mengalami bingung puting. Bagaimana cara mengatasinya?", {"out_of_scope"}),
])
def test_issue_questions_get_a_right_answer_or_an_honest_not_covered(question, topics):
    data = ask_json(question)
    assert data["topic"] in topics, (data["topic"], data["intent"])
    assert not data["intent"].startswith("meta/")
    assert data["intent"] not in ("massage/after_caesarean", "oos/contraception_periods", "oos/medicines")
    if data["topic"] == "out_of_scope":
        # the "not covered" answer names who can help
        assert any(w in data["answer"].lower() for w in ("bidan", "midwife", "puskesmas", "dokter", "doctor"))


@pytest.mark.parametrize("question, intent", [
    ("mohon petunjuknya", "meta/help"),
    ("terima kasih dok", "meta/thanks"),
    ("halo bun", "meta/greeting"),
])
def test_a_meta_answer_wins_when_nothing_else_is_asked(engine, question, intent):
    assert engine.answer(question).intent == intent


@pytest.mark.parametrize("question", ["how good is the evidence behind it?", "is that research any good?"])
def test_a_word_of_a_greeting_used_otherwise_is_no_greeting(engine, question):
    """"good" greets only in "good morning": used on its own it asks something, never gets hello."""
    assert engine.answer(question).topic == "evidence.quality"
    assert engine.answer("good evening!").intent == "meta/greeting"


@pytest.mark.parametrize("question, topic", [
    ("Dok, mau tanya, berapa lama ASI eksklusif diberikan? Terima kasih", "asi.exclusive_duration"),
    ("permisi bun numpang tanya, pijat oksitosin itu apa ya? makasih sebelumnya", "massage.what_is"),
    ("hi! quick question please, how long should the back massage take? thank you", "massage.duration_frequency"),
])
def test_politeness_around_a_question_does_not_answer_instead_of_it(engine, question, topic):
    assert engine.answer(question).topic == topic


def test_a_post_with_a_covered_and_a_not_covered_question_answers_one_and_offers_the_other():
    data = ask_json("Berapa lama pijat oksitosin sebaiknya dilakukan? Terus bayi saya sudah 3 hari belum BAB, normal ga?")
    assert data["topic"] == "massage.duration_frequency"
    assert data["suggestion_kind"] == "then_ask"
    first = data["followups"][0]
    assert "BAB" in first["ask"]  # the user's own other question, as a button
    assert first["topic"] == "out_of_scope"


def test_a_post_whose_questions_are_all_not_covered_says_so(engine):
    result = engine.answer("Bolehkah bayi diberi susu formula? Bayi saya belum BAB 3 hari, normal?")
    assert result.topic == "out_of_scope"
    assert result.suggestion_kind != "then_ask"


def test_one_question_gets_no_then_ask(engine):
    result = engine.answer("berapa lama pijat oksitosin?")
    assert result.suggestion_kind is None and result.topic == "massage.duration_frequency"


def test_eval_reports_accuracy_per_style(tmp_path):
    qfile = tmp_path / "styled.yaml"
    qfile.write_text(
        "questions:\n"
        "  - {q: 'berapa lama pijat oksitosin?', topic: massage.duration_frequency, lang: id, style: formal}\n"
        "  - {q: 'urut punggung istri cukupnya brp menit', topic: massage.duration_frequency, lang: id, style: paraphrase}\n"
        "  - {q: 'siapa juara liga inggris?', topic: massage.what_is, lang: id, style: paraphrase}\n",
        encoding="utf-8")
    proc = oxybot("eval", "--json", str(qfile))
    data = json.loads(proc.stdout)
    assert data["by_style"] == {"formal": {"accuracy": 1.0, "n": 1}, "paraphrase": {"accuracy": 0.5, "n": 2}}
    text = oxybot("eval", str(qfile)).stdout
    assert "per style:" in text and "paraphrase" in text


def test_eval_without_styles_prints_no_style_section(tmp_path):
    qfile = tmp_path / "plain.yaml"
    qfile.write_text("questions:\n  - {q: 'apa itu pijat oksitosin?', topic: massage.what_is, lang: id}\n",
                     encoding="utf-8")
    assert "per style:" not in oxybot("eval", str(qfile)).stdout


def test_check_reports_a_broken_concepts_file_with_path_and_line(content_copy):
    path = content_copy / "concepts.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  breast_massage:\n    scope: in", "  breast_massage:\n    scope: maybe", 1),
                    encoding="utf-8")
    proc = oxybot("check", "--content", str(content_copy))
    assert proc.returncode == 1
    hits = [line for line in proc.stdout.splitlines() if "scope must be" in line]
    assert hits and hits[0].split(":")[0].endswith("concepts.yaml") and int(hits[0].split(":")[1]) > 1


def test_check_reports_a_name_given_to_two_concepts(content_copy):
    path = content_copy / "concepts.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("en: [dates, date fruit, eating dates", "en: [dates, date fruit, warm compress", 1),
                    encoding="utf-8")
    proc = oxybot("check", "--content", str(content_copy))
    assert proc.returncode == 1
    assert "also a name of" in proc.stdout


@pytest.mark.parametrize("question, topic", [
    # formula named only as what she wants to avoid: the question is how to make more milk
    ("I want my baby on my milk only, without formula top-ups. How do I make more?", "asi.increase_flow"),
    ("saya mau tetap nyusuin tanpa sufor, tapi asi dikit, gimana biar banyak?", "asi.increase_flow"),
    # formula as the thing breast milk is compared with: the review's benefits answer
    ("apa keuntungan ASI dibanding susu formula buat bayi?", "asi.benefits"),
])
def test_a_not_covered_thing_set_aside_is_not_what_is_asked(engine, question, topic):
    assert engine.answer(question).topic == topic


@pytest.mark.parametrize("question", [
    "susu formula merk apa yang bagus untuk bayi baru lahir?",  # asked about: not covered
    "bayi saya belum bab 4 hari, normal?",  # a plain negation is no contrast
    "bayi saya tidak bab sudah 3 hari, kenapa ya?",
])
def test_a_not_covered_thing_asked_about_stays_not_covered(engine, question):
    assert engine.answer(question).topic == "out_of_scope"


@pytest.mark.parametrize("question, topic", [
    ("How does oxytocin massage work?", "massage.how_it_works"),  # how it works: the mechanism
    ("why does the back massage work for milk?", "massage.how_it_works"),
    ("does oxytocin massage work?", "massage.effectiveness"),  # whether it works
    ("does the back rub really work for milk?", "massage.effectiveness"),
])
def test_how_does_it_work_is_not_does_it_work(engine, question, topic):
    assert engine.answer(question).topic == topic


def test_check_reports_a_malformed_rewrite(content_copy):
    path = content_copy / "concepts.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"how does ... work => mechanism"', '"how does work mechanism"', 1), encoding="utf-8")
    proc = oxybot("check", "--content", str(content_copy))
    assert proc.returncode == 1
    assert "concepts.yaml:" in proc.stdout + proc.stderr and "rewrites" in proc.stdout + proc.stderr


@pytest.mark.parametrize("question, topic", [
    # "menurut" (according to) is no "urut" (the massage): a question about exclusive breastfeeding
    ("menurut bidan, berapa lama sebaiknya ASI eksklusif?", "asi.exclusive_duration"),
    # a two-word name of a not-covered concept is not guessed from reversed words across sentences:
    # "...when I nurse? What stops..." is no "stop nursing" (weaning)
    ("Why is so little coming out when I nurse? What stops the milk?", "asi.low_supply_causes"),
    # massaging the baby, or a spa massage, is not the mother's oxytocin massage
    ("can I massage my baby's back with lotion so he sleeps better?", "out_of_scope"),
    ("is reflexology ok while I'm breastfeeding?", "out_of_scope"),
    # everyday names: "cut open" is a caesarean, "working along the spine" the massage
    ("they cut me open for the birth, can my husband still rub along my spine for milk?",
     "massage.after_caesarean"),
])
def test_everyday_names_and_not_covered_subjects(engine, question, topic):
    assert engine.answer(question).topic == topic


@pytest.mark.parametrize("question, topic, other", [
    # two questions in one sentence, joined by "terus" / ", and" / "selain itu": the covered one is
    # answered and the not-covered one offered, whichever comes first
    ("berapa lama pijat oksitosin sebaiknya, terus susu formula merk apa yang bagus?",
     "massage.duration_frequency", "formula"),
    ("can I take domperidone, and is oxytocin massage safe after a c-section?",
     "massage.after_caesarean", "domperidone"),
    ("Saya mau tanya cara pijat oksitosin yang benar. Selain itu saya juga mau tanya kapan boleh mulai pil KB.",
     "massage.how_to", "KB"),
])
def test_two_questions_joined_without_a_question_mark_answer_the_covered_one(question, topic, other):
    data = ask_json(question)
    assert data["topic"] == topic, (data["topic"], data["intent"])
    assert data["suggestion_kind"] == "then_ask"
    assert other in data["followups"][0]["ask"]
    assert data["followups"][0]["topic"] == "out_of_scope"


def test_context_told_after_the_question_is_not_what_was_asked(engine):
    # formula named after the question is what someone said, not what she asks
    assert engine.answer("how do I get more milk? my sister says formula is just as good").topic == \
        "asi.increase_flow"
    # ... but named in the question it is what she asks
    assert engine.answer("my sister says I have plenty of milk. which formula is best?").topic == "out_of_scope"


@pytest.mark.parametrize("question, topic", [
    ("how can i make my mlik come in faster", "asi.increase_flow"),  # swapped letters
    ("ASI-ne sithik, piye carane ben metu akeh?", "asi.increase_flow"),  # Javanese
    ("How many hours should a newborn manage to sleep at night?", "out_of_scope"),  # "manage" is no massage
])
def test_typos_and_regional_words_are_read_and_real_words_are_left_alone(engine, question, topic):
    assert engine.answer(question).topic == topic


def test_every_study_is_found_by_its_first_author_and_year(engine):
    # "Tell me about the Ibrahim 2021 study": the author's name finds the study, in both languages
    import yaml
    from oxybot import locations
    root = locations.content_dir(None)
    studies = yaml.safe_load((root / "evidence.yaml").read_text(encoding="utf-8"))["studies"]
    sources = yaml.safe_load((root / "sources.yaml").read_text(encoding="utf-8"))["sources"]
    for study in studies:
        short = sources[study["key"]]["short"]
        for question in (f"Tell me about the {short} study", f"penelitian {short} itu tentang apa?"):
            assert engine.answer(question).intent == study["intent"], (question, engine.answer(question).intent)


@pytest.mark.parametrize("question, intent", [
    # "weak"/"lemah" said of the research is no limp baby: the evidence answer, no danger card
    ("are the studies on the spine massage still weak, or good enough to trust?", "evidence/quality"),
    ("hasil penelitian pijat oksitosin masih lemah nggak sih?", "evidence/quality"),
    # a breast refused since bottles or a teat is a preference (not covered), no danger card
    ("my son won't latch anymore since we started bottles at the hospital", "out_of_scope"),
    ("habis pakai dot anakku nggak mau nenen lagi", "out_of_scope"),
    # a medicine is not covered even beside a covered word (a caesarean, anxiety)
    ("obat pereda nyeri habis sesar aman ga buat busui?", "out_of_scope"),
    ("can I take something for my anxiety while I'm breastfeeding?", "out_of_scope"),
    # relief said after thanks is a thank-you, not a question about stress
    ("thanks so much, I feel much calmer now", "meta/thanks"),
    ("makasih banyak bun, saya jadi lebih tenang", "meta/thanks"),
    # all stopwords, yet it asks what oxybot is
    ("what exactly are you?", "meta/about"),
    # chat words and a number typed against its unit
    ("gmn sih cara nurunin asi biar ngalir?", "asi/increase_flow"),
    ("bayi 3 minggu minum 90ml tiap nyusu, cukup ga?", "asi/volume"),
])
def test_session_5_classes_read_as_meant(engine, question, intent):
    answer = engine.answer(question)
    assert intent in (answer.intent, answer.topic) and not answer.red_flag, (answer.intent, answer.red_flag_signs)


def test_a_weak_baby_still_gets_the_danger_card(engine):
    # the research words set aside only a "weak" said beside them
    answer = engine.answer("bayi saya lemah sekali dan tidak mau menyusu")
    assert answer.red_flag


def test_a_number_glued_to_its_unit_is_read_as_number_and_unit():
    from oxybot.engine.normalize import fold
    assert fold("ASI 60ml, 200cc") == "asi 60 ml 200 cc"
    assert fold("38C covid19") == "38c covid19"  # only the listed units; temperatures stay for the triage


@pytest.mark.parametrize("question, topic", [
    # Javanese and Sundanese greetings read as "selamat ..." / "permisi" (lexicon spelling + keywords)
    ("wilujeng enjing, punten", "meta.greeting"),
    ("sugeng dalu bu bidan", "meta.greeting"),
    ("horas kak", "meta.greeting"),
    # chat spellings of leaving
    ("see you l8r, goodnite", "meta.goodbye"),
    # chat spellings of "how do I use it"
    ("cr pakenya gmn?", "meta.help"),
    ("what kinds of things are you able to explain?", "meta.help"),
])
def test_regional_and_chat_social_messages_are_understood(engine, question, topic):
    assert engine.answer(question).topic == topic


def test_a_covered_answer_just_under_the_floor_is_offered_with_did_you_mean(engine):
    # names only covered things (more milk) in formal words, scoring a little under the floor: the
    # covered answer comes with the runner-up offered, not a bare "not covered"
    answer = engine.answer("What does your source endorse for a postnatal mother who wants "
                           "to increase her milk output?")
    assert answer.topic == "asi.increase_flow"
    assert answer.suggestion_kind == "did_you_mean" and answer.suggestions


def test_a_not_covered_subject_under_the_floor_stays_not_covered(engine):
    # a not-covered concept named (formula) keeps the honest answer, however close a covered intent is
    assert engine.answer("which tinned powder should I buy for a newborn?").topic == "out_of_scope"


@pytest.mark.parametrize("question, topic", [
    # a head word of low supply ("kering", "dribble") beside a milk or breast word names low supply
    ("Payudara saya rasanya seperti sumur kering, apa yang bikin begitu?", "asi.low_supply_causes"),
    ("My nipple only gives a dribble, what can I do to get more?", "asi.increase_flow"),
    # ... and only there: dry skin is not low milk
    ("kulit perut saya kering setelah melahirkan, pakai apa ya?", "out_of_scope"),
])
def test_supply_head_words_count_only_beside_milk_words(engine, question, topic):
    assert engine.answer(question).topic == topic


@pytest.mark.parametrize("question, topic", [
    # the milk named without "milk" or "ASI": what her body makes, the white stuff, "susu badan"
    ("how do I get my body to make more of the white stuff for my son?", "asi.increase_flow"),
    ("gimana caranya biar susu badan saya makin banyak buat si kecil?", "asi.increase_flow"),
    # plain words for more beside the milk, its making or its flow
    ("apa yang bisa saya lakukan supaya minuman alami dari tubuh saya buat bayi bertambah?", "asi.increase_flow"),
    ("how can I have plenty of milk for twins?", "asi.increase_flow"),
])
def test_milk_and_more_said_in_everyday_words_ask_for_more_milk(engine, question, topic):
    assert engine.answer(question).topic == topic


@pytest.mark.parametrize("question, topic", [
    # low milk named and how asked: she asks for more milk, not for its causes
    ("my milk is only drips, what do I do?", "asi.increase_flow"),
    ("asi seret, apa yang harus saya lakukan?", "asi.increase_flow"),
    # ... "why" asked: the causes
    ("asi seret, kenapa ya?", "asi.low_supply_causes"),
    # ... how asked of something else named (being calm): not a request for more milk
    ("ASI saya sedikit dan saya selalu deg-degan tiap menyusui. Apakah cemas bisa bikin ASI tidak keluar? "
     "Bagaimana supaya saya lebih tenang?", "stress.mind_and_milk"),
])
def test_a_problem_named_then_how_asked_is_the_remedy(engine, question, topic):
    assert engine.answer(question).topic == topic


def test_implied_concepts_are_read_on_the_question_and_checked(engine, content_copy):
    n = engine.normalizer
    assert "#more_milk" in n.canonical("asi cuma netes, gimana caranya?").terms
    assert "#more_milk" not in n.canonical("asi cuma netes, kenapa?").terms
    path = content_copy / "concepts.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("implied: {by: [low_supply, enough_milk]", "implied: {by: [low_milk, enough_milk]", 1),
                    encoding="utf-8")
    proc = oxybot("check", "--content", str(content_copy))
    assert proc.returncode == 1 and "unknown concept(s) or type(s) low_milk" in proc.stdout


@pytest.mark.parametrize("question, topic", [
    # a not-covered thing told in the story; the sentence that asks names a covered subject of its own
    ("Bayi saya kadang dikasih sufor kalau malam. Sekarang payudara terasa lembek. Kenapa ya ASI saya makin sedikit?",
     "asi.low_supply_causes"),
    # ... the asking sentence names nothing covered: the formula told before it is what is asked about
    ("Bayi saya minum sufor. Boleh dicampur asi?", "out_of_scope"),
])
def test_a_not_covered_thing_told_before_a_covered_question_is_context(engine, question, topic):
    assert engine.answer(question).topic == topic


@pytest.mark.parametrize("question, topic", [
    # a danger word named as what breast milk protects against: the benefits, no card, no "not covered"
    ("Saya nenek, dulu tidak ada yang bilang ASI bisa cegah stunting. Sekarang katanya ASI bisa cegah "
     "stunting, diare, sampai radang paru. Itu beneran ya?", "asi.benefits"),
    ("bener ga asi bikin bayi jarang diare dan radang paru?", "asi.benefits"),
    # ... asked as what to do if it happens: not covered (with the "when to go now" note)
    ("kalau nanti bayi saya diare, harus gimana?", "out_of_scope"),
])
def test_a_sign_named_as_what_milk_prevents_is_no_sign_and_no_refusal(engine, question, topic):
    assert engine.answer(question).topic == topic


@pytest.mark.parametrize("question, topic", [
    # a breastfeeding mother's food and drink taboos are not in the review: not covered, not "what breast milk is"
    ("ibu menyusui boleh makan durian sama minum es?", "out_of_scope"),
    ("can I eat spicy food while I'm nursing?", "out_of_scope"),
    # ... while the dates study named by its fruit stays covered
    ("boleh makan kurma biar asi lancar? ada penelitiannya?", "evidence.vs_dates"),
    # a typo of "better" is no drink ("beter" stays a comparison)
    ("warm compres vs oxytocin massage which one beter", "evidence.vs_warm_compress"),
])
def test_a_mothers_food_is_not_covered_and_the_dates_study_is(engine, question, topic):
    assert engine.answer(question).topic == topic


# -- session 5: paraphrase mechanisms, each shown with wordings written for the test (not from an eval
# set); most failed before its mechanism, a few are controls ----------------------------------------

@pytest.mark.parametrize("question, topic", [
    # everyday names of breast milk itself ("the white stuff", "what my body makes")
    ("what exactly is the white stuff that comes out when I feed my son?", "asi.what_is"),
    # a hormone named by what it is ("zat pembawa pesan") and the review by what it is ("the write-up")
    ("tulisan rangkuman yang jadi dasar jawabanmu itu nyarinya di database mana?", "review.about"),
    # benefits as a long-term outcome ("stunted")
    ("will feeding from my own body keep my little one from being stunted?", "asi.benefits"),
])
def test_everyday_names_of_covered_concepts_reach_their_topic(engine, question, topic):
    assert engine.answer(question).topic == topic


@pytest.mark.parametrize("question, concept", [
    ("oleh-oleh buah dari tanah suci itu katanya bikin asi deras", "#dates"),  # a fruit named by where it grows
    ("did anyone compare eating those sticky Ramadan fruits with a back rub?", "#dates"),
    ("kalau punggung cuma ditempel handuk yang dicelup air panas", "#warm_compress"),  # a towel named with its warmth
    ("squeezing the milk out with your own fingers", "#marmet"),  # squeezing named with the hand doing it
])
def test_a_concept_is_read_from_what_it_is_like(engine, question, concept):
    assert concept in engine.normalizer.canonical(question).concepts


def test_a_head_word_without_its_context_is_not_the_concept(engine):
    """"buah" is the dates only beside Arab/Ramadan/sticky...; a fruit salad is no study of dates."""
    assert "#dates" not in engine.normalizer.canonical("buah apa yang bagus buat salad").concepts
    assert "#warm_compress" not in engine.normalizer.canonical("handuk bayi sebaiknya dicuci pakai apa").concepts


@pytest.mark.parametrize("question, qtype", [
    ("oksitosin itu kerjanya apa aja buat badan ibu?", "effects"),
    ("what's behind a new mum's milk being so scanty?", "what_causes"),
    ("is the back rub as good, or does the woolwich one beat it?", "compared"),
    ("sehari semalam payudara bisa ngasilin asi sebanyak apa?", "how_much"),
])
def test_question_types_said_indirectly_are_read(engine, question, qtype):
    assert qtype in engine.normalizer.canonical(question).qtypes


@pytest.mark.parametrize("question", ["pijat oksitosin sehari brp x biar berhasil?",
                                      "how many times a day should the massage be done for it to work?"])
def test_working_as_the_goal_of_a_how_often_question_is_no_does_it_work_question(engine, question):
    assert "does_it_work" not in engine.normalizer.canonical(question).qtypes
    data = ask_json(question)
    assert data["topic"] == "massage.duration_frequency", (data["topic"], data["intent"])


@pytest.mark.parametrize("question, topic", [
    ("mbak, pijet geger kanggo ASI iku opo to?", "massage.what_is"),  # Javanese: back massage, what is it
    ("dipijet gegere sedino ping piro lan suwene piro menit?", "massage.duration_frequency"),
])
def test_regional_words_reach_the_topic(engine, question, topic):
    assert engine.answer(question).topic == topic


def test_a_question_type_cue_no_intent_uses_is_not_held_against_the_answer(engine):
    """"a coin toss" says what is asked (how the studies were done): its words weigh as a common word,
    where a word no intent uses would otherwise weigh most of all, against every answer. ("drawing lots"
    is now read as "undian" by the lexicon, so the cue's own words are tested with the coin.)"""
    query = engine.normalizer.canonical("were the mothers split into groups by a coin toss?")
    assert "evidence_quality" in query.qtypes and "coin" in query.cues
    assert engine.index.weight("coin", frozenset(), query.cues) < engine.index.weight("coin", frozenset()) / 4


def test_a_question_word_shared_with_a_question_about_oxybot_is_no_question_about_it(engine):
    """"siapa" of "siapa kamu" matched the answer about oxybot, while what she asks is about two hormones."""
    hormones = "katanya di tubuh ibu ada dua kurir kimia: tukang bikin dan tukang ngeluarin. siapa saja mereka?"
    assert engine.answer(hormones).topic != "meta.about"
    assert engine.answer("kamu ini siapa?").topic == "meta.about"
    assert engine.answer("Aku mesti nanya yang kayak gimana ke kamu biar nyambung?").topic == "meta.help"


@pytest.mark.parametrize("question, concept", [
    ("the rub named after a part of London, is it better than the back one?", "#woolwich"),
    ("pijat dari Inggris yang di sekitar puting itu gimana hasilnya?", "#woolwich"),
])
def test_a_technique_named_by_where_it_comes_from_is_that_technique(engine, question, concept):
    assert concept in engine.normalizer.canonical(question).concepts


@pytest.mark.parametrize("question, topic", [
    ("cheers, super helpful", "meta.thanks"),
    ("ok that's it from me tonight, take care", "meta.goodbye"),
    ("who built this assistant?", "meta.about"),
])
def test_everyday_thanks_farewells_and_names_for_oxybot(engine, question, topic):
    assert engine.answer(question).topic == topic


@pytest.mark.parametrize("question, topic", [
    # a thing the review does not cover, asked as a cause of low milk: the causes answer (tiredness, pain)
    ("kalau sering begadang, apa karena itu ASI jadi sedikit?", "asi.low_supply_causes"),
    ("can sore cracked nipples make my milk supply drop?", "asi.low_supply_causes"),
    # ... asked for itself, it stays not covered
    ("apa penyebab puting lecet?", "out_of_scope"),
    ("why won't my baby sleep?", "out_of_scope"),
])
def test_a_not_covered_thing_asked_as_a_cause_of_low_milk_is_the_suspect(engine, question, topic):
    assert engine.answer(question).topic == topic


def test_a_not_covered_remedy_set_aside_with_besides_does_not_win_on_its_words(engine):
    """"besides daun katuk" names the herb to set it aside: its words no longer carry the herbs answer."""
    assert engine.answer("what else can I do for more milk besides drinking fenugreek tea every day?").topic \
        == "asi.increase_flow"
    assert engine.answer("is fenugreek tea good for milk?").topic == "out_of_scope"


@pytest.mark.parametrize("question", [
    "bayi 9 bulan belum tumbuh gigi sama sekali, normal nggak?",  # the baby's teeth
    "which vitamins should an exclusively breastfed baby be given?",  # supplements beside exclusive feeding
    "is it OK to keep breastfeeding my toddler now that I'm pregnant again?",  # nursing in a new pregnancy
])
def test_teeth_vitamins_and_nursing_in_a_new_pregnancy_are_not_covered(engine, question):
    assert engine.answer(question).topic == "out_of_scope"


@pytest.mark.parametrize("question, concept", [
    ("kapan 'pintu air' di payudara kebuka pas bayi nyusu?", "#letdown"),  # the let-down as a gate opening
    ("does it feel like the floodgates open when the baby feeds?", "#letdown"),
    ("naha cai susu abdi saeutik?", "#low_supply"),  # Sundanese: why is my milk so little
    ("should he get nothing except what comes from me till six months?", "#asi_exclusive"),
    ("anak yang disusui katanya jarang diare, bener?", "#immunity"),  # rarely ill: what breast milk protects from
    ("does breastfeeding help a child grow up strong?", "#immunity"),
])
def test_everyday_and_regional_names_of_covered_things(engine, question, concept):
    assert concept in engine.normalizer.canonical(question).concepts


def test_send_a_message_is_no_massage(engine):
    assert "#massage" not in engine.normalizer.canonical("does feeding send a message to my body?").concepts


def test_who_gives_the_massage_when_the_husband_is_named_as_the_baby_s_father(engine):
    """"bapaknya anak" is the husband: who may give the massage, not the study of husbands giving it."""
    answer = engine.answer("pijat punggung buat ASI boleh dikerjakan oleh bapaknya bayi, atau harus bidan?")
    assert answer.topic == "massage.when_who", answer.intent


@pytest.mark.parametrize("question, concept", [
    # round 8's classes, in other words: kneading is the massage, a mother's lost sleep is tiredness,
    # "only you, nothing else" is exclusive feeding, a chest gone dry is low milk
    ("my partner does some kneading down my backbone at night, is that the thing?", "#massage"),
    ("capek banget habis begadang, apa ngaruh ke susu?", "#fatigue"),
    ("she gets only you and nothing else until which age?", "#asi_exclusive"),
    ("why did my chest go dry so fast?", "#low_supply"),
    ("tips to get my supply up?", "#more_milk"),
])
def test_round_8_everyday_names(engine, question, concept):
    assert concept in engine.normalizer.canonical(question).concepts


def test_begadang_alone_is_the_mother_staying_up_not_the_baby_s_sleep(engine):
    concepts = engine.normalizer.canonical("capek begadang tiap malam").concepts
    assert "#baby_sleep" not in concepts and "#fatigue" in concepts


def test_a_help_word_does_not_answer_a_question_about_covered_things():
    """"option" matches the help intent; the question names the caesarean and the massage, so the
    answer a user sees is about the massage after a caesarean, not the list of what oxybot does."""
    answer = ask_json("After a cut in my belly for the birth, is a back rub still an option to get milk going?")
    assert answer["topic"] == "massage.after_caesarean", answer["intent"]


def test_urutan_ke_berapa_is_a_ranking_and_urutan_punggung_the_massage(engine):
    canonical = engine.normalizer.canonical
    assert "#massage" not in canonical("negara kita di urutan ke berapa soal menyusui?").concepts
    assert "#massage" in canonical("urutan punggung itu dikerjakan berapa kali sehari?").concepts


@pytest.mark.parametrize("question, concept", [
    ("buah dari pohon palem gurun itu bikin susu lancar?", "#dates"),  # the date palm named by its tree
    ("is working on the chest better for milk than the back?", "#breast_massage"),
])
def test_things_named_by_where_they_grow_or_where_the_hands_go(engine, question, concept):
    assert concept in engine.normalizer.canonical(question).concepts


@pytest.mark.parametrize("question, concept", [
    # the milk as a store: a tank, a pantry, a factory, empty or running strong
    ("kenapa tangki susu saya rasanya kosong terus?", "#low_supply"),
    ("how do I get the milk factory making extra?", "#more_milk"),
    ("any way to keep the pantry fuller for my baby?", "#more_milk"),
])
def test_the_milk_as_a_store_that_is_empty_or_full(engine, question, concept):
    assert concept in engine.normalizer.canonical(question).concepts


# -- session 8: round 11's misses, fixed as classes (questions in other words than the set's) ----------

@pytest.mark.parametrize("question, topic", [
    # the mother factors the review ties to low milk, named without "stress": the causes, not stress
    ("khawatir bentuk badan berubah, jadi ogah menyusui. itu ngaruh ke produksi asi?", "asi.low_supply_causes"),
    ("I'm worried about losing my figure and keep putting off feeds. Could that be lowering my milk?",
     "asi.low_supply_causes"),
])
def test_worry_about_breast_changes_and_reluctance_ask_the_causes_of_low_milk(engine, question, topic):
    assert engine.answer(question).topic == topic


@pytest.mark.parametrize("question, concept", [
    ("is it true the breasts work on supply and demand?", "#supply_demand"),
    ("kalau bayi makin sering menyusu, apa payudara nggak kehabisan stok?", "#supply_demand"),
    ("rambutku rontok banyak sejak lahiran, wajar nggak?", "#postpartum_body"),
    ("how do I drop the night feeds of my toddler?", "#night_weaning"),
    ("what percentage of babies are fed solely on breast milk?", "#asi_exclusive"),
    ("my partner kneads my upper back in the evening, does it help the milk?", "#massage"),
])
def test_round_11_everyday_names(engine, question, concept):
    assert concept in engine.normalizer.canonical(question).concepts


@pytest.mark.parametrize("question, concept", [
    # "si kecil" is the baby, never a small amount of milk; "supply demand" without "and" is no name
    # (normalised, it would read "need to make" either way round)
    ("minuman si kecil yang dibuat badan ibu itu terbentuk sejak kapan?", "#low_supply"),
    ("my midwife says I need to make more milk, how?", "#supply_demand"),
])
def test_names_that_would_misread_ordinary_words(engine, question, concept):
    assert concept not in engine.normalizer.canonical(question).concepts


def test_a_pumped_amount_asked_as_enough_is_the_volume_question():
    """Pumping is the context; what she asks is how much a baby needs, which the review answers
    honestly (no per-feed target), so it is not "not covered"."""
    data = ask_json("I only get about 50 ml when I pump, is that enough for a newborn per feed?")
    assert data["topic"] == "asi.volume", data["intent"]


def test_a_pumping_schedule_stays_not_covered(engine):
    assert engine.answer("how many times a day should I pump at the office?").topic == "out_of_scope"


@pytest.mark.parametrize("question, topic", [
    # where on the body the massage is, asked of the thing named, says what it is; where to begin is how
    ("pijat oksitosin itu di bagian mana sih, dada atau punggung?", "massage.what_is"),
    ("pijat oksitosin mulai dari bagian mana?", "massage.how_to"),
])
def test_which_part_of_the_body_the_massage_is_and_where_to_start(engine, question, topic):
    assert engine.answer(question).topic == topic


def test_the_milk_coming_down_is_the_let_down_not_a_cause(engine):
    """"ASI turun" is the let-down in Indonesian; "mengurangi" and "reduces" normalise to "turun" too, so
    they count as cause cues only beside what they lower."""
    query = engine.normalizer.canonical("gimana tahu asinya sudah mulai turun kalau saya nggak merasa apa-apa?")
    assert "what_causes" not in query.qtypes
    assert "what_causes" in engine.normalizer.canonical("apa saja yang bisa mengurangi produksi asi?").qtypes


def test_milk_wetting_the_lips_is_no_dry_nappy():
    data = ask_json("only a dribble comes out and it barely wets the baby's lips. how do I get more?")
    assert not data["red_flag"] and data["topic"] == "asi.increase_flow", data["intent"]


def test_a_fever_breast_milk_makes_rarer_is_no_fever():
    data = ask_json("katanya bayi ASI jadi jarang meriang, apa lagi manfaatnya?")
    assert not data["red_flag"] and data["topic"] == "asi.benefits", data["intent"]


@pytest.mark.parametrize("question, topic", [
    ("ada yang bisa diajak ngobrol soal menyusui malam ini?", "meta.greeting"),
    ("baru pertama kali pakai, pertanyaan apa saja yang bisa saya ajukan?", "meta.help"),
])
def test_meta_phrasings_of_a_first_visit_and_a_goodbye(engine, question, topic):
    assert engine.answer(question).topic == topic


@pytest.mark.parametrize("question, concept", [
    # pressing is how the massage is done, and a word for cutting beside the belly is the caesarean
    # however many small words sit between them
    ("why would pressing on her back help the milk at all?", "#massage"),
    ("perut istri saya kemarin dibelah waktu lahiran, boleh dipijat punggungnya?", "#caesarean"),
])
def test_everyday_names_of_covered_things(engine, question, concept):
    assert concept in engine.normalizer.canonical(question).concepts


@pytest.mark.parametrize("question", [
    # a cut elsewhere is no caesarean; a sore back is no massage
    "jari saya kemarin dibelah dokter karena bisul, boleh menyusui?",
    "my back hurts after carrying the baby all day",
])
def test_cut_and_back_alone_name_nothing_covered(engine, question):
    assert not {"#caesarean", "#massage"} & engine.normalizer.canonical(question).concepts


def test_back_as_returning_is_no_back(engine):
    """"back at work" and "back in my village" return somewhere: read as the back, they made a
    question about milk look like one about the body."""
    for question in ("I'll be back at work in a month, what helps the milk keep coming?",
                     "back in my village the old women say feeding often is what matters"):
        assert "punggung" not in engine.normalizer.canonical(question).terms


def test_a_hormone_in_charge_of_the_milk_is_no_fee():
    data = ask_json("what chemical is in charge of producing the milk and what is in charge of letting it out?")
    assert data["topic"] == "hormone.prolactin_oxytocin", data["intent"]


def test_drawing_lots_and_loose_studies_ask_about_the_trials():
    """"lots" is how a trial picks its groups and "loose" a sloppy study: read as "lots of water" and
    "lose weight", they sent a question on the studies' design to a not-covered food answer."""
    data = ask_json("did the researchers split the mums by drawing lots, or was the research loose?")
    assert data["topic"] == "evidence.quality", data["intent"]


def test_all_i_needed_closes_the_chat():
    """"all I needed" is a goodbye: its "need" is no baby's need for milk (asi.volume)."""
    assert ask_json("ok that is all I needed to know, night!")["intent"] == "meta/goodbye"
    assert ask_json("how much milk is needed per feed?")["topic"] == "asi.volume"


@pytest.mark.parametrize("question, topic", [
    # chat drops vowels: "marmt" is the Marmet technique, not "maret" (March), which typo repair reached first
    ("marmt sm pijat oksitosin bgsan mana?", "evidence.vs_marmet"),
])
def test_chat_skeletons_of_a_technique_reach_it(engine, question, topic):
    assert engine.answer(question).topic == topic


def test_chat_skeletons_of_small_words_are_read(engine):
    terms = engine.normalizer.canonical("yg plg bgs nyusuin lgsg atau pgn dipompa?").terms
    # "plg" is "paling" (a stopword, so gone) and "lgsg" is "langsung": neither stays a stranger
    assert "langsung" in terms and not {"plg", "lgsg"} & set(terms), terms


@pytest.mark.parametrize("question", [
    "pijat oksitosinnya dilakukan smpe kapan?",
    "urut punggung buat asi dilakuin ampe kapan ya?",
])
def test_chat_spellings_of_until_ask_how_long(engine, question):
    assert "how_long" in engine.normalizer.canonical(question).qtypes


@pytest.mark.parametrize("question, topic", [
    # "until when" asks how long; the "when" inside it is no second question of when to start
    ("pijat oksitosinnya dilakukan sampai kapan?", "massage.duration_frequency"),
    ("urut punggungnya dilakukan sampai kapan, bun?", "massage.duration_frequency"),
])
def test_a_short_cue_inside_a_longer_one_is_not_asked_twice(engine, question, topic):
    assert engine.answer(question).topic == topic


# "diapain aja?", "dilakukan gimana?": what is done in it, asked in chat Indonesian, is how to do it (session 15;
# "dilakukan" had matched when the massage must not be done)
@pytest.mark.parametrize("text", ["pijat oksitosinnya tuh diapain aja sih kak?", "pijat oksitosin itu dilakukan bagaimana?"])
def test_what_is_done_in_the_massage_is_how_to(engine, text):
    assert engine.answer(text).intent == "massage/how_to"
