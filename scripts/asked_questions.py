"""Write content/asked.yaml: the questions of the retired blind question sets, as their writers asked
them, under the topic each was labelled with (out_of_scope for the not-covered ones). The letter reader (oxybot/engine/likeness.py) reads
them beside the intents' examples and paraphrases; the matcher never does.

Only sets written by helpers who saw neither content/ nor another set (eval/README.md): the sealed
rounds once scored and retired into tuning, the held-out and forum sets. Never ../shared/eval (the
project's development sets), never a set still sealed (one without a floor in eval/floors.yaml). Run again after retiring a round:

    python scripts/asked_questions.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
# danger questions go to content/danger_asked.yaml (scripts/danger_questions.py); the not-covered ones stay, under
# out_of_scope: among the letter reader's neighbours they vote against a covered answer (session 10)
SKIP = {"red_flag", "not_red_flag"}


def retired_sets() -> list[Path]:
    rounds = sorted(ROOT.glob("eval/round*_questions.yaml"), key=lambda p: int(re.search(r"\d+", p.name).group()))
    return [ROOT / "eval/heldout_team.yaml", ROOT / "eval/forum_team.yaml", *rounds]


def main() -> int:
    asked: dict[str, dict[str, list[str]]] = {}
    seen: dict[str, str] = {}
    clash: set[str] = set()
    used = []
    floors = yaml.safe_load((ROOT / "eval/floors.yaml").read_text(encoding="utf-8"))["floors"]
    for path in retired_sets():
        if path.name not in floors:
            continue  # no floor: still sealed, to be scored once first (eval/README.md)
        used.append(path.name)
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]:
            topic, text = item["topic"], " ".join(str(item["q"]).split())
            if topic in SKIP or topic.startswith("meta.") or not text:
                continue
            key = text.casefold()
            if key in seen:
                if seen[key] != topic:
                    clash.add(key)  # labelled two ways by two writers: says nothing about either
                continue
            seen[key] = topic
            lang = item.get("lang") or "id"
            asked.setdefault(topic, {}).setdefault(lang, []).append(text)
    lines = [
        "version: 1",
        "# Questions as people asked them, under the topic each asked about (out_of_scope: not covered): the questions of the",
        "# retired blind question sets (" + ", ".join(used) + ").",
        "# Written by scripts/asked_questions.py; do not edit by hand. Read only by the letter reader",
        "# (likeness.py), never by the matcher: how whole topics are asked, in words no example uses.",
        "asked:",
    ]
    for topic in sorted(asked):
        lines.append(f"  {topic}:")
        for lang in sorted(asked[topic]):
            texts = [t for t in asked[topic][lang] if t.casefold() not in clash]
            if texts:
                lines.append(f"    {lang}:")
                lines.extend(f"      - {json.dumps(t, ensure_ascii=False)}" for t in texts)
    (ROOT / "content/asked.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"content/asked.yaml: {sum(len(v) for t in asked.values() for v in t.values()) - len(clash)} questions from {len(used)} sets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
