"""Session 15 (lead): danger classes found in round 21's misses and in review, tested with new wordings (never
the eval's)."""

from __future__ import annotations

import pytest

from triage_probe import active, referral


# asking whether a sign is over says it is there now: "is it all clear?" is no story of it being over
@pytest.mark.parametrize("text", [
    "my newborn looks yellow all over, is it all clear by now?",
    "Mata bayiku kuning, apakah sudah normal di umur segini?",
    "Kulit anak saya kuning sampai kaki, sudah sembuh belum ya itu?",
])
def test_asking_whether_it_is_over_keeps_the_sign(engine, text):
    assert referral(engine, text) == {"person": "baby", "urgency": "today"}


@pytest.mark.parametrize("text", [
    "Last week my baby was yellow, it is all clear now. Can I keep massaging my back?",
    "Dua minggu lalu anak saya kuning, sekarang sudah normal. Apakah pijat oksitosin boleh tiap hari?",
])
def test_told_as_over_is_still_over(engine, text):
    assert referral(engine, text) is None


# a large bleed at the birth, told as her history, then breathless or a racing heart on light effort: the anaemia it
# left (today), even though effort alone explains breathlessness
@pytest.mark.parametrize("text", [
    "I haemorrhaged after my son was born. These days a flight of stairs leaves me out of breath and my heart is racing.",
    "Pas lahiran kemarin saya perdarahan hebat. Sekarang jalan dikit aja udah ngos-ngosan, jantung deg-degan.",
])
def test_breathless_after_a_big_bleed_is_anaemia(engine, text):
    assert ("severe_pallor", "mother") in active(engine, text)
    assert referral(engine, text)["person"] == "mother"


@pytest.mark.parametrize("text", [
    # someone else's bleed, or one read about, is no history of hers
    "My grandmother haemorrhaged when she had my dad. I'm out of breath after climbing the stairs, is that the night feeds?",
    "Saya baca artikel tentang perdarahan pasca melahirkan. Jadi kepikiran, saya habis naik tangga suka deg-degan, wajar?",
])
def test_someone_elses_bleed_is_no_history(engine, text):
    assert referral(engine, text) is None


# a wish to be gone for ever with the baby, quoted with a comma before "for ever"
@pytest.mark.parametrize("text", [
    "Adik saya baru lahiran 2 minggu, tadi dia kirim pesan: 'mau pergi aja sama bayiku, selamanya'. Aku takut.",
    "Istriku bilang pengen ngilang aja, selamanya, bawa si kecil. Dia baru melahirkan bulan lalu.",
])
def test_gone_for_ever_with_the_baby_is_an_emergency(engine, text):
    assert referral(engine, text) == {"person": "mother", "urgency": "emergency"}


def test_a_holiday_for_ever_is_a_joke(engine):
    assert referral(engine, "Pengen pergi liburan ke Lombok, kalau bisa selamanya wkwk. ASIP tahan berapa jam di cooler bag?") is None


# soft lumps in the armpit as the milk comes in are breast tissue that swells too, no abscess
@pytest.mark.parametrize("text", [
    "Since my milk came in my breasts are huge and there are soft lumps under my arms. What are they?",
    "Payudara lagi penuh-penuhnya, terus ada benjolan empuk di ketiak kanan kiri. Itu kelenjar susu ya?",
])
def test_armpit_lumps_with_full_breasts_raise_nothing(engine, text):
    assert referral(engine, text) is None


# a chest heavy with the milk, breathing told as fine
def test_a_chest_heavy_with_milk_is_no_chest_pain(engine):
    assert referral(engine, "My chest feels so heavy with all the milk this morning, breathing is normal. Pump or feed first?") is None


# a list of danger signs she has read, set off by dashes, with her own news after it ("... - and my baby is thriving"):
# no one's sign; her own sign in the list's clause still counts
def test_a_list_read_between_dashes_raises_nothing(engine):
    text = ("I've gone through every warning list - fever, fits, jaundice, heavy bleeding - and thankfully my little one "
            "is doing great. How many minutes should the back massage take?")
    assert referral(engine, text) is None


def test_her_own_sign_after_a_list_still_counts(engine):
    text = "The poster at the clinic lists the danger signs: fits, heavy bleeding, a yellow baby, and my son is yellow"
    assert referral(engine, text)["person"] in ("baby", "both")


# other people's history: a sign's own name holding a birth word ("postpartum depression") does not make the one
# who had it the new mother of the story; a sign told at an age past babyhood ("at 18 months") is long over
@pytest.mark.parametrize("text", [
    "My cousin went through postpartum depression a few years back. I'm 10 days in and doing fine, does oxytocin help mood?",
    "Our eldest had a febrile fit at 20 months. The new baby is 2 weeks old and well, does breast milk lower the risk?",
    "Si sulung dulu kejang demam waktu umur 15 bulan. Adiknya baru 3 minggu, sehat. ASI bisa mencegah kejang?",
])
def test_other_peoples_history_raises_nothing(engine, text):
    assert referral(engine, text) is None
    assert not engine.answer(text).red_flag


def test_her_own_postpartum_depression_still_counts(engine):
    assert referral(engine, "I'm sure I have postpartum depression, I cry all day") == {"person": "mother", "urgency": "today"}


# a severe chest pain, or not being able to breathe, is never explained away by the milk coming in (an everyday cause
# still explains an ordinary heaviness, and everyday talk of a bad night stays everyday)
@pytest.mark.parametrize("text", [
    "Since my milk came in I've had a crushing pain in my chest, is it just fullness?",
    "Dada nyeri hebat menjalar ke lengan sejak ASI mulai deras, wajar?",
    "Sejak ASI mulai banyak saya ga bisa napas kalau berbaring",
])
def test_a_severe_chest_pain_is_not_explained_by_the_milk(engine, text):
    assert referral(engine, text) == {"person": "mother", "urgency": "emergency"}


@pytest.mark.parametrize("text", [
    "Pusing parah gara-gara begadang semalaman, apakah ASI jadi berkurang?",
    "My chest has felt heavy and full since my milk came in, I'm breathing fine. Should I pump?",
])
def test_everyday_causes_still_explain_everyday_things(engine, text):
    assert referral(engine, text) is None


# a patient a health worker has already referred is in care, no sign told now
def test_a_patient_already_referred_raises_nothing(engine):
    text = "Saya bidan desa. Minggu lalu sudah saya rujuk ibu nifas yang perdarahan ke RSUD. Untuk ibu lain, pijat oksitosin sehari berapa kali?"
    assert referral(engine, text) is None


def test_a_patient_bleeding_now_is_still_referred(engine):
    text = "Pasien saya nifas hari kedua, perdarahan banyak, pembalut penuh tiap jam. Dirujuk ke mana?"
    assert referral(engine, text) == {"person": "mother", "urgency": "emergency"}


# "she" after "my wife", with no baby and no birth named anywhere, is the wife: her not eating is no baby's feeding
def test_she_after_my_wife_with_no_baby_named_is_the_wife(engine):
    assert ("refusing_feeds", "baby") not in active(engine, "My wife seems flat lately, she sleeps a lot and won't eat much")


def test_she_after_a_birth_named_can_still_be_the_baby(engine):
    assert referral(engine, "My wife had our daughter on Monday and she won't feed at all")["person"] == "baby"


# danger signs asked about in general, which nothing covered answers: the short list from Buku KIA and WHO with
# those sources, not "oxybot can't answer this" with the list under it, and no unrelated topics offered
@pytest.mark.parametrize("text, lead, refuses", [
    ("tanda bahaya pada bayi baru lahir itu apa saja ya?", "Tanda bahaya tidak dibahas", "tidak bisa menjawab"),
    ("which danger signs after giving birth should send me to the clinic?", "does not cover danger signs", "can't answer"),
])
def test_danger_signs_asked_in_general_get_the_list(engine, text, lead, refuses):
    a = engine.answer(text)
    assert not a.red_flag
    assert lead in a.answer and refuses not in a.answer
    assert "119" in a.answer
    assert {c.key for c in a.citations} >= {"buku_kia", "who2022_postnatal"}
    assert a.suggestions == []


# the signs of one danger sign asked about in general ("what are the signs of mastitis?"): that sign's "when to go"
# lines under an honest lead, not the let-down's signs found by the word "signs"
@pytest.mark.parametrize("text, line", [
    ("what are the usual signs of mastitis in breastfeeding women?", "Breast:"),
    ("tanda-tanda preeklamsia sesudah persalinan itu seperti apa?", "Sakit kepala hebat"),
])
def test_the_signs_of_a_danger_sign_asked_in_general(engine, text, line):
    a = engine.answer(text)
    assert not a.red_flag and a.topic == "out_of_scope"
    assert line in a.answer
    assert "let-down" not in a.answer.lower()


# a sign's symptoms asked for at the start of a question ("gejala mastitis apa saja?") ask in general; her own told
# with them still counts
def test_symptoms_asked_for_ask_in_general(engine):
    assert referral(engine, "gejala mastitis itu yang mana aja sih?") is None


def test_her_own_symptoms_still_count(engine):
    assert referral(engine, "Saya ada gejala mastitis: payudara kiri merah, panas, dan saya meriang") == {
        "person": "mother", "urgency": "today"}
