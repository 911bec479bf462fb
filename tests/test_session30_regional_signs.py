"""Session 30: danger signs told in the everyday words of Sundanese, Acehnese, Batak Toba, Bugis and Balinese
(limp, breathing, "I want to die", yellow, blood, clots, a hot body, the breast, a baby who will not feed), and "no"
in Ambon, Makassar, Batak and Acehnese ("seng ada panas", "tena demam", "ndang adong", "lon hana deumam"), so that a
denied sign is no referral. Zinc ("seng") and a brand of pads ("Tena") are no "no"; a girl called Hana keeps her fever."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    # Sundanese: a baby limp since morning, only sleeping; a baby who struggles to breathe; "I keep wanting to die"
    "Orok abdi leuleus pisan ti isuk, ngan sare wae",
    "Orok abdi hese ngambekan, dadana kasedot ka jero",
    "Abdi sok hayang paeh wae ayeuna",
    # Acehnese: a weak baby who cannot drink; heavy bleeding with a big clot
    "Aneuk lon leumoh that, hana meuh'eut mium susu",
    "Lheuh meulahirkan darah teubiet le that, na gumpalan rayeuk",
    # Batak Toba: much blood with clots; a yellow baby
    "Mudar torop ro sian pamatang, adong gumpalan",
    "Bayiku hunik sampai ke patna",
    # Bugis: a baby hot all over since dawn
    "Bayiku mapella sekali badannya sejak subuh",
    # Balinese: heavy bleeding since yesterday; a swollen, red, hot, painful breast; a baby not feeding since
    # morning; not wanting to live
    "Getih tiange liu pesan pesu uling ibi",
    "Nyonyo tiange bengkak, barak, panes, sakit pesan",
    "Pianak tiange tusing nyak nyusu uling semeng",
    "Tiang tusing nyak idup buin, kenyel pesan",
])
def test_regional_danger_signs_are_referred(engine, question):
    assert engine.answer(question).red_flag


@pytest.mark.parametrize("question", [
    # zinc and a brand of pads are no "no"; Hana is a girl's name
    "Sejak minum suplemen seng, bayi saya kuning sampai kaki",
    "I use Tena pads and I'm soaking one every hour with blood",
    "Anak saya Hana demam tinggi dan kejang",
])
def test_words_that_look_like_no_keep_the_sign(engine, question):
    assert engine.answer(question).red_flag


@pytest.mark.parametrize("question", [
    # "no" in Acehnese, Ambon, Makassar, Bugis and Batak Toba: the signs are denied
    "Aneuk lon hana deumam, hana kuneng, mium susu kuat. Pakon ASI lon bacut?",
    "Beta pung bayi seng ada panas, seng kuning, minum susu kuat. Pijat oksitosin bole ka?",
    "Seng ada demam, seng ada dara banyak. Beta mau tanya soal ASI",
    "Bayiku tena demam, tena kuning ji. Bagaimana kasi banyak ASI?",
    "Degaga demam, degaga darah maega. Aga pijat oksitosin?",
    "Ndang adong demam, ndang adong mudar torop. Boha pijat oksitosin?",
    # ordinary things in the new words: plenty of milk coming out, a heavy bleed long over, a little dizzy from no sleep
    "Tiang ngelah pianak cenik, liu pesan ASI ne pesu. Ento normal?",
    "Mudar ni inang torop ro sewaktu manubu, alai nunga sehat. Boha pijat oksitosin?",
    "Ulee lon pusing bacut karena kurang teungeut",
    "Apakah kekurangan seng bisa bikin ASI sedikit?",
])
def test_regional_denials_and_ordinary_words_are_not_referred(engine, question):
    assert not engine.answer(question).red_flag
