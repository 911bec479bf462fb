"""Session 29: danger signs from round 34's red teams, in wordings of our own. Each was lost to something around it:
a colon that did not end a grandmother's "used to", "is this just ...?" read as the all-clear, a report opened after
the bleed, a husband who massages her taken as the one who bleeds, "berhenti, tapi keluar lagi" cut in two; and
ordinary words taken for signs (a nurse's "normal bilirubin", "tidak ada yang demam", a chest tight "because I'm
anxious", the weather, how long she has breastfed)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    # a colon ends the grandmother's "used to": what follows is now
    "My aunt, who used to be a village midwife, says it's nothing: our 10 day old stops breathing for 20 seconds and "
    "goes grey around the lips.",
    # "is this just ...?" asks whether it is harmless, it does not say so
    "my 2 week old breathes 75 times a minute and grunts with every breath. is this just a cold?",
    # her own bleed, then her husband's word about her pale face
    "I'm 4 weeks postpartum, I lost a lot of blood at the birth and now I'm breathless on the stairs, and my husband "
    "says my lips look pale.",
    # stools black like tar again, after they had turned yellow
    "bayi 3 minggu pupnya hitam pekat kayak aspal lagi, padahal minggu lalu sudah kuning",
    # the husband massages her back; the bleed after it is hers
    "Suami rajin pijat punggung tiap malam. Tadi pagi darah keluar banyak sekali, ada gumpalan besar, pembalut penuh "
    "tiap setengah jam.",
    # stopped, but came back: one statement
    "darah nifas sudah berhenti 5 hari, tapi tadi keluar lagi banyak sekali merah segar sampai netes",
    # spots of red and purple that stay under a glass
    "anak saya 5 minggu ada bintik merah ungu di kaki, ditekan gelas tidak hilang, badannya panas",
    # a nurse's handover and a grandmother's krama
    "Handover: baby 9 days, poor suck since this morning, mother asking for massage.",
    "Putu kula umur 10 dinten, mboten purun nyusu wiwit enjing",
    # water and a flash of letting go
    "Last night I held her over the bathtub and had a flash of letting go. I can't stop thinking about it.",
])
def test_a_danger_sign_is_referred(engine, question):
    assert engine.answer(question).red_flag


@pytest.mark.parametrize("question", [
    # a test result told as normal, after treatment
    "Nurse note: jaundice on day 3, treated with phototherapy, normal bilirubin at discharge. Does massage help milk?",
    # no one has the sign
    "Di desa kami semua ibu nifas sehat, tidak ada yang demam atau perdarahan. Bagaimana melatih suami memijat?",
    "nobody has a fever at home, can I start the back massage today?",
    # a chest tight from worry, said as its cause
    "My chest feels tight because I'm so anxious before each feed. Can worry slow the milk?",
    # a tight binder
    "dada saya sesak kalau pakai gurita yang terlalu ketat, dilonggarin langsung enak. pijat oksitosin pakai baju?",
    # a remedy to keep the yellow away, and "later" in Minang
    "He isn't yellow at all, but grandma wants to sunbathe him every morning for the yellow. How long should a massage be?",
    "kalau beko anak ambo kuniang, baa caro tau nyo? kini indak kuniang, nyusu kuat",
    # how the hormone works, asked of no one
    "Does oxytocin get released only when the baby sucks hard, or also with weak sucking?",
    # how long she has breastfed is no time her mood has lasted
    "I've been breastfeeding for six weeks and I still panic that my milk isn't enough. What helps?",
    # everyday words: an idiom of tiredness, the weather
    "She's running on empty and the baby wants to feed constantly. What can I do at home to help her milk?",
    "Grandma wants to give water because the weather is hot and the baby looks thirsty. Until when is it only breast milk?",
])
def test_an_ordinary_question_is_not_referred(engine, question):
    assert not engine.answer(question).red_flag


@pytest.mark.parametrize("question", [
    # Javanese: the blood with its "-e", and a hard, sore breast with fever told by a husband
    "sakwise lairan getihe metu akeh banget, lemes",
    "bojoku panas, susune sing kiwa atos, yen dicekel lara",
])
def test_a_danger_sign_in_javanese_is_referred(engine, question):
    assert engine.answer(question).red_flag


def test_a_sore_full_breast_gets_no_card_of_a_leg_clot(engine):
    # hard, swollen and painful are the words of a clot in the calf too; only the place differs
    breast = engine.answer("payudara saya keras dan bengkak, nyeri sekali")
    assert breast.intent != "safety/leg_clot"
    assert engine.answer("betis kiri saya keras, bengkak dan nyeri sekali").intent == "safety/leg_clot"


@pytest.mark.parametrize("question", [
    # "no" across the east and Kalimantan (Papuan "tra", Sasak "ndeq araq", Banjar "kada", Kupang "sonde")
    "Istri sa baru melahirkan, tra ada demam, tra ada darah banyak. Pijat oksitosin berapa menit?",
    "Inaqnya sehat, ndeq araq demam. Pijat oksitosin itu apa?",
    "Payudara ulun kada panas, kada bengkak, cuma kempes. Kaya apa supaya ASI banyak?",
    "bayi beta sonde demam, menyusu kuat. pijat oksitosin bisa tiap hari ka?",
    # heartburn after a spicy meal
    "Ulu hati ulun rasa panas habis makan sambal. Boleh tetap dipijat punggung?",
    # a screen's story and a textbook's list
    "In a Netflix drama a new mum had a fit after the birth. Does that happen? I'm 7 months pregnant.",
    "My textbook lists blue baby as a danger sign, but what does the review say about massage frequency?",
    # the bidan's word that a newborn girl's spotting is from the mother's hormones
    "Day 5, our girl has a little pink discharge in her nappy. The bidan said it's from my hormones. Does my milk cause it?",
    # a muscle pressed too hard in the massage
    "Waktu suami pijat punggung, sa rasa nyeri otot sedikit karena ditekan terlalu keras. Harus pelan kah?",
])
def test_regional_denials_and_everyday_causes_are_not_referred(engine, question):
    assert not engine.answer(question).red_flag


@pytest.mark.parametrize("question", [
    # tenderness when pressed is part of a sign, not a cause that explains it away
    "kaki kiri saya tiba-tiba bengkak dan sakit kalau ditekan",
    "cairan nifas saya bau busuk dan perut bawah nyeri kalau ditekan",
])
def test_tenderness_when_pressed_stays_a_sign(engine, question):
    assert engine.answer(question).red_flag


@pytest.mark.parametrize("question", [
    # she and the baby both gone, with everyone happier: a wish to be gone, told in Kupang Malay and in plain words
    "Beberapa malam ini beta pikir kalo beta deng ana dua-dua sonde ada lagi, mungkin semua orang lebih senang.",
    "kadang saya mikir kalau kami berdua tidak ada, keluarga pasti lebih tenang",
])
def test_a_wish_that_she_and_the_baby_were_both_gone_is_referred(engine, question):
    assert engine.answer(question).red_flag
