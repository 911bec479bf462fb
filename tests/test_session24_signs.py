"""Session 24: danger signs hidden by a question someone reported, a "she" no one was named for, and everyday
feelings read as signs. Wordings are new, not those of any evaluation set."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, person, group", [
    # a harmless cause she asked about ("asked me if it's the milk"), not one anyone told: the signs stand
    ("Post partum day 2 patient, sudden chest pain and can't catch her breath, she asked me if it is just the milk "
     "coming in. What do I say?", "mother", "breathing_chest"),
    ("Istri saya habis sesar, tiba-tiba sesak dan dadanya nyeri, dia nanya apakah karena ASI penuh.", "mother",
     "breathing_chest"),
    # a "she" told with a sign only a mother has is the mother for her other signs too
    ("she complains of crushing chest pain and is short of breath since this morning", "mother", "breathing_chest"),
    # the woman named last is whom "she" speaks of, though a daughter was named before her
    ("Writing for my wife. Our daughter is 3 weeks. Since yesterday my wife's left breast is red and hard, and she "
     "has 38.7 and chills.", "mother", "breast_infection"),
    # weeks of tears, and no feeling for the baby, told by her husband
    ("For a month my wife has been teary every day, she feels nothing for the baby and barely eats.", "mother",
     "mood_selfharm"),
])
def test_sign_is_referred_to_the_right_group(engine, question, person, group):
    answer = engine.answer(question)
    assert answer.red_flag, answer.intent
    found = engine.triage.assess(question)
    assert person in {f.person for f in found.active}
    assert group in {f.group for f in found.active}


@pytest.mark.parametrize("question", [
    # a picture in a book, not her baby
    "My textbook has a photo of a baby with yellow skin. Mine is pink and feeding well. How much milk does a baby need?",
    # a chest that tightens only when she is anxious, told after "when ... ,"
    "Whenever I worry about his weight, my chest feels tight for a minute. Can worry slow the milk?",
    # a hot flush at the let-down is warmth, not a fever
    "I get a hot flush every time the milk lets down, then I'm thirsty. Is that the oxytocin?",
    # "cut open" is the caesarean she had, not a wound that opened
    "They cut open my belly for the birth 4 days ago. Is it alright if my husband rubs my back, or does being cut "
    "open stop the massage from helping?",
    # her own chest pressure, given an everyday cause in the next clause
    "My chest feels tight in the evenings, but it's probably because of carrying the baby all day. Does that slow the milk?",
    # breast milk asked about as protection, not a sick baby
    "Does breast milk protect a baby from diarrhoea and pneumonia, or is that a myth?",
])
def test_ordinary_question_raises_no_card(engine, question):
    assert not engine.answer(question).red_flag, [f.words for f in engine.triage.assess(question).active]


@pytest.mark.parametrize("question", [
    # a baby's sign is never set aside by a cause she offers, nor a severe or sudden chest pain of hers
    "his lips went blue during the feed, but it's probably because of the milk",
    "I suddenly got crushing chest pain, but it's probably because of carrying the baby",
])
def test_a_cause_offered_after_does_not_set_a_grave_sign_aside(engine, question):
    assert engine.answer(question).red_flag
