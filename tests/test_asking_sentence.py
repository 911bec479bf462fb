"""What a story-then-question post asks is what its asking sentence asks (session 7): the story's
words ("dari tengkuk", "mulai", "bikin") are no question types, and a closing request ("Bisa
dijelaskan?", "Can you explain?") is no asking sentence. Wordings written for these tests, not taken
from an eval set."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, topic", [
    # the story says where the hands go; the question asks what the thing is
    ("Kakak saya dulu rutin dipijat dari tengkuk ke bawah sama suaminya tiap habis lahiran. Katanya itu bikin "
     "susu lancar. Itu pijat apa sih sebenarnya?", "massage.what_is"),
    ("Tetangga saya sering cerita soal urut punggung yang dimulai dari leher, katanya bikin ASI deras. "
     "Sebenarnya itu pijatan apa ya?", "massage.what_is"),
    # the question comes before a closing request, which asks nothing of its own
    ("Saya perawat di klinik pratama dan mau membuat leaflet tentang pijat oksitosin. Saya perlu tahu berapa "
     "menit tiap kali pijat dan berapa kali sehari. Bisa dijelaskan?", "massage.duration_frequency"),
    ("I run a small group for new parents at our church. I want to tell them how many minutes a back massage "
     "for milk should take and how often in a day. Could you explain?", "massage.duration_frequency"),
])
def test_the_asking_sentence_says_what_a_story_post_asks(engine, question, topic):
    assert engine.answer(question).topic == topic


def test_a_closing_request_is_not_read_as_the_question(engine):
    query = engine.index.normalizer.canonical(
        "Saya bidan dan sedang menyusun jadwal kunjungan nifas. Berapa lama tiap sesi pijat punggungnya? "
        "Bisa dijelaskan?")
    assert "how_long" in query.qtypes and "what_is" not in query.qtypes


@pytest.mark.parametrize("question, topic", [
    # a thing named by a relative clause: the head word and its describing words are a few words apart
    ("Mana yang lebih ampuh buat ASI, buah manis yang biasa dimakan buka puasa atau urut punggung?",
     "evidence.vs_dates"),
    # "what works" asks for a remedy, not whether some named thing works
    ("Honestly, what actually works for a low supply? My cousin swears by everything.", "asi.increase_flow"),
    ("apa yang paling manjur biar susu badan makin banyak?", "asi.increase_flow"),
    # the review named as the source of what is asked is not what is asked about
    ("Menurut tinjauan literatur itu, apa saja yang bisa bikin ASI ibu jadi seret?", "asi.low_supply_causes"),
    # "urusan" is a matter, never "urutan" (the massage)
    ("Ini urusan hormon yang mana ya, yang bikin ASI ngalir keluar?", "hormone.prolactin_oxytocin"),
])
def test_focus_and_type_read_from_the_right_words(engine, question, topic):
    assert engine.answer(question).topic == topic


def test_urusan_is_no_massage(engine):
    assert "#massage" not in engine.index.normalizer.canonical("selain urusan menyusui, apa lagi?").terms


@pytest.mark.parametrize("question, topic", [
    # counting the studies' mothers asks about the studies, not how much milk a body makes
    ("Jumlah responden di studi-studi pijat punggung itu berapa banyak sih?", "evidence.quality"),
    # "only after the birth, or already while pregnant?" asks when
    ("Urut punggung buat ASI itu baru boleh setelah bayinya lahir atau bisa sejak masih hamil?", "massage.when_who"),
])
def test_question_type_cues_for_participants_and_timing(engine, question, topic):
    assert engine.answer(question).topic == topic


@pytest.mark.parametrize("question, concept", [
    ("lately my milk feels like it is dwindling", "#low_supply"),
    ("apa saja yang bisa menghambat pengeluaran ASI?", "#low_supply"),
    ("her milk isn't coming in and she is upset", "#low_supply"),
    ("I get a fizzy feeling in my breasts when she feeds", "#letdown_sign"),
])
def test_everyday_names_of_low_milk_and_the_let_down(engine, question, concept):
    assert concept in engine.index.normalizer.canonical(question).terms
