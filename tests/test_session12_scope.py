"""Session 12, round 17's understanding misses fixed as classes, tested with our own wordings (none from an eval set).

* Thanks and greetings typed as chat does ("mkasih bun, infonya sgt mmbantu"), thanks that say what the answer did
  ("jawabannya bikin lega"), and a greeting whose only '?' asks leave to ask ("halo, boleh tanya? baru lahiran")
  are small talk, not something else asked.
* "What can I ask you? only X or Y too?": the choices after a question about oxybot are part of it.
* Things the review does not cover named in new ways: being hooked up to the pump and a freezer stash, feeding
  positions (twins together), the mother's belly massaged or bound after birth, dried-up breasts coaxed to give milk
  again, a baby's weight asked in chat ("bb dd"), a bottle bought at the pharmacy.
* A covered thing told with a likeness ("scented oil like at a spa"), "free" (costs nothing) that is no milk
  flowing "freely", husbands as a group ("para ayah") learning the massage, "get more going", and whether what she
  told "ngaruh ke jumlahnya" (the causes).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "mkasih bun, infonya sgt mmbantu",
    "trmksh y bun, mmbntu bgt",
    "thnx, very hlpful",
    "makasih ya kak, jawabannya bikin lega",
    "Terima kasih, penjelasannya bikin saya tenang",
    "thanks a lot, that made me feel calmer",
])
def test_chat_thanks_is_thanks(engine, question):
    assert engine.answer(question).topic == "meta.thanks"


@pytest.mark.parametrize("question, topic", [
    # asked, not thanked: the same words as a question stay the subject
    ("apa yang bisa bikin aku lebih tenang pas menyusui?", "stress.mind_and_milk"),
])
def test_calm_asked_about_is_no_thanks(engine, question, topic):
    assert engine.answer(question).topic == topic


@pytest.mark.parametrize("question", [
    "Hello, may I ask something? I'm a new mum.",
    "halo kak, boleh tanya-tanya? aku ibu baru",
    "hello, just had my baby last week",
])
def test_a_greeting_that_asks_leave_to_ask_is_a_greeting(engine, question):
    assert engine.answer(question).topic == "meta.greeting"


def test_a_greeting_with_a_real_question_answers_it(engine):
    assert engine.answer("hi, can I ask? just had my baby, how do I make more milk?").topic == "asi.increase_flow"


@pytest.mark.parametrize("question", [
    "what sort of things can you help with? just milk or baby stuff as well?",
    "kamu bisa jawab soal apa aja? cuma ASI atau soal bayi juga?",
])
def test_choices_after_a_question_about_oxybot_stay_with_it(engine, question):
    assert engine.answer(question).topic == "meta.help"


def test_a_question_about_the_source_and_its_journal_is_not_cut_into_choices(engine):
    assert engine.answer("Jawaban kamu diambil dari tulisan siapa, dan terbit di jurnal apa?").topic == "review.about"


@pytest.mark.parametrize("question", [
    # pumping told as being hooked up, milk put by in the freezer
    "how many times a day should I hook myself up to the pump to build up a freezer stash?",
    "berapa kali sehari harus nyetok asip biar stok di freezer cukup?",
    # feeding positions, twins at once
    "my twins are two weeks old, what is the best hold to feed both at once?",
    "posisi menyusui kembar sekaligus yang enak gimana ya?",
    # the mother's belly massaged or bound after birth
    "Ibu saya nyuruh urut perut ke dukun habis lahiran, aman nggak?",
    "is a belly binding wrap safe after giving birth?",
    # dried-up breasts coaxed to give milk again
    "Udah berhenti nyusuin tiga bulan, payudara bisa dipancing keluar lagi nggak?",
    "I stopped feeding at 6 weeks, can I get my milk going again now?",
    # the baby's weight in chat, with formula
    "bb dd cm naik dikit, hrs tmbh sufor?",
])
def test_new_names_of_things_not_covered(engine, question):
    assert engine.answer(question).topic == "out_of_scope"


@pytest.mark.parametrize("question, topic", [
    # a likeness ("like at a spa") names where the oil is like, not what she asks
    ("if my husband rubs my back with scented oil like at a spa, does the milk come faster?", "evidence.aromatherapy"),
    ("pijat punggung pakai minyak wangi kayak di spa, bikin asi lebih deras nggak?", "evidence.aromatherapy"),
    # a bottle bought at the pharmacy is formula, set against her milk: the comparison
    ("is a bottle from the pharmacy really as good as my own milk?", "asi.what_is"),
    # fathers as a group learning the massage: who can give it, not the husbands' study
    ("apa para ayah bisa diajari pijat punggung buat ngelancarin asi?", "massage.when_who"),
    ("can dads learn to give the back massage for milk?", "massage.when_who"),
    # "get more going" is more milk
    ("she gulps a little then nothing, what can I do at home without pills to get more going?", "asi.increase_flow"),
    # whether what she told changes how much comes: the causes
    ("Aku sering capek dan takut payudara kendor, jadi males nyusuin. Itu bisa ngaruh ke jumlahnya?",
     "asi.low_supply_causes"),
])
def test_covered_questions_read_right(engine, question, topic):
    assert engine.answer(question).topic == topic


def test_a_question_about_the_studies_names_no_husband(engine):
    assert engine.answer("did the research show that rubbing the back really makes more milk?").topic == "massage.effectiveness"


def test_a_study_of_husbands_is_still_the_study(engine):
    assert engine.answer("ada penelitian para suami yang memijat punggung istrinya?").topic == "evidence.vs_breast_care"


@pytest.mark.parametrize("question", [
    "besides being free, what is so good about breast milk for my baby?",
    "apart from it being free, what does my milk give my son?",
])
def test_free_is_the_price_not_milk_flowing(engine, question):
    assert engine.answer(question).topic != "asi.increase_flow"


def test_milk_coming_freely_is_still_more_milk(engine):
    assert engine.answer("how can I make the milk come more freely?").topic == "asi.increase_flow"


@pytest.mark.parametrize("question", [
    # Sundanese: "more" (leuwih loba), and the particle "teh" that is no tea
    "Ceu, asi abdi teh saeutik, kumaha carana supaya leuwih loba?",
    "nu kaluar teh ngan saeutik, kumaha supaya loba?",
])
def test_sundanese_for_more_milk(engine, question):
    assert engine.answer(question).topic == "asi.increase_flow"


def test_what_makes_little_milk_come_is_still_the_causes(engine):
    # a Sundanese spelling never changes how an Indonesian word is read ("keluar sedikit" is low milk)
    assert engine.answer("apa yang bikin asi cuma keluar sedikit habis lahiran?").topic == "asi.low_supply_causes"


def test_tea_is_still_tea(engine):
    assert engine.answer("boleh minum teh manis pas menyusui?").topic == "out_of_scope"


@pytest.mark.parametrize("question", [
    # watched and timed while she feeds, and the milk stops: the mind and the milk
    "my husband keeps hovering over me while I feed and my milk just stops, is that real?",
    "kalau diliatin terus sama mertua pas nyusuin, asi nggak mau keluar. itu perasaan aja?",
])
def test_being_watched_while_feeding_is_stress(engine, question):
    assert engine.answer(question).topic == "stress.mind_and_milk"
