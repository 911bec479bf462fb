"""The engine cache (engine/cache.py): any change to the content or the engine code rebuilds it, a cheap
stat signature never hides an edit, and the letter reader's side file (``<cache>.blocks``, read only
when a question needs it) can go missing or be damaged without a traceback or a different answer."""

from __future__ import annotations

import json
import os
import re
import shutil

import pytest
from test_cli import oxybot
from test_likeness import WORD, _add_paraphrase

from oxybot.engine import cache, load


def _ask(content, question: str) -> dict:
    proc = oxybot("ask", "--json", "--content", str(content), question)
    assert proc.returncode == 0 and not proc.stderr, proc.stderr
    return json.loads(proc.stdout)


def test_a_missing_or_damaged_side_file_gives_the_same_answer(content_copy, tmp_path, monkeypatch):
    monkeypatch.setenv("OXYBOT_CACHE_DIR", str(tmp_path / "cache"))
    _add_paraphrase(content_copy, f"{WORD} itu apa sih bun?")
    question = f"{WORD} itu apa ya?"  # only the letter reader answers it: its block must be read
    first = _ask(content_copy, question)
    assert first["by_letters"] and first["topic"] == "massage.what_is"
    (side,) = (tmp_path / "cache").glob("engine-*.blocks")
    data = side.read_bytes()
    middle = len(data) // 2

    damages = {
        "deleted": None,
        "flipped bytes (same size)": data[:middle] + bytes(b ^ 0xFF for b in data[middle:middle + 64])
                                     + data[middle + 64:],
        "truncated": data[: len(data) // 3],
        "another engine's": b"0123456789abcdef" + data[16:],
        "empty": b"",
    }
    for damage, content in damages.items():
        if content is None:
            side.unlink()
        else:
            side.write_bytes(content)
        again = _ask(content_copy, question)
        assert again == first, damage


@pytest.fixture
def counted_builds(monkeypatch, tmp_path):
    """Engine builds counted, the cache in tmp, and the racy-timestamp guard off so the stat
    signature is trusted at once (in real use, only for files unchanged for two seconds)."""
    monkeypatch.setenv("OXYBOT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "RACY_NS", -10**12)
    builds = []
    real = load.build

    def build(root):
        builds.append(root)
        return real(root)

    monkeypatch.setattr(load, "build", build)
    return builds


def _answer(content, question="pijat oksitosin itu apa?") -> str:
    return load.load_engine(content).answer(question).answer


def test_an_edit_that_keeps_size_and_mtime_still_rebuilds(content_copy, counted_builds):
    before = _answer(content_copy)
    assert _answer(content_copy) == before and len(counted_builds) == 1  # the second from the cache
    texts = {p: p.read_text(encoding="utf-8") for p in (content_copy / "intents").glob("*.yaml")}
    # three words of this answer written once in the content: reversed, the file keeps its size
    words = re.findall(r"[A-Za-z]+", before)
    word, path = next((w, p) for w in (" ".join(words[i:i + 3]) for i in range(len(words) - 2))
                      for p, t in texts.items() if sum(x.count(w) for x in texts.values()) == t.count(w) == 1)
    info = path.stat()
    path.write_text(texts[path].replace(word, word[::-1]), encoding="utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))  # size and mtime as they were
    after = _answer(content_copy)
    assert len(counted_builds) == 2 and word[::-1] in after and word not in after


def test_a_touched_file_is_checked_and_an_edited_engine_file_rebuilds(content_copy, counted_builds,
                                                                      tmp_path, monkeypatch):
    engine_copy = tmp_path / "engine_src"
    shutil.copytree(cache.ENGINE_SOURCE, engine_copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "ENGINE_SOURCE", engine_copy)
    answer = _answer(content_copy)
    os.utime(content_copy / "sources.yaml")  # a new mtime, the same bytes: the checksum says current
    assert _answer(content_copy) == answer and len(counted_builds) == 1
    with open(engine_copy / "matcher.py", "a", encoding="utf-8") as fh:
        fh.write("# an edit\n")
    assert _answer(content_copy) == answer and len(counted_builds) == 2
    new_file = engine_copy / "extra_module.py"
    new_file.write_text("", encoding="utf-8")
    assert _answer(content_copy) == answer and len(counted_builds) == 3
