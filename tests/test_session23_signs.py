"""Session 23: danger signs told in words the triage did not know, or told beside something that hid them. Wordings
are new, not those of any evaluation set."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, person", [
    # what she reads doubles or swims, with a headache that will not quit: pre-eclampsia's signs
    ("Nine days after the birth. I've had a headache that won't quit all day and the words on the screen look doubled. "
     "Is it the jamu?", "mother"),
    # a typed "breath" for "breathe" is still breathless
    ("3 weeks postpartum, sudden chest pain and i cant breath properly. is it from the let down?", "mother"),
    # the inside of the lower eyelids pale after a big bleed: anaemia, even beside her effort on the stairs
    ("The inside of my lower eyelids is pale white and my heart pounds just walking to the kitchen. I bled a lot at "
     "the birth 2 weeks ago", "mother"),
    # an onset told as a span ("since last night") makes her "if" her present, not a case
    ("Is the back massage ok if my left breast has a red hot patch and I've been shivering since last night?", "mother"),
    # next to nothing taken in ten hours
    ("My 5 day old latches for a moment and drifts off. He's taken almost nothing in 9 hours, how do I keep him on?",
     "baby"),
    # the yellow that spreads, told of him, and a lazy suck
    ("Anak saya 5 hari. Sejak kemarin kuningnya makin naik, sekarang sampai ke paha. Pijat bisa bantu?", "baby"),
    ("Anak saya 5 hari, tidur terus, nyedotnya juga malas. Pijat bisa bantu ASI lebih banyak?", "baby"),
    # the speaker says she is not the one who gave birth: the woman who did is the mother
    ("Mama saya (bukan saya) baru melahirkan adik saya 10 hari lalu. Tadi dia tiba-tiba sesak, dadanya nyeri kayak "
     "ditekan. Harus gimana?",
     "mother"),
])
def test_sign_is_referred(engine, question, person):
    answer = engine.answer(question)
    assert answer.red_flag, answer.intent
    assert person in {f.person for f in engine.triage.assess(question).active}


@pytest.mark.parametrize("question", [
    # the same words, not a sign: a headache asked of in general, pale milk, a case asked about
    "Can the letters of a study be wavy in a photocopy? I cannot read the figures",
    "what should I do if he ever takes almost nothing at a feed?",
])
def test_near_words_raise_no_card(engine, question):
    assert not engine.answer(question).red_flag


@pytest.mark.parametrize("question", [
    # a test result that "came back fine" is no sign that came back
    "Last week his eyes looked a bit yellow, the bilirubin test came back normal and it has all gone now. How long "
    "should I breastfeed only?",
    # named ordinary by the midwife, nearly over
    "little yellow skin on day 2, bidan said its physiological, day 7 now almost gone. when can we start the massage?",
    # the midwife called the swelling the milk coming in
    "PD dua-duanya keras kayak batu, agak anget tapi ga demam, kata bidan bengkak biasa krn ASI baru keluar. Boleh pijat?",
    # a pause in sleep that stays pink; crying that passes in the evening, called the blues, in a baby's second week
    "His breathing in sleep speeds up and slows down with short pauses, but he stays pink and feeds well. Normal?",
    "Baby girl, 12 days. My wife tears up a little at dusk and it passes by itself, her sister says baby blues. "
    "Does the back rub help?",
    # what a warning threatens; a patient's round told as normal; a stool and a milk colour
    "Kata ibu saya busui jangan makan pedas, nanti bayinya diare dan demam. Mitos bukan?",
    "Pasien nifas hari ke-3, tidak demam, perdarahan normal, bayi menyusu kuat. Kapan suami boleh mulai pijat?",
    "He poos every 3 days but it's soft and yellow when it comes. Is breast milk constipating him?",
    "The first milk I pump looks bluish and watery, is that weak milk?",
])
def test_ordinary_story_raises_no_card(engine, question):
    answer = engine.answer(question)
    assert not answer.red_flag, [f.words for f in engine.triage.assess(question).active]


@pytest.mark.parametrize("question", [
    # a neighbourhood one letter from "kejang"; the day's heat told with "it's"; her breasts sucked dry; crying along
    "Is it ok to get a manicure at a salon in Kemang while breastfeeding?",
    "We live in Surabaya and it's 35 degrees most days. Does my breastfed baby need extra water?",
    "bayiku nyusu tiap jam, aku takut ASI di dada habis kesedot terus. Normal nggak?",
    "dedek rewel terus tiap sore, aku sampai ikutan nangis. gimana biar ASI lancar?",
])
def test_everyday_words_raise_no_card(engine, question):
    assert not engine.answer(question).red_flag, [f.words for f in engine.triage.assess(question).active]


def test_a_cold_reading_told_with_its_is_still_his(engine):
    assert engine.answer("my 4 day old feels cold, it's 35.2 under his arm").red_flag


def test_a_big_bleed_told_after_the_signs_it_explains_is_anaemia(engine):
    question = ("Sudah dua minggu saya lemas, jantung berdebar padahal cuma duduk, gendong bayi aja ga kuat lama. "
                "Waktu lahiran perdarahan saya banyak.")
    active = engine.triage.assess(question).active
    assert engine.answer(question).red_flag
    assert {f.person for f in active} == {"mother"}


def test_a_bleed_read_in_the_news_is_no_history_of_hers(engine):
    assert not engine.answer("Saya baca berita ibu meninggal karena perdarahan, jadi saya deg-degan terus. "
                             "Apakah cemas bikin ASI seret?").red_flag


@pytest.mark.parametrize("question, person", [
    # a "she" no one was named for: the mother for a sign only a mother has, the baby for a baby's
    ("she keeps getting headaches and her vision went blurry this morning, is that normal after birth?", "mother"),
    ("she won't wake for feeds and feels floppy", "baby"),
])
def test_an_unnamed_she_takes_the_sign_she_can_have(engine, question, person):
    assert engine.answer(question).red_flag
    assert person in {f.person for f in engine.triage.assess(question).active}


@pytest.mark.parametrize("question", [
    "In class we teach breast care with the hot and cold compress. Is the spine massage better than that?",
    "My wife nurses him constantly and says her breasts feel almost empty by evening. How can she make more?",
])
def test_milk_and_compress_words_raise_no_card(engine, question):
    assert not engine.answer(question).red_flag, [f.words for f in engine.triage.assess(question).active]
