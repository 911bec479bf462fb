"""Long story posts (session 9): where a post asks, and what it asks about, seen through `oxybot ask`.
Posts written for these tests, not taken from an eval set.

* A post with no '?' that says where it asks ("Mau tanya apakah ...", "I would like to know ...") is
  asking in that sentence, not in its last one, which often tells more of the story (a bowl of porridge,
  a tin of formula ready at home).
* A not-covered question asked after a story that names a covered subject (a worry, a caesarean) is not
  answered with that subject: a "not covered" answer yields to a covered one only when the covered
  subject is named where she asks, and never to one about something she does not name at all."""

from __future__ import annotations

import json

import pytest

from test_cli import oxybot

POSTS = [
    # no '?': the question comes first, the story after it
    ("Mau tanya apakah pijat oksitosin aman untuk ibu yang habis sesar. Soalnya saya kemarin baru lahiran dan "
     "ASI belum keluar. Ibu saya juga sudah menyiapkan susu formula di rumah.", "massage.after_caesarean"),
    ("Saya ingin tahu berapa lama ASI eksklusif dianjurkan. Anak saya sekarang 4 bulan dan mulai tertarik "
     "melihat kami makan. Mertua sudah menyiapkan bubur beras merah.", "asi.exclusive_duration"),
    ("I would like to know how long babies should have nothing but breast milk. Our son is four months old "
     "and watches us eat. My mother-in-law already bought rice cereal.", "asi.exclusive_duration"),
    # a question word opens the sentence that asks ("Dok, apakah ..."); a statement opening with "harus"
    # ("must") or "do" is no question, and the post is read where it asks, at its end
    ("Dok, apakah stres bisa bikin ASI seret. Minggu ini saya pindah rumah dan kerjaan menumpuk. Suami juga "
     "sering lembur jadi bayi saya pegang sendiri sampai malam.", "stress.mind_and_milk"),
    ("Harus kerja lagi bulan depan. ASI saya sedikit sekali. Mohon sarannya supaya ASI banyak", "asi.increase_flow"),
    ("Do not laugh at me. My husband wants to give the back massage. Please tell me who is allowed to do it and "
     "when to start", "massage.when_who"),
    # ... and a post with no '?' whose last sentence asks stays read as before
    ("Anak saya 3 minggu dan suami siap membantu di rumah. Mohon dijelaskan langkah-langkah pijat oksitosin "
     "dari awal sampai akhir", "massage.how_to"),
]


def _ask(lines: list[str]) -> list[dict]:
    proc = oxybot("ask", "--json", "-", stdin="\n".join(lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


def test_a_post_without_a_question_mark_is_read_where_it_says_it_asks():
    rows = _ask([q for q, _ in POSTS])
    assert [r["topic"] for r in rows] == [t for _, t in POSTS]


def test_the_asking_sentence_is_printed_answer_not_the_story_around_it():
    proc = oxybot("ask", "--lang", "id", POSTS[0][0])
    assert proc.returncode == 0, proc.stderr
    # the answer on the massage after a caesarean, not the "not covered" one (formula was named last)
    first = proc.stdout.strip().split("\n\n")[0].lower()
    assert "sesar" in first and "tidak bisa menjawab" not in first


@pytest.mark.parametrize("post", [
    # a worry told in the story; she asks how to make her father-in-law stop smoking
    "Saya hamil 8 bulan. Ayah mertua tinggal bersama kami dan sering merokok di dalam rumah. Saya khawatir "
    "asapnya berpengaruh ke bayi nanti. Bagaimana cara supaya beliau mau berhenti merokok?",
    # a caesarean told in the story and asked about, but what she asks is wound care, not the massage
    "Saya lahiran sesar dua minggu lalu. Bekas jahitannya masih agak basah dan gatal. Ibu saya menyuruh memakai "
    "minyak kayu putih. Bagaimana cara merawat luka jahitan sesar yang benar?",
])
def test_a_subject_told_in_the_story_does_not_answer_a_question_that_is_not_covered(post):
    row = _ask([post])[0]
    assert row["topic"] == "out_of_scope", (row["intent"], row["score"])
