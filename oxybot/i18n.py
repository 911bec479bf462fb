"""UI strings through gettext. Catalogs are compiled with Babel (`pybabel compile`) and shipped.

Only the standard library is used at run time so `oxybot ask` stays fast; Babel is used for the
catalog workflow and, in the app, for number formatting.
"""

from __future__ import annotations

import gettext
import os
from functools import lru_cache
from pathlib import Path

from .locations import locales_dir

DOMAIN = "oxybot"
LANGUAGES = ("id", "en")


@lru_cache(maxsize=None)
def translator(lang: str) -> gettext.NullTranslations:
    """The catalog for ``lang``; English falls back to the source strings, which are English."""
    # the catalog opened directly: gettext.translation() would also import copy (~1 ms of a cold
    # `oxybot ask`) to copy an object cached here anyway; the folders are exactly "id" and "en"
    try:
        with open(locales_dir() / lang / "LC_MESSAGES" / f"{DOMAIN}.mo", "rb") as fh:
            return gettext.GNUTranslations(fh)
    except OSError:
        return gettext.NullTranslations()


def system_language() -> str:
    """Indonesian when the system locale says so, else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "id" if value.lower().startswith(("id", "in_")) else "en"
    import locale  # only when no variable says: most runs never need it

    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "id" if loc.lower().startswith(("id", "in_")) else "en"


def N_(message: str) -> str:
    """Mark a string for extraction without translating it yet (translated where it is shown)."""
    return message


# -- locale formatting (Babel, imported on first use: `oxybot ask` never needs it) ---------------
LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}  # endonyms: never translated


def format_decimal(value, lang: str, decimals: int | None = None) -> str:
    """``4.21`` as ``4,21`` (id) or ``4.21`` (en); ``decimals`` fixes the digits after the point."""
    from decimal import Decimal

    from babel.numbers import format_decimal as _format

    number = Decimal(str(value))
    if decimals is None:
        decimals = max(0, -number.as_tuple().exponent)  # keep the digits the source gave
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return _format(number, format=pattern, locale=lang)


def format_percent(value, lang: str, decimals: int = 2) -> str:
    """A fraction as a percent: ``0.6874`` gives ``68,74%`` (id) or ``68.74%`` (en)."""
    from decimal import Decimal

    from babel.numbers import format_percent as _format

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "") + "%"
    return _format(Decimal(str(value)), format=pattern, locale=lang)


def format_number_text(text: str, lang: str) -> str:
    """A number as the content writes it (``"<0.05"``, ``"0.000"``) in the locale's notation."""
    import re

    match = re.fullmatch(r"\s*([<>≤≥=]?)\s*(\d+(?:\.\d+)?)\s*", str(text))
    if not match:
        return str(text)
    sign, number = match.groups()
    return sign + format_decimal(number, lang)


def format_datetime(moment, lang: str) -> str:
    """Date and time in the locale's medium format."""
    from babel.dates import format_datetime as _format

    return _format(moment, format="medium", locale=lang)


def format_p_value(text, lang: str) -> str:
    """A p-value as a reader expects it: "0.000" (a rounded zero) as "< 0.001", "<0.05" as "< 0.05",
    in the locale's notation ("< 0,001" in Indonesian)."""
    import re

    match = re.fullmatch(r"\s*([<>≤≥=]?)\s*(\d+(?:\.\d+)?)\s*", str(text))
    if not match:
        return str(text)
    sign, number = match.groups()
    if float(number) == 0:
        digits = len(number.partition(".")[2]) or 3
        return "< " + format_decimal("0." + "0" * (digits - 1) + "1", lang)
    return (sign + " " if sign and sign != "=" else "") + format_decimal(number, lang)


def format_p_in_text(text: str, lang: str) -> str:
    """Every "p=0.000" (or "p=0,000") in a sentence written as "p < 0.001" in the locale's notation."""
    import re

    def one(match) -> str:
        digits = len(match.group(1))
        return "p < " + format_decimal("0." + "0" * (digits - 1) + "1", lang)

    return re.sub(r"\bp\s*=\s*0[.,](0+)(?![\d])", one, text)
