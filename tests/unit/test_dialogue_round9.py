"""Session 7: classes of conversation turns that round 9 showed oxybot still reads wrongly. Every
conversation here was written for these tests (never copied from an eval set), seen failing on main,
then fixed in the mechanism, not in the words of one question."""

from __future__ import annotations

import pytest

from dialogue_probe import talk


# -- a bare follow-up that names a thing by a concept is about that thing, even when one word of the
# concept's name is also a question word ("other" of "the other breast leaks" asks for no "more") ------
@pytest.mark.parametrize("first, follow", [
    ("what is the let-down reflex?", "and if the other breast starts leaking while she feeds?"),
    ("apa itu refleks let-down?", "kalau payudara satunya ikut netes?"),
])
def test_a_concept_named_in_a_follow_up_is_its_subject_not_more_of_the_last(engine, first, follow):
    _, answer = talk(engine, first, follow)
    assert answer.topic == "letdown.signs", answer.intent
    assert not answer.ambiguous


# -- "why is it called that?" asks what the name says: what the subject is ----------------------------
@pytest.mark.parametrize("first, follow, topic", [
    ("pijat oksitosin itu apa ya?", "kenapa dinamakan begitu?", "massage.what_is"),
    ("what's oxytocin massage?", "why is it called that?", "massage.what_is"),
    ("what is the let-down reflex?", "why the name?", "letdown.what_is"),
])
def test_a_question_about_the_name_asks_what_the_subject_is(engine, first, follow, topic):
    _, answer = talk(engine, first, follow)
    assert answer.topic == topic, answer.intent
    assert answer.context is not None


# -- "how sure is that?" asks how strong the evidence is, not how to do it --------------------------------
@pytest.mark.parametrize("first, follow", [
    ("can a back massage help milk come in after a c-section?", "how certain is that?"),
    ("pijat oksitosin habis sesar aman ga?", "seberapa yakin itu?"),
])
def test_how_sure_asks_for_the_strength_of_the_last_answer(engine, first, follow):
    _, answer = talk(engine, first, follow)
    assert answer.topic == "massage.after_caesarean", answer.intent
    assert answer.context == "massage/after_caesarean"


# -- a bare follow-up the last subject has no answer for reaches the subject just before it ---------------
@pytest.mark.parametrize("turns", [
    ("berapa banyak ASI yang dibuat ibu sehari?", "saya jadi cemas", "tandanya cukup apa?"),
    ("how much milk does a mother make a day?", "I get so stressed about it", "what are the signs it's enough?"),
])
def test_a_follow_up_reaches_back_past_a_turn_that_cannot_answer_it(engine, turns):
    answers = talk(engine, *turns)
    assert answers[-1].topic == "asi.volume", answers[-1].intent
    assert answers[-1].context == "asi/volume" and answers[-1].context_turn == 1


def test_reaching_back_never_takes_a_question_with_a_subject_of_its_own(engine):
    *_, answer = talk(engine, "berapa banyak ASI yang dibuat ibu sehari?", "saya jadi cemas",
                      "pijat oksitosin berapa menit?")
    assert answer.topic == "massage.duration_frequency"


# -- a short turn in the last answer's own words about a thing it speaks of but oxybot does not cover
# ("habis itu disapih?" after six months of exclusive breastfeeding, whose answer says what comes after)
@pytest.mark.parametrize("first, follow", [
    ("ASI eksklusif sampai kapan?", "habis itu disapih?"),
    ("ASI eksklusif itu berapa bulan?", "setelah itu berhenti menyusui ya?"),
])
def test_a_short_turn_pointing_back_in_the_last_answers_words_gets_that_answer(engine, first, follow):
    _, answer = talk(engine, first, follow)
    assert answer.topic == "asi.exclusive_duration", answer.intent
    assert answer.context == "asi/exclusive_duration"


@pytest.mark.parametrize("first, follow", [
    ("ASI eksklusif sampai kapan?", "cara menyapih yang baik gimana?"),
    ("how long should I exclusively breastfeed?", "which formula brand is best after that?"),
])
def test_a_not_covered_question_with_words_of_its_own_stays_not_covered(engine, first, follow):
    _, answer = talk(engine, first, follow)
    assert answer.topic == "out_of_scope", answer.intent


# -- thanks with a word on how the answer helped asks nothing: "helps" there is no "does it work?" ---------
@pytest.mark.parametrize("first, thanks", [
    ("how often should the massage be done?", "thanks that works for me"),
    ("pijat oksitosin caranya gimana?", "ok thank you, that actually helps"),
    ("apa itu ASI eksklusif?", "makasih bun, membantu banget"),
])
def test_thanks_with_a_verdict_on_the_answer_is_thanks(engine, first, thanks):
    _, answer = talk(engine, first, thanks)
    assert answer.topic == "meta.thanks", answer.intent


@pytest.mark.parametrize("first, follow, topic", [
    ("pijat oksitosin caranya gimana?", "thanks, how long should it take?", "massage.duration_frequency"),
    ("pijat oksitosin caranya gimana?", "makasih, kalau habis sesar gimana?", "massage.after_caesarean"),
])
def test_thanks_before_a_question_still_answers_the_question(engine, first, follow, topic):
    _, answer = talk(engine, first, follow)
    assert answer.topic == topic, answer.intent


# -- "what else does it do?" after an answer that already gave that of two things: the narrower one ----
@pytest.mark.parametrize("first, follow", [
    ("which hormones are involved in making milk?", "what else do they do to the mother besides milk?"),
    ("hormon apa saja yang berperan dalam menyusui?", "efeknya apa lagi selain ke ASI?"),
])
def test_what_else_it_does_after_the_two_hormones_is_what_oxytocin_does(engine, first, follow):
    _, answer = talk(engine, first, follow)
    assert answer.topic == "hormone.oxytocin_effects", answer.intent


@pytest.mark.parametrize("first, follow, topic", [
    ("hormon apa saja yang berperan dalam menyusui?", "yang satunya lagi fungsinya apa?", "hormone.prolactin_oxytocin"),
    ("apakah pijat oksitosin efektif?", "apa lagi manfaatnya?", "massage.effectiveness"),
])
def test_what_else_stays_when_it_picks_one_of_two_or_nothing_narrower_answers(engine, first, follow, topic):
    _, answer = talk(engine, first, follow)
    assert answer.topic == topic, answer.intent


# -- "the oil" after a study of an oil with the massage is that oil, even beside the massage it was about ---
@pytest.mark.parametrize("first, follow", [
    ("does clary sage oil make the massage work better?", "could I rub the oil in myself and forget the massage?"),
    ("does lavender oil help the back massage?", "is the oil enough on its own without the massage?"),
    ("pijat punggung pakai minyak lavender ada efeknya?", "kalau minyaknya doang, ga usah dipijat?"),
])
def test_the_oil_after_a_study_of_an_oil_is_that_oil(engine, first, follow):
    _, answer = talk(engine, first, follow)
    assert answer.topic == "evidence.aromatherapy", answer.intent


def test_the_oil_is_no_aromatherapy_on_its_own_or_after_another_subject(engine):
    assert engine.answer("which oil is good for cooking?").topic == "out_of_scope"
    *_, answer = talk(engine, "pijat oksitosin caranya gimana?", "how long should each session be?")
    assert answer.topic == "massage.duration_frequency"


# -- a complete question the matcher is unsure of, about a subject the last answer spoke of (the massage,
# after how to get milk going): that subject's answer of the type asked, when the matcher ranked it too -----
def test_a_subject_the_last_answer_spoke_of_is_asked_about_in_its_own_right(engine):
    *_, answer = talk(engine, "Hello", "My wife had a caesarean on Monday and the baby gets nothing when he "
                      "latches. What can I do for her?", "How would I do it exactly? I've never massaged anyone in my life")
    assert answer.topic == "massage.how_to", answer.intent


def test_a_word_the_last_answer_used_in_passing_names_no_subject(engine):
    """"tiny" is a word for little milk too; the let-down answer used it of the cells: no low milk here."""
    _, answer = talk(engine, "what is the let-down reflex?", "what are the tiny cells that squeeze called?")
    assert answer.topic != "asi.low_supply_causes"
    assert "letdown.what_is" in {answer.topic, *(s.topic for s in answer.suggestions)}


# -- "is that why ...?", "pantesan ...": whether the last answer explains what she tells: that answer ------
@pytest.mark.parametrize("first, follow, topic", [
    ("what does oxytocin do to a mother?", "so that's why I felt cramps in my belly while feeding?",
     "hormone.oxytocin_effects"),
    ("oksitosin itu efeknya apa ke ibu?", "oalah pantesan perut saya mules tiap nyusuin", "hormone.oxytocin_effects"),
    ("how does stress affect breast milk?", "is that why my milk dried up the week my mum was in hospital?",
     "stress.mind_and_milk"),
    ("stres ngaruh ke ASI ga?", "makanya pas mertua nginep ASI saya seret ya?", "stress.mind_and_milk"),
])
def test_is_that_why_asks_whether_the_last_answer_explains_it(engine, first, follow, topic):
    _, answer = talk(engine, first, follow)
    assert answer.topic == topic, answer.intent
    assert answer.context is not None


def test_is_that_why_never_hides_a_danger_sign(engine):
    _, answer = talk(engine, "what does oxytocin do to a mother?", "is that why my baby is so yellow and floppy?")
    assert answer.red_flag


# -- "pede" (chat for self-confident) is a word oxybot knows: a follow-up with it is read in context, not
# set aside as a subject not covered ---------------------------------------------------------------------
@pytest.mark.parametrize("first, follow", [
    ("apakah stres bikin ASI sedikit?", "terus gimana biar pede?"),
    ("ibu yang cemas ASI-nya jadi seret ya?", "caranya biar lebih pede gmn?"),
])
def test_how_to_feel_confident_after_worry_and_milk_stays_with_it(engine, first, follow):
    _, answer = talk(engine, first, follow)
    assert answer.topic != "out_of_scope"
    assert "stress.mind_and_milk" in {answer.topic, *(s.topic for s in answer.suggestions)}
