"""``oxybot serve``: the same app in a browser, with textual-serve (one app process per page).

Meant for one clinic's trusted network, with no login, so a page visitor must not be able to hurt
the machine or the other sessions:
- terminal sizes are clamped (a 100000x100000 "terminal" made one app grow by hundreds of MB/s);
- at most ``max_sessions`` app processes at once; the next visitor is told politely to try later;
- the browser's Origin must be the served host (no other web site can open a session), and when we
  listen on loopback only (or ``--allow-host`` names the public names), the Host must be one of ours
  too (DNS rebinding);
- every app runs in its own process group, and ends when its page's socket closes: asked to quit,
  then killed after ``QUIT_GRACE`` seconds;
- SIGTERM or Ctrl+C kills every app and stops the server within a few seconds (a watchdog makes sure);
- saving in the browser downloads the file to the visitor's device (the app's side of this is
  ``OxybotApp.save_transcript``): no visitor ever names a path on the server.

The page is ours (``templates/app_index.html``): a viewport tag for phones and nothing loaded from
another host (the font is textual-serve's own copy of Roboto Mono).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import shlex
import signal
import sys
import threading
from pathlib import Path

import aiohttp_jinja2
from aiohttp import WSMsgType, web
from aiohttp.web_runner import GracefulExit
from textual_serve.app_service import AppService
from textual_serve.server import Server
from yarl import URL

MAX_WIDTH, MAX_HEIGHT = 500, 200
MIN_WIDTH, MIN_HEIGHT = 20, 8
DEFAULT_MAX_SESSIONS = 8
MAX_SESSIONS_ENV = "OXYBOT_SERVE_MAX_SESSIONS"
QUIT_GRACE = 2.0
"""Seconds an app has to quit by itself once its page is gone, before it is killed."""
STOP_DEADLINE = 4.0
"""Seconds after SIGTERM/Ctrl+C by which the server has exited, whatever is still running."""
MAX_MESSAGE_BYTES = 64 * 1024
"""The largest websocket message taken from a page (keystrokes and resizes are tiny)."""
TEMPLATES = Path(__file__).resolve().parent / "templates"
LOOPBACK_NAMES = {"127.0.0.1", "localhost", "::1", "[::1]"}

log = logging.getLogger("oxybot.serve")

BUSY = {
    "en": "oxybot is busy: {n} people are using it right now. Please try again in a few minutes.",
    "id": "oxybot sedang penuh: {n} orang sedang memakainya. Silakan coba lagi beberapa menit lagi.",
}


def app_argv(content=None, lang: str | None = None) -> list[str]:
    """The command each browser session runs, as an argument list (no shell in between)."""
    argv = [sys.executable, "-m", "oxybot"]
    if content:
        argv += ["--content", str(Path(content).resolve())]
    if lang:
        argv += ["--lang", lang]
    return argv


def app_command(content=None, lang: str | None = None) -> str:
    """The same command as one shell-quoted line (how textual-serve shows it)."""
    return shlex.join(app_argv(content, lang))


def _as_int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        return default


def clamp_size(width, height) -> tuple[int, int]:
    """A terminal size a page may ask for: numbers only, within MIN..MAX in each direction."""
    width = min(max(_as_int(width, 80), MIN_WIDTH), MAX_WIDTH)
    height = min(max(_as_int(height, 24), MIN_HEIGHT), MAX_HEIGHT)
    return width, height


def max_sessions_default() -> int:
    value = _as_int(os.environ.get(MAX_SESSIONS_ENV), DEFAULT_MAX_SESSIONS)
    return value if value > 0 else DEFAULT_MAX_SESSIONS


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Linux: the app is killed if the server itself dies without cleaning up (kill -9)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:  # noqa: BLE001 - best effort, other systems rely on the normal cleanup
        pass


class AppSession(AppService):
    """One browser page's app: its own process group, sizes clamped, always ended."""

    def __init__(self, argv: list[str], **kwargs):
        super().__init__(shlex.join(argv), **kwargs)
        self.argv = argv

    async def _open_app_process(self, width: int = 80, height: int = 24):
        environment = self._build_environment(width=width, height=height)
        self._process = process = await asyncio.create_subprocess_exec(
            *self.argv, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE, env=environment, start_new_session=True,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)
        self._stdin = process.stdin
        return process

    async def run(self) -> None:
        try:
            await super().run()
        finally:  # the app ended (quit or crashed): the page has nothing left to talk to
            try:
                await self.remote_close()
            except Exception:  # noqa: BLE001 - the socket may be gone already
                pass

    async def set_terminal_size(self, width, height) -> None:
        await super().set_terminal_size(*clamp_size(width, height))

    async def stop(self) -> None:
        """Ask the app to quit; kill its process group if it has not within QUIT_GRACE seconds."""
        task, self._task = self._task, None
        if task is not None:
            try:
                await self._download_manager.cancel_app_downloads(app_service_id=self.app_service_id)
                await self.send_meta({"type": "quit"})
                await asyncio.wait_for(asyncio.shield(task), QUIT_GRACE)
            except Exception:  # noqa: BLE001 - timeout, broken pipe: kill below either way
                pass
        self.kill()
        process = self._process
        if process is not None:
            try:
                await asyncio.wait_for(process.wait(), 2.0)
            except Exception:  # noqa: BLE001
                pass
        if task is not None and not task.done():
            task.cancel()

    def kill(self) -> None:
        process = self._process
        if process is None or process.returncode is not None:  # reaped: its pid may belong to another now
            return
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


class OxybotServer(Server):
    """textual-serve's server with oxybot's page and the limits above."""

    def __init__(self, host: str, port: int, content=None, lang: str | None = None,
                 max_sessions: int | None = None, allow_hosts: list[str] | None = None) -> None:
        argv = app_argv(content, lang)
        super().__init__(shlex.join(argv), host=host, port=port, title="oxybot", templates_path=TEMPLATES)
        self.argv = argv
        self.lang = lang or "en"
        self.max_sessions = max_sessions or max_sessions_default()
        self.sessions: set[AppSession] = set()
        self.reserved = 0  # sessions accepted and still starting (counted before any await)
        self.loopback_only = host in LOOPBACK_NAMES
        # the names browsers may use for us; checked when we listen on loopback (a reverse proxy in
        # front, or this machine only) or when names are given
        self.host_names = {h.strip().lower().rsplit(":", 1)[0] if not h.strip().endswith("]") else
                           h.strip().lower() for h in allow_hosts or [] if h.strip()}
        self.check_host = self.loopback_only or bool(self.host_names)

    # -- who may connect ----------------------------------------------------------------------
    def _refusal(self, request) -> web.Response | None:
        """403 for a Host or Origin that is not ours, else None."""
        host_header = (request.headers.get("Host") or "").lower()
        hostname = host_header.rsplit(":", 1)[0] if not host_header.endswith("]") else host_header
        if self.check_host and hostname not in LOOPBACK_NAMES | self.host_names:
            return web.Response(status=403, text="oxybot: unknown host\n")
        origin = request.headers.get("Origin")
        if origin is not None:
            from yarl import URL

            try:
                parsed = URL(origin)
                scheme, authority = parsed.scheme, (parsed.raw_authority or "").lower()
            except (ValueError, TypeError):
                scheme = authority = None
            if scheme not in ("http", "https") or authority != host_header:
                log.warning("refused a connection from origin %r (served host %r)", origin, host_header)
                return web.Response(status=403, text="oxybot: this page may only be opened from its own address\n")
        return None

    def _busy(self) -> bool:
        return len(self.sessions) + self.reserved >= self.max_sessions

    # -- the page -----------------------------------------------------------------------------
    async def handle_index(self, request):
        refusal = self._refusal(request)
        if refusal is not None:
            return refusal
        scheme = request.headers.get("X-Forwarded-Proto", request.scheme)
        scheme = "https" if scheme == "https" else "http"
        ws_url = f"{'wss' if scheme == 'https' else 'ws'}://{request.host}/ws"
        context = {
            "font_size": min(max(_as_int(request.query.get("fontsize"), 16), 8), 40),
            "app_websocket_url": ws_url,
            "config": {"static": {"url": "/static/"}},
            "application": {"name": self.title},
            "lang": self.lang,
            "busy": self._busy(),
            "busy_text": BUSY.get(self.lang, BUSY["en"]).format(n=self.max_sessions),
        }
        response = aiohttp_jinja2.render_template("app_index.html", request, context,
                                                  status=503 if context["busy"] else 200)
        response.headers.update({
            # nothing from any other host: scripts, styles, fonts and the socket are all ours
            "Content-Security-Policy": (
                "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                f"img-src 'self' data:; font-src 'self'; connect-src 'self' {ws_url}; "
                "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"),
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
            "Cache-Control": "no-store",
        })
        return response

    # -- one session --------------------------------------------------------------------------
    async def handle_websocket(self, request):
        refusal = self._refusal(request)
        if refusal is not None:
            return refusal
        websocket = web.WebSocketResponse(heartbeat=15, max_msg_size=MAX_MESSAGE_BYTES)
        if self._busy():
            message = BUSY.get(self.lang, BUSY["en"]).format(n=self.max_sessions)
            try:
                await websocket.prepare(request)
                await websocket.send_bytes(("\r\n  " + message + "\r\n").encode("utf-8"))
                await websocket.close(code=1013, message=b"busy")  # 1013: try again later
            except (ConnectionError, RuntimeError):  # the visitor left already
                pass
            return websocket
        self.reserved += 1  # before the first await, so two pages cannot both take the last place
        session = None
        try:
            await websocket.prepare(request)
            width, height = clamp_size(request.query.get("width"), request.query.get("height"))
            session = AppSession(self.argv, write_bytes=websocket.send_bytes, write_str=websocket.send_str,
                                 close=websocket.close, download_manager=self.download_manager,
                                 debug=self.debug)
            self.sessions.add(session)
            self.reserved -= 1
            await session.start(width, height)
            await self._process_messages(websocket, session)
        except asyncio.CancelledError:
            pass
        except Exception as error:  # noqa: BLE001 - one bad page must not stop the server
            log.warning("session ended with an error: %s", error)
        finally:
            if session is None:
                self.reserved -= 1
            else:
                try:
                    await session.stop()
                finally:
                    session.kill()
                    self.sessions.discard(session)
            if not websocket.closed:
                try:
                    await websocket.close()
                except Exception:  # noqa: BLE001
                    pass
        return websocket

    async def _process_messages(self, websocket, session) -> None:
        """What the page sends: keys, sizes (clamped), focus and pings. Anything else is ignored."""
        async for message in websocket:
            if message.type != WSMsgType.TEXT:
                continue
            try:
                envelope = json.loads(message.data)
            except ValueError:
                continue
            if not isinstance(envelope, list) or not envelope:
                continue
            kind, data = envelope[0], envelope[1] if len(envelope) > 1 else None
            if kind == "stdin" and isinstance(data, str):
                await session.send_bytes(data.encode("utf-8", "replace"))
            elif kind == "resize" and isinstance(data, dict):
                await session.set_terminal_size(data.get("width"), data.get("height"))
            elif kind == "ping":
                await websocket.send_json(["pong", data if isinstance(data, (str, int, float)) else None])
            elif kind == "blur":
                await session.blur()
            elif kind == "focus":
                await session.focus()

    # -- start and stop -----------------------------------------------------------------------
    async def on_startup(self, app) -> None:
        host = self.host if ":" not in self.host else f"[{self.host}]"
        url = f"http://{host}:{self.port}"
        print(f"oxybot serve: {url} (at most {self.max_sessions} sessions at once; Ctrl+C stops)", flush=True)
        if not self.loopback_only:
            print("oxybot serve: there is no login; anyone who can reach this address can use oxybot. "
                  "Serve only on a trusted network.", flush=True)

    async def on_shutdown(self, app) -> None:
        self.kill_all()

    def kill_all(self) -> None:
        for session in list(self.sessions):
            session.kill()

    def request_exit(self) -> None:
        """SIGTERM or Ctrl+C: end every app now, and exit within STOP_DEADLINE seconds whatever happens."""
        self.kill_all()

        def hard_exit() -> None:
            self.kill_all()
            os._exit(0)

        watchdog = threading.Timer(STOP_DEADLINE, hard_exit)
        watchdog.daemon = True
        watchdog.start()
        raise GracefulExit()

    def run(self) -> None:
        self.initialize_logging()
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(sig, self.request_exit)
            except (NotImplementedError, RuntimeError):
                pass
        try:
            web.run_app(self._make_app(), host=self.host, port=self.port, handle_signals=False, loop=loop,
                        print=None, shutdown_timeout=1.0, access_log=None)
        finally:
            self.kill_all()


def make_server(host: str, port: int, content=None, lang: str | None = None,
                max_sessions: int | None = None, allow_hosts: list[str] | None = None) -> "OxybotServer":
    """The server; ``run()`` serves until SIGTERM or Ctrl+C."""
    return OxybotServer(host, port, content, lang, max_sessions, allow_hosts)


def serve(host: str = "127.0.0.1", port: int = 8000, content=None, lang: str | None = None,
          max_sessions: int | None = None, allow_hosts: list[str] | None = None) -> int:
    """Serve until SIGTERM or Ctrl+C; the exit code for the command line. ContentError when the
    content is broken."""
    from .engine.load import load_engine

    load_engine(content)  # refuse broken content up front; warms the cache for each session
    server = make_server(host, port, content, lang, max_sessions, allow_hosts)
    try:
        server.run()
    except OSError as exc:
        print(f"oxybot serve: cannot listen on {host}:{port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0
