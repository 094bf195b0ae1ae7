"""Keep serving the last good content while volunteers edit the files.

The running bot calls :meth:`ContentStore.refresh` every few seconds. It looks
at file modification times (cheap), and only when something changed does it
load and check everything again. A broken edit is reported and ignored: the
previous library keeps answering until the files are fixed.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from bot.content.check import load_library
from bot.content.library import Library
from bot.content.problems import Problem

log = logging.getLogger(__name__)


class ContentError(Exception):
    """The content has errors and there is no earlier good version to fall back on."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        errors = [p for p in problems if p.is_error]
        super().__init__("\n".join(str(p) for p in errors))


class ContentStore:
    """Holds the current :class:`Library` and swaps it when the files change."""

    def __init__(self, content_dir: Path, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._dir = content_dir
        self._today = today
        self._library: Library | None = None
        self._stamp: tuple[tuple[str, int, int], ...] = ()
        self.last_problems: list[Problem] = []

    @property
    def library(self) -> Library:
        if self._library is None:
            self.load()
        assert self._library is not None
        return self._library

    def load(self) -> Library:
        """First load: raise :class:`ContentError` when the content has errors."""
        stamp = self._current_stamp()
        library, problems = load_library(self._dir, today=self._today())
        self.last_problems = problems
        if library is None:
            raise ContentError(problems)
        self._library, self._stamp = library, stamp
        return library

    def refresh(self) -> bool:
        """Reload when files changed; True when new content is now served."""
        stamp = self._current_stamp()
        if stamp == self._stamp:
            return False
        library, problems = load_library(self._dir, today=self._today())
        self.last_problems = problems
        self._stamp = stamp  # do not re-check the same broken files every tick
        if library is None:
            for problem in problems:
                if problem.is_error:
                    log.error("content not reloaded: %s", problem)
            return False
        self._library = library
        log.info("content reloaded: version %s", library.version)
        return True

    def _current_stamp(self) -> tuple[tuple[str, int, int], ...]:
        entries = []
        for path in sorted(self._dir.rglob("*")):
            if path.is_file() and path.suffix in (".md", ".yml", ".yaml"):
                stat = path.stat()
                entries.append((str(path), stat.st_mtime_ns, stat.st_size))
        return tuple(entries)
