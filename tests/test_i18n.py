"""The gettext catalogs: complete, not stale, compiled, and really loaded (also when installed)."""

from __future__ import annotations

import gettext
import shutil
import subprocess
import sys
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

from oxybot.i18n import LANGUAGES, format_decimal, format_number_text, format_percent, translator

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"
CLI_STRINGS = ["Danger sign: see a health worker now", "Did you mean:", "Topics I can help with:", "References:"]


def po_catalog(lang: str):
    with open(LOCALES / lang / "LC_MESSAGES" / "oxybot.po", "rb") as fh:
        return read_po(fh)


def msgids(catalog) -> set[str]:
    return {m.id for m in catalog if m.id}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set[str]:
    """Extract the code's strings afresh, with the repository's own extraction config."""
    pot = tmp_path_factory.mktemp("pot") / "fresh.pot"
    CommandLineInterface().run(["pybabel", "-q", "extract", "-F", str(ROOT / "pyproject.toml"),
                                "-o", str(pot), str(ROOT)])
    with open(pot, "rb") as fh:
        return msgids(read_po(fh))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_has_a_real_translation(lang):
    catalog = po_catalog(lang)
    assert not catalog.fuzzy, "the catalog header is marked fuzzy"
    bad = [m.id for m in catalog if m.id and (not m.string or m.fuzzy)]
    assert not bad, f"{lang}: empty or fuzzy entries: {bad}"


def test_extraction_finds_the_cli_and_app_strings(extracted):
    assert set(CLI_STRINGS) <= extracted
    assert {"Topics", "Massage guide", "Welcome to oxybot"} <= extracted


def test_template_and_catalogs_are_not_stale(extracted):
    with open(LOCALES / "oxybot.pot", "rb") as fh:
        template = msgids(read_po(fh))
    assert extracted == template, "run scripts/i18n.sh (extract, update, translate, compile)"
    for lang in LANGUAGES:
        assert msgids(po_catalog(lang)) == extracted, f"{lang}: run scripts/i18n.sh update and translate"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_catalogs_match_the_po_files(lang):
    with open(LOCALES / lang / "LC_MESSAGES" / "oxybot.mo", "rb") as fh:
        compiled = gettext.GNUTranslations(fh)
    for message in po_catalog(lang):
        if message.id:
            assert compiled.gettext(message.id) == message.string, f"{lang}: run scripts/i18n.sh compile"


def test_each_language_really_loads():
    for lang in LANGUAGES:
        assert isinstance(translator(lang), gettext.GNUTranslations), f"{lang} fell back to NullTranslations"
    assert translator("id").gettext("Help") == "Bantuan"
    assert translator("en").gettext("Help") == "Help"
    assert translator("id").gettext("References:") == "Referensi:"


def test_installed_package_ships_and_loads_its_catalogs(tmp_path):
    """Lay the package out as the wheel does (pyproject's force-include) and import it from there."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wheel = config["tool"]["hatch"]["build"]["targets"]["wheel"]
    site = tmp_path / "site"
    for package in wheel["packages"]:
        shutil.copytree(ROOT / package, site / package, ignore=shutil.ignore_patterns("__pycache__"))
    for source, target in wheel["force-include"].items():
        shutil.copytree(ROOT / source, site / target)
    code = (
        "import gettext, oxybot, oxybot.i18n as i, oxybot.locations as where;"
        "print(oxybot.__file__); print(where.locales_dir());"
        "print(all(isinstance(i.translator(l), gettext.GNUTranslations) for l in i.LANGUAGES));"
        "print(i.translator('id').gettext('Topics'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"}, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    module, locales, loaded, topics = out.stdout.splitlines()
    assert module.startswith(str(site)) and locales == str(site / "oxybot" / "locales")
    assert loaded == "True" and topics == "Topik"


def test_babel_formats_numbers_for_each_locale():
    assert format_percent(Decimal("0.6874"), "id") == "68,74%"
    assert format_percent(Decimal("0.6874"), "en") == "68.74%"
    assert format_decimal(4.21, "id") == "4,21" and format_decimal(4.21, "en") == "4.21"
    assert format_number_text("<0.05", "id") == "<0,05"
    assert format_decimal(9.0, "en", decimals=2) == "9.00"
