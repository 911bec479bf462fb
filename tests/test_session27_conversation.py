"""Session 27: follow-ups from round 31's conversations, in wordings of our own: the authors and where they are
from, a study's year ("tahun berapa penelitiannya?" asks no count of studies), a study named by its town
(Malang), a "stat test", why a rule is pressed on her, where the strokes end, and a greeting that says where
she has moved to."""

from __future__ import annotations

import pytest

from oxybot.engine.dialogue import Conversation


def turns(engine, *questions):
    convo = Conversation()
    return [engine.answer(q, context=convo) for q in questions]


def test_the_authors_and_where_they_are_from_after_the_verdict(engine):
    answers = turns(engine, "does oxytocin massage actually work?", "ok, and who are the authors and where are they from?")
    assert answers[0].topic == "massage.effectiveness"
    assert answers[1].topic == "review.about"


@pytest.mark.parametrize("then", ["tahun berapa penelitiannya?", "penelitian itu tahun berapa ya?"])
def test_the_year_of_the_study_just_given(engine, then):
    answers = turns(engine, "ada penelitian yang membandingkan pijat oksitosin dengan pijat payudara?", then)
    assert answers[0].topic == "evidence.vs_breast_massage"
    assert answers[1].topic == "evidence.vs_breast_massage"


def test_a_study_named_by_its_town_after_the_caesarean_answer(engine):
    answers = turns(engine, "can the back massage be done after a c-section?",
                    "and in the Malang study, what did they compare it with?")
    assert answers[0].topic == "massage.after_caesarean"
    assert answers[1].topic == "evidence.vs_warm_compress"


def test_a_stat_test_after_a_study(engine):
    answers = turns(engine, "tell me about the study with dates and oxytocin massage", "which stat test did they use?")
    assert answers[0].topic == "evidence.vs_dates"
    assert answers[1].topic == "evidence.vs_dates"


def test_why_a_rule_is_pressed_on_her_after_exclusive_breastfeeding(engine):
    answers = turns(engine, "how long should my baby get only breast milk?", "why do the nurses insist on it so much?")
    assert answers[0].topic == "asi.exclusive_duration"
    assert answers[1].topic == "asi.benefits"


def test_where_the_strokes_end_after_the_steps(engine):
    answers = turns(engine, "how is pijat oksitosin done, step by step?", "down to where, the waist?")
    assert answers[1].topic == "massage.how_to"


def test_a_greeting_that_says_where_she_moved_to(engine):
    assert engine.answer("Hi! we just moved to Surabaya from Perth with our newborn").topic == "meta.greeting"


def test_how_solid_the_science_is_asks_the_quality_of_the_studies(engine):
    assert engine.answer("how solid is the science behind oxytocin massage, really?").topic == "evidence.quality"
    assert engine.answer("what's the science behind oxytocin massage?").topic == "massage.how_it_works"


def test_a_home_fix_in_place_of_going_keeps_the_referral(engine):
    answers = turns(engine, "my left breast is red, hot and hard and I have a fever of 38.5",
                    "what if I just take a cold shower and keep nursing on that side?")
    assert answers[0].red_flag and answers[1].red_flag


def test_it_after_her_milk_is_the_milk_not_the_baby(engine):
    answer = engine.answer("My son is 6 days old. Is my milk proper milk now? it looks yellow and sticky")
    assert not answer.red_flag


@pytest.mark.parametrize("then", ["a study said 15 min? that is a big difference", "15 menit? kok beda jauh"])
def test_a_figure_quoted_back_stays_with_the_answer_that_gave_it(engine, then):
    answers = turns(engine, "how long should one session of oxytocin massage take?", then)
    assert answers[0].topic == "massage.duration_frequency"
    assert answers[1].topic == "massage.duration_frequency"


@pytest.mark.parametrize("then", ["what else besides sleep?", "selain istirahat apa lagi?"])
def test_other_things_to_do_after_the_causes(engine, then):
    answers = turns(engine, "why is my milk so low?", then)
    assert answers[0].topic == "asi.low_supply_causes"
    assert answers[1].topic == "asi.increase_flow"


@pytest.mark.parametrize("then", ["what about during labour?", "kalau pas persalinan?"])
def test_labour_after_what_oxytocin_does_to_her(engine, then):
    # oxytocin's part in labour is in that answer; "labour" alone reads as postpartum care, not covered
    answers = turns(engine, "apa efek hormon oksitosin buat ibu?", then)
    assert answers[0].topic == "hormone.oxytocin_effects"
    assert answers[1].topic == "hormone.oxytocin_effects"
