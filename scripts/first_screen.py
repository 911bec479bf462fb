"""Time from starting `oxybot` to its first screen being painted, in a real (pseudo-)terminal.

    python scripts/first_screen.py [--runs 5] [--size 120x40] [--lang en]

Each run starts a fresh Python process on a pseudo-terminal of the given size, as `oxybot` with no
arguments does (the same `create_app`), and stops the clock when Textual reports the first screen
painted (the App's Ready event, posted after the first layout and refresh). Process start-up and all
imports are included. The app loads the content (engine cache or YAML) in a thread once the first
screen is painted, so the cache matters little here; the first run still starts with an empty cache.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path


def child(ready_fd: int, lang: str) -> None:
    from oxybot.app import app as oxyapp

    class Measured(oxyapp.OxybotApp):
        CSS_PATH = str(Path(oxyapp.__file__).with_name("app.tcss"))

        def on_ready(self) -> None:
            os.write(ready_fd, b"ready\n")
            super().on_ready()  # starts loading the content, as the app does
            self.exit()

    oxyapp.OxybotApp = Measured  # create_app builds this class from here on
    oxyapp.create_app(lang=lang).run()


def one_run(size: tuple[int, int], lang: str, env: dict) -> float:
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
    ready_read, ready_write = os.pipe()
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--child", str(ready_write), "--lang", lang],
                            stdin=slave, stdout=slave, stderr=slave, pass_fds=(ready_write,), env=env,
                            close_fds=True)
    os.close(slave)
    os.close(ready_write)
    elapsed = None
    deadline = started + 30
    while time.perf_counter() < deadline:
        readable, _, _ = select.select([master, ready_read], [], [], 0.5)
        if master in readable:
            try:
                os.read(master, 65536)  # drain the screen output like a terminal would
            except OSError:
                pass
        if ready_read in readable and elapsed is None:
            if os.read(ready_read, 64):
                elapsed = time.perf_counter() - started
        if elapsed is not None and proc.poll() is not None:
            break
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    os.close(master)
    os.close(ready_read)
    if elapsed is None:
        raise SystemExit("the app did not report its first screen within 30 s")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", default="120x40")
    parser.add_argument("--lang", default="en", choices=["id", "en"])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child, args.lang)
        return
    width, height = (int(n) for n in args.size.split("x"))
    with tempfile.TemporaryDirectory() as cache, tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "OXYBOT_CACHE_DIR": cache, "OXYBOT_DATA_DIR": data, "TERM": "xterm-256color"}
        cold = one_run((width, height), args.lang, env)
        warm = [one_run((width, height), args.lang, env) for _ in range(max(1, args.runs))]
    print(f"first screen, cold cache: {cold * 1000:.0f} ms")
    print(f"first screen, warm cache: median {statistics.median(warm) * 1000:.0f} ms, "
          f"min {min(warm) * 1000:.0f} ms, max {max(warm) * 1000:.0f} ms ({len(warm)} runs, {args.size})")


if __name__ == "__main__":
    main()
