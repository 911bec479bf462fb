"""Shared fixtures. Every test gets its own data folder and a session-wide engine cache in tmp, so
no test reads or writes the user's real folders."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
SHARED = ROOT.parent / "shared"  # the project's shared folder beside this checkout (topics, eval sets)


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("oxybot-cache")


@pytest.fixture(autouse=True)
def isolated_dirs(monkeypatch, tmp_path, cache_dir):
    monkeypatch.setenv("OXYBOT_CACHE_DIR", str(cache_dir))
    monkeypatch.setenv("OXYBOT_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture(scope="session")
def engine(cache_dir):
    """The engine over the shipped content, loaded once (cache in tmp)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("OXYBOT_CACHE_DIR", str(cache_dir))
        from oxybot.engine.load import load_engine

        return load_engine()


@pytest.fixture
def content_copy(tmp_path):
    """A writable copy of the shipped content, to break on purpose."""
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target)
    return target


@pytest.fixture
def make_app(engine):
    """``make_app(lang="en", **options)``: the app as the CLI builds it, with a steady cursor."""
    from oxybot.app.app import create_app

    def make(lang: str = "en", **options):
        options.setdefault("cursor_blink", False)
        return create_app(engine=engine, lang=lang, **options)

    return make


@pytest.fixture
def drive():
    """``drive(app, scenario, size, messages)``: run ``async scenario(pilot)`` in the headless app,
    notifications shown; every message posted is appended to ``messages`` when it is given."""

    def run(app, scenario, size=(120, 40), messages: list | None = None):
        hook = messages.append if messages is not None else None

        async def main():
            async with app.run_test(size=size, notifications=True, message_hook=hook) as pilot:
                await pilot.pause()
                return await scenario(pilot)

        return asyncio.run(main())

    return run
