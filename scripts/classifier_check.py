"""How well does the topic classifier (oxybot/engine/classifier.py) read a blind round it was not trained on?

Leave-rounds-out: for each held-out round r the classifier is trained on the intents' examples and paraphrases,
the held-out and forum sets, and the question rounds written *before* r (red_flag, not_red_flag and meta.*
questions left out, as asked.yaml leaves them), and scored alone on round r's covered and not-covered questions. Beside it, the rules' answers of the
engine in use (which has been tuned on every retired round, so they flatter the rules) and what the engine's
override rule (Engine._second_reading, with this classifier) makes of the two.

    python scripts/classifier_check.py              # rounds 11, 13, 15, 17
    python scripts/classifier_check.py 17 19        # chosen rounds (a file eval/roundN_questions.yaml each)

Session 12 chose the margins on round 17 with the rules of the session's start (`910d026`, 89.3% on round 17,
README "Measured"), which had not been tuned on it; the rules in use now have been, so their column flatters them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from oxybot.engine.classifier import Classifier
from oxybot.engine.load import load_engine

ROOT = Path(__file__).resolve().parent.parent
SKIP = ("red_flag", "not_red_flag")


def questions(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]


def main(argv: list[str]) -> int:
    held_out = [int(a) for a in argv] or [11, 13, 15, 17]
    engine = load_engine()
    base_texts, base_labels = [], []
    for intent in engine.content.intents:
        for bank in (intent.examples, intent.paraphrases):
            for texts in bank.values():
                base_texts += texts
                base_labels += [intent.topic] * len(texts)
    # the classifier alone is scored on what it is trained to read: covered and not-covered questions (no danger
    # signs, which are the triage's, and no greetings or thanks, which asked.yaml does not hold)
    print("round  n    classifier alone   rules(tuned)  override")
    for r in held_out:
        texts, labels = list(base_texts), list(base_labels)
        earlier = [ROOT / "eval/heldout_team.yaml", ROOT / "eval/forum_team.yaml"]
        earlier += [ROOT / f"eval/round{k}_questions.yaml" for k in range(1, r)]
        for path in earlier:
            if path.exists():
                for q in questions(path):
                    if q["topic"] not in SKIP and not q["topic"].startswith("meta."):
                        texts.append(str(q["q"]))
                        labels.append(q["topic"])
        model = Classifier(texts, labels)
        test = questions(ROOT / f"eval/round{r}_questions.yaml")
        alone = rules = both = 0
        readable = [q for q in test if q["topic"] not in SKIP and not q["topic"].startswith("meta.")]
        second_reading = engine._second_reading
        for q in test:
            text, want = str(q["q"]), q["topic"]
            verdict = model.classify(text)
            if want not in SKIP and not want.startswith("meta."):  # the classifier alone: readable questions only
                alone += verdict is not None and verdict[0] == want
            engine._second_reading = lambda result, *_: result  # the rules alone
            rules += engine.answer(text).topic == want
            engine._second_reading, engine.classifier = second_reading, model  # the engine's rule, this classifier
            both += engine.answer(text).topic == want
        n = len(test)
        print(f"{r:5d}  {n:3d}  {alone / len(readable):10.1%} of {len(readable):3d}  {rules / n:12.1%}  {both / n:8.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
