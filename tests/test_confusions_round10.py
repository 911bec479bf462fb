"""Round 10's covered-vs-covered confusions, fixed by class and tested with wordings written for these tests
(never the eval questions): a part of the spine is no caesarean, the massage told by what the hands do along
the backbone, the caesarean told as the belly opened, "the front" rubbed or looked after as the breast, "is it
better to ... or ..." as a comparison, and a knotted stomach or chilling out as the mind."""

from __future__ import annotations

import pytest


def topic(engine, text):
    return engine.answer(text).topic


# -- "section" of the spine is a part of it; "had a section" is still the caesarean -----------------
@pytest.mark.parametrize("text, expected", [
    ("what is this massage and what section of the back does it use?", "massage.what_is"),
    ("is the massage for milk done on every section of the spine or just the upper part?", "massage.how_to"),
    ("I had a section last week, is the back massage for milk safe for me?", "massage.after_caesarean"),
    ("after my section the milk is slow, would the back rub still help?", "massage.after_caesarean"),
])
def test_a_section_of_the_spine_is_no_caesarean(engine, text, expected):
    assert topic(engine, text) == expected


# -- the massage told by what the hands do along the backbone ---------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("a friend had her hands run down my backbone after the birth to get milk going, what is that called?",
     "massage.what_is"),
    ("someone pressed the knobbly bones down my back after delivery, what is that treatment exactly?",
     "massage.what_is"),
    ("diusap sepanjang ruas tulang punggung itu sebenarnya apa sih namanya?", "massage.what_is"),
    ("diurut sepanjang tulang punggung begitu beneran terbukti bikin asi keluar atau mitos?",
     "massage.effectiveness"),
])
def test_the_massage_told_by_what_the_hands_do(engine, text, expected):
    assert topic(engine, text) == expected


# -- the caesarean told as the belly opened ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "the doctors opened my belly to deliver him and my milk is slow, can my back still be rubbed for it?",
    "they opened me up for the birth, is the spine rub okay to have with the wound?",
])
def test_the_belly_opened_is_the_caesarean(engine, text):
    assert topic(engine, text) == "massage.after_caesarean"


# -- "the front" beside rubbing or care is the breast, "is it better to ... or" compares ------------
@pytest.mark.parametrize("text, expected", [
    ("is it better to keep washing and prepping the nipples or to get my back massaged?",
     "evidence.vs_breast_care"),
    ("lebih ampuh mana buat asi, urut langsung bagian depan atau pijat punggung?", "evidence.vs_breast_massage"),
    ("is it better for milk to be rubbing the front or having the back massage?", "evidence.vs_breast_massage"),
])
def test_the_front_and_which_is_better(engine, text, expected):
    assert topic(engine, text) == expected


# -- the mind told as a knotted stomach or chilling out ---------------------------------------------
@pytest.mark.parametrize("text", [
    "if my stomach is tied up in knots all day, will that mean less milk for her?",
    "will chilling out a bit really help my milk or is that an old wives' tale?",
])
def test_a_knotted_stomach_or_chilling_out_is_the_mind(engine, text):
    assert topic(engine, text) == "stress.mind_and_milk"


# -- none of the above took a question that was already right ---------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("can I have oxytocin massage after a c-section?", "massage.after_caesarean"),
    ("what is oxytocin massage?", "massage.what_is"),
    ("which is better, breast massage or oxytocin massage?", "evidence.vs_breast_massage"),
])
def test_plain_questions_keep_their_answers(engine, text, expected):
    assert topic(engine, text) == expected


# -- a caesarean told in the story, "still any use?" asked after it: the massage after a caesarean --
@pytest.mark.parametrize("text", [
    "Saya habis dibedah waktu lahiran, jahitannya belum kering. Apakah pijat punggung masih berguna supaya asi keluar?",
    "I had a caesarean last week and the wound is still sore. Is a back massage still any good for my milk?",
])
def test_the_caesarean_told_before_a_still_worth_it_question(engine, text):
    assert topic(engine, text) == "massage.after_caesarean"


@pytest.mark.parametrize("text", [
    "is the back massage any use for milk?",
    "pijat oksitosin ada gunanya ga sih?",
])
def test_any_use_asks_whether_it_works(engine, text):
    assert topic(engine, text) == "massage.effectiveness"


# -- long and story posts: the asking sentence names the focus with everyday words -----------------
@pytest.mark.parametrize("text, expected", [
    # a few beads of milk is low milk; "what's holding things back" asks its causes, not how much is normal
    ("I'm drinking water all day yet only a few beads show when he latches. What's holding things back?",
     "asi.low_supply_causes"),
    # "only her own milk" for six months is exclusive breastfeeding; "how many mothers" its coverage
    ("berapa persen ibu di Indonesia yang hanya memberi asinya sendiri sampai enam bulan?", "asi.coverage_stats"),
])
def test_the_asking_sentence_in_everyday_words(engine, text, expected):
    assert topic(engine, text) == expected
