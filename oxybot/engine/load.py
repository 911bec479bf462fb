"""The one way to get an engine: resolve the content folder, try the caches, else build.

Order: the engine shipped in the wheel (shipped content only, when its key still matches), then the
user cache (per content folder), then a build from the YAML, which is then cached. The cache is an optimisation only: any
failure to read or write it falls back to building.
"""

from __future__ import annotations

import zlib
from pathlib import Path

from .. import locations
from . import cache
from .content import ContentError, load_content
from .engine import Engine


def build(content_dir: Path | str | None = None) -> Engine:
    """Build an engine from the YAML (no cache); ContentError when the content is broken."""
    content, issues = load_content(content_dir)
    if issues or content is None:
        raise ContentError(issues)
    return Engine(content)


def load_engine(content_dir: Path | str | None = None) -> Engine:
    """The engine for a content folder (None: the shipped content); ContentError when it is broken."""
    root = locations.content_dir(content_dir)
    if not locations.cache_enabled() or not root.is_dir():
        return build(root)
    try:
        signature = cache.signature(root)
    except OSError:
        return build(root)
    keys: list[str] = []

    def key() -> str:  # the checksum of every file, computed only when a signature differs, then once
        if not keys:
            keys.append(cache.fingerprint(root))
        return keys[0]

    try:
        if locations.is_default_content(root):  # the engine built into the wheel, when it is current
            engine = cache.read(locations.PACKAGED_ENGINE, signature, key)
            if engine is not None:
                return engine
        user = locations.cache_dir() / f"engine-{zlib.crc32(str(root.resolve()).encode()):08x}.pickle"
        engine = cache.read(user, signature, key, heal=True)
        if engine is not None:
            return engine
        key()  # before the build reads the files: an edit during the build makes this cache stale
    except OSError:
        return build(root)
    engine = build(root)
    try:
        cache.write(user, key(), engine, signature)
    except Exception:  # noqa: BLE001 - read-only home, full disk: answer anyway
        pass
    return engine
