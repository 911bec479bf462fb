"""A pickle of the built engine, so `oxybot ask` does not parse YAML and rebuild the index each time.

The key is a checksum of the content files and of the engine's own source files, so any edit
rebuilds. A wheel ships a pickle built at packaging time (hatch_build.py), so even the first
`oxybot ask` after `pip install` starts fast; after that the user cache (~/.cache/oxybot,
OXYBOT_CACHE_DIR) is used. The cache is an optimisation only: any failure to read or write it falls
back to building from the YAML, and OXYBOT_NO_CACHE=1 turns it off.
"""

from __future__ import annotations

import os
import pickle
import zlib
from pathlib import Path

from .content import default_content_dir

PACKAGED = Path(__file__).resolve().parent / "engine.pickle"


def cache_dir() -> Path:
    env = os.environ.get("OXYBOT_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "oxybot"


def fingerprint(content_dir: Path) -> str:
    """Checksum of what the engine is built from: content YAML and engine code, by relative path."""
    crc, adler = 0, 1
    code = Path(__file__).resolve().parent
    for folder, pattern in ((content_dir, "**/*.yaml"), (code, "*.py")):
        for path in sorted(folder.glob(pattern)):
            data = path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes()
            crc, adler = zlib.crc32(data, crc), zlib.adler32(data, adler)
    return f"{crc:08x}{adler:08x}"


def _read(path: Path, key: str):
    with open(path, "rb") as fh:
        stored_key, engine = pickle.load(fh)
    return engine if stored_key == key else None


def write(path: Path, key: str, engine) -> None:
    """Atomically write ``engine`` with its key (temporary file, then rename)."""
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".engine-")
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((key, engine), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_engine(content_dir, build):
    root = Path(content_dir) if content_dir else default_content_dir()
    if os.environ.get("OXYBOT_NO_CACHE") or not root.is_dir():
        return build(content_dir)
    try:
        key = fingerprint(root)
    except OSError:
        return build(content_dir)
    # the user cache is per content folder (an engine remembers where its content lives)
    where = f"{zlib.crc32(str(root.resolve()).encode()):08x}"
    user = cache_dir() / f"engine-{where}.pickle"
    candidates = [user] + ([PACKAGED] if content_dir is None else [])
    for path in candidates:
        try:
            engine = _read(path, key)
        except Exception:  # noqa: BLE001 - a missing, stale or foreign cache is normal
            continue
        if engine is not None:
            if path is PACKAGED:
                engine.content.root = root
            return engine
    engine = build(content_dir)
    try:
        write(user, key, engine)
    except Exception:  # noqa: BLE001 - read-only home, full disk: answer anyway
        pass
    return engine
