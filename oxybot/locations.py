"""Every path oxybot reads from or writes to, in one place.

Where things come from: the content and the interface catalogs ship inside the installed package
(``oxybot/content``, ``oxybot/locales``); run from a source checkout, the repository's folders are used.
Where things go: per-user folders from platformdirs (no app author folder). Nothing is created until it
is used; oxybot stores nothing unless the user saves a transcript (the engine cache is rebuildable).

Environment overrides (tests and clinics with a shared drive use them):
  OXYBOT_CONTENT    the content folder (same as ``--content``)
  OXYBOT_DATA_DIR   where saved transcripts go (``<dir>/transcripts``)
  OXYBOT_CACHE_DIR  where built engines are cached
  OXYBOT_NO_CACHE   set to 1: never read or write the engine cache
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: `oxybot ask` need not import datetime
    from datetime import datetime

APP_NAME = "oxybot"
CONTENT_ENV = "OXYBOT_CONTENT"
DATA_DIR_ENV = "OXYBOT_DATA_DIR"
CACHE_DIR_ENV = "OXYBOT_CACHE_DIR"
NO_CACHE_ENV = "OXYBOT_NO_CACHE"

PACKAGE_DIR = Path(__file__).resolve().parent
PACKAGED_ENGINE = PACKAGE_DIR / "engine.pickle"  # written into the wheel by hatch_build.py


def _shipped(name: str) -> Path:
    """A folder shipped inside the installed package, else the repository's (a source checkout)."""
    packaged = PACKAGE_DIR / name
    return packaged if packaged.is_dir() else PACKAGE_DIR.parent / name


def content_dir(override: Path | str | None = None) -> Path:
    """The content folder: ``override`` (``--content``), else OXYBOT_CONTENT, else the shipped one."""
    if override:
        return Path(override)
    env = os.environ.get(CONTENT_ENV)
    return Path(env) if env else _shipped("content")


def is_default_content(folder: Path) -> bool:
    return not os.environ.get(CONTENT_ENV) and folder == _shipped("content")


def locales_dir() -> Path:
    return _shipped("locales")


def cache_dir() -> Path:
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False)


def cache_enabled() -> bool:
    return not os.environ.get(NO_CACHE_ENV)


def data_dir() -> Path:
    """Where saved conversations go (not created here)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def transcripts_dir() -> Path:
    return data_dir() / "transcripts"


def handouts_dir() -> Path:
    """Where take-home handouts are saved in the terminal (the browser downloads them instead)."""
    return data_dir() / "handouts"


def transcript_filename(moment: datetime) -> str:
    return f"oxybot-{moment:%Y%m%d-%H%M%S}.md"


def default_transcript_path(moment: datetime) -> Path:
    return transcripts_dir() / transcript_filename(moment)
