"""``conversation serve``: the app in a web browser, on this machine only (textual-serve).

The server listens on 127.0.0.1 alone and has no login, so it says so when it starts. Each
browser tab gets its own copy of the app, started as ``python -m conversation.commands.serve``
with the same sessions folder; the copies share the session locks like any two windows.
"""

from __future__ import annotations

import argparse
import re
import shlex
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from conversation.commands import add_sessions_option, add_theme_option
from conversation.errors import ConversationError
from conversation.paths import sessions_dir, settings_file

HOST = "127.0.0.1"
"""Loopback only: the page is for the browser on this machine."""
DEFAULT_PORT = 8000
TITLE = "What matters"
WEB_FONT = re.compile(r"\s*<link[^>]*fonts\.googleapis\.com[^>]*>", re.IGNORECASE)
"""textual-serve's page asks Google for a web font; the product's page makes no such call."""


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare ``serve [--port N]``."""
    serve = subparsers.add_parser(
        "serve", help="the app in a web browser on this machine (127.0.0.1, no login)"
    )
    serve.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"port to listen on (default {DEFAULT_PORT})"
    )
    serve.add_argument(
        "--scripts", metavar="DIR", default=None, help="folder of scripts (default: bundled)"
    )
    add_sessions_option(serve)
    add_theme_option(serve)
    serve.set_defaults(run=run)


def start_message(url: str) -> str:
    """What the server says on start: where the app is, and that it has no login."""
    return (
        f"conversation serve: the app is at {url}\n"
        "There is no login: anyone who can open this address can use the app and read the "
        "saved sessions.\n"
        f"It listens on this machine only ({HOST}) and is for use on this machine: do not "
        "forward or share the port.\n"
        "Each browser tab starts its own copy of the app. Press Ctrl+C to stop."
    )


def app_command(sessions: Path, scripts: Path | None) -> str:
    """The shell command textual-serve runs for each browser tab."""
    words = [sys.executable, "-m", "conversation.commands.serve", "--sessions", str(sessions)]
    if scripts is not None:
        words += ["--scripts", str(scripts)]
    return shlex.join(words)


def run(args: argparse.Namespace) -> int:
    """Serve the app until Ctrl+C; 2 for a bad port, theme or settings file, or a busy port."""
    from conversation.app_preferences import read_preferences

    port: int = args.port
    if not 1 <= port <= 65535:
        print(f"conversation serve: --port {port}: expected 1 to 65535", file=sys.stderr)
        return 2
    try:
        read_preferences(settings_file(), getattr(args, "theme", None))
    except ConversationError as error:
        print(f"conversation serve: {error}", file=sys.stderr)
        return 2
    sessions = sessions_dir(getattr(args, "sessions", None)).resolve()
    scripts = Path(args.scripts).resolve() if args.scripts else None
    try:
        with tempfile.TemporaryDirectory(prefix="conversation-serve-") as templates:
            server = _local_server(app_command(sessions, scripts), port, Path(templates))
            server.serve()
    except OSError as error:
        print(
            f"conversation serve: cannot listen on {HOST}:{port} ({error.strerror or error}); "
            "choose another port with --port",
            file=sys.stderr,
        )
        return 2
    return 0


def offline_page(template: str) -> str:
    """textual-serve's page template with the app's title and without the web-font link, so
    the browser asks nothing of any other site (the font falls back to monospace)."""
    page = WEB_FONT.sub("", template)
    return page.replace("<head>", f"<head>\n    <title>{TITLE}</title>", 1)


def _local_server(command: str, port: int, templates: Path) -> Any:
    """A textual-serve server on loopback that prints the product's own start message and
    serves ``offline_page`` (written into ``templates``)."""
    import textual_serve
    from textual_serve.server import Server

    original = Path(textual_serve.__file__).parent / "templates" / "app_index.html"
    page = offline_page(original.read_text(encoding="utf-8"))
    (templates / "app_index.html").write_text(page, encoding="utf-8")

    class LocalServer(Server):
        """textual-serve's server, saying plainly what it is for when it starts."""

        async def on_startup(self, app: Any) -> None:
            print(start_message(self.public_url), flush=True)

    return LocalServer(command, host=HOST, port=port, title=TITLE, templates_path=templates)


def serve_child(argv: Sequence[str]) -> int:
    """One browser tab's copy of the app (textual-serve supplies its web driver)."""
    parser = argparse.ArgumentParser(prog="conversation-serve-app")
    parser.add_argument("--sessions", required=True)
    parser.add_argument("--scripts", default=None)
    args = parser.parse_args(list(argv))
    from conversation.app import make_app

    try:
        app = make_app(
            sessions_dir=Path(args.sessions),
            scripts_dir=Path(args.scripts) if args.scripts else None,
            settings_file=settings_file(),
        )
    except ConversationError as error:
        print(f"conversation serve: {error}", file=sys.stderr)
        return 2
    app.run()
    return int(app.return_code or 0)


if __name__ == "__main__":
    sys.exit(serve_child(sys.argv[1:]))
