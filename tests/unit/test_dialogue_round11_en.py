"""Session 8: classes of English conversation turns that round 11 showed oxybot still read wrongly. Every
conversation here was written for these tests (never copied from an eval set), first seen failing,
then fixed in the conversation rules (oxybot/engine/dialogue.py, content/frames.yaml)."""

from __future__ import annotations

import pytest

from dialogue_probe import talk


# -- a verdict on what she told: "is that normal?" is about the answer just given -------------------
@pytest.mark.parametrize("first, follow_up, intent", [
    ("how do I know the let-down reflex is happening?", "I can't feel any of that, is it normal?", "letdown/signs"),
    ("why is my breast milk so low?", "is this common?", "asi/low_supply_causes"),
])
def test_is_that_normal_asks_the_last_answer(engine, first, follow_up, intent):
    answers = talk(engine, first, follow_up)
    assert answers[0].intent == intent
    assert answers[1].intent == intent, (answers[1].intent, answers[1].context)


# -- emphasis is no word of the question's own -------------------------------------------------------
def test_actually_in_a_short_follow_up_asks_nothing_of_its_own(engine):
    answers = talk(engine, "what makes breast milk dry up in the first week?", "so what can I honestly do now?")
    assert answers[1].intent == "asi/increase_flow", (answers[1].intent, answers[1].context)


# -- whether it was tested is its evidence ------------------------------------------------------------
def test_was_it_tested_asks_for_the_studies_of_the_last_subject(engine):
    answers = talk(engine, "is the back massage allowed after a caesarean?", "was any of that tested on real mothers?")
    assert answers[1].intent == "massage/after_caesarean", (answers[1].intent, answers[1].context)


# -- who wrote it, where it was published, the full citation: the review, after any answer ------------
@pytest.mark.parametrize("first", [
    "does oxytocin massage really help the milk flow?",
    "how does the back massage make milk come out?",
])
@pytest.mark.parametrize("follow_up", [
    "where did that get published?",
    "could I have the complete citation please?",
])
def test_the_source_of_what_was_said_is_the_review(engine, first, follow_up):
    answers = talk(engine, first, follow_up)
    assert answers[1].intent == "review/about", (answers[1].intent, answers[1].context)


def test_who_wrote_a_study_stays_on_that_study(engine):
    answers = talk(engine, "is a warm compress better than the back massage for milk?", "who published that one?")
    assert answers[1].intent == "evidence/vs_warm_compress", (answers[1].intent, answers[1].context)


# -- a detail of a figure: its age group, its correlation --------------------------------------------
def test_the_age_group_of_a_figure_stays_on_that_answer(engine):
    answers = talk(engine, "what does breastfeeding protect my baby from?", "which age group was that for?")
    assert answers[0].intent == "asi/benefits"
    assert answers[1].intent == "asi/benefits", (answers[1].intent, answers[1].context)


def test_how_strong_a_studys_figure_was_is_that_study(engine):
    answers = talk(engine, "which is better for milk after a c-section, breast care or the back massage?",
                   "how strong was that correlation?")
    assert answers[1].topic == answers[0].topic == "evidence.vs_breast_care", (answers[1].intent, answers[1].context)


# -- to train staff is training ------------------------------------------------------------------------
def test_training_staff_in_the_massage_is_who_can_give_it(engine):
    answers = talk(engine, "can my husband do the oxytocin massage?", "do midwives need to be trained in it?",
                   "should clinics train their nurses in it?")
    assert answers[2].intent == "massage/who_can_give", (answers[2].intent, answers[2].context)


# -- "besides X": more of the last answer, X set aside, even when X is named by a concept --------------
@pytest.mark.parametrize("follow_up", ["any other hormone changes besides oxytocin?",
                                       "and other body changes apart from oxytocin?"])
def test_besides_a_subject_asks_more_of_the_last_answer(engine, follow_up):
    answers = talk(engine, "how does the back massage make the milk come?", follow_up)
    assert answers[1].intent == "massage/how_it_works", (answers[1].intent, answers[1].context)


def test_compared_with_a_subject_still_names_it(engine):
    answers = talk(engine, "is the Marmet technique better than the oxytocin massage?", "and compared with a warm compress?")
    assert answers[1].intent == "evidence/vs_warm_compress"


# -- milk squeezed out, with no hand named, is the let-down, not hand expression -----------------------
@pytest.mark.parametrize("question, intent", [
    ("what squeezes the milk out when my baby feeds?", "letdown/what_is"),
    ("which muscle squeezes the milk out?", "letdown/what_is"),
    ("how do I squeeze milk out by hand?", "evidence/vs_marmet"),
])
def test_squeezing_milk_out_is_hand_expression_only_by_hand(engine, question, intent):
    assert engine.answer(question).intent == intent


# -- everyday words for a study's method, its verdict, getting the milk going, doubting the studies -----
@pytest.mark.parametrize("first, follow_up, intent", [
    ("why is so little milk coming out?", "ok, what can we do to get it moving?", "asi/increase_flow"),
    ("which helps milk more, dates or the back massage?", "what was the design?", "evidence/vs_dates"),
    ("how does the oxytocin massage work?", "so what's the final verdict of the review?", "massage/effectiveness"),
    ("does the back massage really work?", "every single study positive? sounds too good to be true", "evidence/quality"),
])
def test_everyday_words_for_a_type_of_question(engine, first, follow_up, intent):
    answers = talk(engine, first, follow_up)
    assert answers[1].intent == intent, (answers[1].intent, answers[1].context)


# -- "which is right?" asks the answer just given, even when the turn says "study" ---------------------
@pytest.mark.parametrize("follow_up", ["one study says twice, another once? which is right?",
                                       "the studies say different things, so which one is correct?"])
def test_which_is_right_asks_the_last_answer(engine, follow_up):
    answers = talk(engine, "how often a day should the back massage be done?", follow_up)
    assert answers[1].intent == "massage/duration_frequency", (answers[1].intent, answers[1].context)


# -- a number written as a word is that number ---------------------------------------------------------
def test_a_number_word_reads_as_its_digits(engine):
    words = talk(engine, "does the back massage really work?", "were the ten studies all positive? seems odd")
    digits = talk(engine, "does the back massage really work?", "were the 10 studies all positive? seems odd")
    assert words[1].topic != "out_of_scope"
    assert words[1].intent == digits[1].intent


# -- something not covered told around a question the last answer answers --------------------------------
def test_a_figure_told_with_something_not_covered_stays_on_the_last_answer(engine):
    follow_up = "my baby takes 70ml of expressed milk per feed, enough?"
    answers = talk(engine, "how much breast milk does a mother make in a day?", follow_up)
    assert answers[1].intent == "asi/volume"
    # by the context, unless the words alone now say it (the volume intent's examples ask of a bottle of
    # expressed milk since session 9)
    assert answers[1].context == "asi/volume" or engine.answer(follow_up).intent == "asi/volume"


def test_a_question_about_the_thing_not_covered_stays_not_covered(engine):
    answers = talk(engine, "how much breast milk does a mother make in a day?",
                   "how long can pumped milk stay in the fridge?")
    assert answers[1].topic == "out_of_scope"


def test_formula_told_beside_a_question_about_breast_milk_in_a_breastfeeding_conversation(engine):
    answers = talk(engine, "how long should I give only breast milk?",
                   "the tinned milk is just as good they say, what is the point then?")
    assert answers[1].intent == "asi/what_is" and answers[1].context == "asi/exclusive_duration"


@pytest.mark.parametrize("follow_up", ["which formula brand is closest to breast milk?",
                                       "can I mix formula into breast milk in one bottle?"])
def test_a_question_about_formula_itself_stays_not_covered(engine, follow_up):
    answers = talk(engine, "how long should I give only breast milk?", follow_up)
    assert answers[1].topic == "out_of_scope"


# -- "does it do anything ...?" asks what the last subject does -----------------------------------------
@pytest.mark.parametrize("first, follow_up, intent", [
    ("what does oxytocin do in the body?", "does it do anything in labour as well?", "hormone/oxytocin_effects"),
    ("is prolactin the milk-making hormone?", "does it do anything else for the mother?", "hormone/prolactin_oxytocin"),
])
def test_does_it_do_anything_asks_what_the_last_subject_does(engine, first, follow_up, intent):
    answers = talk(engine, first, follow_up)
    assert answers[1].intent == intent, (answers[1].intent, answers[1].context)
