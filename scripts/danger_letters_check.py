"""Can the retired red-team sets catch danger signs the rules miss? A leave-one-round-out experiment.

The rule triage (oxybot/engine/triage.py over content/red_flags.yaml) is tuned phrase by phrase; blind
rounds find it at ~89-94% recall. The letter reader (likeness.py) showed that the retired question sets,
read by their letters, carry wordings no lexicon has. This script asks whether the same holds for
danger: when the rules raise nothing, the question's character 3- and 4-grams (likeness.grams, TF-IDF,
cosine) are compared with the labelled questions (red_flag / not_red_flag) of the red-team sets, and a
card is raised only when the k nearest are all danger and the nearest danger is clearly nearer than the
nearest near-miss.

Protocol. For each held-out round r in 7..12 the data are the red-team sets committed before round r's
(eval/round*_redteam.yaml, eval/redteam_tuning.yaml, eval/triage_fresh*.yaml, in the order they were
committed, CHRONOLOGY below): round r and everything written after it are left out. Round r is scored:
danger the rules missed that the neighbours catch (recall gained), near-misses the neighbours flag (false
alarms added), and whether the group and person are right. Ordinary questions (every non-red_flag item
of eval/*_questions.yaml and ../shared/eval/dev.yaml) must never get a card: round N's questions are read
against the data without round N's red team (its writers worked at the same time), the rest against all.

Caveat printed with the table: the rules have been tuned on rounds 7-11 (their misses fixed), so on those
rounds the rules leave few misses to gain; round 12 is the one round the rules have not been tuned on.

The parameters are chosen on rounds 4-6 held out the same way (`--tune` prints that grid; `--grid` the
grid on 7-12, for transparency only), by a rule written down first: the most danger caught by the
neighbours alone, with at most 1% of the near-misses (4 of 460) and at most one ordinary question of the
840 of rounds 4-6 flagged by them. Two settings were run on 7-12 before that rule was fixed (k=3, margin
0.05, floor 0.30 and 0.25, without the negatives below); both already gained 9-10 danger on round 12 but
flagged 5 and 16 ordinary questions, which is what the negatives cure. The retired question rounds'
ordinary questions (rounds before the held-out one) join the near-misses as "not danger": a short
ordinary question is otherwise nearest the ordinary half of a combo ("how do I get more milk? and my baby
has not fed since last night") and gets a card.

    python scripts/danger_letters_check.py            # the table, at the parameters chosen on rounds 4-6
    python scripts/danger_letters_check.py --tune     # the grid on rounds 4-6 (how they were chosen)
    python scripts/danger_letters_check.py --grid     # the grid on rounds 7-12 (not for choosing)
    python scripts/danger_letters_check.py --show     # also every question the neighbours flag

The rules' answers are cached in $OXYBOT_CACHE_DIR (keyed by the content and engine sources).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from oxybot import locations  # noqa: E402
from oxybot.engine.likeness import grams  # noqa: E402

# the red-team sets in the order they were committed (git log --diff-filter=A): "written after r" is later
CHRONOLOGY = [
    "redteam_tuning", "triage_fresh", "triage_fresh2", "round1_redteam", "round2_redteam", "round3_redteam",
    "triage_fresh3", "round4_redteam", "round5_redteam", "round6_redteam", "triage_fresh4", "round7_redteam",
    "triage_fresh5", "triage_fresh6", "round8_redteam", "round9_redteam", "triage_fresh7", "round10_redteam",
    "round11_redteam", "triage_fresh8", "triage_fresh9", "round12_redteam",
]
HELD_OUT = range(7, 13)
TUNING = range(4, 7)
DEV = Path("/work/shared/eval/dev.yaml")
NEGATIVES = True

# chosen on rounds 4-6 (--tune), then fixed
K, MARGIN, FLOOR, GATE = 3, 0.0, 0.25, "symptom"


def load(path: Path) -> list[dict]:
    return [i for i in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"] if str(i.get("q", "")).strip()]


def danger_sets() -> dict[str, list[dict]]:
    return {name: load(ROOT / "eval" / f"{name}.yaml") for name in CHRONOLOGY}


def ordinary_sets() -> dict[str, list[dict]]:
    paths = sorted(ROOT.glob("eval/*_questions.yaml"), key=lambda p: int(re.search(r"\d+", p.name).group()))
    if DEV.is_file():
        paths.append(DEV)
    return {p.stem if p != DEV else "dev": [i for i in load(p) if i["topic"] != "red_flag"] for p in paths}


# -- the rules' answers, cached ------------------------------------------------------------------------------
def _fingerprint() -> str:
    h = hashlib.sha1(b"2")  # the fields kept below
    for p in sorted([*ROOT.glob("content/**/*.yaml"), *ROOT.glob("oxybot/engine/*.py")]):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def rules_answers(texts: list[str]) -> dict[str, dict]:
    """text -> {red: the engine raised a card, findings: the triage found any sign (set aside or not),
    general: asked in general}."""
    path = locations.cache_dir() / f"danger_letters_rules-{_fingerprint()}.json"
    try:
        known = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = {}
    todo = [t for t in dict.fromkeys(texts) if t not in known]
    if todo:
        from oxybot.engine.likeness import DangerLetters
        from oxybot.engine.load import load_engine
        engine = load_engine()
        # the rules alone: the shipped danger neighbours (content/danger_asked.yaml, every retired round,
        # the held-out ones too) are switched off here, or they would answer for the rules
        engine.danger_letters = DangerLetters([], [])
        for n, text in enumerate(todo):
            parsed: dict = {}
            answer = engine._answer_alone(text, parsed=parsed)  # as engine.answer, keeping the triage
            triage = parsed.get("triage")
            known[text] = {"red": bool(answer.red_flag), "findings": bool(triage and triage.findings),
                           "general": bool(triage and (triage.general or triage.reassured)),
                           "symptom": bool(triage and triage.symptom)}
            if n % 500 == 499:
                print(f"  rules: {n + 1}/{len(todo)}", file=sys.stderr)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(known, ensure_ascii=False), encoding="utf-8")
        except OSError:
            pass
    return known


# -- the neighbours --------------------------------------------------------------------------------------------
class Neighbours:
    """TF-IDF over likeness.grams (3- and 4-grams, sublinear tf, l2), cosine by an inverted index."""

    def __init__(self, items: list[dict]):
        self.items = items
        counted = [grams(i["q"]) for i in items]
        df = Counter(g for c in counted for g in c)
        n = len(items)
        self.unseen = math.log(1 + n) + 1.0
        self.idf = {g: math.log((1 + n) / (1 + f)) + 1.0 for g, f in df.items()}
        self.index: dict[str, list[tuple[int, float]]] = {}
        for i, c in enumerate(counted):
            w = {g: (1.0 + math.log(k)) * self.idf[g] for g, k in c.items()}
            norm = math.sqrt(sum(x * x for x in w.values())) or 1.0
            for g, x in w.items():
                self.index.setdefault(g, []).append((i, x / norm))

    def ranked(self, text: str) -> list[tuple[float, int]]:
        q = {g: (1.0 + math.log(k)) * self.idf.get(g, self.unseen) for g, k in grams(text).items()}
        norm = math.sqrt(sum(x * x for x in q.values())) or 1.0
        scores: dict[int, float] = {}
        for g, x in q.items():
            for i, y in self.index.get(g, ()):
                scores[i] = scores.get(i, 0.0) + x / norm * y
        return sorted(((s, i) for i, s in scores.items()), reverse=True)


def nearest(nb: Neighbours, text: str, keep: int = 8) -> dict:
    """What the decision needs of the ranking: the ``keep`` nearest (sim and item) and the similarity of
    the nearest near-miss (computed once per question; the grid then costs nothing)."""
    ranked = nb.ranked(text)
    near_miss = next((s for s, i in ranked if nb.items[i]["topic"] != "red_flag"), 0.0)
    return {"top": [(s, nb.items[i]) for s, i in ranked[:keep]], "near_miss": near_miss}


def verdict(near: dict, k: int, margin: float, floor: float, by: str = "vote") -> dict | None:
    """A card when the k nearest are all danger, the nearest is at least ``floor`` and the nearest
    danger beats the nearest near-miss by ``margin``: {group, person, urgency, sim, like}. The group is
    the neighbours' (similarity-weighted vote, or the nearest's with ``by="nearest"``)."""
    top = near["top"][:k]
    if len(top) < k or any(item["topic"] != "red_flag" for _, item in top) or top[0][0] < floor:
        return None
    if top[0][0] - near["near_miss"] < margin:
        return None
    votes: Counter = Counter()
    for s, item in top:
        votes[item.get("group") or "baby"] += s
    group = votes.most_common(1)[0][0] if by == "vote" else (top[0][1].get("group") or "baby")
    voters = [item for _, item in top if (item.get("group") or "baby") == group]
    person = Counter(v.get("person") or ("baby" if group == "baby" else "mother") for v in voters).most_common(1)[0][0]
    urgency = Counter(v.get("urgency") or "today" for v in voters).most_common(1)[0][0]
    return {"group": group, "person": person, "urgency": urgency, "sim": top[0][0], "like": top[0][1]["q"]}


def quiet(rule: dict, strict: bool | str) -> bool:
    """The rules raise nothing; ``strict``: nor found any sign at all (a negated or past sign is the
    rules' decision, not a silence), nor was it asked in general; "symptom": and the triage reads a
    bodily symptom of mother or baby in it (the safety net's test)."""
    if rule["red"] or (strict and (rule["findings"] or rule["general"])):
        return False
    return strict != "symptom" or rule["symptom"]


# -- the experiment --------------------------------------------------------------------------------------------
def labelled(item: dict) -> bool:
    """A near-miss, or a danger question with its sign group (what card to show); as
    scripts/danger_questions.py writes content/danger_asked.yaml."""
    return item["topic"] == "not_red_flag" or (item["topic"] == "red_flag" and bool(item.get("group")))


labelled_ = labelled


def data_before(sets: dict[str, list[dict]], name: str, ords: dict | None = None) -> list[dict]:
    """The labelled questions of the red-team sets committed before ``name``; with ``ords``, also the
    ordinary questions of the question rounds before it, as more "not danger" (NEGATIVES)."""
    cut = CHRONOLOGY.index(name)
    out = [i for n in CHRONOLOGY[:cut] for i in sets[n] if labelled(i)]
    if ords:
        r = int(re.search(r"\d+", name).group())
        out += [i for n, items in ords.items() if (m := re.match(r"round(\d+)_questions", n)) and int(m.group(1)) < r
                for i in items]
    return out


def held_out(sets, rounds, ords=None) -> dict[int, list[tuple[dict, dict]]]:
    """round -> [(item, its neighbours among the sets committed before the round)]."""
    out = {}
    for r in rounds:
        name = f"round{r}_redteam"
        nb = Neighbours(data_before(sets, name, ords if NEGATIVES else None))
        out[r] = [(item, nearest(nb, item["q"])) for item in sets[name]]
    return out


def ordinary_near(sets, ords, pool=None) -> dict[str, list[tuple[dict, dict]]]:
    """set -> [(item, its neighbours)]: round N's questions without round N's red team (nor, with
    NEGATIVES, round N's questions), the rest with all. ``pool``: the question sets that may be negatives."""
    pool = ords if pool is None else pool
    labelled = [(n, i) for n in CHRONOLOGY for i in sets[n] if labelled_(i)]
    if NEGATIVES:
        labelled += [(n, i) for n, items in pool.items() if n != "dev" for i in items]
    full = Neighbours([i for _, i in labelled])
    out = {}
    for name, items in ords.items():
        m = re.match(r"round(\d+)_questions", name)
        nb = Neighbours([i for n, i in labelled if n not in (f"round{m.group(1)}_redteam", name)]) if m else full
        out[name] = [(item, nearest(nb, item["q"])) for item in items]
    return out


def fold(rows, rules, r, k, margin, floor, strict, by, show=False) -> Counter:
    row = Counter()
    for item, near in rows:
        rule, danger = rules[item["q"]], item["topic"] == "red_flag"
        row["danger" if danger else "near"] += 1
        row["rules_hit" if danger else "rules_fa"] += rule["red"]
        v = verdict(near, k, margin, floor, by)
        if v is not None:
            row["alone_hit" if danger else "alone_fa"] += 1  # the neighbours alone, rules ignored
            row["alone_group_ok"] += danger and v["group"] == item.get("group")
        if v is None or not quiet(rule, strict):
            continue
        if danger:
            row["gain"] += 1
            row["group_ok"] += v["group"] == item.get("group")
            row["person_ok"] += v["person"] == item.get("person")
        else:
            row["fa_added"] += 1
        if show:
            mark = "CATCH" if danger else "FALSE"
            print(f"    r{r} {mark} [{v['group']}/{v['person']} {v['sim']:.2f}] {item['q'][:110]}\n"
                  f"          like: {v['like'][:110]}")
    return row


def ordinary(near_by_set, rules, k, margin, floor, strict, by, show=False) -> Counter:
    out = Counter()
    for name, rows in near_by_set.items():
        for item, near in rows:
            out["n"] += 1
            if not quiet(rules[item["q"]], strict):
                continue
            v = verdict(near, k, margin, floor, by)
            if v is not None:
                out["fa"] += 1
                out[name] += 1
                if show:
                    print(f"    ORDINARY {name} [{v['group']} {v['sim']:.2f}] {item['q'][:110]}\n"
                          f"          like: {v['like'][:110]}")
    return out


def table(folds, rules, k, margin, floor, strict, by, show=False) -> Counter:
    total = Counter()
    print(f"k={k} margin={margin} floor={floor} group by {by}; neighbours asked when "
          f"{ {False: 'the rules raised no card', True: 'the rules found no sign at all'}.get(strict, 'the rules found no sign but a symptom')}")
    print("round | danger | rules caught | +neighbours | recall before -> after | near-misses | rules FA | +FA "
          "| FA before -> after | group ok | person ok | neighbours alone: danger, near-misses")
    for r, rows in folds.items():
        row = fold(rows, rules, r, k, margin, floor, strict, by, show)
        total.update(row)
        _line(f"{r:>5}", row)
    _line("total", total)
    return total


def _line(label: str, row: Counter) -> None:
    d, n = row["danger"] or 1, row["near"] or 1
    print(f"{label} | {row['danger']:>6} | {row['rules_hit']:>12} | {row['gain']:>+11} | "
          f"{row['rules_hit'] / d:6.1%} -> {(row['rules_hit'] + row['gain']) / d:6.1%} | {row['near']:>11} | "
          f"{row['rules_fa']:>8} | {row['fa_added']:>+3} | {row['rules_fa'] / n:5.1%} -> "
          f"{(row['rules_fa'] + row['fa_added']) / n:5.1%} | {row['group_ok']:>3}/{row['gain']:<3} | "
          f"{row['person_ok']:>3}/{row['gain']:<3} | {row['alone_hit']}/{row['danger']}, {row['alone_fa']}/{row['near']}")


def grid(folds, rules, strict, ords=None) -> None:
    rounds = list(folds)
    print(f"grid over rounds {rounds[0]}-{rounds[-1]}: neighbours alone (danger caught / near-misses flagged), "
          "then what they add to the rules (+danger, +false alarms)" + (", ordinary questions flagged" if ords else ""))
    for k in (1, 2, 3, 4, 5):
        for margin in (0.0, 0.03, 0.05, 0.08):
            for floor in (0.25, 0.3, 0.35, 0.4):
                t = Counter()
                for r, rows in folds.items():
                    t.update(fold(rows, rules, r, k, margin, floor, strict, "vote"))
                extra = f", ordinary {ordinary(ords, rules, k, margin, floor, strict, 'vote')['fa']}" if ords else ""
                print(f"  k={k} margin={margin:.2f} floor={floor:.2f}: alone {t['alone_hit']}/{t['danger']} danger, "
                      f"{t['alone_fa']}/{t['near']} near-misses; +{t['gain']} danger, +{t['fa_added']} false alarms{extra}")


def main(argv=None) -> int:
    global NEGATIVES
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tune", action="store_true", help="the grid on rounds 4-6 (how K/MARGIN/FLOOR were chosen)")
    ap.add_argument("--grid", action="store_true", help="the grid on rounds 7-12 (transparency, not choosing)")
    ap.add_argument("--show", action="store_true", help="print every question the neighbours flag")
    ap.add_argument("--gate", choices=("loose", "strict", "symptom"), default=GATE,
                    help="when the neighbours are asked: loose, whenever no card is raised; strict, when the "
                    "triage found no sign at all, not even a negated one; symptom, strict and the triage reads "
                    "a bodily symptom of mother or baby")
    ap.add_argument("-k", type=int, default=K)
    ap.add_argument("--margin", type=float, default=MARGIN)
    ap.add_argument("--floor", type=float, default=FLOOR)
    ap.add_argument("--by-which", action="store_true", help="with --tune: the group by vote or by the nearest")
    ap.add_argument("--by", choices=("vote", "nearest"), default="vote", help="how the neighbours choose the group")
    ap.add_argument("--negatives", choices=("yes", "no"), default="yes" if NEGATIVES else "no",
                    help="the retired question rounds' ordinary questions join the near-misses as 'not danger'")
    args = ap.parse_args(argv)
    NEGATIVES = args.negatives == "yes"
    strict = {"loose": False, "strict": True, "symptom": "symptom"}[args.gate]
    sets, ords = danger_sets(), ordinary_sets()
    rules = rules_answers([i["q"] for s in (*sets.values(), *ords.values()) for i in s])
    if args.tune and args.by_which:
        # how the group is chosen, on rounds 4-6: the right sign group among what the neighbours alone catch
        folds = held_out(sets, TUNING, ords)
        for by in ("vote", "nearest"):
            t = Counter()
            for r, rows in folds.items():
                t.update(fold(rows, rules, r, args.k, args.margin, args.floor, strict, by))
            print(f"group by {by}: right group {t['alone_group_ok']}/{t['alone_hit']} of the danger the neighbours alone catch")
        return 0
    if args.tune:
        tuning_ords = {n: v for n, v in ords.items() if n in {f"round{r}_questions" for r in TUNING}}
        grid(held_out(sets, TUNING, ords), rules, strict, ordinary_near(sets, tuning_ords, ords))
        return 0
    folds = held_out(sets, HELD_OUT, ords)
    near_ords = ordinary_near(sets, ords)
    if args.grid:
        grid(folds, rules, strict, near_ords)
        return 0
    table(folds, rules, args.k, args.margin, args.floor, strict, args.by, args.show)
    o = ordinary(near_ords, rules, args.k, args.margin, args.floor, strict, args.by, args.show)
    where = ", ".join(f"{n} {o[n]}" for n in ords if o[n])
    print(f"ordinary questions (not red_flag, {o['n']}): {o['fa']} would get a danger card" + (f" ({where})" if where else ""))
    print("note: the rules were tuned on rounds 7-11 (their misses fixed); round 12 is the one round they were not.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
