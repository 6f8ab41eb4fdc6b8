"""A minimal headless-Chromium driver for the tests: the DevTools protocol over a pipe.

Chromium started with ``--remote-debugging-pipe`` reads DevTools commands from its file
descriptor 3 and writes replies and events to descriptor 4, each message a JSON object ended
by a NUL byte. That needs neither a websocket client nor any package: only the standard
library. Used by tests/test_report.py and scripts/report_screenshot.py.
"""

from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--mute-audio"]

TRAMPOLINE = ("import os, sys; os.dup2(int(sys.argv[1]), 3); os.dup2(int(sys.argv[2]), 4); "
              "os.execv(sys.argv[3], sys.argv[3:])")


def find_chromium() -> str | None:
    """The Chromium binary: $STANCE_CHROMIUM, else the first of CANDIDATES on the PATH."""
    if os.environ.get("STANCE_CHROMIUM"):
        return os.environ["STANCE_CHROMIUM"]
    return next((path for name in CANDIDATES if (path := shutil.which(name))), None)


class BrowserError(RuntimeError):
    """Chromium failed, answered with an error, or did not answer in time."""


class Chromium:
    """One headless Chromium with a fresh profile and one page, driven through the DevTools protocol.

    Use as a context manager; :meth:`open` loads a URL, :meth:`js` evaluates an expression in
    the page, :meth:`click` clicks an element like a user (mouse events at its centre),
    :meth:`type` types into the focused element, :meth:`screenshot` returns PNG bytes.
    """

    def __init__(self, binary: str, width: int = 1280, height: int = 900, timeout: float = 30):
        self.timeout = timeout
        self._profile = tempfile.mkdtemp(prefix="stance-chromium-")
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()
        # Above 4, so that moving them onto 3 and 4 cannot overwrite one with the other.
        to_chrome_r, from_chrome_w = (_above_four(fd) for fd in (to_chrome_r, from_chrome_w))
        command = [binary, *FLAGS, f"--user-data-dir={self._profile}", "--remote-debugging-pipe",
                   f"--window-size={width},{height}", "about:blank"]
        # A small trampoline puts our pipe ends on the descriptors 3 and 4 Chromium expects,
        # then becomes Chromium (exec): no preexec_fn, which is unsafe with threads.
        self._proc = subprocess.Popen(
            [sys.executable, "-c", TRAMPOLINE, str(to_chrome_r), str(from_chrome_w), *command],
            pass_fds=(to_chrome_r, from_chrome_w), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict] = []
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        self._session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.send("Page.enable", session=True)
        self.send("Runtime.enable", session=True)
        self.send("Emulation.setDeviceMetricsOverride", session=True, width=width, height=height,
                  deviceScaleFactor=1, mobile=False)

    def __enter__(self) -> "Chromium":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        try:
            if self._proc.poll() is None:
                try:
                    self.send("Browser.close")
                except BrowserError:
                    pass
                try:
                    self._proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self._proc.kill()
                    self._proc.wait()
        finally:
            for fd in (self._to_chrome, self._from_chrome):
                try:
                    os.close(fd)
                except OSError:
                    pass
            if self._proc.stderr:
                self._proc.stderr.close()
            shutil.rmtree(self._profile, ignore_errors=True)

    # --- the protocol ---------------------------------------------------------------------------

    def send(self, method: str, session: bool = False, **params) -> dict:
        """Send a command and wait for its reply's ``result``."""
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self._session
        try:
            os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        except BrokenPipeError:
            self._proc.wait(timeout=10)
            err = self._proc.stderr.read().decode(errors="replace") if self._proc.stderr else ""
            raise BrowserError(f"Chromium exited ({self._proc.poll()}): {err.strip()[-500:]}") from None
        while True:
            reply = self._read()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            self.events.append(reply)

    def _read(self) -> dict:
        deadline = time.monotonic() + self.timeout
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._from_chrome], [], [], max(0.0, left))
            if not ready:
                raise BrowserError(f"Chromium did not answer within {self.timeout:.0f} s")
            data = os.read(self._from_chrome, 1 << 16)
            if not data:
                err = self._proc.stderr.read().decode(errors="replace") if self._proc.stderr else ""
                raise BrowserError(f"Chromium exited ({self._proc.poll()}): {err.strip()[-500:]}")
            self._buffer += data
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def wait_event(self, method: str) -> dict:
        """Wait for an event of the page (one already received counts)."""
        while True:
            for i, event in enumerate(self.events):
                if event.get("method") == method:
                    return self.events.pop(i)
            self.events.append(self._read())

    # --- what a test does -------------------------------------------------------------------------

    def open(self, url: str) -> None:
        """Load ``url`` and wait for its load event."""
        self.events.clear()
        self.send("Page.navigate", session=True, url=url)
        self.wait_event("Page.loadEventFired")

    def js(self, expression: str):
        """The value of a JavaScript expression in the page (JSON-serialisable)."""
        result = self.send("Runtime.evaluate", session=True, expression=expression,
                           returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression}: {result['exceptionDetails'].get('text')} "
                               f"{result['exceptionDetails'].get('exception', {}).get('description', '')}")
        return result["result"].get("value")

    def click(self, selector: str) -> None:
        """Scroll the element into view and click its centre with the mouse, as a user does."""
        box = self.js(f"(function () {{ var e = document.querySelector({json.dumps(selector)});"
                      " if (!e) { return null; } e.scrollIntoView({block: 'center'});"
                      " var r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()")
        if box is None:
            raise BrowserError(f"no element matches {selector!r}")
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            extra = {"button": "left", "clickCount": 1} if kind != "mouseMoved" else {}
            self.send("Input.dispatchMouseEvent", session=True, type=kind, x=box[0], y=box[1], **extra)

    def type(self, text: str) -> None:
        """Type text into the focused element (fires its input event)."""
        self.send("Input.insertText", session=True, text=text)

    def screenshot(self, full_page: bool = False) -> bytes:
        """The page as PNG bytes: the viewport, or the whole page."""
        params = {"format": "png"}
        if full_page:
            params["captureBeyondViewport"] = True
            size = self.js("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
            params["clip"] = {"x": 0, "y": 0, "width": size[0], "height": size[1], "scale": 1}
        return base64.b64decode(self.send("Page.captureScreenshot", session=True, **params)["data"])


def _above_four(fd: int) -> int:
    """A copy of ``fd`` numbered 10 or more (the original is closed)."""
    import fcntl

    high = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return high


def file_url(path: str | os.PathLike) -> str:
    return Path(path).resolve().as_uri()
