"""Session 26: danger signs from round 30's Indonesian red team, in wordings of our own: a fever told with "ga ada
nafsu nyusu" after it (the "no" is of the appetite), chat's "gada demam" (no fever), and a patient described
"dengan gejala" of a sign (told, not symptoms asked for in general)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "bayi saya demam 38,3 gak ada nafsu nyusu dari pagi",
    "Pasien nifas hari ke-10 dengan gejala depresi berat dan pikiran menyakiti bayinya, cukup dipijat oksitosin?",
])
def test_a_danger_sign_told(engine, question):
    assert engine.answer(question).red_flag


@pytest.mark.parametrize("question", [
    "puting saya lecet, gada demam, payudara juga ga bengkak. tetap boleh nyusuin?",
    "demamnya ga ada kok, cuma pilek dikit. boleh pijat oksitosin?",
    "gejala depresi setelah melahirkan itu apa saja?",
])
def test_no_danger_sign(engine, question):
    assert not engine.answer(question).red_flag


def test_a_fever_she_fears_after_a_jab_is_none_told(engine):
    question = "suhu dedek sekarang 36,7 normal, besok imunisasi, takut abis itu panas. tetap boleh nyusuin kan?"
    assert not engine.answer(question).red_flag
