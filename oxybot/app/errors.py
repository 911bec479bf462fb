"""Why a file could not be written, in words the interface can translate (the OS says it in English)."""

from __future__ import annotations

import errno

from ..i18n import N_

_REASONS = {
    errno.ENOENT: N_("the folder does not exist"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("permission denied"),
    errno.EROFS: N_("the disk is read-only"),
    errno.ENOSPC: N_("the disk is full"),
    errno.EISDIR: N_("that is a folder, not a file"),
    errno.ENOTDIR: N_("part of the path is not a folder"),
    errno.ENAMETOOLONG: N_("the name is too long"),
    errno.EEXIST: N_("a file of that name is in the way"),
}


def os_reason(code: int | None) -> str | None:
    """The msgid saying why, or None for an error without a translation (then the OS text is shown)."""
    return _REASONS.get(code)
