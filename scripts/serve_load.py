"""How many browser sessions `oxybot serve` holds at once, and in how much memory. Loopback only.

    python scripts/serve_load.py [--sessions 8] [--questions 60] [--size 120x40]

Starts `oxybot serve --max-sessions N` on a free 127.0.0.1 port, opens N sessions one after another
as a browser would (the page's websocket), waits for each app to paint its first screen, then one more
session, which must be refused politely. While all N are held it reports the memory of the server and
of its app processes (RSS, from /proc). Then one session asks ``--questions`` questions, to show that a
long conversation's memory levels off (the app keeps the newest answers as cards, older ones as text).
Every wait is bounded; everything started is stopped at the end (SIGTERM, then the time it took).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import signal
import socket
import subprocess
import sys
import time

QUESTIONS = ["apa itu pijat oksitosin?", "how long should the massage take?", "kapan pijat dilakukan?",
             "what is exclusive breastfeeding?", "asi saya sedikit, gimana?", "who can give the massage?"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as fh:
            match = re.search(r"VmRSS:\s+(\d+) kB", fh.read())
    except OSError:
        return 0.0
    return int(match.group(1)) / 1024 if match else 0.0


def children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as fh:
                    if int(fh.read().rsplit(b")", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    return found


async def open_session(session, url: str, timeout: float = 60):
    import aiohttp

    ws = await session.ws_connect(url, max_msg_size=0)
    seen = b""
    end = time.monotonic() + timeout
    while b"oxybot" not in seen and time.monotonic() < end:
        try:
            message = await ws.receive(timeout=max(0.1, end - time.monotonic()))
        except asyncio.TimeoutError:
            break
        if message.type == aiohttp.WSMsgType.BINARY:
            seen += message.data
        elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
            return ws, seen, False
    return ws, seen, b"oxybot" in seen


async def drain(ws, seconds: float) -> bytes:
    import aiohttp

    got = b""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            message = await ws.receive(timeout=max(0.05, end - time.monotonic()))
        except asyncio.TimeoutError:
            break
        if message.type == aiohttp.WSMsgType.BINARY:
            got += message.data
        elif message.type != aiohttp.WSMsgType.TEXT:
            break
    return got


async def load(port: int, server_pid: int, sessions: int, questions: int, width: int, height: int) -> None:
    import aiohttp

    url = f"ws://127.0.0.1:{port}/ws?width={width}&height={height}"
    async with aiohttp.ClientSession() as client:
        held = []
        start = time.monotonic()
        for n in range(sessions):
            ws, _seen, ok = await open_session(client, url)
            if not ok:
                print(f"session {n + 1} did not start")
                break
            held.append(ws)
        opened = time.monotonic() - start
        await asyncio.sleep(2)  # let every app finish loading its engine
        apps = children(server_pid)
        app_mb = [rss_mb(pid) for pid in apps]
        server_mb = rss_mb(server_pid)
        print(f"sessions held at once: {len(held)} (opened in {opened:.1f} s)")
        print(f"memory: server {server_mb:.0f} MB + apps {sum(app_mb):.0f} MB = {server_mb + sum(app_mb):.0f} MB "
              f"(per app: median {sorted(app_mb)[len(app_mb) // 2]:.0f} MB, max {max(app_mb):.0f} MB)")
        extra, seen, ok = await open_session(client, url, timeout=10)
        refused = b"busy" in seen
        print(f"session {sessions + 1}: {'refused politely (busy message, close 1013)' if refused else 'NOT refused'}")
        await extra.close()

        if questions and held:
            ws = held[0]
            app = apps[0] if apps else None
            marks = {}
            for n in range(1, questions + 1):
                await ws.send_json(["stdin", QUESTIONS[n % len(QUESTIONS)] + f" ({n})"])
                await ws.send_json(["stdin", "\r"])
                await drain(ws, 0.6)
                if n in (1, 20, 40, questions) or n % 50 == 0:
                    pids = children(server_pid)
                    marks[n] = max(rss_mb(pid) for pid in pids) if app is None else rss_mb(app)
            print("one session's app after N questions: " + ", ".join(f"{n}: {mb:.0f} MB" for n, mb in marks.items()))
        for ws in held:
            await ws.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=8)
    parser.add_argument("--questions", type=int, default=60)
    parser.add_argument("--size", default="120x40")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "oxybot", "serve", "--port", str(port), "--lang", "en",
                               "--max-sessions", str(args.sessions)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        end = time.monotonic() + 30
        while time.monotonic() < end:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        asyncio.run(load(port, server.pid, args.sessions, args.questions, width, height))
        apps = children(server.pid)
        start = time.monotonic()
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)
        left = [pid for pid in apps if os.path.exists(f"/proc/{pid}")]
        print(f"SIGTERM: server stopped in {time.monotonic() - start:.1f} s; app processes left: {len(left)}")
    finally:
        if server.poll() is None:
            server.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
