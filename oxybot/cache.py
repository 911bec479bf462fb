"""A pickle of the built engine, so `oxybot ask` does not parse YAML and rebuild the index each time.

The key is the content files' names, sizes and modification times plus the engine's own source files,
so any edit rebuilds. The cache is an optimisation only: any failure to read or write it falls back to
building from the YAML, and OXYBOT_NO_CACHE=1 turns it off.
"""

from __future__ import annotations

import os
import pickle
import zlib
from pathlib import Path

from .content import default_content_dir


def cache_dir() -> Path:
    env = os.environ.get("OXYBOT_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "oxybot"


def _fingerprint(content_dir: Path) -> str:
    # names, sizes and times, not contents: cheap enough for every start (zlib, not hashlib, for speed)
    parts = []
    code = Path(__file__).resolve().parent
    for folder, pattern in ((content_dir, "**/*.yaml"), (code, "*.py")):
        for path in sorted(folder.glob(pattern)):
            st = path.stat()
            parts.append(f"{path}\0{st.st_size}\0{st.st_mtime_ns}")
    data = "\n".join(parts).encode()
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


def load_engine(content_dir, build):
    root = Path(content_dir) if content_dir else default_content_dir()
    if os.environ.get("OXYBOT_NO_CACHE") or not root.is_dir():
        return build(content_dir)
    try:
        path = cache_dir() / f"engine-{_fingerprint(root.resolve())}.pickle"
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except Exception:  # noqa: BLE001 - a missing or stale cache is normal
        pass
    engine = build(content_dir)
    try:
        import tempfile

        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("engine-*.pickle"):  # stale builds of other content versions
            old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".engine-")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(engine, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except Exception:  # noqa: BLE001 - read-only home, full disk: answer anyway
        pass
    return engine
