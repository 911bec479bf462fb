"""Write content/danger_asked.yaml: the labelled questions of the retired red-team sets, for the danger
neighbours (likeness.DangerLetters; README "How it decides" 2b). Danger questions under their sign group and
urgency; "not danger" the red-team near-misses and the ordinary questions of the retired question rounds
(without them a short ordinary question is nearest the ordinary half of a combo and gets a card:
scripts/danger_letters_check.py measured this, and the rest of the design, leaving one round out).

Only sets with a floor in eval/floors.yaml (scored once and retired into tuning); never ../shared/eval,
never a set still sealed. Run again after retiring a round:

    python scripts/danger_questions.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
# a group's card texts exist at these urgencies only (content/red_flags.yaml): a label the group has no
# text for is read at the one it has
URGENCIES = ("emergency", "today")
# Since round 17 the red-team writers label a finer sign group ("jaundice", "anaemia") and the person; the card
# it calls for is the baby's for the baby, and for the mother the card of that kind of sign. A finer group told
# of "both", or of the mother with no card of hers ("dehydration"), names no one card and teaches nothing.
MOTHER_CARD = {
    "fever_infection": "mother_bleeding_infection", "bleeding": "mother_bleeding_infection",
    "anaemia": "mother_bleeding_infection", "perineal_wound": "mother_bleeding_infection",
    "caesarean_wound": "caesarean_wound", "breast_infection": "breast_infection", "leg_clot": "leg_clot",
    "headache_bp": "headache_bp", "seizure": "headache_bp", "breathing": "breathing_chest",
    "chest_pain": "breathing_chest", "mental_health": "mood_selfharm",
}


def card_group(group, person, groups) -> str | None:
    """The card group for a set's label: its own name when it is one, else by the person (above)."""
    if group in groups:
        return group
    if person == "baby":
        return "baby"
    return MOTHER_CARD.get(group) if person == "mother" else None


def _sets(pattern: str) -> list[Path]:
    return sorted(ROOT.glob(pattern), key=lambda p: (int(m.group()) if (m := re.search(r"\d+", p.name)) else 0, p.name))


def main() -> int:
    floors = yaml.safe_load((ROOT / "eval/floors.yaml").read_text(encoding="utf-8"))["floors"]
    groups = yaml.safe_load((ROOT / "content/red_flags.yaml").read_text(encoding="utf-8"))["groups"]
    danger: dict[str, dict[str, list[str]]] = {}
    not_danger: list[str] = []
    label: dict[str, str] = {}
    used = []
    red_team = [ROOT / "eval/redteam_tuning.yaml", *_sets("eval/triage_fresh*.yaml"), *_sets("eval/round*_redteam.yaml")]
    for path in [*red_team, *_sets("eval/round*_questions.yaml")]:
        if path.name not in floors:
            continue  # no floor: still sealed, to be scored once first (eval/README.md)
        used.append(path.name)
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]:
            text, topic = " ".join(str(item.get("q", "")).split()), item.get("topic")
            if not text:
                continue
            key = text.casefold()
            if topic == "red_flag":
                group = card_group(item.get("group"), item.get("person"), groups)
                if path.name.endswith("_questions.yaml") or group is None:
                    continue  # a danger question without a sign group says no card to show
                urgency = item.get("urgency") if item.get("urgency") in groups[group] else next(
                    u for u in URGENCIES if u in groups[group])
                kind = f"{group}/{urgency}"
            else:
                kind = "not_danger"
            if label.setdefault(key, kind) != kind:
                label[key] = "clash"  # labelled two ways by two writers: says nothing about either
                continue
            if kind == "not_danger":
                not_danger.append(text)
            else:
                danger.setdefault(group, {}).setdefault(urgency, []).append(text)
    lines = [
        "version: 1",
        "# Danger questions as people asked them, under their sign group and urgency, and questions that are",
        "# not danger: the labelled questions of the retired red-team and question sets (" + ", ".join(used) + ").",
        "# Written by scripts/danger_questions.py; do not edit by hand. Read only by the danger neighbours",
        "# (likeness.DangerLetters), and only when the rule triage found no sign: README \"How it decides\" 2b.",
        "danger:",
    ]
    for group in groups:
        if group not in danger:
            continue
        lines.append(f"  {group}:")
        for urgency in URGENCIES:
            texts = [t for t in danger[group].get(urgency, []) if label[t.casefold()] != "clash"]
            if texts:
                lines.append(f"    {urgency}:")
                lines.extend(f"      - {json.dumps(t, ensure_ascii=False)}" for t in texts)
    lines.append("not_danger:")
    lines.extend(f"  - {json.dumps(t, ensure_ascii=False)}" for t in not_danger if label[t.casefold()] != "clash")
    (ROOT / "content/danger_asked.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    n = sum(len(v) for g in danger.values() for v in g.values())
    print(f"content/danger_asked.yaml: {n} danger and {len(not_danger)} other questions from {len(used)} sets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
