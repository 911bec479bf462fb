"""Indonesian or English, per question."""

import pytest

from oxybot.engine.langdetect import LanguageDetector


@pytest.mark.parametrize("text, lang", [
    ("gmn biar asi lancar bun?", "id"),
    ("bayi sy umur 2 minggu blm bab 3 hari", "id"),
    ("how can I make more milk?", "en"),
    ("is oxytocin massage safe?", "en"),
    ("pijat oksitosin itu safe ga buat mom yg baru lahiran?", "id"),
    ("my baby won't latch, pijat oksitosin could help?", "en"),
])
def test_detects_the_language_of_the_question(engine, text, lang):
    assert engine.language.detect(text) == lang


def test_no_evidence_falls_back_to_the_default():
    detector = LanguageDetector({"id": frozenset({"yang"}), "en": frozenset({"the"})}, {})
    assert detector.detect("12345", default="en") == "en"
    assert detector.detect("", default="id") == "id"
    assert detector.detect("yang") == "id" and detector.detect("the", default="id") == "en"
