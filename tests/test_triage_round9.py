"""Round 9's triage misses, fixed by class and tested with new wordings written for these tests (never the
eval questions): everyday descriptions of a sign, the amount or the disease asked about rather than told,
another person or a simile, and who a bare "-nya" or a phrase inside a longer one belongs to."""

from __future__ import annotations

import pytest


def active(engine, text):
    return {(f.sign, f.person) for f in engine.triage.assess(text).active}


def referral(engine, text):
    return engine.triage.assess(text).referral()


# -- a sign described, not named ------------------------------------------------------------------
@pytest.mark.parametrize("text, sign", [
    # pain that catches on a deep breath, blood in what she coughs up (a clot in the lung)
    ("it hurts to breathe in properly since yesterday, a week after my section", "chest_pain"),
    ("my phlegm has bits of blood in it this morning, I had the baby 5 days ago", "chest_pain"),
    ("batuk saya dahaknya bercampur darah, baru melahirkan seminggu", "chest_pain"),
    ("sakit kalau tarik napas dalam, sudah dari semalam", "chest_pain"),
    # low mood told as the point of everything gone, a shell, a bed left only to feed
    ("honestly I can't see the point of anything since she was born", "low_mood"),
    ("semua terasa hambar, saya cuma bangun dari kasur buat nyusuin, udah dua minggu begini", "low_mood"),
    ("I've become a shell of myself these days", "low_mood"),
    # the caesarean told as a birth through the belly, its scar as a line that opens
    ("garis jahitan habis lahiran lewat perut kok kebuka dikit ya", "caesarean_wound_infection"),
    ("since I was cut open to deliver, the scar line has started to gape at one end", "caesarean_wound_infection"),
    # pustules told by their heads
    ("my son has yellow-topped spots all over his neck and back", "skin_pustules"),
    ("di badan dedek ada bintik-bintik yang ujungnya putih, makin banyak", "skin_pustules"),
    # an amount of blood told plainly
    ("darah nifas saya hari ini cukup banyak, gpp ga?", "heavy_bleeding"),
    ("I've been bleeding quite a lot since lunchtime, is that ok?", "heavy_bleeding"),
])
def test_an_everyday_description_is_the_sign(engine, text, sign):
    assert sign in {s for s, _ in active(engine, text)}, engine.triage.assess(text).findings


# -- asked about, not told: an amount, a population, a prevention, a simile -----------------------
@pytest.mark.parametrize("text", [
    "berapa banyak darah nifas yang wajar di minggu pertama? saya masih hamil 8 bulan",
    "how much bleeding is normal after the birth? I'm due in three weeks",
    "does breastfeeding help against ear infections and diarrhoea in babies?",
    "apakah bayi yang meninggal karena radang paru lebih sedikit kalau ASI eksklusif?",
    "dot merek apa yang tidak bikin bayi malas nyusu langsung ke ibunya?",
    "which teat shape won't make him refuse the breast later?",
    "my breasts are big, hard and a bit achy since the milk came in, no fever at all",
])
def test_a_question_about_the_sign_raises_no_card(engine, text):
    assert referral(engine, text) is None, engine.triage.assess(text).findings


@pytest.mark.parametrize("text", [
    "ibu di sebelah ranjang saya pendarahan banyak semalam, saya jadi takut. kapan boleh pijat oksitosin?",
    "my roommate on the ward had a big bleed yesterday; I'm fine myself, when can I start the massage?",
    "pasien sebelah kejang tadi malam, saya cuma mau tanya soal ASI",
])
def test_another_woman_on_the_ward_is_someone_else(engine, text):
    assert referral(engine, text) is None, engine.triage.assess(text).findings


@pytest.mark.parametrize("text", [
    "saya merasa tidak ada apa-apa waktu asi turun pas bayi mengisap, wajar ga?",
    "I don't feel anything when the milk comes down while he sucks, is that okay?",
])
def test_feeling_nothing_of_the_let_down_is_no_low_mood(engine, text):
    assert referral(engine, text) is None, engine.triage.assess(text).findings


# -- who has it -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, sign", [
    ("dada saya sakit, napasnya juga berat sejak pagi", "breathing_difficulty"),
    ("perut saya kembung dan dada saya berat, napasnya pendek-pendek sejak subuh", "breathing_difficulty"),
    ("jantung saya deg-degan terus, napasnya ngos-ngosan padahal diam", "breathing_difficulty"),
])
def test_a_bare_nya_after_her_own_body_is_hers(engine, text, sign):
    assert (sign, "mother") in active(engine, text), engine.triage.assess(text).findings
    assert referral(engine, text)["person"] == "mother"


@pytest.mark.parametrize("text", [
    "rasanya pengen tidur dan nggak bangun lagi, capek banget ngurus semuanya",
    "kadang saya pengen pergi dan tidak bangun lagi",
])
def test_a_wish_never_to_wake_is_hers_not_a_sleepy_baby(engine, text):
    result = referral(engine, text)
    assert result == {"person": "mother", "urgency": "emergency"}, engine.triage.assess(text).findings


@pytest.mark.parametrize("text", [
    "ada benjolan di dada kanan yang makin besar, tengahnya lembek",
    "there's a lump on my chest that keeps growing and feels squishy in the middle",
    "benjolan di dada seperti bisul mau pecah, nyut-nyutan",
])
def test_a_soft_growing_lump_on_the_chest_is_the_mothers_breast(engine, text):
    assert ("breast_infection", "mother") in active(engine, text), engine.triage.assess(text).findings
    assert referral(engine, text)["person"] == "mother"


def test_a_baby_who_does_not_wake_is_still_the_baby(engine):
    # the phrase-inside-a-phrase rule only sets aside a shorter sign said of another person
    assert referral(engine, "bayi saya tidak bangun untuk menyusu sejak pagi, lemas") is not None
    assert referral(engine, "bayi saya tidak bangun untuk menyusu sejak pagi, lemas")["person"] == "baby"


# -- triage_fresh7's misses, by class (new wordings) -----------------------------------------------
@pytest.mark.parametrize("text", [
    "dia keselek pas nyusu tapi nggak sampai biru, cuma batuk-batuk",
    "bayi saya muntah banyak tapi tidak sampai lemas",
    "he gagged on the fast flow but didn't go as far as turning blue",
])
def test_not_as_far_as_a_sign_is_a_negation(engine, text):
    assert referral(engine, text) is None, engine.triage.assess(text).findings


def test_a_sign_reached_by_until_stays_affirmed(engine):
    # "sampai" after a sign, not after the negation, still tells what happened
    assert ("convulsion", "baby") in active(engine, "bayi saya demam tinggi sampai kejang tadi sore")


@pytest.mark.parametrize("text", [
    "the skin under my caesarean scar is still numb at 6 weeks, is that normal?",
    "kaki saya kadang mati rasa kalau kelamaan duduk menyusui",
    "my left thigh has felt numb for weeks since the epidural, can I still do the massage?",
])
def test_a_numb_body_part_is_no_low_mood(engine, text):
    assert referral(engine, text) is None, engine.triage.assess(text).findings


@pytest.mark.parametrize("text", [
    "I just feel numb all the time, like I'm watching my life from outside",
    "been feeling numb and flat for weeks now, nothing touches me",
])
def test_numbness_of_feeling_is_still_low_mood(engine, text):
    assert referral(engine, text) == {"person": "mother", "urgency": "today"}, engine.triage.assess(text).findings


@pytest.mark.parametrize("text, sign", [
    ("jahitan di bawah sana keluar cairan kekuningan dan perih banget", "perineal_infection"),
    ("there's greenish stuff seeping from my stitches since yesterday", "perineal_infection"),
    ("luka sesar saya keluar cairan kuning kehijauan waktu ditekan", "caesarean_wound_infection"),
    ("yellow fluid is coming out of one end of my c-section wound", "caesarean_wound_infection"),
])
def test_pus_told_as_yellow_or_green_stuff_from_a_wound(engine, text, sign):
    assert (sign, "mother") in active(engine, text), engine.triage.assess(text).findings


def test_yellow_stuff_from_the_nipple_is_not_read_as_a_wounds_pus(engine):
    # the yellow-stuff words count as pus only from a wound or stitches: from a nipple it may be colostrum
    assert referral(engine, "yellow stuff comes out of my nipples on day 2, is that the first milk?") is None


# -- a startle told, then "is that a fit?" ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Anak saya gampang kaget kalau pintu dibanting, kedua tangannya melebar lalu nangis. Itu kejang bukan ya?",
    "She throws her arms out every time the dog barks, then settles. Is that a seizure?",
    "Si kecil sering kaget sendiri pas tidur. Apakah itu kejang?",
])
def test_asking_if_a_startle_is_a_fit_raises_no_card(engine, text):
    result = engine.triage.assess(text)
    assert result.referral() is None, result.findings
    assert any(f.sign == "convulsion" and f.hypothetical for f in result.findings)  # the "when to go" note


@pytest.mark.parametrize("text", [
    "Bayi saya gampang kaget. Tadi matanya melirik ke atas dan tangannya menyentak-nyentak. Itu kejang bukan?",
    "He startles a lot. But this morning he went stiff and jerked over and over for a minute. Is that a seizure?",
])
def test_a_fit_described_beside_a_startle_still_raises_the_card(engine, text):
    assert referral(engine, text) == {"person": "baby", "urgency": "emergency"}, engine.triage.assess(text).findings


# -- the same words read as her sign and a baby's, in a message about herself -------------------------
@pytest.mark.parametrize("text", [
    "I had a caesarean 5 days ago and my breathing is really hard tonight",
    "napas saya cepat sekali dari tadi, saya baru lahiran 3 hari",
    "my chest feels tight and breathing is hard since this afternoon",
])
def test_her_own_breathing_is_not_also_the_babys(engine, text):
    assert referral(engine, text) == {"person": "mother", "urgency": "emergency"}, engine.triage.assess(text).findings


def test_a_breathing_sign_with_a_baby_named_stays_the_babys(engine):
    assert referral(engine, "saya lihat bayi saya napasnya cepat sekali")["person"] == "baby"
