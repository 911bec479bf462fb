"""Normalisation: how people type meets how the content is written."""

from oxybot.engine.normalize import MAX_CHARS, clean_input, fold


def test_fold_lowercases_drops_accents_punctuation_and_squeezes_repeats():
    assert fold("Halooo, BUNDAAA!!") == "halo bunda"
    assert fold("café  naïve") == "cafe naive"
    assert fold("bangeeet") == "banget"


def test_fold_keeps_indonesian_reduplication_readable():
    assert fold("penelitian2nya") == "penelitiannya"


def test_clean_input_removes_escape_sequences_and_control_characters():
    assert clean_input("a\x1b[31mred\x1b[0m\x00b") == "a red  b"
    assert "\x07" not in clean_input("\x1b]0;title\x07x")


def test_chat_spellings_reach_the_same_words(engine):
    canon = engine.normalizer.canonical
    assert canon("gmn").tokens == canon("bagaimana").tokens == canon("gimana").tokens
    assert canon("ga").tokens == canon("nggak").tokens == canon("tdk").tokens
    assert canon("sy").tokens == canon("aku").tokens


def test_affixes_and_languages_meet_on_one_concept(engine):
    canon = engine.normalizer.canonical
    pijat = canon("pijat").terms
    for word in ("dipijat", "pemijatan", "memijat", "massage", "massaging", "mijit"):
        assert canon(word).terms == pijat, word
    assert canon("pengeluaran").terms == canon("keluar").terms
    assert canon("caesar").terms == canon("SC").terms == canon("c-section").terms == canon("sesar").terms


def test_typos_are_repaired_against_the_content_vocabulary(engine):
    canon = engine.normalizer.canonical
    assert canon("oksitosin").terms == canon("oksitosim").terms
    assert canon("payudara").terms == canon("payudra").terms


def test_long_input_is_capped_for_scoring(engine):
    result = engine.answer("pijat oksitosin " * 5000)
    assert result.truncated is True
    assert len("pijat oksitosin " * 5000) > MAX_CHARS
