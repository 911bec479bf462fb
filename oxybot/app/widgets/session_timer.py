"""A massage session timer: start, pause, reset and a progress bar. Nothing runs until started.

Two cues, each a bell, a notification and a change of colour: at the shortest session the studies
used (``minimum``, 2:00 in the guide) and at the end (3:00). The mother is being massaged and the
health worker is using her hands, so the cue must be heard and seen, not read off the clock."""

from __future__ import annotations

import time

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Button, ProgressBar, Static


def mm_ss(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 60:02d}:{whole % 60:02d}"


class SessionTimer(Vertical):
    running: reactive[bool] = reactive(False)
    clock = staticmethod(time.monotonic)  # seconds; replaceable (tests)

    def __init__(self, seconds: int, minimum: int | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.seconds = max(1, int(seconds))
        self.minimum = minimum if minimum and 0 < minimum < self.seconds else None
        self._minimum_cued = False
        self._banked = 0.0  # seconds counted before the current run
        self._started_at: float | None = None
        self._ticker = None

    @property
    def elapsed(self) -> float:
        running_for = self.clock() - self._started_at if self._started_at is not None else 0.0
        return min(self.seconds, self._banked + running_for)

    def compose(self) -> ComposeResult:
        with Horizontal(classes="timer-row"):
            yield Static(id="timer-clock")
            yield Button("", id="timer-start", variant="primary", compact=True)
            yield Button("", id="timer-reset", compact=True)
            yield ProgressBar(total=self.seconds, show_eta=False, id="timer-bar")

    def on_mount(self) -> None:
        self._ticker = self.set_interval(0.25, self._tick, pause=True)
        self.watch(self.app, "ui_lang", self._relabel)
        self._show()

    def _relabel(self) -> None:
        _ = self.app.gettext
        if self.running:
            start = _("Pause")
        else:
            start = _("Resume") if 0 < self.elapsed < self.seconds else _("Start")
        for button, label in ((self.query_one("#timer-start", Button), start),
                              (self.query_one("#timer-reset", Button), _("Reset"))):
            button.label = Content(label)
            button.refresh(layout=True)  # a Button's width follows its label only on a new layout

    def _show(self) -> None:
        elapsed = self.elapsed
        self.query_one("#timer-clock", Static).update(Content(f"{mm_ss(elapsed)} / {mm_ss(self.seconds)}"))
        self.query_one("#timer-bar", ProgressBar).update(progress=elapsed)

    def watch_running(self) -> None:
        if self.is_mounted:
            self._relabel()

    # -- controls ---------------------------------------------------------------------------------
    def toggle(self) -> None:
        if self.running:
            self._banked = self.elapsed
            self._started_at = None
            self._ticker.pause()
            self.running = False
        else:
            if self.elapsed >= self.seconds:
                self.reset()
            self._started_at = self.clock()
            self._ticker.resume()
            self.running = True
        self._show()

    def reset(self) -> None:
        self._ticker.pause()
        self._banked, self._started_at = 0.0, None
        self._minimum_cued = False
        self.remove_class("-done", "-minimum")
        self.running = False
        self._relabel()
        self._show()

    def _tick(self) -> None:
        self._show()
        if self.minimum and not self._minimum_cued and self.minimum <= self.elapsed < self.seconds:
            self._minimum_cued = True
            self.add_class("-minimum")
            self.app.bell()
            self.notify(self.app.gettext("{time}: the shortest session in the studies. You may stop, or go on "
                                         "to {end}.").format(time=mm_ss(self.minimum), end=mm_ss(self.seconds)),
                        timeout=6)
        if self.elapsed >= self.seconds:
            self._banked, self._started_at = float(self.seconds), None
            self._ticker.pause()
            self.running = False
            self.remove_class("-minimum")
            self.add_class("-done")
            self.app.bell()
            self.notify(self.app.gettext("Time is up: {time}").format(time=mm_ss(self.seconds)), timeout=6)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "timer-start":
            self.toggle()
        elif event.button.id == "timer-reset":
            self.reset()
