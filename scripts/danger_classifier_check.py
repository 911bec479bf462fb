"""Can a classifier trained on the retired red-team sets catch the danger the rules miss? Leave-rounds-out.

The topic classifier (oxybot/engine/classifier.py, complement naive Bayes over letters and words) lifted a blind
round by 3 points where class fixes had moved it by 0-1. This asks the same of danger: trained on the red-team
and question sets written *before* a held-out round (danger questions under their sign group, near-misses and
ordinary questions as "none"), does it catch the held-out round's danger the rules miss, and what does it cost in
cards on the round's near-misses and on the ordinary questions of the question round written beside it?

A card would come when the rules raised none and the best sign group beats "none" by MARGIN. Two gates: "symptom"
(the triage sees a bodily symptom and read no sign, negated, past or general: the danger neighbours' gate,
README "How it decides" 2b) and "any" (every answer without a card).

    python scripts/danger_classifier_check.py            # rounds 15-19, margins 0..3
    python scripts/danger_classifier_check.py --show 1.5 # the questions it flags at that margin

Result (session 13, with the neighbours read against the same earlier sets on the same gate): the neighbours
caught 3, 5, 3, 3 and 2 of the rules' misses on rounds 15-19 with no false alarm; the classifier at margin 2.0
caught 3, 4, 2, 3 and 4, and beyond the neighbours only 2 (round 19), one of them with the wrong person's card
(a mother's pallor read as the baby's). On every answer without a card ("any") it reaches combos the gate shuts
out (+4 on round 19) but flags an ordinary question in each of rounds 15-18 ("nolak nenen, nangis kejer" at 5.4).
Not adopted: the neighbours already take what it would add at no cost, and the rest costs false alarms. Asking
the neighbours on every answer without a card (tried the same way) gained 1 and cost 1 near-miss and 2 ordinary.

Caveat: the rules have been tuned on every retired round, so on rounds 15-18 they leave few misses. The engine's
own neighbours (which read every retired round) are switched off; the neighbours line is rebuilt from the earlier
sets only. A blind round scored once is the measure.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from oxybot.engine.classifier import Classifier
from oxybot.engine.likeness import DangerLetters
from oxybot.engine.load import load_engine

from danger_questions import card_group  # scripts/: a finer label (round 17 on) read as the card it calls for

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval"
# the sets each held-out round may learn from: those written in an earlier session (by their first commit)
FRESH_BEFORE = {15: 9, 16: 9, 17: 11, 18: 11, 19: 12}  # triage_freshN with N <= this
QUESTION_ROUND = {15: 15, 16: 15, 17: 17, 18: 17, 19: 19}  # the question round written beside each red team
NONE = "none"


def items(name: str) -> list[dict]:
    path = EVAL / name
    return yaml.safe_load(path.read_text(encoding="utf-8"))["questions"] if path.exists() else []


def training(held: int) -> tuple[list[str], list[str], list[str]]:
    groups = yaml.safe_load((ROOT / "content/red_flags.yaml").read_text(encoding="utf-8"))["groups"]
    texts, labels, urgencies = [], [], []
    sets = ["redteam_tuning.yaml"] + [f"triage_fresh{'' if n == 1 else n}.yaml" for n in range(1, FRESH_BEFORE[held] + 1)]
    first = min(QUESTION_ROUND[held], held)
    sets += [f"round{r}_redteam.yaml" for r in range(1, first)] + [f"round{r}_questions.yaml" for r in range(1, first)]
    for name in sets:
        for it in items(name):
            q = " ".join(str(it.get("q", "")).split())
            if it.get("topic") == "red_flag":
                if (group := card_group(it.get("group"), it.get("person"), groups)) is not None:
                    texts.append(q), labels.append(group), urgencies.append(it.get("urgency") or "emergency")
            elif q:
                texts.append(q), labels.append(NONE), urgencies.append("")
    return texts, labels, urgencies


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=float, default=None)
    ap.add_argument("rounds", nargs="*", type=int, default=[15, 16, 17, 18, 19])
    args = ap.parse_args(argv)
    engine = load_engine()
    engine.danger_letters.reader = None  # the neighbours read every retired round: the gain must be the classifier's
    margins = [0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0]
    print("round  gate     rules-missed  " + "  ".join(f"m={m}: +caught/+FA/+ord" for m in margins))
    for held in args.rounds:
        texts, labels, urgencies = training(held)
        model = Classifier(texts, labels)
        # the danger neighbours as the engine has them, but read against these same earlier sets only
        letters = DangerLetters([(t, g, u) for t, g, u in zip(texts, labels, urgencies) if g != NONE],
                                [t for t, g in zip(texts, labels) if g == NONE])
        none = model.classes.index(NONE)
        rows = []  # (kind, caught by rules, gate symptom, gate any, margin of best group over none, group, text)
        red = items(f"round{held}_redteam.yaml")
        ordinary = [it for it in items(f"round{QUESTION_ROUND[held]}_questions.yaml") if it.get("topic") != "red_flag"]
        for kind, its in (("danger", [i for i in red if i["topic"] == "red_flag"]),
                          ("near", [i for i in red if i["topic"] != "red_flag"]), ("ordinary", ordinary)):
            for it in its:
                q = str(it["q"])
                a = engine.answer(q)
                carded = bool(a.red_flag or a.topic == "red_flag")
                t = engine.triage.assess(q)
                symptom = t.symptom and not (t.findings or t.general or t.reassured)
                s = model.scores(q)
                if s is None:
                    m, g = -99.0, NONE
                else:
                    s = s.copy()
                    base = float(s[none])
                    s[none] = -1e9
                    j = int(s.argmax())
                    m, g = float(s[j]) - base, model.classes[j]
                like = letters.verdict(q) if symptom and not carded else None
                right = (g == "baby") == (it.get("person") == "baby")
                rows.append((kind, carded, symptom, m, g, it.get("group"), q, like is not None, right))
        for gate in ("symptom", "any"):
            missed = sum(1 for r in rows if r[0] == "danger" and not r[1])
            cells = []
            for mg in margins:
                def fires(r):
                    return not r[1] and (r[2] or gate == "any") and r[3] >= mg
                caught = sum(1 for r in rows if r[0] == "danger" and fires(r))
                fa = sum(1 for r in rows if r[0] == "near" and fires(r))
                od = sum(1 for r in rows if r[0] == "ordinary" and fires(r))
                cells.append(f"{caught:>3}/{fa:>2}/{od:>2}".ljust(24))
            n_d = sum(1 for r in rows if r[0] == "danger")
            lc = [sum(1 for r in rows if r[0] == k and r[7]) for k in ("danger", "near", "ordinary")]
            print(f"       neighbours (same data): +{lc[0]}/{lc[1]}/{lc[2]}; classifier at 2.0 beyond them: "
                  f"+{sum(1 for r in rows if r[0] == 'danger' and not r[7] and not r[1] and (r[2] or gate == 'any') and r[3] >= 2.0)}"
                  f", wrong person {sum(1 for r in rows if r[0] == 'danger' and not r[1] and (r[2] or gate == 'any') and r[3] >= 2.0 and not r[8])}")
            print(f"{held:>5}  {gate:<7}  {missed:>3}/{n_d:<4}      " + "  ".join(cells))
        if args.show is not None:
            for r in rows:
                if not r[1] and r[3] >= args.show:
                    print(f"   [{r[0]}] {'sym' if r[2] else 'any'} m={r[3]:.2f} {r[4]} (label {r[5]}): {r[6][:150]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
