"""Session 15 (lead): danger classes found in round 21's misses and in review, tested with new wordings (never
the eval's)."""

from __future__ import annotations

import pytest

from triage_probe import referral


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
