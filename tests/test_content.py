"""The shipped content keeps the promises of the brief: sourced numbers, both languages, the contract."""

from __future__ import annotations

import re

import pytest
import yaml

from conftest import SHARED
from oxybot.engine.content import load_content
from oxybot.locations import content_dir as default_content_dir

SEED = SHARED / "seed" / "noviyana-2022-pijat-oksitosin.txt"
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _numbers(text: str) -> set[str]:
    """Numbers with a decimal point, whichever separator the text used (68,74 and 68.74 are one)."""
    return {n.replace(",", ".") for n in _NUMBER.findall(text)}


@pytest.fixture(scope="module")
def content():
    content, issues = load_content(None)
    assert not issues, "\n".join(map(str, issues))
    return content


@pytest.mark.skipif(not SEED.exists(), reason="the seed review is not beside this checkout")
def test_every_number_in_an_answer_appears_in_the_review(content):
    seed = _numbers(SEED.read_text(encoding="utf-8"))
    seed |= {n.rstrip("0").rstrip(".") for n in seed if "." in n}  # 9.00 -> 9
    for intent in content.intents:
        # the one exception: emergency numbers, declared by the official source the intent cites
        allowed = {str(n) for k in intent.cite if k in content.sources
                   for n in content.sources[k].data.get("numbers", [])}
        for lang, text in intent.answer.items():
            text += "\n" + intent.detail.get(lang, "")  # the detail part too: it carries the p-values
            unknown = {n for n in _numbers(text) if n not in seed and n not in allowed}
            assert not unknown, f"{intent.id} [{lang}] has numbers not in the review: {sorted(unknown)}"


def test_plain_answers_do_not_give_a_per_feed_target():
    # issue 10: "200-250 ml per feed" read as a target feeds the "not enough milk" worry
    content, _ = load_content(None)
    for intent in content.intents:
        for lang, text in intent.answer.items():
            assert "200" not in text and "250" not in text, intent.id


def test_indonesian_answers_address_the_mother_as_ibu():
    content, _ = load_content(None)
    for intent in content.intents:
        text = intent.answer["id"] + "\n" + intent.detail.get("id", "")
        assert not re.search(r"\b(Anda|kamu)\b", text), intent.id


@pytest.mark.skipif(not (SHARED / "topics.yaml").exists(), reason="the shared topic contract is absent")
def test_shipped_topics_are_the_shared_contract():
    shipped = yaml.safe_load((default_content_dir() / "topics.yaml").read_text(encoding="utf-8"))
    shared = yaml.safe_load((SHARED / "topics.yaml").read_text(encoding="utf-8"))
    assert shipped == shared


def test_answers_are_phone_sized_and_cited(content):
    for intent in content.intents:
        for lang in ("id", "en"):
            words = len(intent.answer[lang].split())
            assert 15 <= words <= 170, f"{intent.id} [{lang}] answer has {words} words"
        if not intent.topic.startswith("meta."):
            assert intent.cite, f"{intent.id} cites nothing"


def test_every_health_intent_cites_the_review(content):
    for intent in content.intents:
        if intent.topic not in ("red_flag", "out_of_scope") and not intent.topic.startswith("meta."):
            assert "noviyana2022" in intent.cite, intent.id


def test_review_source_has_its_doi(content):
    review = content.sources["noviyana2022"]
    assert review.data["doi"] == "10.32584/jikm.v5i1.1437"
    assert review.short == "Noviyana et al. 2022"
