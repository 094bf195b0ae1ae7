"""What every content rule sees: the parsed content, today's date, the problems so far."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.content.directory import Directory
from bot.content.library import Answer, Catalogue
from bot.content.problems import Problem, relative


class CheckContext:
    """What every rule sees: the parsed content, today's date, and the problems so far."""

    def __init__(
        self,
        root: Path,
        catalogue: Catalogue,
        directory: Directory,
        answers: dict[tuple[str, str], Answer],
        today: dt.date,
        problems: list[Problem],
    ) -> None:
        self.root = root
        self.catalogue = catalogue
        self.directory = directory
        self.answers = answers
        self.today = today
        self.problems = problems

    def where(self, answer: Answer) -> str:
        return relative(answer.path, self.root)

    def add(self, path: str, line: int, message: str, severity: str = "error") -> None:
        self.problems.append(Problem(path, line, message, severity))

    def body_line(self, answer: Answer, needle: str) -> int:
        lines = answer.path.read_text(encoding="utf-8").splitlines()
        for index in range(answer.body_line - 1, len(lines)):
            if needle in lines[index]:
                return index + 1
        return answer.body_line
