"""`oxybot serve` starts, answers HTTP on a free local port, and runs the app for a browser session."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from oxybot.serve import app_command


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    port = free_port()
    log = open(tmp_path / "serve.log", "wb")
    proc = subprocess.Popen([sys.executable, "-m", "oxybot", "serve", "--port", str(port), "--lang", "en"],
                            stdout=log, stderr=subprocess.STDOUT, env=os.environ.copy(),
                            start_new_session=True)  # its own group: the app processes go with it
    try:
        yield port, proc, tmp_path / "serve.log"
    finally:
        for sig, wait in ((signal.SIGINT, 5), (signal.SIGKILL, 5)):
            if proc.poll() is not None:
                break
            os.killpg(proc.pid, sig)
            try:
                proc.wait(timeout=wait)
            except subprocess.TimeoutExpired:
                pass
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # any app process left behind
        except ProcessLookupError:
            pass
        log.close()


def get(url: str, deadline: float) -> str:
    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                assert response.status == 200
                return response.read().decode("utf-8")
        except OSError as exc:
            last = exc
            time.sleep(0.2)
    raise AssertionError(f"no answer from {url}: {last}")


async def first_screen(url: str, timeout: float) -> bytes:
    """Open the page's websocket as the browser does and collect output until the app draws."""
    import aiohttp

    seen = b""
    async with aiohttp.ClientSession() as session:
        async with session.ws_connect(url) as ws:
            end = time.monotonic() + timeout
            while time.monotonic() < end and b"oxybot" not in seen:
                try:
                    message = await ws.receive(timeout=max(0.1, end - time.monotonic()))
                except asyncio.TimeoutError:
                    break
                if message.type == aiohttp.WSMsgType.BINARY:
                    seen += message.data
                elif message.type == aiohttp.WSMsgType.TEXT:
                    seen += message.data.encode()
                elif message.type in (aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
                    break
    return seen


def test_serve_answers_http_and_starts_the_app_for_a_browser(server):
    port, proc, log = server
    html = get(f"http://127.0.0.1:{port}/", time.monotonic() + 30)
    assert "textual" in html.lower()
    assert f"ws://127.0.0.1:{port}/ws" in html  # links follow the address the browser used
    output = asyncio.run(first_screen(f"ws://127.0.0.1:{port}/ws?width=100&height=30", timeout=20))
    assert b"oxybot" in output, log.read_text(errors="replace")[-2000:]
    assert proc.poll() is None


def test_the_app_command_carries_content_and_language(tmp_path):
    command = app_command(tmp_path / "my content", "id")
    assert command.startswith(sys.executable)
    assert "-m oxybot" in command and "--lang id" in command
    assert f"'{tmp_path / 'my content'}'" in command  # quoted for the shell
