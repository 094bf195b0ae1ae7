"""Problems found in files volunteers edit, reported as ``path:line: what is wrong``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a file; ``severity`` is ``error`` or ``warning``."""

    path: str
    line: int
    message: str
    severity: str = "error"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        label = "" if self.is_error else "warning: "
        return f"{self.path}:{self.line}: {label}{self.message}"


def relative(path: Path, root: Path) -> str:
    """The path as a volunteer sees it in the repository."""
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def yaml_line(error: yaml.YAMLError, offset: int) -> int:
    """The 1-based line of a YAML error, shifted by where the YAML starts in the file."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    return (mark.line + 1 + offset) if mark is not None else 1 + offset


def yaml_reason(error: yaml.YAMLError) -> str:
    problem = getattr(error, "problem", None)
    return str(problem or error).split("\n")[0]
