"""A pickle of a built engine, so `oxybot ask` does not parse YAML and rebuild the index each time.

The key is a checksum of the content files and of the engine package's own source, so any edit to
either rebuilds. Reading and writing only: ``load.py`` decides where to look and when to build.
"""

from __future__ import annotations

import os
import pickle
import zlib
from pathlib import Path

ENGINE_SOURCE = Path(__file__).resolve().parent  # the engine package: the code a pickle depends on


def _file_bytes(path: Path) -> bytes:
    """The bytes of a content file; for a FIFO, device or oversized file (which the loader refuses, and
    which must not block or exhaust memory here) a marker of what it is instead."""
    import stat

    from .content import MAX_FILE_BYTES

    info = path.stat()
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
        return f"special {info.st_mode:o} {info.st_size} {info.st_mtime_ns}".encode()
    return path.read_bytes()


def fingerprint(content_dir: Path) -> str:
    """Checksum of what the engine is built from: content YAML and engine code, by relative path."""
    crc, adler = 0, 1
    for folder, pattern in ((content_dir, "**/*.yaml"), (ENGINE_SOURCE, "*.py")):
        for path in sorted(folder.glob(pattern)):
            data = path.relative_to(folder).as_posix().encode() + b"\0" + _file_bytes(path)
            crc, adler = zlib.crc32(data, crc), zlib.adler32(data, adler)
    return f"{crc:08x}{adler:08x}"


def read(path: Path, key: str):
    """The engine stored at ``path`` under ``key``; None when it is missing, stale or unreadable."""
    try:
        with open(path, "rb") as fh:
            stored_key, engine = pickle.load(fh)
    except Exception:  # noqa: BLE001 - a missing, stale or foreign cache is normal
        return None
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
