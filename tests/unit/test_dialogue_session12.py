"""Session 12's conversation fixes, by class (round 17's follow-up misses). Every conversation here was
written for these tests (never copied from an eval set); most were first seen failing, then fixed in
content/frames.yaml, content/lexicon.yaml, content/concepts.yaml or the conversation rules
(oxybot/engine/dialogue.py, engine.py)."""

from __future__ import annotations

import pytest

from dialogue_probe import talk


def said(answer):
    return (answer.intent, answer.context)


# -- after a danger sign, the hour as a reason to wait keeps the referral ---------------------------------
@pytest.mark.parametrize("first, turn", [
    ("my 4 day old is yellow down to his feet and won't feed", "so what do I do, it's the middle of the night"),
    ("my 4 day old is yellow down to his feet and won't feed", "ok what do we do now, it's already night here"),
    ("bayi saya umur 4 hari kuning sampai kaki dan nggak mau nyusu", "terus aku harus gimana, ini udah malam"),
    ("bayi saya umur 4 hari kuning sampai kaki dan nggak mau nyusu", "lha aku kudu piye, wis bengi"),
])
def test_the_hour_after_a_danger_sign_keeps_the_referral(engine, first, turn):
    answers = talk(engine, first, turn)
    assert answers[0].red_flag is True
    assert answers[1].red_flag is True and answers[1].topic == "red_flag", said(answers[1])


# -- a verdict on herself after the signs of the let-down: about that answer -------------------------------
@pytest.mark.parametrize("turn", ["does that mean something is wrong with me?", "apa berarti ada yang salah sama aku?"])
def test_is_something_wrong_with_me_after_the_signs_is_about_the_signs(engine, turn):
    answers = talk(engine, "how do I know the let-down is happening? I never feel it", turn)
    assert answers[1].intent == "letdown/signs", said(answers[1])


# -- laughter asks nothing: a short follow-up stays one --------------------------------------------------
@pytest.mark.parametrize("turn", ["what else could I do lol", "terus aku bisa ngapain lagi wkwk"])
def test_laughter_makes_no_follow_up_a_question_of_its_own(engine, turn):
    answers = talk(engine, "how can I make more breast milk?", turn)
    assert answers[1].intent == "asi/increase_flow", said(answers[1])


# -- advice to someone else after the evidence: the bottom line -------------------------------------------
def test_would_you_tell_a_friend_after_the_studies_is_whether_it_works(engine):
    answers = talk(engine, "is the oxytocin massage proven?", "how good are those studies?",
                   "honestly, would you tell a friend to give it a go?")
    assert answers[2].intent == "massage/effectiveness", said(answers[2])


# -- "the part that ..." after the two hormones: that answer ---------------------------------------------
@pytest.mark.parametrize("first, turn", [
    ("apa beda hormon prolaktin dan oksitosin?", "yang bagian bikin susunya keluar itu yang mana tadi?"),
    ("what's the difference between prolactin and oxytocin?", "the part that pushes it out was which one again?"),
])
def test_the_part_that_after_the_two_hormones_is_that_answer(engine, first, turn):
    answers = talk(engine, first, turn)
    assert answers[0].intent == "hormone/prolactin_oxytocin"
    assert answers[1].intent == "hormone/prolactin_oxytocin", said(answers[1])


# -- a time of pregnancy, or day one, after when to start: when ---------------------------------------------
@pytest.mark.parametrize("first, turn", [
    ("kapan pijat oksitosin sebaiknya mulai dilakukan?", "kalau masih hamil tua boleh juga?"),
    ("when should we start the oxytocin massage?", "and while she's still pregnant?"),
    ("berapa lama pijat oksitosin dilakukan setiap kali?", "mulainya dari hari pertama?"),
    ("how long should each oxytocin massage last?", "from day one?"),
])
def test_a_time_after_the_massage_routine_asks_when(engine, first, turn):
    answers = talk(engine, first, turn)
    assert answers[1].intent == "massage/when_to_start", said(answers[1])


# -- "my first" after a study: a first-time mother, a detail of that study ----------------------------------
@pytest.mark.parametrize("turn", ["this is my first baby, does that matter?", "ini kehamilan pertama saya, ngaruh?"])
def test_my_first_after_a_study_is_that_study(engine, turn):
    answers = talk(engine, "was there a study of breast care in pregnancy?", turn)
    assert answers[0].topic == "evidence.vs_breast_care"
    assert answers[1].topic == "evidence.vs_breast_care", said(answers[1])


# -- where the review is indexed, its citation for a reference list: the review -----------------------------
@pytest.mark.parametrize("first, turn", [
    ("who wrote the review you use?", "is it indexed anywhere?"),
    ("bagaimana cara kerja pijat oksitosin?", "sumbernya siapa, mau aku kutip di daftar pustaka"),
])
def test_the_citation_is_the_reviews(engine, first, turn):
    answers = talk(engine, first, turn)
    assert answers[1].intent == "review/about", said(answers[1])


# -- a word referring to the caesarean refers to it in a later turn ----------------------------------------
@pytest.mark.parametrize("first, turn", [
    ("is the oxytocin massage safe after a c-section?", "what did the research find for post-op mums?"),
    ("pijat oksitosin aman untuk ibu habis sesar?", "penelitian untuk ibu yang dioperasi hasilnya gimana?"),
])
def test_the_operation_in_a_later_turn_is_the_caesarean(engine, first, turn):
    answers = talk(engine, first, turn)
    assert answers[1].intent == "massage/after_caesarean", said(answers[1])
    assert answers[1].red_flag is False


def test_a_sign_of_the_wound_in_a_later_turn_is_still_the_triages(engine):
    answers = talk(engine, "is the oxytocin massage safe after a c-section?", "my stitches are red and leaking pus now")
    assert answers[1].red_flag is True


# -- a verdict on the research beside its details: how far it can be trusted --------------------------------
def test_a_weakness_of_the_reviews_search_is_the_quality_of_the_evidence(engine):
    answers = talk(engine, "which databases did the review search?",
                   "only studies from Indonesia in one database, isn't that a limitation?")
    assert answers[1].intent == "evidence/quality", said(answers[1])


# -- what holds the milk back after the let-down: worry --------------------------------------------------
@pytest.mark.parametrize("first, turn", [
    ("what is the let-down reflex?", "so what blocks it?"),
    ("refleks let down itu apa?", "terus apa yang menghambatnya?"),
])
def test_what_blocks_the_letdown_is_worry(engine, first, turn):
    answers = talk(engine, first, turn)
    assert answers[1].intent == "stress/mind_and_milk", said(answers[1])


# -- the back rubbed names the massage: after the hormones, how it works ------------------------------------
@pytest.mark.parametrize("first, turn", [
    ("apa beda hormon prolaktin dan oksitosin?", "kalau usap punggung itu ngaruh ke yang mana?"),
    ("what's the difference between prolactin and oxytocin?", "so a back rub helps which one?"),
])
def test_a_back_rub_after_the_hormones_is_how_the_massage_works(engine, first, turn):
    answers = talk(engine, first, turn)
    assert answers[1].intent == "massage/how_it_works", said(answers[1])


# -- another way to more milk after an answer not covered: how to get more milk ----------------------------
@pytest.mark.parametrize("first, turn", [
    ("berapa dosis domperidone untuk ibu menyusui?", "kalau tanpa obat, ada cara lain biar ASI lancar?"),
    ("what dose of domperidone should I take?", "any other way to get more milk then?"),
])
def test_another_way_to_more_milk_after_not_covered_is_covered(engine, first, turn):
    answers = talk(engine, first, turn)
    assert answers[0].topic == "out_of_scope"
    assert answers[1].intent == "asi/increase_flow", said(answers[1])


def test_a_bare_goal_after_not_covered_stays_not_covered(engine):
    answers = talk(engine, "berapa dosis domperidone untuk ibu menyusui?", "biar lancar gitu?")
    assert answers[1].topic == "out_of_scope", said(answers[1])


# -- a subject asked twice over is no subject before it ----------------------------------------------------
def test_a_repeated_subject_lets_a_bare_follow_up_reach_the_one_before(engine):
    answers = talk(engine, "kenapa ASI saya sedikit?", "apa beda prolaktin dan oksitosin?",
                   "yang bagian ngeluarin itu yang mana tadi?", "selain diisap bayi, pakai apa lagi?")
    assert answers[3].intent == "asi/increase_flow", said(answers[3])


# -- "berarti ..." first draws a conclusion, no "what does it mean"; "punyaku" asks nothing ------------------
@pytest.mark.parametrize("turn", ["berarti punyaku sedikit ya?", "brarti punya saya kurang?"])
def test_a_conclusion_about_her_own_milk_after_how_much_is_about_low_milk(engine, turn):
    answers = talk(engine, "berapa banyak ASI yang dihasilkan sehari?", turn)
    assert answers[1].intent in ("asi/low_supply_causes", "asi/volume"), said(answers[1])


def test_what_it_means_is_still_asked(engine):
    answers = talk(engine, "apa itu refleks let down?", "artinya apa?")
    assert answers[1].intent == "letdown/what_is", said(answers[1])


# -- "gara2 apa?" (the repeat mark dropped) asks the causes -------------------------------------------------
def test_gara2_apa_asks_the_causes(engine):
    answers = talk(engine, "ASI bisa mencegah diare?", "oke, kalau ASI ibu-ibu sedikit itu biasanya gara2 apa")
    assert answers[1].intent == "asi/low_supply_causes", said(answers[1])


# -- "what can I help with?" after the causes of low milk: what to do about it --------------------------------
@pytest.mark.parametrize("first, turn", [
    ("kenapa ASI istri saya sedikit sekali?", "saya sebagai suami bisa bantu apa?"),
    ("kenapa ASI istri saya sedikit sekali?", "abdi salaku salaki tiasa ngabantosan naon?"),
    ("why is my wife's milk supply so low?", "ok, and how can I help?"),
])
def test_what_a_husband_can_help_with_after_the_causes_is_what_to_do(engine, first, turn):
    answers = talk(engine, first, turn)
    assert answers[1].intent == "asi/increase_flow", said(answers[1])
