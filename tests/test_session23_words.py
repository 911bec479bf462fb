"""Session 23: everyday words for what the content names otherwise. Wordings are new, not those of any evaluation
set."""

from __future__ import annotations

import pytest

from oxybot.engine.dialogue import Conversation


@pytest.mark.parametrize("question, intent", [
    # not yet delivered is pregnant: the breast-care study in late pregnancy
    ("Ada penelitian pada ibu yang belum melahirkan?", "evidence/breast_care_pregnancy"),
    # lives saved are deaths prevented
    ("Benarkah ASI eksklusif bisa menyelamatkan nyawa bayi? Berapa angkanya?", "asi/benefits"),
])
def test_everyday_words_reach_their_answer(engine, question, intent):
    assert engine.answer(question).intent == intent


def test_not_yet_delivered_after_breast_care(engine):
    convo = Conversation()
    engine.answer("is breast care better than the oxytocin massage?", context=convo)
    assert engine.answer("was there a study in mums who haven't given birth yet?", context=convo).intent == \
        "evidence/breast_care_pregnancy"


def test_the_back_stimulated_is_the_massage(engine):
    # a lecturer's words for the massage ("rangsangan pada area punggung"): a question about the massage, not
    # about what breast milk does
    answer = engine.answer("Saya kader. Untuk materi penyuluhan, bagaimana penjelasan fisiologisnya sehingga "
                           "rangsangan pada area punggung dapat berpengaruh pada pengeluaran ASI?")
    assert answer.intent.startswith("massage/")


@pytest.mark.parametrize("question, intent", [
    # chat shorthand typo repair read as other words: "nangs" as nanas (pineapple), "daya thn" as years
    ("gmn biar asi byk? dedek nangs trs kyk blm knyang", "asi/increase_flow"),
    ("ap bdanya asi sm sufor bwt daya thn tbuh ank?", "asi/benefits"),
    ("lbh bgs mna, prwatan pyudara ato pijat oksitosin?", "evidence/vs_breast_care"),
])
def test_chat_shorthand(engine, question, intent):
    assert engine.answer(question).intent == intent
