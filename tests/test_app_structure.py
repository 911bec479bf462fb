"""How the app is put together: plain modules stay plain, and the first screen imports only itself."""

from __future__ import annotations

import subprocess
import sys


def loaded_after(code: str) -> set[str]:
    script = f"import sys; {code}; print('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60)
    return set(out.stdout.split())


def test_transcript_locations_and_formatting_import_no_ui():
    modules = loaded_after("import oxybot.transcript, oxybot.locations, oxybot.formatting, oxybot.app.config")
    assert not {m for m in modules if m.split(".")[0] in ("textual", "rich")}


def test_starting_the_app_imports_the_chat_only():
    modules = loaded_after("import oxybot.app.app, oxybot.app.screens.chat")
    later = {"oxybot.app.screens.evidence", "oxybot.app.screens.guide", "oxybot.app.screens.help", "oxybot.app.screens.topics",
             "textual.widgets._data_table", "textual.widgets._markdown"}
    assert not later & modules
