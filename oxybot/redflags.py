"""Danger-sign detection: runs before matching and wins over everything.

Patterns come from content/red_flags.yaml. Each sign is a list of groups; every group must match, and
a group matches when one of its phrases appears as consecutive canonical tokens, either in the full
token sequence or with stopwords removed ("bayi saya tidak mau menyusu" and "bayi tidak mau menyusu").
Phrases go through the same normaliser as the question, so chat spellings and typos meet.
"""

from __future__ import annotations

from dataclasses import dataclass

from .content import RedFlagSign
from .text import Canonical, Normalizer


@dataclass(frozen=True)
class CompiledSign:
    id: str
    intent: str
    label: dict[str, str]
    groups: tuple[tuple[tuple[str, ...], ...], ...]


def _contains(seq: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    if n == 1:
        return phrase[0] in seq
    first = phrase[0]
    return any(seq[i] == first and tuple(seq[i:i + n]) == phrase for i in range(len(seq) - n + 1))


class RedFlagDetector:
    def __init__(self, signs: list[RedFlagSign], normalizer: Normalizer):
        self.signs: list[CompiledSign] = []
        for sign in signs:
            groups = []
            for group in sign.groups:
                phrases = set()
                for phrase in group:
                    c = normalizer.canonical(phrase, repair=False)
                    for seq in (c.tokens, c.terms):
                        if seq:
                            phrases.add(tuple(seq))
                groups.append(tuple(sorted(phrases)))
            self.signs.append(CompiledSign(sign.id, sign.intent, dict(sign.label), tuple(groups)))

    def detect(self, query: Canonical) -> list[CompiledSign]:
        seqs = (query.tokens, query.terms)
        return [
            sign for sign in self.signs
            if all(any(_contains(seq, p) for p in group for seq in seqs) for group in sign.groups)
        ]
