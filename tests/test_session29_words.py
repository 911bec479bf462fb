"""Session 29: words. Ordinary words that typo repair read as content words ("jangka panjang", long-term, as
"pantang", a food taboo; "pasar" as "pusar"; "peeing" as "peeling"), and "awak" as the writer herself in Medan and
Minang chat."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("word", ["panjang", "pasar", "tujuh", "dapur", "peeing", "expat", "kertas", "sawan", "tears"])
def test_an_ordinary_word_is_not_repaired_into_another(engine, word):
    assert engine.normalizer.canonical(word).tokens == [word]


def test_long_term_benefits_are_not_a_food_taboo(engine):
    assert engine.answer("apa manfaat jangka panjang ASI buat anak saya?").topic == "asi.benefits"


def test_awak_is_the_writer_herself(engine):
    assert engine.answer("makasih ya dek, udah jelas kali, nanti awak coba").topic == "meta.thanks"
