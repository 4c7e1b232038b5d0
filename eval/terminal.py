"""Terminal helpers: when to colour, how wide to draw, and the progress lines on stderr.

:class:`Progress` shows the stage of one check (read, translate, align, drift); :class:`CountProgress`
counts units of work (lines translated, document pairs of a corpus) with rate and ETA.

Colour follows the common conventions: ``--color always|never`` wins; otherwise colour only when the
stream is a TTY, ``NO_COLOR`` is unset (any value, even empty, turns colour off, see no-color.org)
and ``TERM`` is not ``dumb``.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import threading
import time
from collections.abc import Sequence
from typing import IO

logger = logging.getLogger(__name__)

__all__ = [
    "COLOR_CHOICES",
    "STAGES",
    "Style",
    "use_color",
    "terminal_width",
    "truncate",
    "Progress",
    "CountProgress",
]

#: Values of ``--color``.
COLOR_CHOICES = ("auto", "always", "never")

#: The pipeline stages a progress callback reports, in the order the pipeline runs them.
STAGES = ("read", "translate", "align", "drift")

_CODES = {
    "bold": "1",
    "dim": "2",
    "underline": "4",
    "reverse": "7",
    "red": "31",
    "green": "32",
    "yellow": "33",
    "blue": "34",
    "magenta": "35",
    "cyan": "36",
    "bold_red": "1;31",
}


def _isatty(stream: IO[str]) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # closed or replaced streams (pytest capsys)
        return False


def use_color(mode: str = "auto", stream: IO[str] | None = None) -> bool:
    """Whether to write ANSI colour to ``stream`` under ``--color mode``.

    :param mode: one of :data:`COLOR_CHOICES`.
    :param stream: the stream the text goes to (default ``sys.stdout``).
    :raises ValueError: ``mode`` is not one of :data:`COLOR_CHOICES`.
    """
    if mode not in COLOR_CHOICES:
        raise ValueError(f"color mode {mode!r} is not one of {', '.join(COLOR_CHOICES)}")
    if mode == "always":
        return True
    if mode == "never":
        return False
    if "NO_COLOR" in os.environ:
        return False
    if os.environ.get("TERM") == "dumb":
        return False
    return _isatty(stream if stream is not None else sys.stdout)


class Style:
    """Wraps text in ANSI codes when enabled, and returns it unchanged otherwise."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, text: str, *styles: str) -> str:
        if not self.enabled or not styles or not text:
            return text
        codes = ";".join(_CODES[s] for s in styles)
        return f"\x1b[{codes}m{text}\x1b[0m"


def terminal_width(stream: IO[str] | None = None, default: int = 100) -> int:
    """Columns to draw in: the terminal's width on a TTY (``COLUMNS`` honoured), else ``default``.

    Output piped to a file keeps a fixed width so that logs and golden files do not depend on the
    window the command happened to run in.
    """
    stream = stream if stream is not None else sys.stdout
    if "COLUMNS" in os.environ or _isatty(stream):
        cols = shutil.get_terminal_size((default, 24)).columns
    else:
        cols = default
    return max(40, min(cols, 200))


def truncate(text: str, width: int, focus: tuple[int, int] | None = None) -> str:
    """Cut ``text`` to at most ``width`` characters with ``…``, keeping ``focus`` (start, end) visible.

    :param focus: a character range that must stay in view (a finding's span); the window is centred
        on it when the text is too long.
    """
    if width <= 1:
        return text[:width]
    if len(text) <= width:
        return text
    if focus is None or focus[1] <= width - 1:
        return text[: width - 1] + "…"
    start, end = focus
    room = width - 2  # an ellipsis on each side
    if end - start >= room:
        return "…" + text[start : start + room] + "…"
    left = max(0, start - (room - (end - start)) // 2)
    left = min(left, len(text) - (width - 1))
    if left + width - 1 >= len(text):
        return "…" + text[len(text) - (width - 1) :]
    return "…" + text[left : left + room] + "…"


class Progress:
    """A one-line stage progress bar on stderr, shown only on a TTY and only after ``delay`` seconds.

    Use it as the ``progress`` callback of :func:`wiredrift.eval.pipeline.run_check`: each call names
    the stage that starts. A background thread redraws the elapsed time; :meth:`close` erases the line.
    Short runs print nothing at all, and nothing is ever written when the stream is not a TTY.
    """

    def __init__(
        self,
        stages: Sequence[str] = STAGES,
        stream: IO[str] | None = None,
        delay: float = 1.0,
        enabled: bool | None = None,
    ) -> None:
        self.stages = list(stages)
        self.stream = stream if stream is not None else sys.stderr
        self.delay = delay
        self.enabled = _isatty(self.stream) if enabled is None else enabled
        self.stage: str | None = None
        self.done = 0
        self._t0 = time.monotonic()
        self._drawn = False
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __call__(self, stage: str) -> None:
        with self._lock:
            if stage in self.stages:
                self.done = self.stages.index(stage)
            self.stage = stage
        if self.enabled and self._thread is None:
            self._thread = threading.Thread(target=self._tick, name="wiredrift-progress", daemon=True)
            self._thread.start()

    def render(self, elapsed: float, width: int = 80) -> str:
        """The progress line for the current stage (without carriage return)."""
        total = max(1, len(self.stages))
        bar_w = 20
        filled = int(bar_w * self.done / total)
        bar = "#" * filled + "-" * (bar_w - filled)
        line = f"wiredrift [{bar}] {self.done + 1}/{total} {self.stage or ''}… {elapsed:.1f}s"
        return line[: max(10, width - 1)]

    def _tick(self) -> None:
        while not self._stop.wait(0.1):
            elapsed = time.monotonic() - self._t0
            if elapsed < self.delay:
                continue
            with self._lock:
                width = shutil.get_terminal_size((80, 24)).columns
                self.stream.write("\r\x1b[2K" + self.render(elapsed, width))
                self.stream.flush()
                self._drawn = True

    def close(self) -> None:
        """Stop redrawing and erase the line if one was drawn."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=1.0)
        with self._lock:
            if self._drawn:
                self.stream.write("\r\x1b[2K")
                self.stream.flush()
                self._drawn = False

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class CountProgress:
    """A progress line for counted work: ``label [####....] done/total unit  rate unit/s  eta``.

    On a TTY it redraws one line (at most every 0.2 s); elsewhere (a log file, CI) it prints a line at
    most every ``every`` seconds and always once when the work is done. Subclasses add figures with
    :meth:`_details`.

    :param total: units of work in all.
    :param done: units already done before this run (a resumed run); they count for the bar, not the rate.
    :param unit: what is counted (``pairs``, ``lines``).
    :param label: a word in front of the bar (``translating``).
    :param enabled: ``False`` draws nothing.
    """

    width = 24

    def __init__(self, total: int, done: int = 0, stream: IO[str] | None = None, every: float = 5.0, *,
                 unit: str = "items", label: str = "", enabled: bool = True) -> None:
        self.total = total
        self.done = done
        self.unit = unit
        self.label = label
        self.enabled = enabled
        self.stream = stream if stream is not None else sys.stderr
        self.tty = _isatty(self.stream)
        self.every = 0.2 if self.tty else every
        self._start = time.perf_counter()
        self._new = 0
        self._last = 0.0
        self._open = False  # a TTY line drawn and not ended yet

    def advance(self, n: int = 1) -> None:
        """Count ``n`` more units done and redraw when it is time (or the work is complete)."""
        self.done += n
        self._new += n
        now = time.perf_counter()
        if self.enabled and (now - self._last >= self.every or self.done >= self.total):
            self._last = now
            self._draw(now)

    def _details(self, elapsed: float) -> str:
        """Extra figures after the rate, each preceded by two spaces."""
        return ""

    def line(self, now: float | None = None) -> str:
        """The progress line (without carriage return or line end)."""
        elapsed = max((now or time.perf_counter()) - self._start, 1e-9)
        rate = self._new / elapsed
        left = self.total - self.done
        eta = f"{left / rate:.0f}s" if rate > 0 and left > 0 else "-"
        fill = min(self.width, int(self.width * self.done / self.total)) if self.total else self.width
        head = f"{self.label} " if self.label else ""
        return (
            f"{head}[{'#' * fill}{'.' * (self.width - fill)}] {self.done}/{self.total} {self.unit}  "
            f"{rate:.2f} {self.unit}/s{self._details(elapsed)}  eta {eta}"
        )

    def _draw(self, now: float) -> None:
        if self.tty:
            self.stream.write("\r" + self.line(now) + "\x1b[K")
            self._open = True
            if self.done >= self.total:
                self.close()
        else:
            self.stream.write(self.line(now) + "\n")
        self.stream.flush()

    def close(self) -> None:
        """End a line left open on a TTY (the work stopped early), so the next output starts clean."""
        if self._open:
            self.stream.write("\n")
            self.stream.flush()
            self._open = False

    def __enter__(self) -> CountProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
