"""``conversation serve``: the app in a web browser, on loopback only, driven by headless
Chromium through its DevTools protocol."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conversation.commands.serve import app_command, start_message

HOST = "127.0.0.1"
"""Loopback: the only address the server may listen on."""

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
)
WAIT = 30.0
"""Longest wait for anything to happen (a guard against hanging, not a timing check)."""

pytestmark = pytest.mark.slow


def chromium() -> str:
    """Debian's chromium, or skip: .ci/run installs it (apt-get install chromium)."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("chromium is not installed (apt-get install -y chromium)")


def free_port() -> int:
    """A port nothing listens on at the moment."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def wait_until(condition: Any, what: str, timeout: float = WAIT) -> Any:
    """Poll ``condition`` until it returns something true; fail naming ``what``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    pytest.fail(f"gave up waiting for {what}")


def process_tree(root: int) -> set[int]:
    """``root`` and every process descended from it (from /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree = {root}
    grew = True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    return tree


def socket_inodes(pids: set[int]) -> set[str]:
    """The socket inodes the processes hold open."""
    inodes: set[str] = set()
    for pid in pids:
        try:
            fds = list(Path(f"/proc/{pid}/fd").iterdir())
        except OSError:
            continue
        for fd in fds:
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[len("socket:[") : -1])
    return inodes


def decode_address(hex_address: str) -> tuple[str, int]:
    """An address from /proc/net/tcp or tcp6 ("0100007F:1F90") as (ip, port)."""
    ip_hex, port_hex = hex_address.split(":")
    raw = bytes.fromhex(ip_hex)
    if len(raw) == 4:
        ip = socket.inet_ntop(socket.AF_INET, raw[::-1])
    else:
        words = b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4))
        ip = socket.inet_ntop(socket.AF_INET6, words)
    return ip, int(port_hex, 16)


def listening(pids: set[int]) -> list[tuple[str, int]]:
    """Every TCP address the processes listen on."""
    inodes = socket_inodes(pids)
    found: list[tuple[str, int]] = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for row in Path(table).read_text().splitlines()[1:]:
            fields = row.split()
            if fields[3] == "0A" and fields[9] in inodes:  # 0A: LISTEN
                found.append(decode_address(fields[1]))
    return found


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], int, Path]]:
    """``conversation serve`` on a free port, with its output in a file; stopped after."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the listening-socket check reads /proc (Linux)")
    port = free_port()
    sessions = tmp_path / "sessions"
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "conversation", "--sessions", str(sessions), "serve",
             "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    try:
        wait_until(
            lambda: process.poll() is not None or f"{HOST}:{port}" in log.read_text(),
            "the server's start message",
        )
        assert process.poll() is None, log.read_text()
        yield process, port, sessions
    finally:
        process.terminate()
        try:
            process.wait(timeout=WAIT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class DevTools:
    """A minimal client of Chromium's DevTools protocol for one page."""

    def __init__(self, websocket: Any) -> None:
        self.websocket = websocket
        self.next_id = 0

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        """Send one command and return its result."""
        self.next_id += 1
        ask = self.next_id
        await self.websocket.send_str(json.dumps({"id": ask, "method": method, "params": params}))
        while True:
            message = json.loads((await self.websocket.receive()).data)
            if message.get("id") == ask:
                if "error" in message:
                    raise AssertionError(f"{method}: {message['error']}")
                return dict(message.get("result", {}))

    async def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page."""
        result = await self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    async def wait_for(self, expression: str, what: str) -> Any:
        """Poll a JavaScript expression until it is true."""
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            value = await self.evaluate(expression)
            if value:
                return value
            await asyncio.sleep(0.2)
        raise AssertionError(f"gave up waiting for {what} ({expression})")

    async def key(self, key: str, code: str, key_code: int, text: str = "") -> None:
        """Press and release one key in the page."""
        common: dict[str, Any] = {"key": key, "code": code, "windowsVirtualKeyCode": key_code}
        down = dict(common, type="keyDown")
        if text:
            down["text"] = text
        await self.call("Input.dispatchKeyEvent", **down)
        await self.call("Input.dispatchKeyEvent", **dict(common, type="keyUp"))


async def drive_page(devtools_port: int, sessions: Path, port: int) -> dict[str, Any]:
    """Load the app's page, wait for the app to draw, skip the name, press p (practise) and
    wait for the new session's file: the app runs and answers keys in the browser."""
    import aiohttp

    async with aiohttp.ClientSession() as client:
        async with client.get(f"http://{HOST}:{devtools_port}/json/list") as response:
            pages = [page for page in await response.json() if page.get("type") == "page"]
        assert pages, "chromium opened no page"
        async with client.ws_connect(pages[0]["webSocketDebuggerUrl"], max_msg_size=0) as ws:
            tools = DevTools(ws)
            await tools.wait_for(
                f"location.href.startsWith('http://{HOST}:{port}') && "
                "document.readyState === 'complete'",
                "the page to load",
            )
            seen: dict[str, Any] = {
                "title": await tools.evaluate("document.title"),
                "intro": await tools.evaluate(
                    "document.querySelector('.intro-dialog').innerText"
                ),
                "websocket": await tools.evaluate(
                    "document.getElementById('terminal').dataset.sessionWebsocketUrl"
                ),
            }
            await tools.wait_for(
                "document.getElementById('terminal').classList.contains('-connected')",
                "the page to connect to the app",
            )
            await tools.wait_for(
                "document.body.classList.contains('-first-byte')", "the app's first screen"
            )
            await tools.evaluate("document.querySelector('.xterm-helper-textarea').focus()")
            deadline = time.monotonic() + WAIT
            while not list(sessions.glob("*.toml")) and time.monotonic() < deadline:
                await tools.key("Escape", "Escape", 27)  # the name dialog: skip
                await asyncio.sleep(0.5)
                await tools.key("p", "KeyP", 80, text="p")  # home screen: practise
                await asyncio.sleep(1.0)
            seen["sessions"] = sorted(path.name for path in sessions.glob("*.toml"))
    return seen


def test_serve_shows_the_app_in_headless_chromium_on_loopback_only(
    server: tuple[subprocess.Popen[bytes], int, Path], tmp_path: Path
) -> None:
    process, port, sessions = server
    url = f"http://{HOST}:{port}"
    log = (tmp_path / "serve.log").read_text()
    assert "no login" in log and "this machine" in log, log

    with urllib.request.urlopen(url + "/", timeout=WAIT) as response:
        page = response.read().decode("utf-8")
    assert "<title>What matters</title>" in page and "textual.js" in page
    assert "googleapis" not in page  # the page asks nothing of other sites

    browser_data = tmp_path / "chromium-profile"
    browser = subprocess.Popen(
        [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={browser_data}",
         "--remote-debugging-port=0", "--window-size=1280,900", url + "/"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        active = browser_data / "DevToolsActivePort"
        wait_until(lambda: active.is_file() and active.read_text().strip(), "chromium to start")
        devtools_port = int(active.read_text().split()[0])
        seen = asyncio.run(drive_page(devtools_port, sessions, port))
        # While a browser tab has the app open: nothing the server started listens beyond
        # loopback, and the server listens on 127.0.0.1 alone.
        addresses = listening(process_tree(process.pid))
    finally:
        browser.terminate()
        try:
            browser.wait(timeout=WAIT)
        except subprocess.TimeoutExpired:
            browser.kill()
            browser.wait()

    assert seen["title"] == "What matters"
    assert "What matters" in seen["intro"]
    assert seen["websocket"] == f"ws://{HOST}:{port}/ws"
    assert len(seen["sessions"]) == 1, f"no practice session was started: {seen}"
    assert addresses == [(HOST, port)], addresses


def test_the_start_message_says_there_is_no_login_and_it_is_for_this_machine() -> None:
    message = start_message("http://127.0.0.1:8000")
    assert "http://127.0.0.1:8000" in message
    assert "no login" in message
    assert "this machine only" in message


def test_each_tab_runs_the_app_on_the_same_sessions_folder(tmp_path: Path) -> None:
    command = app_command(tmp_path / "my sessions", None)
    assert "conversation.commands.serve" in command
    assert f"'{tmp_path / 'my sessions'}'" in command  # quoted for the shell


def test_a_port_out_of_range_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    from conversation import cli

    assert cli.main(["serve", "--port", "70000"]) == 2
    assert "--port 70000: expected 1 to 65535" in capsys.readouterr().err
