"""Round 10's triage misses, fixed by class and tested with new wordings written for these tests (never the
eval questions): thoughts of not living, of being better off gone or of disappearing, in plain words and chat
spelling; everyday descriptions of a newborn's and a mother's danger signs; and past or harmless colour words."""

from __future__ import annotations

import pytest


def active(engine, text):
    return {(f.sign, f.person) for f in engine.triage.assess(text).active}


def referral(engine, text):
    return engine.triage.assess(text).referral()


# -- not wanting to live, told plainly, in chat spelling or with typos ---------------------------------
@pytest.mark.parametrize("text", [
    "honestly i dont wanna live like this anymore, the baby cries and i just cry with him",
    "sy udh ga pengen idup lg sejak lahiran",
    "buat apa aku hidup kalau jadi ibu aja ga becus",
    "I can't see the point in living anymore, I'm just so tired",
    "kadang mikir gak ada gunanya saya hidup",
])
def test_not_wanting_to_live_is_an_emergency_for_the_mother(engine, text):
    ref = referral(engine, text)
    assert ref == {"person": "mother", "urgency": "emergency"}, engine.triage.assess(text).findings


# -- the family better off with her gone, or wanting to vanish -------------------------------------------
@pytest.mark.parametrize("text", [
    "my husband and the kids would be better off if i werent around",
    "suami pasti lebih tenang kalau aku udah nggak ada",
    "keluarga saya lebih baik jika saya tidak ada",
    "the girls would honestly be happier if I was gone",
    "rasanya pengen lenyap aja dari semua ini",
])
def test_better_off_gone_is_an_emergency_for_the_mother(engine, text):
    ref = referral(engine, text)
    assert ref == {"person": "mother", "urgency": "emergency"}, engine.triage.assess(text).findings


# -- the same words about something else stay ordinary ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Bayi lebih tenang kalau saya pergi dari kamar dan suami yang kasih botol, normal?",
    "is it better for baby if I'm not around at feeds so he takes the bottle from his dad?",
])
def test_leaving_the_room_for_a_feed_is_no_danger(engine, text):
    assert referral(engine, text) is None, engine.triage.assess(text).findings


# -- the phrase scan tries only phrases whose second word is there, and finds the same ----------------------
@pytest.mark.parametrize("text", [
    "bayi saya tidak mau menyusu sama sekali sejak pagi",  # "tidak" starts hundreds of phrases
    "his skin is looking really quite yellow today",  # a phrase matched over fillers
    "not breathing fast, but he is not feeding at all",
    "keluar darah seperti air mengalir, tidak demam",
    "i dont wanna live anymore",
])
def test_the_phrase_scan_finds_what_trying_every_phrase_finds(engine, text, monkeypatch):
    fast = repr(engine.triage.assess(text).findings)
    index = engine.triage.index
    monkeypatch.setattr(type(index), "candidates", lambda self, word, seconds: self.get(word))
    assert repr(engine.triage.assess(text).findings) == fast


# -- a newborn who cannot be woken or will not suck; skin like turmeric; a caesarean line that opens ----------
@pytest.mark.parametrize("text, sign", [
    ("I can't get him to wake for his feeds, he's 4 days old", "cannot_rouse"),
    ("tried everything but I couldn't rouse her for the 3am feed", "cannot_rouse"),
    ("he just won't suck today, only 3 days old", "not_feeding"),
    ("dedek ga mau ngenyot sama sekali dari semalam", "not_feeding"),
    ("bayi baru lahir semalam, mukanya kayak diolesi kunyit", "jaundice"),
    ("since the c-section the dressing keeps getting yellow fluid through it", "caesarean_wound_infection"),
    ("habis sesar, garisnya kebuka dikit dan ada rembesan", "caesarean_wound_infection"),
])
def test_a_plain_description_of_a_newborn_or_wound_sign(engine, text, sign):
    assert sign in {s for s, _ in active(engine, text)}, engine.triage.assess(text).findings


def test_her_own_sleepiness_is_not_a_baby_who_cannot_be_woken(engine):
    assert referral(engine, "I'm so sleepy all the time since the birth, is that normal?") is None


# -- "udah nggak sanggup" is not coping any more, not something over ---------------------------------------------
@pytest.mark.parametrize("text", [
    "sering kepikiran melukai diri sendiri, rasanya sudah tidak kuat",
    "akhir-akhir ini pengen nyakitin diri sendiri, udah ga tahan",
    "kepikiran bunuh diri, aku udah nggak sanggup lagi",
])
def test_no_longer_coping_keeps_the_self_harm_thought(engine, text):
    ref = referral(engine, text)
    assert ref == {"person": "mother", "urgency": "emergency"}, engine.triage.assess(text).findings


# -- a faint shade of milk and breasts full from a missed pump are no danger; a faint blue lip still is -------------
@pytest.mark.parametrize("text", [
    "the thawed milk has a faint green tint, is it spoiled?",
    "dada saya terasa kencang dan berat kalau lupa pompa pas kerja, normal kan?",
])
def test_milk_shades_and_full_breasts_are_not_danger(engine, text):
    assert referral(engine, text) is None, engine.triage.assess(text).findings


def test_a_faint_blue_lip_is_still_an_emergency(engine):
    assert referral(engine, "her lips have gone a faint blue colour") == {"person": "baby", "urgency": "emergency"}
