"""Read the Rasa training files in ``nlu/`` without importing Rasa.

The language detector, the baselines in the benchmark and the content checker
all need the examples; importing Rasa for that would cost seconds each time.
Files live at ``nlu/<lang>/<topic>.yml`` so the language of an example is the
name of its folder.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

#: Rasa's inline entity annotation: ``[text](entity)`` or ``[text]{...}``.
_ENTITY = re.compile(r"\[([^\]]+)\](\([^)]*\)|\{[^}]*\})")


@dataclass(frozen=True)
class Example:
    text: str
    intent: str
    language: str
    path: Path
    line: int


def iter_examples(nlu_dir: Path) -> Iterator[Example]:
    """Yield every example under ``nlu_dir``, with the file and line it came from."""
    for path in sorted(nlu_dir.rglob("*.yml")):
        language = path.relative_to(nlu_dir).parts[0]
        yield from _examples_in(path, language)


def _examples_in(path: Path, language: str) -> Iterator[Example]:
    raw = path.read_text(encoding="utf-8")
    data = yaml.safe_load(raw) or {}
    lines = raw.splitlines()
    cursor = 0
    for block in data.get("nlu") or []:
        intent = block.get("intent")
        if not intent:
            continue
        for item in str(block.get("examples") or "").splitlines():
            item = item.strip()
            if not item.startswith("-"):
                continue
            text = _ENTITY.sub(r"\1", item[1:].strip())
            if not text:
                continue
            cursor = _find_line(lines, item, cursor)
            yield Example(text=text, intent=intent, language=language, path=path, line=cursor + 1)


def _find_line(lines: list[str], item: str, start: int) -> int:
    for index in range(start, len(lines)):
        if lines[index].strip() == item:
            return index
    return start
