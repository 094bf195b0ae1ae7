"""``content/handoff.yml``: office hours, the wait to expect, and who reads a hand-off.

The organisation edits these facts, not the code: they change with staffing.
The file is checked by ``rightsbot content check`` like the answers, and the
running bot reads it again when it changes, keeping the last good version
while an edit is broken (the same promise as :mod:`bot.content.live`).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from bot.content.problems import Problem, relative, yaml_line, yaml_reason
from bot.settings import LANGUAGES

log = logging.getLogger(__name__)

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PER_LANGUAGE = ("hours_text", "expected_wait", "who_reads")


@dataclass(frozen=True)
class OfficeHours:
    """When staff answer, in their own time zone (a person may write from anywhere)."""

    days: frozenset[int]  # 0 = Monday, as datetime.weekday()
    opens: dt.time
    closes: dt.time
    zone: ZoneInfo

    def is_open(self, when: dt.datetime) -> bool:
        local = when.astimezone(self.zone)
        return local.weekday() in self.days and self.opens <= local.time() < self.closes

    def next_opening(self, when: dt.datetime) -> dt.datetime:
        """The next moment the office opens after ``when`` (in the office's time zone)."""
        local = when.astimezone(self.zone)
        for ahead in range(8):
            day = local.date() + dt.timedelta(days=ahead)
            start = dt.datetime.combine(day, self.opens, tzinfo=self.zone)
            if day.weekday() in self.days and start > local:
                return start
        return local  # no office days at all: the checker refuses that


@dataclass(frozen=True)
class HandoffConfig:
    """Everything ``content/handoff.yml`` says, validated."""

    hours: OfficeHours
    hours_text: dict[str, str]
    expected_wait: dict[str, str]
    who_reads: dict[str, str]
    remind_after_minutes: float
    close_idle_hours: float
    staff_language: str


def load_handoff(path: Path, root: Path, problems: list[Problem]) -> HandoffConfig | None:
    """Parse and check the file; problems are appended, None when any is an error."""
    where = relative(path, root)
    before = len(problems)
    if not path.exists():
        problems.append(Problem(where, 1, "missing: the hand-off to staff needs this file"))
        return None
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        problems.append(Problem(where, yaml_line(error, 0), yaml_reason(error)))
        return None
    if not isinstance(data, dict):
        problems.append(Problem(where, 1, "expected keys such as timezone, hours, who_reads"))
        return None

    def bad(message: str) -> None:
        problems.append(Problem(where, _line_of(path, message.split(":")[0]), message))

    try:
        zone = ZoneInfo(str(data.get("timezone") or ""))
    except (ZoneInfoNotFoundError, ValueError):
        bad(f"timezone: {data.get('timezone')!r} is not a time zone (e.g. America/Mexico_City)")
        zone = ZoneInfo("UTC")
    hours = data.get("hours") or {}
    days = [str(d).lower() for d in hours.get("days") or []]
    if not days or any(d not in DAYS for d in days):
        bad(f"hours: days must be some of {' '.join(DAYS)}, got {days}")
    opens, closes = _time(hours.get("open")), _time(hours.get("close"))
    if opens is None or closes is None or opens >= closes:
        bad('hours: open and close must be times like "09:00", open before close')
    texts: dict[str, dict[str, str]] = {}
    for key in PER_LANGUAGE:
        value = data.get(key) or {}
        texts[key] = {lang: str(value.get(lang) or "").strip() for lang in LANGUAGES}
        missing = [lang for lang, text in texts[key].items() if not text]
        if missing:
            bad(f"{key}: missing in {', '.join(missing)}")
    numbers = {}
    for key in ("remind_after_minutes", "close_idle_hours"):
        value = data.get(key)
        if not isinstance(value, int | float) or value <= 0:
            bad(f"{key}: expected a number above 0, got {value!r}")
            value = 1
        numbers[key] = float(value)
    staff_language = str(data.get("staff_language") or "")
    if staff_language not in LANGUAGES:
        bad(f"staff_language: expected one of {', '.join(LANGUAGES)}, got {staff_language!r}")
    if any(p.is_error for p in problems[before:]):
        return None
    assert opens is not None and closes is not None
    return HandoffConfig(
        hours=OfficeHours(frozenset(DAYS.index(d) for d in days), opens, closes, zone),
        hours_text=texts["hours_text"],
        expected_wait=texts["expected_wait"],
        who_reads=texts["who_reads"],
        remind_after_minutes=numbers["remind_after_minutes"],
        close_idle_hours=numbers["close_idle_hours"],
        staff_language=staff_language,
    )


def _time(value: object) -> dt.time | None:
    try:
        return dt.time.fromisoformat(str(value))
    except ValueError:
        return None


def _line_of(path: Path, key: str) -> int:
    """The line where ``key:`` starts, so a volunteer lands on it."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith(f"{key}:"):
            return number
    return 1


class HandoffFile:
    """The current hand-off settings, read again when the file changes.

    A broken edit is logged and the last good version stays in use, so a typo
    in the office hours never stops a person from reaching staff.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._stamp: tuple[int, int] | None = None
        self._config: HandoffConfig | None = None

    @property
    def config(self) -> HandoffConfig:
        stamp = self._stat()
        if stamp != self._stamp or self._config is None:
            problems: list[Problem] = []
            loaded = load_handoff(self._path, self._path.parent.parent, problems)
            self._stamp = stamp
            if loaded is not None:
                self._config = loaded
            for problem in problems:
                log.error("hand-off settings: %s", problem)
            if self._config is None:
                raise ValueError(f"{self._path}: no valid hand-off settings")
        return self._config

    def _stat(self) -> tuple[int, int] | None:
        try:
            stat = self._path.stat()
        except OSError:
            return None
        return (stat.st_mtime_ns, stat.st_size)
