#!/bin/sh
# The gettext catalog workflow (Babel). Run from anywhere; uses the pybabel next to the Python in use.
#
#   scripts/i18n.sh extract   code -> locales/oxybot.pot (mapping in pyproject.toml)
#   scripts/i18n.sh update    .pot -> locales/{id,en}/LC_MESSAGES/oxybot.po (creates missing ones)
#   scripts/i18n.sh compile   .po  -> .mo, refusing fuzzy entries (commit the .mo files)
#   scripts/i18n.sh all       the three in order (default)
#
# After `update`, translate the new entries (no empty msgstr, no "#, fuzzy"), then `compile`.
# tests/test_i18n.py fails while any of this is out of date.
set -eu
cd "$(dirname "$0")/.."
PYBABEL=${PYBABEL:-$(dirname "$(command -v python3)")/pybabel}
[ -x "$PYBABEL" ] || PYBABEL=pybabel
LANGS="id en"

extract() {
    "$PYBABEL" extract -F pyproject.toml --project oxybot --version "$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)" \
        --add-location=file --sort-by-file --no-wrap --copyright-holder "oxybot contributors" \
        -o locales/oxybot.pot .
}

update() {
    for lang in $LANGS; do
        po="locales/$lang/LC_MESSAGES/oxybot.po"
        if [ -f "$po" ]; then
            "$PYBABEL" update -i locales/oxybot.pot -D oxybot -d locales -l "$lang" --no-wrap --no-fuzzy-matching --ignore-obsolete
        else
            "$PYBABEL" init -i locales/oxybot.pot -D oxybot -d locales -l "$lang" --no-wrap
        fi
    done
}

compile() {
    "$PYBABEL" compile -D oxybot -d locales --statistics
}

case "${1:-all}" in
    extract) extract ;;
    update) update ;;
    compile) compile ;;
    all) extract; update; compile ;;
    *) echo "usage: $0 [extract|update|compile|all]" >&2; exit 2 ;;
esac
