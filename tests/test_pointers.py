"""A long post's question that points back at its story (session 11): "Bagaimana hasil penelitian itu?", "What
did that study find?", "Could you walk me through how to do it?". The pointer is resolved before scoring
(Normalizer._resolve_pointers): a thing named again with a pointer brings in the story sentence that named it,
and a bare pointer in a question that names nothing, after a story that names nothing covered, makes the whole
post the question. Posts written for these tests, not taken from an eval set."""

from __future__ import annotations

import pytest

STUDY_EN = ("At antenatal class the midwife described a study that compared warm towels on the breasts with the back "
            "massage for getting milk going. I have been thinking about it since. My husband is keen to help. "
            "What did that study find?")
STUDY_ID = ("Kemarin di kelas ibu hamil, bidan cerita soal penelitian di Aceh yang membandingkan pijat punggung oleh "
            "suami dengan perawatan payudara yang dilakukan ibu sendiri. Saya jadi penasaran dan ingin cerita ke "
            "suami. Tapi saya lupa detailnya. Bagaimana hasil penelitian itu?")
NO_CONCEPT = ("Bidan tadi pagi melakukan sesuatu di punggung saya, mulai dari tulang yang menonjol di pangkal leher, "
              "tapi saya lupa lanjutannya. Bisa diajari cara melakukannya seperti itu?")


def canonical(engine, text):
    return engine.index.normalizer.canonical(text)


@pytest.mark.parametrize("post, concepts", [
    (STUDY_EN, {"#warm_compress"}),
    (STUDY_ID, {"#breast_care", "#massage"}),
])
def test_a_thing_named_again_with_a_pointer_brings_in_the_sentence_that_told_it(engine, post, concepts):
    # the study was told three sentences before the question: what she asks about is that study
    assert concepts <= canonical(engine, post).emphasis


@pytest.mark.parametrize("post, topic", [
    (STUDY_EN, "evidence.vs_warm_compress"),
    (STUDY_ID, "evidence.vs_breast_care"),
    (NO_CONCEPT, "massage.how_to"),
    ("Nenek saya dulu selalu bilang ibu menyusui harus makan kurma. Di grup WA juga ramai yang bahas kurma "
     "dibandingkan urut punggung buat ASI. Suami saya bingung mau beli yang mana. Mana yang lebih bagus menurut "
     "penelitian-penelitian tersebut?", "evidence.vs_dates"),
])
def test_a_question_pointing_at_its_story_is_answered_for_what_the_story_told(engine, post, topic):
    answer = engine.answer(post)
    assert answer.topic == topic, (answer.intent, answer.score)


def test_the_study_pointed_at_is_answered_with_confidence(engine):
    # before the pointer was read, "that study" matched only on "study find": a weak answer
    assert engine.answer(STUDY_EN).score >= 0.6


def test_a_bare_pointer_after_a_story_naming_nothing_covered_reads_the_whole_post(engine):
    # no sentence is singled out as the one that asks: the story is what "it" is
    assert canonical(engine, NO_CONCEPT).emphasis == frozenset()


@pytest.mark.parametrize("post", [
    # the thing pointed at is named in the question itself, not in the story: nothing is brought in
    "Dokter kasih saya obat tekanan darah setelah melahirkan. Saya masih menyusui. Apakah obat ini aman untuk bayi?",
    "I pumped and got 40 ml. My aunt says that is too little. Should I give formula to top her up?",
])
def test_a_pointer_at_a_thing_not_covered_stays_not_covered(engine, post):
    assert engine.answer(post).topic == "out_of_scope"


def test_a_pointer_brings_no_concept_the_review_does_not_cover(engine):
    # "that amount" points at the sentence that named the amount, beside formula: formula is not what she asks
    query = canonical(engine, "My son drinks formula at night, about 90 ml from the bottle. My mother says the "
                              "amount is too little. Is that amount normal for a baby of six weeks?")
    assert "#formula" not in query.emphasis
