"""`oxybot serve`: it serves the app to a browser, and a visitor cannot abuse it.

Every test runs a real server on a free loopback port and talks to it as a browser would (HTTP and
the page's websocket); every wait is bounded.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import re
import signal
import socket
import struct
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from oxybot.serve import MAX_HEIGHT, MAX_WIDTH, QUIT_GRACE, app_command, clamp_size

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads processes from /proc")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Served:
    def __init__(self, port: int, proc: subprocess.Popen, log_path):
        self.port, self.proc, self.log_path = port, proc, log_path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-3000:]

    def apps(self) -> list[int]:
        """The app processes of this server (its children)."""
        return children(self.proc.pid)


def children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as fh:
                    fields = fh.read().rsplit(b")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != b"Z":
                found.append(int(entry))
    return found


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except OSError:
        return False


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as fh:
        match = re.search(r"VmRSS:\s+(\d+) kB", fh.read())
    return int(match.group(1)) / 1024 if match else 0.0


def wait_until(predicate, timeout: float, step: float = 0.1) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(step)
    return bool(predicate())


@pytest.fixture
def serve(tmp_path):
    """``serve(*options)``: start `oxybot serve` on a free port; everything it started is gone after."""
    started: list[Served] = []

    def start(*options: str) -> Served:
        port = free_port()
        log_path = tmp_path / f"serve-{port}.log"
        log = open(log_path, "wb")
        proc = subprocess.Popen([sys.executable, "-m", "oxybot", "serve", "--port", str(port), "--lang", "en",
                                 *options], stdout=log, stderr=subprocess.STDOUT, env=os.environ.copy())
        log.close()
        served = Served(port, proc, log_path)
        started.append(served)
        get(served.url + "/", timeout=30)  # up
        return served

    yield start
    for served in started:
        apps = served.apps()
        if served.proc.poll() is None:
            served.proc.kill()
            served.proc.wait(timeout=10)
        for pid in apps:
            try:
                os.killpg(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass


def get(url: str, timeout: float, headers: dict | None = None) -> tuple[int, str, dict]:
    last: Exception | None = None
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            with urllib.request.urlopen(urllib.request.Request(url, headers=headers or {}), timeout=5) as response:
                return response.status, response.read().decode("utf-8", "replace"), dict(response.headers)
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode("utf-8", "replace"), dict(exc.headers)
        except OSError as exc:
            last = exc
            time.sleep(0.2)
    raise AssertionError(f"no answer from {url}: {last}")


# -- a minimal websocket client (RFC 6455), so a test can also drop the connection abruptly -----------
class Socket:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, status: int):
        self.reader, self.writer, self.status = reader, writer, status
        self.received = b""
        self.texts: list[str] = []
        self.closed = False

    @classmethod
    async def open(cls, port: int, query: str = "width=100&height=30", origin: str | None = None,
                   host: str | None = None) -> "Socket":
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        key = base64.b64encode(os.urandom(16)).decode()
        lines = [f"GET /ws?{query} HTTP/1.1", f"Host: {host or f'127.0.0.1:{port}'}", "Upgrade: websocket",
                 "Connection: Upgrade", f"Sec-WebSocket-Key: {key}", "Sec-WebSocket-Version: 13"]
        if origin:
            lines.append(f"Origin: {origin}")
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode())
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 15)
        status = int(head.split()[1])
        return cls(reader, writer, status)

    def send_text(self, text: str) -> None:
        payload = text.encode()
        mask = os.urandom(4)
        header = bytes([0x81])
        n = len(payload)
        header += bytes([0x80 | n]) if n < 126 else bytes([0x80 | 126]) + struct.pack(">H", n) if n < 65536 \
            else bytes([0x80 | 127]) + struct.pack(">Q", n)
        self.writer.write(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def send(self, *envelope) -> None:
        self.send_text(json.dumps(list(envelope)))

    async def _frame(self) -> None:
        first, second = await self.reader.readexactly(2)
        n = second & 0x7F
        if n == 126:
            n = struct.unpack(">H", await self.reader.readexactly(2))[0]
        elif n == 127:
            n = struct.unpack(">Q", await self.reader.readexactly(8))[0]
        payload = await self.reader.readexactly(n)
        opcode = first & 0x0F
        if opcode == 0x8:
            self.closed = True
            self.close_code = struct.unpack(">H", payload[:2])[0] if len(payload) >= 2 else None
        elif opcode == 0x1:
            self.texts.append(payload.decode())
        self.received += payload

    async def until(self, predicate, timeout: float) -> bool:
        """Read frames until ``predicate(self)`` holds, the socket closes, or ``timeout`` passes."""
        end = time.monotonic() + timeout
        while not predicate(self) and not self.closed and time.monotonic() < end:
            try:
                await asyncio.wait_for(self._frame(), max(0.05, end - time.monotonic()))
            except (asyncio.TimeoutError, asyncio.IncompleteReadError, ConnectionError):
                break
        return predicate(self)

    def abort(self) -> None:
        """Drop the connection as a crashed browser or a lost phone signal would: no close frame."""
        self.writer.transport.abort()


def drawn(sock: Socket) -> bool:
    return b"oxybot" in sock.received


def painted(sock: Socket) -> bool:
    """The app has drawn something (a 20x8 screen may have no room for its title)."""
    return len(sock.received) > 1000


def run(coro):
    return asyncio.run(coro)


# -- the page ---------------------------------------------------------------------------------------------
def test_the_page_fits_a_phone_and_loads_nothing_from_another_host(serve):
    served = serve()
    status, html, headers = get(served.url + "/", timeout=10)
    assert status == 200
    assert '<meta name="viewport" content="width=device-width' in html
    assert f"ws://127.0.0.1:{served.port}/ws" in html  # links follow the address the browser used
    assert "googleapis" not in html and "gstatic" not in html
    for url in re.findall(r'(?:src|href)="([^"]+)"', html) + re.findall(r'url\("([^"]+)"\)', html):
        assert url.startswith("/static/"), url
        assert get(served.url + url, timeout=10)[0] == 200, url  # the font, script and styles are all here
    policy = headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "font-src 'self'" in policy


def test_serve_starts_the_app_for_a_browser_session(serve):
    served = serve()

    async def scenario():
        sock = await Socket.open(served.port)
        assert sock.status == 101
        assert await sock.until(drawn, 30), served.log()

    run(scenario())
    assert served.proc.poll() is None


def test_a_save_in_the_browser_downloads_to_the_device(serve, isolated_dirs):
    served = serve()
    question = "how long should the massage take?"

    async def scenario():
        sock = await Socket.open(served.port, "width=120&height=40")
        assert await sock.until(drawn, 30), served.log()
        await sock.until(lambda s: False, 1.0)  # let the app settle (engine loaded, focus in the box)
        sock.send("stdin", question)
        sock.send("stdin", "\r")
        assert await sock.until(lambda s: b"References" in s.received or b"Sources" in s.received, 20)
        sock.send("stdin", "\x13")  # Ctrl+S
        assert await sock.until(lambda s: any("deliver_file_start" in t for t in s.texts), 20)
        key = json.loads(next(t for t in sock.texts if "deliver_file_start" in t))[1]
        status, text, headers = await asyncio.to_thread(get, f"{served.url}/download/{key}", 15)
        sock.abort()
        return status, text, headers

    status, text, headers = run(scenario())
    assert status == 200
    assert "attachment" in headers["Content-Disposition"] and ".md" in headers["Content-Disposition"]
    assert text.startswith("# oxybot: conversation") and question in text
    assert not isolated_dirs.exists()  # nothing was written on the server


# -- abuse ---------------------------------------------------------------------------------------------------
def test_sizes_are_clamped():
    assert clamp_size(100_000, 100_000) == (MAX_WIDTH, MAX_HEIGHT)
    assert clamp_size(0, 0) == (20, 8)
    assert clamp_size("80", "x") == (80, 24)
    assert clamp_size(None, -5) == (80, 8)
    assert clamp_size(1e300, float("nan")) == (MAX_WIDTH, 24)


def test_a_huge_terminal_size_cannot_grow_the_app(serve):
    """Unclamped, 100000x100000 grew an app by 170-300 MB per second."""
    served = serve()

    async def scenario():
        sock = await Socket.open(served.port, "width=100000&height=100000")
        assert await sock.until(drawn, 30), served.log()
        sock.send("resize", {"width": 100_000, "height": 100_000})
        sock.send("resize", {"width": "1e9", "height": [1]})  # nonsense is ignored or clamped
        await sock.until(lambda s: False, 4.0)
        (app,) = served.apps()
        peak = rss_mb(app)
        assert sock.closed is False
        sock.abort()
        return peak

    peak = run(scenario())
    assert peak < 250, f"the app holds {peak:.0f} MB"


def test_closing_sockets_abruptly_leaves_no_process(serve):
    served = serve("--max-sessions", "5")
    seen: set[int] = set()

    async def scenario():
        socks = [await Socket.open(served.port, query) for query in
                 ("width=0&height=0", "width=100&height=30", "width=-3&height=abc")]
        for sock in socks:
            assert await sock.until(painted, 40), served.log()
        socks[0].send("stdin", "apa itu pijat oksitosin?\r")
        await socks[0].until(lambda s: False, 1.0)
        seen.update(served.apps())
        assert len(seen) == 3
        for sock in socks:
            sock.abort()

    run(scenario())
    assert wait_until(lambda: not any(alive(pid) for pid in seen), QUIT_GRACE + 8), served.log()
    assert served.apps() == [] and served.proc.poll() is None


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl+C"])
def test_sigterm_stops_the_server_and_its_apps_within_5_seconds(serve, sig):
    served = serve()
    apps: list[int] = []

    async def scenario():
        sock = await Socket.open(served.port)
        assert await sock.until(drawn, 30), served.log()
        apps.extend(served.apps())
        start = time.monotonic()
        served.proc.send_signal(sig)
        await asyncio.to_thread(served.proc.wait, 10)
        return time.monotonic() - start

    took = run(scenario())
    assert took < 5.0, f"stopped after {took:.1f} s"
    assert apps and wait_until(lambda: not any(alive(pid) for pid in apps), 2)


def test_a_page_from_another_site_is_refused(serve):
    served = serve()

    async def scenario():
        bad = await Socket.open(served.port, origin="http://evil.example")
        near = await Socket.open(served.port, origin=f"http://127.0.0.1:{served.port + 1}")
        rebound = await Socket.open(served.port, host=f"evil.example:{served.port}",
                                    origin=f"http://evil.example:{served.port}")  # DNS rebinding
        good = await Socket.open(served.port, origin=f"http://127.0.0.1:{served.port}")
        statuses = [bad.status, near.status, rebound.status, good.status]
        good.abort()
        return statuses

    assert run(scenario()) == [403, 403, 403, 101]
    assert get(served.url + "/", 10, headers={"Host": "evil.example"})[0] == 403


def test_behind_a_reverse_proxy_the_public_name_is_allowed(serve):
    served = serve("--allow-host", "clinic.lan")

    async def scenario():
        proxied = await Socket.open(served.port, host="clinic.lan", origin="http://clinic.lan")
        other = await Socket.open(served.port, host="evil.example", origin="http://evil.example")
        statuses = [proxied.status, other.status]
        proxied.abort()
        return statuses

    assert run(scenario()) == [101, 403]
    status, html, _headers = get(served.url + "/", 10, headers={"Host": "clinic.lan", "X-Forwarded-Proto": "https"})
    assert status == 200 and "wss://clinic.lan/ws" in html


def test_the_session_cap_refuses_politely(serve):
    served = serve("--max-sessions", "1")

    async def scenario():
        first = await Socket.open(served.port)
        assert await first.until(drawn, 30), served.log()
        second = await Socket.open(served.port)
        await second.until(lambda s: s.closed, 10)
        status, html, _headers = await asyncio.to_thread(get, served.url + "/", 10)
        first.abort()
        return second, status, html

    second, status, html = run(scenario())
    assert second.closed and second.close_code == 1013  # "try again later"
    assert b"busy" in second.received and b"try again" in second.received
    assert status == 503 and "try again" in html
    assert len(served.apps()) <= 1


def test_the_app_command_carries_content_and_language(tmp_path):
    command = app_command(tmp_path / "my content", "id")
    assert command.startswith(sys.executable)
    assert "-m oxybot" in command and "--lang id" in command
    assert f"'{tmp_path / 'my content'}'" in command  # quoted for the shell


# -- a real browser ------------------------------------------------------------------------------------------
class DevTools:
    """A minimal Chrome DevTools Protocol client that also keeps every event it sees."""

    def __init__(self, ws):
        self.ws, self.counter, self.events = ws, 0, []

    async def __call__(self, method: str, **params) -> dict:
        self.counter += 1
        ident = self.counter
        await self.ws.send_json({"id": ident, "method": method, "params": params})
        while True:
            message = json.loads((await asyncio.wait_for(self.ws.receive(), 30)).data)
            if message.get("id") == ident:
                return message.get("result", {})
            self.events.append(message)

    async def idle(self, seconds: float) -> None:
        """Collect events for a while."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                message = await asyncio.wait_for(self.ws.receive(), max(0.05, end - time.monotonic()))
            except asyncio.TimeoutError:
                return
            self.events.append(json.loads(message.data))


@pytest.fixture
def chromium(tmp_path):
    import shutil

    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not exe:
        pytest.skip("no Chromium on PATH: the served page is checked in a real browser only where one exists")
    port = free_port()
    proc = subprocess.Popen([exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync", "--no-first-run",
                             "--disable-features=MediaRouter,OptimizationHints", f"--user-data-dir={tmp_path / 'profile'}",
                             f"--remote-debugging-port={port}", "about:blank"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_until(lambda: _json(f"http://127.0.0.1:{port}/json/version") is not None, 20)
        yield port
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=10)


def _json(url: str):
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return json.loads(response.read())
    except (OSError, ValueError):
        return None


def test_on_a_phone_the_page_fits_loads_only_from_us_and_saves_as_a_download(serve, chromium, tmp_path,
                                                                             isolated_dirs):
    import aiohttp

    served = serve()
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    question = "how long should the massage take?"

    async def key(cdp, **event):
        for kind in ("keyDown", "keyUp"):
            await cdp("Input.dispatchKeyEvent", type=kind, **event)

    async def scenario():
        browser_url = _json(f"http://127.0.0.1:{chromium}/json/version")["webSocketDebuggerUrl"]
        page_url = next(p for p in _json(f"http://127.0.0.1:{chromium}/json") if p["type"] == "page")[
            "webSocketDebuggerUrl"]
        async with aiohttp.ClientSession() as session:
            async with session.ws_connect(browser_url, max_msg_size=0) as bws, \
                    session.ws_connect(page_url, max_msg_size=0) as pws:
                browser, page = DevTools(bws), DevTools(pws)
                await browser("Browser.setDownloadBehavior", behavior="allow", downloadPath=str(downloads))
                await page("Network.enable")
                await page("Emulation.setDeviceMetricsOverride", width=400, height=800, deviceScaleFactor=2,
                           mobile=True)
                await page("Page.navigate", url=served.url + "/")
                await page.idle(6)  # the page loads, opens its socket, the app draws
                width = (await page("Runtime.evaluate", expression="window.innerWidth"))["result"]["value"]
                for kind in ("mousePressed", "mouseReleased"):
                    await page("Input.dispatchMouseEvent", type=kind, x=200, y=700, button="left", clickCount=1)
                await page("Input.insertText", text=question)
                await page.idle(0.5)
                await key(page, key="Enter", code="Enter", windowsVirtualKeyCode=13, text="\r")
                await page.idle(3)
                await key(page, key="s", code="KeyS", windowsVirtualKeyCode=83, modifiers=2)  # Ctrl+S
                end = time.monotonic() + 20
                while time.monotonic() < end and not any(p.suffix == ".md" for p in downloads.iterdir()):
                    await page.idle(0.5)
                return width, page.events

    width, events = run(scenario())
    assert width == 400  # the viewport tag: drawn at the phone's width, not shrunk from 980 px
    requested = [e["params"]["request"]["url"] for e in events if e.get("method") == "Network.requestWillBeSent"]
    requested += [e["params"]["url"] for e in events if e.get("method") == "Network.webSocketCreated"]
    assert requested and any("/ws" in url for url in requested)
    outside = [url for url in requested if not re.match(rf"(https?|wss?)://127\.0\.0\.1:{served.port}/", url)
               and not url.startswith(("data:", "blob:", "about:"))]
    assert outside == []
    saved = [p for p in downloads.iterdir() if p.suffix == ".md"]
    assert len(saved) == 1, sorted(p.name for p in downloads.iterdir())
    text = saved[0].read_text(encoding="utf-8")
    assert text.startswith("# oxybot: conversation") and question in text
    assert not isolated_dirs.exists()  # nothing was written on the server
