"""Every path oxybot writes to for the user, in one place.

The data folder comes from platformdirs (no app author folder); OXYBOT_DATA_DIR overrides it, so
tests and clinics with a shared drive can point it elsewhere. Nothing is created until it is used:
oxybot stores nothing unless the user saves a transcript.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

APP_NAME = "oxybot"
DATA_DIR_ENV = "OXYBOT_DATA_DIR"


def data_dir() -> Path:
    """Where saved conversations go (not created here)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def transcripts_dir() -> Path:
    return data_dir() / "transcripts"


def transcript_filename(moment: datetime) -> str:
    return f"oxybot-{moment:%Y%m%d-%H%M%S}.md"


def default_transcript_path(moment: datetime) -> Path:
    return transcripts_dir() / transcript_filename(moment)
