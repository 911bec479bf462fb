"""Helpers for pilot tests: what the user sees, and waiting for it."""

from __future__ import annotations


def screen_text(app) -> str:
    """The characters on the terminal right now, one line per row."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def flat(text: str) -> str:
    """Screen text with runs of whitespace and box-drawing borders squeezed, for phrase checks
    across line wraps."""
    cleaned = "".join(" " if "\u2500" <= ch <= "\u257f" or ch in "▁▔▎▊" else ch for ch in text)
    return " ".join(cleaned.split())


async def wait_for(pilot, predicate, timeout: float = 5.0, step: float = 0.05) -> bool:
    """Let the app run until ``predicate()`` holds (or the timeout passes); return whether it held."""
    waited = 0.0
    while waited < timeout:
        if predicate():
            return True
        await pilot.pause(step)
        waited += step
    return bool(predicate())


async def ask(pilot, question: str, typed: bool = False) -> None:
    """Put a question in the question box and press Enter, as a user would: pasted (fast), or
    ``typed`` key by key."""
    from textual import events

    await pilot.click("#question")
    if typed:
        await pilot.press(*question)
    else:
        pilot.app.screen.query_one("#question").post_message(events.Paste(question))
        await pilot.pause()
    await pilot.press("enter")
