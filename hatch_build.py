"""Packaging hook: build the engine once and ship it in the wheel (oxybot/engine.pickle), so the
first `oxybot ask` after `pip install` does not parse the YAML. See oxybot/cache.py."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class EngineCacheHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version, build_data):
        if self.target_name != "wheel" or version == "editable":
            return
        sys.path.insert(0, self.root)
        try:
            from oxybot.engine import cache
            from oxybot.engine.load import build

            content = Path(self.root) / "content"
            engine = build(content)
            out = Path(tempfile.mkdtemp(prefix="oxybot-build-")) / "engine.pickle"
            cache.write(out, cache.fingerprint(content), engine)
        finally:
            sys.path.remove(self.root)
            for name in [m for m in sys.modules if m == "oxybot" or m.startswith("oxybot.")]:
                del sys.modules[name]
        build_data["force_include"][str(out)] = "oxybot/engine.pickle"
        build_data["force_include"][str(out.with_suffix(".blocks"))] = "oxybot/engine.blocks"  # cache.py
