"""Rounds 17 and 18's triage misses (session 12), fixed by class and tested with new wordings written for these
tests (never the eval questions): another woman who gave birth, told of by her sister or friend in any sentence;
"a fever for two days"; a change "from last week"; a harmless cause asked about; grandchildren in Sundanese and
Javanese; a baby called "my little guy"; a low mood already in a psychologist's care; a very pale mother with a
racing heart; passive "can't be woken"; breathing faster than before; strange talk and poison delusions; the
skin around the cord red; blood mixed with slime in the nappy; fewer wet nappies; vomiting in gushes."""

from __future__ import annotations

import pytest

from triage_probe import referral, active, groups


# -- real signs: the card, for the right person ------------------------------------------------------------
@pytest.mark.parametrize("text, sign, person", [
    # another woman told of gave birth: her signs are a mother's, whichever sentence says so
    ("Sepupu saya melahirkan tiga hari lalu, sekarang darahnya keluar banyak banget sampai lemas.", "heavy_bleeding", "mother"),
    ("My cousin says she has been cutting herself again. She had her baby two weeks ago.", "self_harm", "mother"),
    ("Teman saya bilang dia sering kepikiran mau mukul bayinya. Dia baru dua minggu melahirkan.", "harm_baby", "mother"),
    ("My friend told me she hears voices telling her to leave. She is 10 days postpartum.", "psychosis", "mother"),
    # a fever for a time is her fever, not a question of what counts as one
    ("My sister-in-law's breast is hot and red and she has had a fever for three days, she gave birth last week.",
     "breast_infection", "mother"),
    # a change from last week is now
    ("Cairan nifas saya baunya busuk sekali, beda dengan minggu lalu.", "foul_discharge", "mother"),
    # a harmless cause asked about sets nothing aside
    ("Bayi saya 3 minggu, napasnya tersengal dan hidungnya kembang kempis. Karena pilek aja kah?", "nasal_flaring", "baby"),
    # a grandchild in Sundanese or Javanese is the baby
    ("Putu kula umur 6 dinten ora gelem nenen wiwit esuk.", "not_feeding", "baby"),
    ("Incu kuring teu daek nyusu ti tadi peuting.", "not_feeding", "baby"),
    # a baby called by an endearment
    ("My little guy is 4 weeks and feels really hot, 38.4 on the thermometer. My husband says wait.", "fever", "baby"),
    # a very pale mother with a racing heart
    ("Bibir saya pucat sekali dan jantung berdebar kencang kalau jalan sebentar, dua minggu setelah lahiran.",
     "severe_pallor", "mother"),
    ("My lips and nail beds look white and my heart races just walking to the kitchen, 10 days after the birth.",
     "severe_pallor", "mother"),
    # passive "can't be woken"
    ("She can't be woken for her feeds today, she's 6 days old.", "hard_to_wake", "baby"),
    # breathing faster than before
    ("He's 3 weeks and breathing a bit quicker than usual since last night.", "fast_breathing", "baby"),
    ("Bayi saya 2 minggu, napasnya lebih cepat dari biasanya sejak semalam.", "fast_breathing", "baby"),
    # strange talk, poison delusions
    ("Since yesterday my wife is talking strangely and says the neighbours are trying to poison her.", "psychosis", "mother"),
    # a thought of harming him, in chat words
    ("some nights i wanna shake him so hard when he screams, it scares me", "harm_baby", "mother"),
    # the skin around the cord red
    ("The skin around my son's cord stump is red and angry looking.", "cord_infection", "baby"),
    # blood and slime in the nappy
    ("His nappy had blood and slime in it, like jelly, and he keeps screaming.", "diarrhoea", "baby"),
    # fewer wet nappies, vomiting in gushes
    ("She has had fewer wet nappies today than yesterday.", "few_wet_nappies", "baby"),
    ("He brought up his whole feed in big gushes twice this morning.", "vomiting_everything", "baby"),
])
def test_card(engine, text, sign, person):
    assert (sign, person) in active(engine, text)


# -- no card ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # a low mood already in a professional's care
    "Saya didiagnosis depresi pasca melahirkan dan sekarang rutin ke psikolog. Obatnya aman untuk ASI?",
    "I've had postnatal depression and I'm seeing a therapist every week. Can I keep breastfeeding?",
    # a general question of what counts as a fever
    "What counts as a fever for a newborn?",
    # the skin around the cord, said well
    "The skin around her belly button isn't red and there's no smell, is it healing well?",
    # a girl's spot of blood from the front in the first days
    "My 5 day old daughter has a little pink spot of blood in her nappy from her front, the midwife says it's hormones.",
    # another woman who gave birth, while the asker sets herself apart
    "Tetangga saya habis melahirkan dan demam tinggi, saya sendiri sehat. Boleh saya jenguk bayinya?",
])
def test_no_card(engine, text):
    assert referral(engine, text) is None


@pytest.mark.parametrize("text", [
    "I have postnatal depression and I'm seeing a therapist, but some days I want to die.",
    "Saya rutin ke psikolog karena depresi, tapi kadang pengen mati aja.",
])
def test_in_care_keeps_the_emergency(engine, text):
    assert ("mood_selfharm", "emergency") in engine.triage.assess(text).groups()


@pytest.mark.parametrize("text", [
    "I feel low all the time and I'm not seeing a therapist.",
    "Saya sedih terus tiap hari, pengen ke psikolog tapi belum sempat.",
])
def test_low_mood_not_in_care_keeps_the_card(engine, text):
    assert "mood_selfharm" in groups(engine, text)


# -- ordinary questions that got a card (round 17's questions), by class -----------------------------------------
@pytest.mark.parametrize("text", [
    # "chill out" is relaxing, no shivers
    "Does a warm bath before feeds just chill me out or does it really help the milk?",
    "Is the massage only something that chills you out, or is there more to it?",
    # working too hard, told as "killing myself over/trying"
    "Why am I killing myself trying to pump when formula exists? Be honest, does breast milk matter that much?",
    "I've been killing myself over night feeds for weeks. How do I get more sleep and keep my supply?",
    # "it" told weak is the flow
    "My let-down feels slow and it is so weak compared to my first baby. Can a back massage help?",
    # a pregnancy told in weeks is no time a feeling lasted
    "Saya hamil 30 minggu dan sedih dengar orang bilang ASI pasti kurang. Benar nggak?",
    # the breast refused since a bottle came in
    "Sejak dikasih botol dia nolak nenen terus. Gimana cara balikin ke payudara?",
    "Ever since the bottle at night she refuses the breast. Tips?",
    # what someone else says, asked whether true
    "Kata mertua ASI saya bikin bayi lemas karena saya makan pedas. Benar nggak sih?",
])
def test_ordinary_question_no_card(engine, text):
    assert referral(engine, text) is None


@pytest.mark.parametrize("text", [
    "I keep thinking about killing myself over this.",
    "why am I killing myself over this, honestly I want to die",
    "The baby is so weak and won't feed at all.",
    "I have chills and a fever of 38.7 since this morning.",
    "Since the bottle he refuses the breast and now he won't take the bottle either.",
    "Sejak kenal dot dia nolak nenen, dot juga nggak mau.",
    "Kata mertua bayi saya lemas dari pagi, benar nggak harus ke dokter?",
])
def test_still_a_card(engine, text):
    assert referral(engine, text) is not None


# -- near-misses of the red teams that got a card, by class --------------------------------------------------------
@pytest.mark.parametrize("text", [
    # over and treated: "finished the antibiotics", "sembuh total", "fever's gone"
    "I had mastitis last month, finished the antibiotics and the fever's gone. Is it OK to pump that side again?",
    "Bulan lalu saya kena mastitis, sudah minum antibiotik dan sembuh total. Boleh pijat payudara lagi?",
    # a past sign named again as the cause she asks about
    "Saya sempat pendarahan waktu lahiran, sekarang sudah sehat. ASI saya sedikit, apa karena pendarahan itu?",
    # a sensation at the let-down, with "mau" or at the start of a feed
    "Ada rasa perih panas di puting pas ASI mau keluar, cuma sebentar. Wajar?",
    "Dada saya kayak diremas tiap mulai menyusui, sebentar saja lalu ASI keluar. Itu let down ya?",
    # "paranoid about" something ordinary
    "Reading forums has made me paranoid about my supply. How do I know he's getting enough?",
    # a face red then purple while straining or crying
    "Her face goes red and nearly purple when she strains to poo, then she's fine. Normal?",
    "Mukanya merah sampai agak keunguan kalau lagi ngeden, habis itu biasa lagi. Normal nggak?",
    # a blue-grey birthmark
    "There's a blue grey patch on her bottom, the midwife said it's a Mongolian spot. Anything to do with feeding?",
    # a count of wet nappies on the third day, told as an ordinal
    "Di hari ketiga dia pipis 4 kali dan pup kuning, ASI saya cukup nggak?",
    # a weight gain per month is a rate, no duration of a mood
    "Saya sering panik kalau dia nangis, tapi beratnya naik 700 gram sebulan. Apa ASI saya cukup?",
    # tired "like I could die", with a likeness word
    "Capek banget rasanya kayak mau mati, begadang terus. Posisi menyusui sambil tiduran gimana?",
    # "is this the milk coming in?" after full, hard breasts
    "Day 4, both breasts are rock hard and hot and my chest feels tight, no fever. Is this my milk coming in?",
])
def test_near_miss_no_card(engine, text):
    assert referral(engine, text) is None


@pytest.mark.parametrize("text", [
    # not yet over
    "I had mastitis, the fever isn't gone and my breast is still red and hot.",
    "Saya mastitis, belum sembuh total, payudara masih merah dan panas, demam 38,5.",
    # blue lips while crying stay the emergency
    "His lips go blue and purple when he cries hard.",
    # a patch that is a birthmark, with blue lips told too
    "He has Mongolian spots on his back, and now his lips look blue.",
    # tight chest and breathlessness asked as the milk coming in
    "Suddenly my chest is tight and I can't breathe, is this my milk coming in?",
    # a wish to die told as such
    "Capek banget, rasanya pengen mati aja.",
    # a low mood for weeks
    "Saya sedih terus sudah sebulan, nggak bisa menikmati apa pun.",
])
def test_near_miss_real_sign_keeps_card(engine, text):
    assert referral(engine, text) is not None


# -- who has it (the red teams' wrong-person misses), by class ------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # a reading she took after a fever she told of the baby is the baby's
    ("The nanny says the baby has felt hot since lunch. I checked and it's 38.3 on the ear thermometer.", {"baby"}),
    # forum shorthand "DS" is the baby
    ("ds 3 wks temp 38.2 tonight and fussy, should I just keep feeding?", {"baby"}),
    # "mantu" is a daughter-in-law, a mother; her "-nya" breathing is hers
    ("Mantu saya habis lahiran seminggu, katanya dadanya nyeri dan napasnya sesak sejak tadi.", {"mother"}),
    # a warm baby "too", after her own fever
    ("Saya demam dari kemarin, dan bayi saya juga badannya anget. Boleh tetap menyusui?", {"mother", "baby"}),
    # a baby sleepier than usual beside her own breast signs
    ("My breast has a red sore patch and I feel achy, and the baby is sleepier than usual.", {"mother", "baby"}),
    # a sore breast going pink beside a baby with fewer wet nappies
    ("My left breast is sore and going pink, and the baby has had fewer wet nappies today.", {"mother", "baby"}),
    # a body told with "-nya" just before the words is whose they are, not the last speaker's
    ("Dedek bangun terus tiap jam, aku capek banget. Tadi siang badannya kaku dan kelojotan sebentar.", {"baby"}),
    # a slight fever with no one named beside her own stitches is hers
    ("Slight fever and the stitches are more swollen and sorer than yesterday, day 6.", {"mother"}),
    # no baby and no one else named: a fit told beside her own blackout is hers
    ("had a shaking fit this morning and blacked out, my bp was high after delivery. do i need to go in?", {"mother"}),
])
def test_who_has_it(engine, text, expected):
    assert {f.person for f in engine.triage.assess(text).active} == expected


@pytest.mark.parametrize("text", [
    # the weight she checks is no heavy breathing
    "Tiap malam saya cek napasnya dan cek beratnya, saya memang panikan. Sampai umur berapa ASI saja?",
    # a drama named with "where"
    "I watched a drama where a new mum haemorrhages and collapses. Mine was fine. How long do I feed only breast milk?",
    # sleepy after long feeds, named as milk drunk
    "No fever and she's not floppy, just very sleepy after long feeds. Is being milk drunk normal?",
])
def test_more_near_misses_no_card(engine, text):
    assert referral(engine, text) is None


@pytest.mark.parametrize("text", [
    "I check his breathing every night and tonight it is fast, 70 a minute.",
    "He has chills out of nowhere and feels hot.",
    "She's so sleepy after feeds and I can't wake her for the next one, is it milk drunk?",
    "Watched a show where a baby had a fit, and this morning my baby went stiff and jerked.",
])
def test_more_real_signs_keep_card(engine, text):
    assert referral(engine, text) is not None


def test_a_place_word_carries_no_negation_on(engine):
    # "the cord hasn't come off, the skin around it is red": the negation of the first ends at the comma
    assert ("cord_infection", "baby") in active(
        engine, "Bayi saya 9 hari, tali pusatnya belum lepas, sekitarnya merah meluas dan berbau.")
