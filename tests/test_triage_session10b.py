"""Session 10's second triage helper: classes found by probing, fixed by class and tested with wordings written for
these tests (never the eval questions): a wish that the baby sleep until a time or a task is done; a relative's
yes/no question about any baby, told beside her own who is well; tiredness told as "about to faint"; a voice heard
giving an order, told with any word of speech; an animal that gave birth is not the mother; what a relative says of
her ("suami bilang bibir saya pucat") is hers; exertion ("naik tangga") sets aside the breathlessness it brings,
not a pallor told before it."""

from __future__ import annotations

import pytest

from triage_probe import referral, active


# -- no card -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # a wish about ordinary sleep, bounded by a time or a task
    "Fingers crossed, I hope he doesn't wake up until I've had a shower",
    "hoping she won't wake before 7, I'm so behind on sleep",
    "Semoga dedek nggak bangun dulu sampai aku selesai makan",
    "mudah-mudahan si kecil nggak bangun lagi sebelum subuh, aku capek",
    "Moga bayinya nggak kebangun sampai ayahnya pulang",
    # someone else's question about any baby, with hers well
    "My aunt asked me if a newborn with a temperature can be breastfed. Mine is healthy, she's just wondering.",
    "Kakak ipar nanya apakah bayi yang demam boleh tetap disusui, anak saya sendiri sehat kok",
    # tiredness told as about to faint
    "lelah banget rasanya mau pingsan ngurus dua anak, tapi pengen tetap kasih ASI. tipsnya?",
    "So exhausted I'm about to pass out, how long should a night feed take?",
    # an animal that gave birth
    "Anjing saya baru lahiran kemarin, darahnya masih banyak. Aman nggak dia tidur dekat bayi?",
    "Kucingku habis melahirkan dan darahnya banyak, perlu dipisah dari bayi?",
])
def test_no_card(engine, text):
    assert referral(engine, text) is None


# -- still the card ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,sign,person", [
    # a wish with no bound, or for ever, stays
    ("Semoga saya tidur dan nggak bangun lagi", "suicidal", "mother"),
    ("I hope I go to sleep and never wake up again", "suicidal", "mother"),
    # a hope beside a real sign
    ("Semoga bayi saya nggak kenapa-kenapa, badannya panas 39", "fever", "baby"),
    ("I hope he wakes up soon, he hasn't woken for 6 hours to feed", "not_waking_for_feeds", "baby"),
    # a wish set apart by a comma, or "until now", bounds nothing ahead
    ("Mudah-mudahan nggak apa-apa ya, anakku nggak bangun sampai sekarang padahal udah 6 jam", "not_waking_for_feeds", "baby"),
    ("I hope it's fine, he doesn't wake up until I pinch his feet hard", "not_waking_for_feeds", "baby"),
    # a question about her own baby is no general question
    ("My mum asked whether my baby's yellow eyes need a doctor. Mine is her first grandchild", "jaundice", "baby"),
    ("Ibu saya nanya apakah bayi saya yang kuning harus dijemur, anak saya sendiri baru 4 hari", "jaundice", "baby"),
    # ... nor when her own baby has the sign, after the comma or as the reason
    ("Bude nanya apakah bayi yang demam boleh dimandikan, anak saya sendiri sekarang demam 38,6", "fever", "baby"),
    ("My aunt asked whether a newborn with jaundice needs the lights because mine is yellow down to his legs", "jaundice", "baby"),
    # a faint that happened, or felt with bleeding or dizziness
    ("capek banget sampai pingsan di dapur tadi", "fainted", "mother"),
    ("pusing sekali rasanya mau pingsan tiap berdiri", "feeling_faint", "mother"),
    ("Keluar darah banyak banget, lemas rasanya mau pingsan", "feeling_faint", "mother"),
    # tiredness beside any word of blood loss or shock is no hyperbole
    ("Capek sekali rasanya mau pingsan, darah nifas juga masih deras", "feeling_faint", "mother"),
    ("so tired I'm going to pass out, and I've gone pale and sweaty", "feeling_faint", "mother"),
    ("I'm that exhausted I feel like I'm about to pass out whenever I stand", "feeling_faint", "mother"),
    # a voice giving an order
    ("I keep hearing a voice saying to put a pillow over her", "psychosis", "mother"),
    ("Ada suara yang bilang saya harus ninggalin bayi di jalan", "psychosis", "mother"),
    # what a relative says of her is hers; a pallor before the stairs stays
    ("Ibu bilang muka dan bibir saya pucat sekali, darah nifas saya juga masih banyak", "heavy_bleeding", "mother"),
    ("My mum says my lips look white, and I'm still bleeding heavily", "heavy_bleeding", "mother"),
    ("Kuku saya pucat sekali, gampang capek naik tangga, dan darah nifas masih banyak banget", "heavy_bleeding", "mother"),
])
def test_card(engine, text, sign, person):
    assert (sign, person) in active(engine, text)
    assert referral(engine, text) is not None
