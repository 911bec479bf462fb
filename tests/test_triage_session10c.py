"""Session 10's third triage helper (rounds 15-16 red teams as tuning sets): classes fixed by class and tested with
wordings written for these tests (never the eval questions). Before each fix the engine got the "no card" rows of
its class wrong as counted in the comments; the "still the card" rows guard what must keep its referral."""

from __future__ import annotations

import pytest

from triage_probe import referral


# -- no card -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # conditions read up on, studied or taught as a list (5 of 6 wrong before)
    "Last night I searched online and read about sepsis, abscesses and blood clots until I scared myself. "
    "I'm fine though. How long should a let-down massage take?",
    "I was reading about mastitis and breast abscess on a forum; luckily mine are soft. When is the best time to pump?",
    "Semalam saya browsing dan baca soal eklamsia, sepsis, perdarahan, jadi cemas sendiri. Padahal saya sehat. "
    "Pijat oksitosin berapa menit?",
    "Di kampus kami banyak belajar kasus berat seperti perdarahan postpartum dan sepsis. Untuk tugas, "
    "berapa kali sehari pijat oksitosin dilakukan?",
    "My partner printed a list of warning signs (heavy bleeding, fits, fever, a red hot breast) and stuck it on "
    "the fridge. Now he wants to learn the back massage.",
    # a show named with "the" (1 of 1 wrong before)
    "In the series I'm bingeing a new mother collapsed with a fit after delivery. Anyway, can my husband "
    "massage my back tonight?",
    # a negation runs on over a degree word before "or" (2 of 3 wrong before)
    "Saya tidak merasa sedih berlebihan ataupun kepikiran menyakiti diri, cuma khawatir ASI kurang. Cemas bisa ngaruh?",
    "Aku nggak sedih banget atau kepikiran nyakitin bayi kok, cuma capek. ASI bisa berkurang karena capek?",
    "I'm not sad at all or thinking of harming myself, only worried about supply.",
    # tiredness told as "feels like dying", right after the tiredness word (2 of 2 wrong before)
    "Ngantuk banget rasanya mau mati, tiap malam bangun nyusuin. Gimana biar ASI tetap banyak?",
    "Lelah sekali mau mati rasanya ngurus bayi kembar. Pijat oksitosin bisa bantu rileks?",
    # the chest full and tight at feed time or as the milk comes in plenty: the breasts (1 of 3 wrong before)
    "Dada terasa kencang dan berat menjelang waktu menyusui, lalu ASI menetes. Normal kan?",
    "Hari ketiga dada saya terasa sesak saat ASI mulai deras, payudara keras. Gimana supaya bayi mudah menyusu?",
    "My chest has felt heavy and tight since my milk came in on day 3. Any tips to ease it?",
    # another woman who gave birth, with the asker setting herself apart; a time right after the show (2 of 5 wrong)
    "Kakak ipar saya kemarin kejang setelah melahirkan dan masuk ICU. Saya sendiri baik-baik saja. "
    "Boleh saya minta suami pijat punggung?",
    "Sepupu saya habis melahirkan pendarahan banyak sampai ditransfusi, aku sendiri nifasnya lancar. "
    "Menyusui bikin rahim cepat pulih?",
    "My sister-in-law had a fit after giving birth last week and was admitted. As for me, I'm fine. "
    "Can I start the back massage?",
    "Di drama semalam ada ibu baru melahirkan yang kejang, saya jadi ngeri. Saya sendiri sehat. ASI biar deras gimana?",
    "Nonton sinetron tadi pagi, ada bayi yang biru karena sesak. Anak saya sehat. Apakah cemas memengaruhi ASI?",
])
def test_no_card(engine, text):
    assert referral(engine, text) is None


# -- still the card ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,person", [
    ("I read about mastitis online and now my breast is red, hot and I have a fever of 39", "mother"),
    ("Saya baca soal mastitis, dan sekarang payudara saya merah, panas, demam 39", "mother"),
    ("Googled it: my baby has been breathing 70 times a minute and grunting since this morning", "baby"),
    ("Saya sudah baca soal perdarahan nifas, darah saya sekarang tembus pembalut tiap jam", "mother"),
    ("Looked up the symptoms because my calf is swollen, red and painful", "mother"),
    ("Saya tidak sedih berlebihan, tapi sering kepikiran menyakiti diri sendiri", "mother"),
    ("I'm not sad really, I just keep thinking about hurting myself", "mother"),
    # a wish ("aja", "saja"), a comma between, or another word of it keeps the card
    ("Capek banget, rasanya mau mati, begadang terus tiap malam", "mother"),
    ("Capek banget mau mati aja rasanya, nggak ada yang bantu", "mother"),
    ("Capek banget pengen mati aja", "mother"),
    ("Capek banget mau mati rasanya, kadang kepikiran bunuh diri", "mother"),
    ("Rasanya mau mati saja, saya capek hidup", "mother"),
    ("Dada saya sesak dan nyeri, susah napas sejak tadi pagi, ASI mulai banyak", "mother"),
    ("Since my milk came in I also get crushing chest pain and can't catch my breath", "mother"),
    # told as going on now, or with no word setting herself apart: still referred
    ("Kakak saya baru melahirkan, sekarang dia kejang-kejang, tolong apa yang harus dilakukan?", "mother"),
    ("Tetangga saya baru melahirkan, tadi perdarahan banyak sekali dan pucat, kami harus bagaimana?", "mother"),
    ("Di sinetron tadi ada yang pendarahan, terus saya sendiri sekarang juga pendarahan banyak tembus pembalut", "mother"),
    ("Kakak saya habis melahirkan, sekarang kejang-kejang. Saya sendiri sehat, kami harus bagaimana?", "mother"),
    ("My sister just gave birth and she is bleeding heavily right now. I myself am fine, what should we do?", "mother"),
])
def test_still_the_card(engine, text, person):
    assert (referral(engine, text) or {}).get("person") == person


# -- signs told in words the catalogue lacked (5 of 5 missed before) ---------------------------------------
@pytest.mark.parametrize("text,person", [
    # vomit thrown with force
    ("She has thrown up with real force after the last three feeds, right across the cot", "baby"),
    ("Dedek muntah dengan kuat sekali sampai muncrat jauh, tiga kali berturut-turut", "baby"),
    # the baby believed evil or possessed, speech that makes no sense
    ("My partner says I keep talking gibberish, haven't slept in three nights, and I told him our baby is the devil",
     "mother"),
    # no longer crying to be fed
    ("Dedek udah nggak nangis minta nenen lagi sejak kemarin, umur 8 hari", "baby"),
    # every tablet in the house, so it would all be over
    ("I sometimes think about swallowing every tablet in the house so it would all be over", "mother"),
])
def test_new_words_for_a_sign(engine, text, person):
    assert (referral(engine, text) or {}).get("person") == person


@pytest.mark.parametrize("text", [
    "He latched with such force it pinched. How do I unlatch gently?",
    "Bayi saya menyusu dengan kuat sekali sampai bunyi, wajar kan?",
    "My friend's baby is the cutest, mine is fine too. How often should I feed?",
])
def test_the_new_words_alone_raise_no_card(engine, text):
    assert referral(engine, text) is None


# -- who has it -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # "anak tangga" is a stair step, not a child (1 of 2 wrong before: both)
    "Naik beberapa anak tangga saja napas saya sudah pendek-pendek, dada kayak ditindih. Melahirkan seminggu lalu.",
    "Baru naik dua anak tangga saya sudah sesak napas berat, harus tidur sambil duduk. Nifas hari ke-8.",
])
def test_a_stair_step_is_no_child(engine, text):
    assert (referral(engine, text) or {}).get("person") == "mother"


@pytest.mark.parametrize("text", [
    # milk that sprays is the let-down, never vomit thrown with force (the whole engine: no danger neighbour either)
    "ASI saya muncrat deras waktu bayi mulai menyusu, kenapa ya?",
    "My milk sprays across the room when she unlatches, is that a fast let-down?",
])
def test_milk_that_sprays_gets_no_card(engine, text):
    assert not engine.answer(text).red_flag
