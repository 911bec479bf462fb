"""Danger-sign detection: runs before matching and wins over everything.

Patterns come from content/red_flags.yaml. Each sign is a list of groups; every group must match, and
a group matches when one of its phrases appears in the question in order, with at most MAX_GAP other
words between two of its words ("bayi tidak mau lagi menyusu" matches "tidak mau menyusu"). Phrases go
through the same normaliser as the question, stopwords included, so a negation is never lost.
"""

from __future__ import annotations


from .content import RedFlagSign
from .records import Record
from .normalize import Canonical, Normalizer


class CompiledSign(Record):
    __slots__ = ("id", "intent", "label", "groups", "unless")
    _defaults = {"unless": ()}


MAX_GAP = 1  # one stray word ('tidak mau lagi menyusu'); wider gaps joined unrelated clauses


def _contains(seq: list[str], phrase: tuple[str, ...], gap: int = MAX_GAP) -> bool:
    """``phrase`` occurs in ``seq`` in order, each word at most ``gap`` words after the previous one."""
    first = phrase[0]
    for start, token in enumerate(seq):
        if token != first:
            continue
        pos = start
        for word in phrase[1:]:
            window = seq[pos + 1: pos + 2 + gap]
            if word not in window:
                break
            pos = pos + 1 + window.index(word)
        else:
            return True
    return False


class RedFlagDetector:
    def __init__(self, signs: list[RedFlagSign], normalizer: Normalizer):
        self.signs: list[CompiledSign] = []
        def compile_group(group: list[str]) -> tuple[tuple[str, ...], ...]:
            phrases = {tuple(normalizer.canonical(p, repair=False).tokens) for p in group}
            return tuple(sorted(p for p in phrases if p))

        for sign in signs:
            groups = tuple(compile_group(g) for g in sign.groups)
            self.signs.append(CompiledSign(sign.id, sign.intent, dict(sign.label), groups,
                                           compile_group(sign.unless)))

    def detect(self, query: Canonical) -> list[CompiledSign]:
        tokens = query.tokens
        return [
            sign for sign in self.signs
            if all(any(_contains(tokens, p) for p in group) for group in sign.groups)
            and not any(_contains(tokens, p, gap=0) for p in sign.unless)  # exceptions match exactly
        ]
