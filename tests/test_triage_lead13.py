"""Session 13 (lead): "I'd actually do it" is a fear of an intrusive thought only beside the fear; asked as how to
do something (a massage) it raises no card. A niece or nephew told with an age in weeks or months is the baby. New
wordings, not the eval's."""

from __future__ import annotations

import pytest

from triage_probe import referral, active


@pytest.mark.parametrize("text", [
    "Could you walk me through how I'd actually do it on my wife's back?",
    "The midwife showed us once. How would I actually do it at home, with her sitting on a chair?",
])
def test_how_to_do_it_is_not_a_thought_of_harm(engine, text):
    assert referral(engine, text) is None
    assert not any(sign == "harm_baby" for sign, _ in active(engine, text))


@pytest.mark.parametrize("text", [
    "I keep seeing myself letting go of him on the balcony and I'm terrified I'd actually do it.",
    "Thoughts of shaking her come at night, and I'm scared I would actually do it.",
])
def test_the_fear_of_doing_it_is_still_the_mothers_card(engine, text):
    assert referral(engine, text) == {"person": "mother", "urgency": "emergency"}


# a niece or nephew told with an age in weeks or months is a baby: her signs get the baby's card
@pytest.mark.parametrize("text", [
    "Keponakan saya usia 3 minggu demam 38,5 dari pagi, kakak saya bingung.",
    "My nephew is 6 weeks old and has had watery poo all day, he is very sleepy. His mum is at work.",
])
def test_a_young_niece_or_nephew_is_the_baby(engine, text):
    assert referral(engine, text)["person"] == "baby"


def test_a_niece_told_in_years_is_no_baby(engine):
    assert referral(engine, "Ponakan saya lagi diare, dia umur 5 tahun. Bayi saya aman disusui?") is None


# the cord told in Javanese: the navel (puser, udel), red (abang), a rotten smell (bosok, mambu), fluid coming out
@pytest.mark.parametrize("text", [
    "Udele putuku abang lan mambu bosok, wis rong dina. Umure sak minggu.",
    "Pusere anakku metu banyu terus, sak kiwa tengene abang-abang.",
])
def test_a_cord_infection_told_in_javanese(engine, text):
    assert referral(engine, text) == {"person": "baby", "urgency": "today"}


def test_red_cheeks_in_javanese_are_no_cord(engine):
    assert referral(engine, "Pipine anakku abang kena angin, normal ta? Umure rong sasi.") is None


# anaemia told by where a health worker looks: the inside of the eyelids, pale nail beds; pale lips with exhaustion
@pytest.mark.parametrize("text", [
    "Kata bidan bagian dalam kelopak mata saya putih sekali, padahal sudah tiga minggu sejak melahirkan.",
    "My nail beds have gone really pale and my sister noticed it too, the baby is 2 weeks old.",
    "Bibir saya pucat dan badan lemas terus sejak lahiran, ini kenapa ya?",
])
def test_the_mothers_pallor_gets_her_card(engine, text):
    assert referral(engine, text) == {"person": "mother", "urgency": "today"}


@pytest.mark.parametrize("text", [
    "Ada titik-titik putih di kuku saya, apa karena menyusui?",
    "My nails are pale pink polish lol, anyway how long should the back massage take?",
])
def test_white_nails_are_no_anaemia(engine, text):
    assert referral(engine, text) is None


# a rash that does not fade when pressed (the glass test) is an emergency; one that fades, or the test alone, is not
@pytest.mark.parametrize("text", [
    "Muncul bintik merah keunguan di dada anak saya yang tidak pudar saat ditekan. Umurnya 5 minggu.",
    "Tiny dark red spots on my 3-week-old's tummy that don't fade when pressed, and she's sleepier than usual.",
])
def test_a_non_blanching_rash_is_the_babys_emergency(engine, text):
    assert referral(engine, text) == {"person": "baby", "urgency": "emergency"}


@pytest.mark.parametrize("text", [
    "Ruam merah di pipi bayi saya hilang kalau ditekan, dia nyusu kuat. Perlu krim?",
    "I did the glass test on his rash and it faded straight away. How often should he feed at 5 weeks?",
])
def test_a_rash_that_fades_is_no_emergency(engine, text):
    assert referral(engine, text) is None


# skin that looks scalded and peels in a newborn, told anywhere in the sentence ("spreading over my baby's ...")
@pytest.mark.parametrize("text", [
    "Red blotches are spreading over my baby's back and the skin there looks scalded and peels off. He is 10 days old.",
    "Kulit bayi saya kayak kesiram air panas lalu mengelupas lebar-lebar, umurnya 2 minggu.",
])
def test_scalded_peeling_skin_gets_the_babys_card(engine, text):
    assert referral(engine, text)["person"] == "baby"


def test_newborn_dry_peeling_is_no_danger(engine):
    assert referral(engine, "Kulit kaki dedek ngelupas kering kayak sisik, umur 8 hari. Perlu dioles baby oil?") is None


# "does breastfeeding make it more likely?" asks of a sign in general; her own baby's sign told beside it still wins
@pytest.mark.parametrize("text", [
    "Are breastfed babies more prone to jaundice than formula-fed ones? Mine is 2 weeks and fine.",
    "Apakah menyusui bikin bayi lebih rentan kuning? Anak saya sehat, cuma penasaran.",
])
def test_a_sign_asked_of_in_general_gets_no_card(engine, text):
    assert referral(engine, text) is None


def test_her_own_babys_sign_beside_a_general_question_still_gets_the_card(engine):
    assert referral(engine, "Anak saya kuning sampai telapak kaki, 5 hari. Apakah bayi ASI lebih rentan kuning?") == {
        "person": "baby", "urgency": "today"}
