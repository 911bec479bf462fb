"""What the triage reads in a message, for the triage tests of each round (one definition, not one per file)."""

from __future__ import annotations


def assessed(engine, text):
    return engine.triage.assess(text)


def referral(engine, text):
    return engine.triage.assess(text).referral()


def groups(engine, text):
    return {g for g, _ in engine.triage.assess(text).groups()}


def active(engine, text):
    return {(f.sign, f.person) for f in engine.triage.assess(text).active}
