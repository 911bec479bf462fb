"""Load `oxybot serve` in headless Chromium, type questions, save a screenshot.

    python scripts/browser_check.py out.png en "how long should the massage take?" ["another question" ...]

Starts `oxybot serve` on a free port and Chromium (headless, no network services) on another, drives
the page with the Chrome DevTools Protocol (click the terminal, insert the text, press Enter), waits for
the answer and writes a PNG. Both processes are stopped at the end. Needs `chromium` on PATH.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import aiohttp

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,860"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_json(url: str, seconds: float = 20):
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                body = response.read()
                return json.loads(body) if url.endswith("/json") else body
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


class DevTools:
    def __init__(self, ws) -> None:
        self.ws = ws
        self.counter = 0

    async def __call__(self, method: str, **params) -> dict:
        self.counter += 1
        ident = self.counter
        await self.ws.send_json({"id": ident, "method": method, "params": params})
        while True:
            message = json.loads((await self.ws.receive()).data)
            if message.get("id") == ident:
                return message.get("result", {})


async def drive(page_url: str, debug_port: int, out: str, questions: list[str]) -> None:
    pages = wait_for_json(f"http://127.0.0.1:{debug_port}/json")
    page = next(p for p in pages if p["type"] == "page")
    async with aiohttp.ClientSession() as session:
        async with session.ws_connect(page["webSocketDebuggerUrl"], max_msg_size=0) as ws:
            cdp = DevTools(ws)
            await cdp("Page.enable")
            await cdp("Page.navigate", url=page_url)
            await asyncio.sleep(5)  # the page connects its websocket and the app draws
            for kind in ("mousePressed", "mouseReleased"):
                await cdp("Input.dispatchMouseEvent", type=kind, x=640, y=300, button="left", clickCount=1)
            await asyncio.sleep(0.5)
            for question in questions:
                await cdp("Input.insertText", text=question)
                await asyncio.sleep(0.3)
                await cdp("Input.dispatchKeyEvent", type="keyDown", key="Enter", code="Enter",
                          windowsVirtualKeyCode=13, nativeVirtualKeyCode=13, text="\r")
                await cdp("Input.dispatchKeyEvent", type="keyUp", key="Enter", code="Enter",
                          windowsVirtualKeyCode=13, nativeVirtualKeyCode=13)
                await asyncio.sleep(2.0)
            shot = await cdp("Page.captureScreenshot", format="png")
            with open(out, "wb") as fh:
                fh.write(base64.b64decode(shot["data"]))


def main() -> None:
    out, lang, questions = sys.argv[1], sys.argv[2], sys.argv[3:]
    port, debug_port = free_port(), free_port()
    serve = subprocess.Popen([sys.executable, "-m", "oxybot", "serve", "--port", str(port), "--lang", lang],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    profile = tempfile.mkdtemp(prefix="oxybot-chromium-")
    chromium = subprocess.Popen(["chromium", *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                                 f"--remote-debugging-port={debug_port}", "about:blank"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_for_json(f"http://127.0.0.1:{port}/")
        asyncio.run(drive(f"http://127.0.0.1:{port}/", debug_port, out, questions))
        print(f"wrote {out}")
    finally:
        for proc in (chromium, serve):
            try:
                os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for proc in (chromium, serve):
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)


if __name__ == "__main__":
    main()
