"""``oxybot serve``: the same app in a browser, with textual-serve (one app process per page)."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path


def app_command(content=None, lang: str | None = None) -> str:
    """The shell command textual-serve runs for each browser session."""
    argv = [sys.executable, "-m", "oxybot"]
    if content:
        argv += ["--content", str(Path(content).resolve())]
    if lang:
        argv += ["--lang", lang]
    return shlex.join(argv)


def make_server(host: str, port: int, content=None, lang: str | None = None):
    from textual_serve.server import Server

    class OxybotServer(Server):
        """Links in the page use the address the browser used (a phone on the clinic's network
        reaches us by the laptop's address, not by the host we listen on, e.g. 0.0.0.0)."""

        async def handle_index(self, request):
            self.public_url = f"{request.scheme}://{request.host}"
            return await super().handle_index(request)

    return OxybotServer(app_command(content, lang), host=host, port=port, title="oxybot")


def serve(host: str = "127.0.0.1", port: int = 8000, content=None, lang: str | None = None) -> int:
    """Serve until Ctrl+C; the exit code for the command line. ContentError when the content is broken."""
    from .engine.load import load_engine

    load_engine(content)  # refuse broken content up front; warms the cache for each session
    server = make_server(host, port, content, lang)
    try:
        server.serve()
    except OSError as exc:
        print(f"oxybot serve: cannot listen on {host}:{port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0
