"""Session 7, round 9's two scope classes fixed as mechanisms: covered questions refused as "not covered",
and not-covered questions given a health answer. Every wording here is our own, none from an eval set."""

from __future__ import annotations

import pytest


def topic_of(engine, question: str) -> str:
    return engine.answer(question).topic


@pytest.mark.parametrize("question", [
    # a story naming worry and a caesarean, then the massage asked of "surgery": the surgery is the caesarean
    # she told of, not a spine operation; and of the covered answers near a "not covered" one, the one about
    # most of what she names (the caesarean and the massage) answers, not the first (what the massage is)
    "Two days ago they delivered my son by emergency caesarean. A midwife mentioned a back massage that helps "
    "the milk, but I was too groggy to take it in. Nothing much is coming yet and I'm anxious that the surgery is "
    "the reason. Does that massage actually work for women after an operation like mine?",
    "My daughter was born by C-section on Monday and I'm nervous because my breasts still feel soft. The ward "
    "nurse talked about rubbing along the spine for milk. Is there any proof it helps mums who had surgery?",
    "Kemarin saya lahiran sesar dan sekarang masih nyeri di bekas jahitan. Saya cemas ASI belum keluar. Bidan "
    "menawarkan pijat punggung, boleh nggak buat saya?",
])
def test_a_story_about_a_caesarean_then_the_massage_gets_the_caesarean_answer(engine, question):
    assert topic_of(engine, question) == "massage.after_caesarean"


def test_surgery_refers_back_to_a_caesarean_only_in_a_message_that_names_one(engine):
    told = engine.normalizer.canonical("I had a caesarean last week. Is the back massage safe now that the operation is over?")
    assert "#caesarean" in told.emphasis  # the sentence that asks says "the operation"
    # a spine operation, with no caesarean named, stays a medical condition the review does not cover
    assert topic_of(engine, "I had surgery on my spine last year, can I still have the back massage?") == "out_of_scope"


@pytest.mark.parametrize("question, topic", [
    # when to stop is how long to breastfeed, which the review answers (six months only milk, on to two years)
    ("kapan sebaiknya anak berhenti menyusu dari ibunya?", "asi.exclusive_duration"),
    ("At what point should I stop breastfeeding my daughter completely?", "asi.exclusive_duration"),
    ("umur berapa anak boleh disapih?", "asi.exclusive_duration"),
    ("Until what age is it nothing but the breast, and when do we stop breastfeeding for good?",
     "asi.exclusive_duration"),
    # how to wean, or how long weaning takes, is not in the review
    ("gimana cara menyapih anak 2 tahun?", "out_of_scope"),
    ("kapan mulai menyapih dan caranya gimana?", "out_of_scope"),
    ("how long does weaning usually take?", "out_of_scope"),
])
def test_when_to_stop_breastfeeding_is_covered_how_to_wean_is_not(engine, question, topic):
    assert topic_of(engine, question) == topic


@pytest.mark.parametrize("question, topics", [
    # formula set beside breast milk or breastfeeding, however named, asks what the comparison answers; a
    # verdict question ("Is that true?") asks about the claim told just before it
    ("My mother-in-law says tinned milk is just the same as what comes from mum, only easier. Is that true?",
     {"asi.what_is", "asi.benefits"}),
    ("bun, sufor yg mahal itu bisa nyamain menyusui langsung nggak? soalnya ipar bilang sama aja", {"asi.what_is"}),
    ("Is powdered milk from the shop really as good as what comes from me, or is that just marketing?",
     {"asi.what_is"}),
    # formula asked for itself (which one, how much) is not covered
    ("which formula is best?", {"out_of_scope"}),
    ("susu formula merk apa yang paling mirip asi?", {"out_of_scope"}),
    ("My sister said formula is fine. How much formula should a newborn get per feed?", {"out_of_scope"}),
])
def test_formula_against_breast_milk_is_covered_formula_itself_is_not(engine, question, topics):
    assert topic_of(engine, question) in topics


def test_a_verdict_question_asks_about_the_claim_before_it(engine):
    told = engine.normalizer.canonical("My son is two weeks old. Grandma says sufor is the same as ASI. Is that true?")
    assert "#formula" in told.emphasis and "asi" in told.emphasis and "son" not in told.emphasis
    # a question with words of its own asks what it says ("Good morning. I would like to ask ..." is no question)
    own = engine.normalizer.canonical("My son is two weeks old. Grandma says sufor is fine. How much should a "
                                      "newborn get per feed?")
    assert "#formula" not in own.emphasis


@pytest.mark.parametrize("question", [
    # a lasting illness of the mother, named by the disease or the organ: for her doctor, not in the review
    "I have a liver infection from birth, is it safe to keep nursing my son?",
    "I'm on treatment for thyroid problems, can I still breastfeed?",
    "Ibu dengan TBC paru boleh tetap menyusui?",
    # how the baby lies asleep is the baby's sleep
    "bayi saya suka tidur tengkurap, bahaya nggak?",
    "Is it safer for my baby to sleep on her back or on her tummy?",
])
def test_a_kind_of_thing_the_review_does_not_cover_is_not_covered(engine, question):
    assert topic_of(engine, question) == "out_of_scope"


@pytest.mark.parametrize("question, topic", [
    ("Do nursed babies really fight off infections better?", "asi.benefits"),  # "infection" alone is no illness
    ("how many ml does a newborn drink per feed?", "asi.volume"),
    ("makasih ya bot, matur nuwun", "meta.thanks"),
])
def test_covered_neighbours_of_those_kinds_stay_covered(engine, question, topic):
    assert topic_of(engine, question) == topic


def test_a_real_word_one_letter_from_a_keyword_is_no_keyword(engine):
    query = engine.normalizer.canonical("how much litter does a baby make a day?")
    assert "liter" in query.guessed  # typo repair still guesses it ...
    ranked = engine.index.rank(query, limit=8)
    volume = next((m for m in ranked if engine.index.intents[m.intent].id == "asi/volume"), None)
    assert volume is None or not volume.keyword  # ... but it settles nothing as the volume's keyword "liter"
