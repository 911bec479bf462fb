"""Normalisation with concepts: paraphrases in either language meet one concept token."""

import pytest

from oxybot.engine.normalize import Lexicon, Normalizer, fold


def concepts(engine, text):
    return engine.normalizer.canonical(text).concepts


@pytest.mark.parametrize("text, concept", [
    ("rubbing along the spine", "#massage"),
    ("suami ngurut punggung saya tiap malam", "#massage"),
    ("diurut punggungnya", "#massage"),
    ("gimana cara pijet oksitosin", "#massage"),
    ("surgical birth through the belly", "#caesarean"),
    ("lahiran lewat operasi perut", "#caesarean"),
    ("habis SC kemarin", "#caesarean"),
    ("the hormone that pushes the milk out", "#oxytocin"),
    ("hormon yang bikin asi keluar", "#oxytocin"),
    ("the hormone that makes the milk", "#prolactin"),
    ("my milk is only a trickle", "#low_supply"),
    ("asinya cuma netes", "#low_supply"),
    ("asi saya kok sedikit", "#low_supply"),
    ("how can I make more milk", "#more_milk"),
    ("gmn biar asi lancar", "#more_milk"),
    ("ASI eksklusif sampai kapan", "#asi_exclusive"),
    ("nothing but breast milk", "#asi_exclusive"),
    ("pakai handuk hangat di payudara", "#warm_compress"),
    ("bayi sy blm bab 3 hari", "#baby_stool"),
    ("bayi bingung puting", "#nipple_confusion"),
    ("boleh kasih sufor?", "#formula"),
    ("cara nyapih anak 2 tahun", "#weaning"),
])
def test_paraphrases_meet_their_concept(engine, text, concept):
    assert concept in concepts(engine, text)


def test_longest_name_wins_breast_massage_is_not_the_oxytocin_massage(engine):
    found = concepts(engine, "pijat payudara atau pijat oksitosin?")
    assert found == {"#breast_massage", "#massage"}
    assert concepts(engine, "pijat payudara") == {"#breast_massage"}


def test_a_name_with_stopwords_matches_only_word_for_word(engine):
    # "cuma nenen" is exclusive breastfeeding; plain "nenen" is any feed
    assert "#asi_exclusive" in concepts(engine, "bayi cuma nenen sampai 6 bulan")
    assert "#asi_exclusive" not in concepts(engine, "bayi nenen tiap 2 jam")
    # "asi tidak banyak" is low supply; "asi banyak" is the goal
    assert "#low_supply" in concepts(engine, "asi tidak banyak")
    assert concepts(engine, "biar asi banyak") == {"#more_milk"}


def test_danger_sign_tokens_keep_the_words(engine):
    # red flags read tokens (every word, no concepts joined): a concept never hides a danger word
    c = engine.normalizer.canonical("luka operasi sesar bernanah")
    assert "#caesarean" in c.terms
    assert not any(t.startswith("#") for t in c.tokens)


def test_politeness_is_marked_and_the_rest_is_asked(engine):
    c = engine.normalizer.canonical("Dok, mau tanya, pijat oksitosin itu apa? terima kasih")
    assert c.polite
    assert "#massage" in c.asked
    assert not set(c.asked) & c.polite


def test_a_normalizer_without_concepts_still_works():
    lex = Lexicon.from_data({"spelling": {"gmn": "bagaimana"}, "stopwords": {"id": ["bagaimana"]}})
    n = Normalizer(lex, {"id": {"pijat"}, "en": set()})
    c = n.canonical("gmn pijat")
    assert c.terms == ["pijat"] and c.concepts == frozenset() and c.qtypes == frozenset()


def test_fold_squeezes_and_strips():
    assert fold("Bangeeet!! ASI-nya") == "banget asi nya"


def test_vowelless_chat_words_and_swapped_letters_are_read(engine):
    # swapped letters and dropped vowels are how mothers type on phones; real words stay as they are
    n = engine.normalizer
    assert "#more_milk" in n.canonical("how can i make my mlik come in faster").terms
    assert n.repair("jhtn") == ("jahitan", True)
    assert n.repair("stuff") == ("stuff", False) and "staff" not in n.canonical("the white stuff").terms
