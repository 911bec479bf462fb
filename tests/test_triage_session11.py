"""Session 11's triage helper (rounds 15-16 red teams as tuning sets, then eval/triage_fresh12.yaml): classes fixed
by class and tested with wordings written for these tests (never the eval questions). The "card" rows must raise a
referral for the right person; the "no card" rows must not."""

from __future__ import annotations

import pytest

from triage_probe import referral


# -- the card, for the right person ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,person", [
    # a comparison with pregnancy dates the comparison, not the swelling or headache told after it
    ("My hands and face are puffier than they were in pregnancy, and I've had flashing lights in my eyes since "
     "yesterday. Probably just tiredness. How often should I pump?", "mother"),
    ("Kaki dan muka saya lebih bengkak daripada waktu hamil, dan sejak pagi pandangan kabur. Pijat boleh?", "mother"),
    # "tadi sempat ...": earlier today, this spell, not a history
    ("Tadi sempat lihat kilatan cahaya dan kepala sakit banget, sekarang masih pusing. Boleh minum jamu pelancar ASI?",
     "mother"),
    # a headache that painkillers do nothing for
    ("Kepala saya pusing dari kemarin, minum parasetamol tidak ngefek sama sekali. Hari ke-5 setelah melahirkan.",
     "mother"),
    ("I've had a headache since Sunday and paracetamol does nothing for it, a week after giving birth.", "mother"),
    # "he" after a woman named is not her
    ("My mum is staying with us to help. This morning he felt really hot and the thermometer said 38.4, he is "
     "2 weeks old.", "baby"),
    # redness spreading over a part is seen, not asked
    ("Pusar bayi saya bau dan merahnya menyebar ke kulit sekitar perut. Cukup dikasih alkohol?", "baby"),
    # the one she told is not who has the sign; the one who saw it only tells it
    ("My partner is worried because I told him the baby isn't really ours and someone swapped him.", "mother"),
    ("Ibu saya yang lihat, katanya darah nifas saya banyak sekali sampai tembus ke sprei, saya pucat.", "mother"),
    # an animal in a likeness is no one there
    ("My 5 day old pants like a puppy when he breathes, about 75 breaths a minute.", "baby"),
    # "full of liquid" is a collection (an abscess), not a breast full of milk
    ("There's a hard red patch on my breast that now feels full of fluid and hurts when I touch it, and I feel feverish.",
     "mother"),
    # a fit told with a likeness after it stays a fit
    ("Anak saya umur 10 hari kejang-kejang seperti orang kesurupan tadi malam.", "baby"),
    # a list with her own baby in it, or a time of her own, is hers
    ("Bidan sudah jelaskan tanda bahaya, dan sekarang bayi saya kuning sampai telapak kaki, tidak mau menyusu sejak pagi.",
     "baby"),
    # much heavier, or a pad soaked, is not "a little"
    ("My bleeding gets much heavier when I feed and I'm soaking a pad every hour.", "mother"),
    # a hedge with a degree word ("I'm pretty sure") is her judging what she saw, not her own sign
    ("My son, 12 days old, had what I'm quite sure were fits this morning, his leg kept twitching and he went stiff.",
     "baby"),
    # after she names a part of her own body, the next stretch is about her, not the baby named before it
    ("Lagi gendong adek tiba-tiba dada saya nyeri seperti ditekan, napas sesak, keringat dingin.", "mother"),
    # ... with a side between the part and "saya" (triage_fresh12's class)
    ("Habis nenenin bayi, dada kanan saya seperti diremas, keringat dingin, ngos-ngosan padahal cuma duduk.", "mother"),
    # pregnant again, or a baby told by its age: a baby already born, whose signs count
    ("Saya hamil lagi, tapi yang mau saya tanyakan bayi saya yang umur 3 minggu: matanya kuning lagi dan BAB-nya pucat.",
     "baby"),
    ("Expecting again already! Meanwhile my 2 week old's whites of the eyes and tummy look yellow and his poo is chalky.",
     "baby"),
    # "is this a danger sign, <what she sees>": "this" is what she tells, now
    ("Ini termasuk tanda bahaya nggak, bayi kuning sampai telapak tangan, susah dibangunin buat nyusu?", "baby"),
    ("Is this a danger sign - baby's soles are yellow and he won't feed?", "baby"),
    # a mother pregnant again still has a sick child: "lagi hamil" / "I'm pregnant" does not date the sign
    ("Anak saya 1 tahun barusan kejang-kejang, saya lagi hamil 5 bulan, harus gimana?", "baby"),
    ("Bayi saya 3 minggu kuning sampai telapak kaki, saya sedang hamil lagi.", "baby"),
    ("My son is three weeks old and yellow down to his feet. I'm pregnant again, could that be why?", "baby"),
])
def test_card_for_the_right_person(engine, text, person):
    got = referral(engine, text)
    assert got is not None and got["person"] == person, got


# -- no card -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # a man named, then "he": still the man, whose temperature refers no one
    "My husband is home with flu. Yesterday he felt warm, 38.3. Can I keep breastfeeding?",
    # an infection spreading to another person is a question, not a sign seen
    "Kalau tali pusat infeksi, apakah bisa menyebar ke bayi lain di rumah?",
    # over: gone altogether, or a story dated weeks or months back by a sentence of its own
    "My breast infection cleared up completely after the antibiotics last month. Can I feed from that side again?",
    "Saya dulu pendarahan hebat waktu lahiran dan sampai transfusi. Itu sudah 3 bulan lalu. Sekarang ASI saya sedikit.",
    # no baby born yet: what "the baby" might have is asked ahead
    "I'm 34 weeks pregnant. If the baby has jaundice after birth, will breastfeeding help it clear?",
    "Saya masih hamil 7 bulan, kalau nanti bayinya kuning apa boleh tetap ASI?",
    # a little more blood at feeds (the womb tightening)
    "Waktu menyusui perut mulas dan darah nifas sedikit lebih banyak. Itu karena oksitosin ya?",
    # babies in general in a list she read; a danger-sign list taught or printed
    "I read about newborn sepsis, babies getting jaundice, mothers bleeding after birth, all in one night. All fine here. "
    "Is the massage evidence good?",
    "Di kelas ibu hamil bidan menjelaskan tanda bahaya: ibu perdarahan, bayi kejang, bayi kuning, demam tinggi. "
    "Pijat oksitosin itu mulai kapan?",
    # a film's baby; a likeness of a person
    "Kemarin nonton drama yang bayinya kejang dan biru, saya jadi parno. Bayi saya sehat. Cemas bikin ASI seret?",
    "Makan saya banyak banget kayak orang kesurupan sejak menyusui, normal?",
    # periodic breathing with punctuation after "fast"
    "While asleep he breathes quick, then stops for about 5 seconds, then breathes again, staying pink.",
    # someone else's condition already treated in hospital
    "Sepupu saya kena baby blues parah setelah melahirkan sampai diopname. Gimana saya bisa bantu dia menyusui?",
    # a sister-in-law's newborn is her baby, not the sister-in-law told as a newborn sibling (triage_fresh12's class)
    "My brother-in-law's newborn was rushed in with a fit yesterday, so scary. Mine is doing great. How often should I pump?",
    # "is this a danger sign if ..." stays a condition
    "Is this a danger sign if a newborn's palms turn yellow?",
    # fine since then
    "Had a breast infection in the first month, it's been fine ever since. Does the massage help prevent it?",
])
def test_no_card(engine, text):
    assert referral(engine, text) is None
