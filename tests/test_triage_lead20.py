"""Session 20: pads for milk are no bleeding ("breast pads soaked through"), while a pad soaked with blood still is;
and a time dating the birth ("lahiran 2 minggu lalu", "operasi sesar 3 minggu lalu") is the day after the birth, not
a past that sets aside the sign told after it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "My nursing pads are soaked through by lunchtime, does that mean I have too much milk?",
    "Bantalan payudara saya basah kuyup tiap pagi, apa ASI saya kebanyakan?",
    "I wake up soaked through with sweat and milk at night, is that normal in the first weeks?",
])
def test_milk_soaked_pads_are_no_bleeding(engine, question):
    assert not engine.answer(question).red_flag


@pytest.mark.parametrize("question", [
    "I'm soaked through with blood, I have changed pads every hour since this morning.",
    "My breast pads leak a lot, but the bigger worry: I've soaked through a maternity pad in 40 minutes.",
])
def test_a_pad_soaked_with_blood_is_still_bleeding(engine, question):
    assert engine.answer(question).red_flag
    assert "heavy_bleeding" in {f.sign for f in engine.triage.assess(question).findings if not f.negated}


@pytest.mark.parametrize("question", [
    "lahiran 3 minggu lalu, skrg demam 39 dan menggigil. pijat oksitosin boleh?",
    "Operasi sesar 2 minggu lalu, hari ini lukanya bernanah dan bau.",
    "I gave birth 3 weeks ago and since last night I have a fever of 39.",
])
def test_a_dated_birth_does_not_set_aside_the_sign(engine, question):
    assert engine.answer(question).red_flag


def test_a_sign_dated_weeks_back_and_over_is_still_past(engine):
    assert not engine.answer("3 minggu lalu bayi saya demam, sekarang sudah sehat. Boleh pijat oksitosin?").red_flag


@pytest.mark.parametrize("question", [
    "Newborns usually get a bit yellow, right? Does breastmilk help with that?",
    "Bayi baru lahir biasanya kuning ya? ASI bisa bantu?",
    "Kenapa bayi baru lahir sering agak kuning?",
])
def test_babies_as_a_whole_are_asked_about_in_general(engine, question):
    assert not engine.answer(question).red_flag


def test_her_own_baby_after_babies_as_a_whole_still_gets_the_card(engine):
    assert engine.answer("Banyak bayi agak kuning, tapi bayi saya umur 5 hari kuning sampai telapak kaki.").red_flag


# crying often, told alone, is the baby blues most mothers have in the first two weeks: the answer to what she
# asked, with the "when to go" note; with another sign of her mood or weeks of it, the card
@pytest.mark.parametrize("question", [
    "Aku sering nangis sendiri tiap malam, apa itu bikin ASI berkurang?",
    "I end up crying every evening from tiredness. Can the back massage help me relax?",
])
def test_crying_often_alone_is_answered_with_the_note(engine, question):
    answer = engine.answer(question)
    assert not answer.red_flag and answer.topic != "out_of_scope"
    assert answer.notes_at is not None and "**" in answer.answer[answer.notes_at:]


@pytest.mark.parametrize("question", [
    "Aku nangis tiap malam udah 3 mingguan, rasanya hampa, ASI jadi dikit",
    "I cry every night and I feel like a useless mother who can't do anything right",
    "Sudah tiga minggu saya menangis setiap hari, apa ini mempengaruhi ASI?",
])
def test_crying_with_another_sign_or_for_weeks_gets_the_card(engine, question):
    answer = engine.answer(question)
    assert answer.red_flag and answer.referral["person"] == "mother"


@pytest.mark.parametrize("question", [
    # a medicine named for the fever it lowers, asked about: no fever told
    "Anak saya 6 bulan, obat penurun panas sirup dosisnya berapa ml untuk berat 7 kg?",
    # a time to come, not weeks of worry
    "My leave ends in six weeks. I want to keep breastfeeding and I'm anxious about it. Can I pump at work?",
    # "lekas" is soon, never "lemas"
    "Istri saya masih dirawat setelah operasi. Apa usapan di punggung bisa bikin susunya lekas keluar?",
    # the BCG jab's usual small pustule
    "Bekas suntik BCG di lengan anakku ada bintil bernanah kecil, sudah 3 minggu setelah imunisasi. Wajar ya?",
    # children as a whole in a village
    "Di desa kami banyak anak kecil yang sering diare, apa ASI eksklusif bisa mencegah itu?",
])
def test_words_that_sound_like_a_sign_but_tell_none(engine, question):
    assert not engine.answer(question).red_flag


@pytest.mark.parametrize("question", [
    "Bayi 10 hari, kulit perut dan lehernya penuh bintil bernanah, 2 minggu lalu imunisasi BCG.",
    "I haven't slept properly in three weeks, I'm anxious all the time and I can't enjoy my baby.",
    "Bayi saya demam 38,7, obat penurun panas apa yang boleh?",
])
def test_a_sign_beside_such_words_still_counts(engine, question):
    assert engine.answer(question).red_flag


@pytest.mark.parametrize("question", [
    # her guess at the cause, asked, is no finding that it was only that
    "My 2 week old grunts with every breath and the skin under his ribs sucks in. Is it just a stuffy nose?",
    "Bayi 10 hari napasnya grok-grok dan dada bawahnya tertarik ke dalam, kirain cuma hidung mampet?",
    # no real feed for hours, told as sucking and dropping off
    "She's 4 days old, latches, sucks a couple of times and falls asleep; she hasn't had a proper feed in 9 hours.",
])
def test_a_guessed_cause_or_no_proper_feed_still_gets_the_card(engine, question):
    assert engine.answer(question).red_flag


def test_a_cause_found_still_settles_it(engine):
    assert not engine.answer("Napasnya sempat bunyi, ternyata karena hidung mampet, sekarang sudah lega. "
                             "Berapa lama pijat oksitosin?").red_flag


def test_known_anaemia_with_breathlessness_on_the_stairs_is_a_sign(engine):
    answer = engine.answer("Hb saya rendah sejak lahiran, sekarang tiap naik tangga ngos-ngosan dan kliyengan. Boleh pijat oksitosin?")
    assert answer.red_flag and answer.referral["person"] == "mother"


def test_anaemia_asked_about_is_no_sign(engine):
    assert not engine.answer("Apakah ibu yang kurang darah tetap boleh menyusui?").red_flag


def test_honey_crusted_sores_on_a_baby_are_a_skin_infection(engine):
    assert engine.answer("Anakku 5 minggu, di sekitar hidungnya ada koreng berkerak kuning kayak madu, makin banyak. "
                         "ASI-ku boleh dioles?").red_flag


@pytest.mark.parametrize("question", [
    "Warna pipis bayiku kuning muda, hampir bening, popok basah 7 kali sehari. Itu tanda cukup ASI kan?",
    "Anakku kaget tiap dengar suara keras, tangannya gemetar sebentar lalu tenang. Nyusunya kuat. Wajar?",
    "I've been reading that babies can get jaundice from not feeding enough. Mine is pink and feeds every 2 hours. How long should the back massage be?",
    "Liat di TikTok ada bayi yang kejang, saya jadi parno. Anak saya sendiri sehat dan aktif. Berapa kali sehari harus disusui?",
    "Dosen kami cerita tentang ibu nifas yang perdarahan hebat. Apakah pijat oksitosin membantu rahim berkontraksi?",
    "My sister keeps asking 'are you depressed?' but honestly I feel happy and rested. Does feeling happy help the milk?",
    "He breathes fast for a few breaths then rests a few seconds while asleep; the midwife said that is periodic breathing. Does it affect feeding?",
    "Day 4 she was a little yellow on her face, it has faded now and she's feeding well. When can I start the massage?",
])
def test_near_misses_of_round_25_in_new_words(engine, question):
    assert not engine.answer(question).red_flag


def test_worry_about_one_thing_is_no_mood_that_lasts(engine):
    assert not engine.answer("My contract gives me three months off. I'd like to keep breastfeeding after and I'm "
                             "anxious about it. Can I pump at the office?").red_flag


def test_a_guess_that_opens_the_message_is_still_a_guess(engine):
    # the guessed cause right at the start ("Is it a blocked nose?"), the sign told after it
    assert engine.answer("Is it a blocked nose? My 10 day old grunts and the skin between his ribs sucks in.").red_flag
