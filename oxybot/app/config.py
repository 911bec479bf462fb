"""The settings of one app session: one model, a docstring per field."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class AppConfig:
    content: Path | str | None = None
    """The content folder; None means the content shipped with oxybot."""

    ui_lang: str = "en"
    """Language of menus, labels and messages: "id" or "en" (switchable in the app)."""

    answer_lang: str | None = None
    """Language of answers: None follows each question's language; "id" or "en" fixes it."""

    trainer: bool = False
    """Show the trainer details (intent, score, runner-ups) under each answer."""

    cursor_blink: bool = True
    """Whether the text cursor blinks (off for people who find it distracting, and for screenshots)."""
