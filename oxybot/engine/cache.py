"""A pickle of a built engine, so `oxybot ask` does not parse YAML and rebuild the index each time.

The key is a checksum of the content files and of the engine package's own source, so any edit to
either rebuilds. Reading and writing only: ``load.py`` decides where to look and when to build.

Two small economies for a cold `oxybot ask` (each a few ms):
- the cache stores every file's stat signature (size, times, inode) beside the checksum; while no
  signature changed, the checksum is not computed again (it reads every file);
- large byte blocks inside the engine (the letter reader's table, likeness.py, opened only by the
  questions that need it) go to a side file, ``<cache>.blocks``, read only when first used.
"""

from __future__ import annotations

import os
import pickle
import zlib
from pathlib import Path

ENGINE_SOURCE = Path(__file__).resolve().parent  # the engine package: the code a pickle depends on
BLOCK_BYTES = 1 << 20  # a bytes object this large goes to the side file
RACY_NS = 2_000_000_000  # a file changed this recently may change again within one timestamp tick


def _file_bytes(path: Path) -> bytes:
    """The bytes of a content file; for a FIFO, device or oversized file (which the loader refuses, and
    which must not block or exhaust memory here) a marker of what it is instead."""
    import stat

    from .content import MAX_FILE_BYTES

    info = path.stat()
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
        return f"special {info.st_mode:o} {info.st_size} {info.st_mtime_ns}".encode()
    return path.read_bytes()


def _files(content_dir: Path) -> list[tuple[str, Path]]:
    """What the engine is built from: content YAML and engine code, with their relative paths."""
    return [(path.relative_to(folder).as_posix(), path)
            for folder, pattern in ((content_dir, "**/*.yaml"), (ENGINE_SOURCE, "*.py"))
            for path in sorted(folder.glob(pattern))]


def _checksum(files: list[tuple[str, Path]]) -> str:
    crc, adler = 0, 1
    for rel, path in files:
        data = rel.encode() + b"\0" + _file_bytes(path)
        crc, adler = zlib.crc32(data, crc), zlib.adler32(data, adler)
    return f"{crc:08x}{adler:08x}"


def fingerprint(content_dir: Path) -> str:
    """Checksum of what the engine is built from: content YAML and engine code, by relative path."""
    return _checksum(_files(content_dir))


def signature(content_dir: Path) -> str | None:
    """Every file's stat signature (relative path, size, times, inode): far cheaper than the checksum,
    and stored with a cache so the checksum runs only when it differs. None while a file was changed in
    the last moments: an edit within the same timestamp tick would leave the signature as it was."""
    import time

    stats = [(rel, os.stat(path)) for rel, path in _files(content_dir)]
    if not stats or time.time_ns() - max(max(s.st_mtime_ns, s.st_ctime_ns) for _, s in stats) < RACY_NS:
        return None
    return "\n".join(f"{rel}\0{s.st_size} {s.st_mtime_ns} {s.st_ctime_ns} {s.st_ino}" for rel, s in stats)


class _Block:
    """A byte block kept in the side file, read (and checked) on first use; see Likeness."""

    def __init__(self, path: Path, key: str, offset: int, length: int, crc: int):
        self.path, self.key, self.offset, self.length, self.crc = path, key, offset, length, crc

    def __call__(self) -> bytes:
        """The block's bytes; ValueError or OSError when the side file is gone, stale or damaged."""
        with open(self.path, "rb") as fh:
            if fh.read(len(self.key)).decode("ascii", "replace") != self.key:
                raise ValueError(f"{self.path}: written for another engine")
            fh.seek(self.offset)
            data = fh.read(self.length)
        if len(data) != self.length or zlib.crc32(data) != self.crc:
            raise ValueError(f"{self.path}: damaged")
        return data


def _side(path: Path) -> Path:
    return path.with_suffix(".blocks")


def read(path: Path, signature: str | None, key, heal: bool = False):
    """The engine stored at ``path`` if it was built from the files as they are now; None when it is
    missing, stale or unreadable, or its side file is missing or was written for another engine.

    The file is a small header, (checksum, signature), then the engine. ``key()`` (the checksum, see
    fingerprint) is computed only when ``signature`` is not the stored one; with ``heal``, a header whose
    checksum still holds gets the new signature (a `touch` or a checkout back and forth)."""
    side = _side(path)
    blocks: list[_Block] = []

    class Unpickler(pickle.Unpickler):
        def persistent_load(self, pid):
            offset, length, crc = pid
            blocks.append(_Block(side, stored_key, offset, length, crc))
            return blocks[-1]

    try:
        with open(path, "rb") as fh:
            stored_key, stored_signature = pickle.Unpickler(fh).load()
            body = fh.tell()
            if signature is None or stored_signature != signature:
                if stored_key != key():
                    return None
                if heal and signature is not None:
                    fh.seek(body)
                    try:
                        _write_atomic(path, _header(stored_key, signature) + fh.read())
                    except OSError:  # a read-only cache is still current: it is only checksummed again
                        pass
                    fh.seek(body)
            engine = Unpickler(fh).load()
        if blocks:  # a cheap check now (a side file from another build shows in its key or size) ...
            with open(side, "rb") as fh:
                if fh.read(len(stored_key)) != stored_key.encode() or os.fstat(fh.fileno()).st_size < \
                        max(b.offset + b.length for b in blocks):
                    return None
    except Exception:  # noqa: BLE001 - a missing, stale or foreign cache is normal
        return None
    return engine  # ... and each block's checksum when it is read


def _header(key: str, signature: str | None) -> bytes:
    return pickle.dumps((key, signature), protocol=pickle.HIGHEST_PROTOCOL)


def write(path: Path, key: str, engine, signature: str | None = None) -> None:
    """Atomically write ``engine`` under its checksum and the files' signature, and its large byte
    blocks to the side file (each a temporary file, then a rename; the side file first, so a pickle
    never points at an older one)."""
    blocks: list[bytes] = []
    offset = len(key)

    class Pickler(pickle.Pickler):
        def persistent_id(self, obj):
            nonlocal offset
            if type(obj) is not bytes or len(obj) < BLOCK_BYTES:
                return None
            blocks.append(obj)
            offset += len(obj)
            return (offset - len(obj), len(obj), zlib.crc32(obj))

    import io

    buffer = io.BytesIO()
    buffer.write(_header(key, signature))
    Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(engine)
    _write_atomic(_side(path), b"".join([key.encode(), *blocks]))
    _write_atomic(path, buffer.getvalue())


def _write_atomic(path: Path, data: bytes) -> None:
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".engine-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
