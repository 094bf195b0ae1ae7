"""The curated answers in ``content/``: parsing, the in-memory library, rendering.

Each answer is ``content/<topic>/<lang>.md``: YAML front matter (title, label,
sources, reviewed_on, reviewed_by, status, related), a short answer, a line
``<!-- more -->``, then details. Volunteers edit these files; parsing records
every problem with its file and line (see :mod:`bot.content.rules` for the
rules) instead of stopping at the first.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.content.directory import Directory
from bot.content.problems import Problem, relative, yaml_line, yaml_reason

MORE_MARKER = "<!-- more -->"
STATUSES = ("draft", "reviewed")
REQUIRED_KEYS = ("title", "label", "status", "reviewed_on", "sources", "related")
#: A lawyer's sign-off: only answers with this status are served under RIGHTSBOT_REVIEWED_ONLY.
REVIEWED = "reviewed"


@dataclass(frozen=True)
class Answer:
    """One topic in one language, as a volunteer wrote it."""

    topic: str
    language: str
    title: str
    #: Short name for buttons and the staff report (at most 22 characters).
    label: str
    status: str
    reviewed_on: dt.date
    sources: tuple[str, ...]
    related: tuple[str, ...]
    short: str
    more: str
    path: Path
    body_line: int  # line number where the body starts, for messages
    #: Who signed the answer off (a lawyer's name or organisation); None for drafts.
    reviewed_by: str | None = None

    @property
    def has_more(self) -> bool:
        return bool(self.more.strip())

    @property
    def is_reviewed(self) -> bool:
        return self.status == REVIEWED


@dataclass(frozen=True)
class Catalogue:
    """``content/topics.yml``: which topics exist and how the menu groups them."""

    legal: tuple[str, ...]
    conversation: tuple[str, ...]
    menu: dict[str, tuple[str, ...]]

    @property
    def all(self) -> tuple[str, ...]:
        return self.legal + self.conversation

    def is_legal(self, topic: str) -> bool:
        return topic in self.legal


@dataclass
class Library:
    """All content, loaded and checked; immutable once built."""

    catalogue: Catalogue
    answers: dict[tuple[str, str], Answer]
    directory: Directory
    version: str
    problems: list[Problem] = field(default_factory=list)

    def answer(self, topic: str, language: str) -> Answer | None:
        return self.answers.get((topic, language)) or self.answers.get((topic, "es"))

    def title(self, topic: str, language: str) -> str:
        answer = self.answer(topic, language)
        return answer.title if answer else topic

    def label(self, topic: str, language: str) -> str:
        """The short name shown on buttons and in the staff report."""
        answer = self.answer(topic, language)
        return (answer.label or answer.title) if answer else topic


def load_catalogue(path: Path, problems: list[Problem], root: Path) -> Catalogue:
    where = relative(path, root)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        problems.append(Problem(where, 1, "the topic catalogue is missing"))
        return Catalogue((), (), {})
    except yaml.YAMLError as error:
        problems.append(Problem(where, yaml_line(error, 0), f"broken YAML: {yaml_reason(error)}"))
        return Catalogue((), (), {})
    legal = tuple(str(t) for t in data.get("legal") or ())
    conversation = tuple(str(t) for t in data.get("conversation") or ())
    menu = {str(k): tuple(str(t) for t in v or ()) for k, v in (data.get("menu") or {}).items()}
    return Catalogue(legal, conversation, menu)


def parse_answer(path: Path, root: Path, problems: list[Problem]) -> Answer | None:
    """Parse one answer file; record problems and return None if it cannot be used."""
    where = relative(path, root)
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        problems.append(Problem(where, 1, "the file is not UTF-8 text; save it as UTF-8"))
        return None
    lines = raw.splitlines()
    if not lines or lines[0].strip() != "---":
        problems.append(Problem(where, 1, "the file must start with a line '---' (front matter)"))
        return None
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        problems.append(Problem(where, 1, "the front matter is never closed with a line '---'"))
        return None
    try:
        meta = yaml.safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as error:
        problems.append(
            Problem(where, yaml_line(error, 1), f"broken front matter: {yaml_reason(error)}")
        )
        return None
    if not isinstance(meta, dict):
        problems.append(Problem(where, 2, "the front matter must be 'key: value' lines"))
        return None
    ok = True
    for key in REQUIRED_KEYS:
        if key not in meta:
            problems.append(Problem(where, 1, f"front matter has no '{key}:'"))
            ok = False
    if not ok:
        return None
    key_line = _key_lines(lines[1:end], offset=2)
    status = str(meta["status"])
    if status not in STATUSES:
        problems.append(
            Problem(
                where, key_line.get("status", 1), f"status is {status!r}; use draft or reviewed"
            )
        )
    reviewed = meta["reviewed_on"]
    if isinstance(reviewed, str):
        try:
            reviewed = dt.date.fromisoformat(reviewed)
        except ValueError:
            reviewed = None
    if not isinstance(reviewed, dt.date):
        problems.append(
            Problem(
                where, key_line.get("reviewed_on", 1), "reviewed_on must be a date like 2026-11-28"
            )
        )
        return None
    sources = _string_list(meta["sources"])
    related = _string_list(meta["related"])
    if sources is None or related is None:
        problems.append(
            Problem(where, key_line.get("sources", 1), "sources and related must be lists")
        )
        return None
    body = "\n".join(lines[end + 1 :])
    short, marker, more = body.partition(MORE_MARKER)
    return Answer(
        topic=path.parent.name,
        language=path.stem,
        title=str(meta["title"]).strip(),
        label=str(meta["label"] or "").strip(),
        status=status,
        reviewed_on=reviewed,
        sources=tuple(sources),
        related=tuple(related),
        short=short.strip(),
        more=more.strip() if marker else "",
        path=path,
        body_line=end + 2,
        reviewed_by=str(meta["reviewed_by"]).strip() if meta.get("reviewed_by") else None,
    )


def front_matter_lines(path: Path) -> dict[str, int]:
    """Line numbers of the front matter keys, for messages about a key's value."""
    lines = path.read_text(encoding="utf-8").splitlines()
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        return {}
    return _key_lines(lines[1:end], offset=2)


def _key_lines(lines: list[str], offset: int) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, line in enumerate(lines):
        match = re.match(r"^([A-Za-z_]+)\s*:", line)
        if match:
            found.setdefault(match.group(1), index + offset)
    return found


def _string_list(value: Any) -> list[str] | None:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(item) for item in value]
    return None


def content_version(paths: list[Path]) -> str:
    """A short hash of the content files: logs say which version an answer came from."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def content_files(content_dir: Path) -> list[Path]:
    return sorted(
        [*content_dir.glob("*/*.md"), *content_dir.glob("*.yml")],
    )
