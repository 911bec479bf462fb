"""UI strings through gettext. Catalogs are compiled with Babel (`pybabel compile`) and shipped.

Only the standard library is used at run time so `oxybot ask` stays fast; Babel is used for the
catalog workflow and, in the app, for number formatting.
"""

from __future__ import annotations

import gettext
import locale
import os
from functools import lru_cache
from pathlib import Path

DOMAIN = "oxybot"
LANGUAGES = ("id", "en")


def locales_dir() -> Path:
    packaged = Path(__file__).resolve().parent / "locales"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "locales"


@lru_cache(maxsize=None)
def translator(lang: str) -> gettext.NullTranslations:
    """The catalog for ``lang``; English falls back to the source strings, which are English."""
    try:
        return gettext.translation(DOMAIN, localedir=str(locales_dir()), languages=[lang])
    except OSError:
        return gettext.NullTranslations()


def system_language() -> str:
    """Indonesian when the system locale says so, else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "id" if value.lower().startswith(("id", "in_")) else "en"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "id" if loc.lower().startswith(("id", "in_")) else "en"


def N_(message: str) -> str:
    """Mark a string for extraction without translating it yet (translated where it is shown)."""
    return message
