"""Latency of oxybot as ratios to baselines measured in the same run (shared machines are noisy).

    python scripts/benchmark.py            # all four figures
    python scripts/benchmark.py --quick    # fewer repetitions
    python scripts/benchmark.py --danger   # only the danger-sign detection

1. cold start: `oxybot ask QUESTION` (engine cache warm) / `python -c pass`, medians of interleaved runs
   (target <= 8x);
2. per question: one answer in a 2,000-question batch / one plain rapidfuzz WRatio scan
   (process.extractOne over every content example) for the same question (target <= 0.5x);
3. growth: per-question cost with synthetic content 10x and 100x the shipped size / 1x
   (target: 10x the content costs <= 10x per question);
4. danger detection: the median time of the triage (engine.triage.assess) per question, over the
   batch and every question of the labelled sets beside the code (target <= 0.3 ms);
5. conversations: per-turn cost with context / the same lines asked alone (target <= 1.1x).
"""

from __future__ import annotations

import argparse
import copy
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from rapidfuzz import fuzz, process, utils

from oxybot.engine.content import load_content
from oxybot.engine.engine import Engine
from oxybot.engine.load import load_engine

QUESTION = "gimana cara pijat oksitosin?"


def _median_run(cmd: list[str], runs: int, env: dict | None = None) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def cold_start(runs: int) -> tuple[float, float]:
    import os
    import tempfile

    exe = shutil.which("oxybot")
    ask = [exe, "ask", QUESTION] if exe else [sys.executable, "-m", "oxybot", "ask", QUESTION]
    # bytecode cached as in an installed package, even where PYTHONDONTWRITEBYTECODE is set
    env = dict(os.environ, PYTHONPYCACHEPREFIX=os.path.join(tempfile.gettempdir(), "oxybot-bench-pyc"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for _ in range(2):
        subprocess.run(ask, stdout=subprocess.DEVNULL, check=False, env=env)  # warm the engine and bytecode caches
    bare, ours = [], []
    for _ in range(runs):  # interleaved, so both see the same machine load
        bare.append(_median_run([sys.executable, "-c", "pass"], 1))
        ours.append(_median_run(ask, 1, env))
    return statistics.median(ours), statistics.median(bare)


def make_questions(engine: Engine, n: int, seed: int = 7) -> list[str]:
    """Content examples with typos and dropped words, plus off-topic lines: a realistic batch."""
    rng = random.Random(seed)
    examples = list(engine.index.example_text)
    off = ["besok hujan tidak", "harga hp baru berapa", "who won the match", "resep sambal enak", "apa kabar"]
    out = []
    for i in range(n):
        if i % 10 == 0:
            out.append(rng.choice(off))
            continue
        words = rng.choice(examples).split()
        if len(words) > 3:
            words.pop(rng.randrange(len(words)))
        w = rng.randrange(len(words))
        if len(words[w]) > 4:
            k = rng.randrange(1, len(words[w]) - 1)
            words[w] = words[w][:k] + words[w][k + 1:]
        out.append(" ".join(words))
    return out


def per_question(engine: Engine, questions: list[str]) -> tuple[float, float]:
    choices = [utils.default_process(text) for text in engine.index.example_text]
    for q in questions[:50]:  # warm caches on both sides
        engine.answer(q)
    t = time.perf_counter()
    for q in questions:
        engine.answer(q)
    ours = (time.perf_counter() - t) / len(questions)
    t = time.perf_counter()
    for q in questions:
        process.extractOne(utils.default_process(q), choices, scorer=fuzz.WRatio, processor=None)
    base = (time.perf_counter() - t) / len(questions)
    return ours, base


def danger_detection(engine: Engine, questions: list[str], rounds: int = 5) -> tuple[float, float, int]:
    """Median and 95th percentile seconds of one triage per question (each timed on its own)."""
    import yaml

    root = Path(__file__).resolve().parent.parent
    labelled = [root / "eval" / "redteam_tuning.yaml", root / "eval" / "heldout_team.yaml",
                root / "eval" / "forum_team.yaml", root.parent / "shared" / "eval" / "dev.yaml"]
    pool = list(questions)
    for path in labelled:
        if path.exists():
            pool += [item["q"] for item in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]]
    assess = engine.triage.assess
    for q in pool[:200]:
        assess(q)  # warm the word caches, as a running app has them
    times = []
    clock = time.perf_counter
    for _ in range(rounds):
        for q in pool:
            t = clock()
            assess(q)
            times.append(clock() - t)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95)], len(pool)
FOLLOW_UPS = ["berapa lama?", "caranya?", "is it safe?", "buktinya?", "how often?", "kalau habis sesar?",
              "siapa yang bisa melakukannya?", "does that work?", "manfaatnya apa?", "and compared with dates?"]


def per_turn_in_conversation(engine: Engine, questions: list[str], rounds: int = 5) -> tuple[float, float]:
    """Per-turn cost of lines asked in conversations (four turns each, every other turn a short
    follow-up) / the same lines each asked on its own. Each line is timed both ways back to back, in
    alternating order, in every round; a line's cost is its fastest round (shared machines add noise,
    never speed), summed over the lines."""
    from oxybot.engine.dialogue import Conversation

    lines = [FOLLOW_UPS[i % len(FOLLOW_UPS)] if i % 2 else q for i, q in enumerate(questions)]
    for q in lines[:50]:
        engine.answer(q)
    clock = time.perf_counter
    best_convo = [float("inf")] * len(lines)
    best_alone = [float("inf")] * len(lines)
    for r in range(rounds):
        convo = Conversation()
        for i, q in enumerate(lines):
            if i % 4 == 0:
                convo.clear()
            if (i + r) % 2:
                t0 = clock(); engine.answer(q); t1 = clock(); engine.answer(q, context=convo); t2 = clock()  # noqa: E702
                alone, in_convo = t1 - t0, t2 - t1
            else:
                t0 = clock(); engine.answer(q, context=convo); t1 = clock(); engine.answer(q); t2 = clock()  # noqa: E702
                in_convo, alone = t1 - t0, t2 - t1
            best_convo[i] = min(best_convo[i], in_convo)
            best_alone[i] = min(best_alone[i], alone)
    return sum(best_convo) / len(lines), sum(best_alone) / len(lines)


def scaled_engine(factor: int) -> Engine:
    """The shipped content plus (factor-1) synthetic copies of every intent with their own words."""
    content, _ = load_content(None)
    rng = random.Random(factor)
    extra = []
    for k in range(1, factor):
        for intent in content.intents:
            clone = copy.deepcopy(intent)
            clone.id = f"{intent.id}~{k}"
            tag = "".join(rng.choice("bcdfghjklmnprstvwz") + rng.choice("aiueo") for _ in range(3))
            clone.examples = {lang: [f"{tag} {text} {tag}{j}" for j, text in enumerate(texts)]
                              for lang, texts in intent.examples.items()}
            clone.keywords = []
            extra.append(clone)
    content.intents = content.intents + extra
    return Engine(content)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--danger", action="store_true", help="only the danger-sign detection")
    args = parser.parse_args()
    runs = 5 if args.quick else 15
    batch = 500 if args.quick else 2000

    engine = load_engine()
    questions = make_questions(engine, batch)
    median, p95, n = danger_detection(engine, questions, rounds=2 if args.quick else 5)
    print(f"danger detection: median {median * 1000:.3f} ms per question, 95th percentile {p95 * 1000:.3f} ms "
          f"({n} questions; target <= 0.3 ms median)")
    if args.danger:
        return 0

    ours, bare = cold_start(runs)
    print(f"cold start: oxybot ask {ours * 1000:.0f} ms / python -c pass {bare * 1000:.0f} ms "
          f"= {ours / bare:.1f}x (target <= 8x)")

    q_ours, q_base = per_question(engine, questions)
    print(f"per question ({batch} batch, {len(engine.index.example_text)} examples): oxybot {q_ours * 1e6:.0f} us / "
          f"WRatio scan {q_base * 1e6:.0f} us = {q_ours / q_base:.2f}x (target <= 0.5x)")

    in_convo, alone = per_turn_in_conversation(engine, questions[:1000])
    print(f"per turn in a conversation: {in_convo * 1e6:.0f} us / the same line alone {alone * 1e6:.0f} us "
          f"= {in_convo / alone:.2f}x (target <= 1.10x)")

    base_cost = None
    for factor in (1, 10, 100):
        eng = engine if factor == 1 else scaled_engine(factor)
        qs = questions[: max(200, batch // (10 if factor == 100 else 2))]
        cost, wr = per_question(eng, qs)
        base_cost = base_cost or cost
        print(f"content x{factor:<3}: {len(eng.index.example_text):6d} examples, {cost * 1e6:7.0f} us/question "
              f"= {cost / base_cost:5.2f}x the shipped size (WRatio scan {wr * 1e6:.0f} us; target x10 <= 10x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
