"""``rightsbot content check``: load ``content/`` and ``locales/`` through every rule.

The same function decides whether a running bot may serve an edited file
(see :mod:`bot.content.live`), so what the checker prints is exactly what
stops an edit from going live. The rules themselves are in
:mod:`bot.content.rules`.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from babel.messages.pofile import read_po

from bot.content import rules, rules_contacts, rules_screen
from bot.content.context import CheckContext
from bot.content.directory import load_directory
from bot.content.handoff import load_handoff
from bot.content.library import (
    Answer,
    Library,
    content_files,
    content_version,
    load_catalogue,
    parse_answer,
)
from bot.content.problems import Problem, relative
from bot.settings import LANGUAGES

RULES = (*rules.RULES, *rules_screen.RULES, *rules_contacts.RULES)


def load_library(
    content_dir: Path,
    locales_dir: Path | None = None,
    today: dt.date | None = None,
) -> tuple[Library | None, list[Problem]]:
    """Load and check everything; the library is None when any error was found."""
    root = content_dir.parent
    today = today or dt.date.today()
    problems: list[Problem] = []
    catalogue = load_catalogue(content_dir / "topics.yml", problems, root)
    directory = load_directory(
        content_dir / "directory.yml", content_dir / "cities.yml", problems, root
    )
    answers: dict[tuple[str, str], Answer] = {}
    for path in sorted(content_dir.glob("*/*.md")):
        if path.stem not in LANGUAGES:
            problems.append(
                Problem(
                    relative(path, root),
                    1,
                    f"the bot does not speak {path.stem!r}; name the file es.md, en.md or ht.md",
                    "warning",
                )
            )
            continue
        answer = parse_answer(path, root, problems)
        if answer is not None:
            answers[(answer.topic, answer.language)] = answer
    context = CheckContext(root, catalogue, directory, answers, today, problems)
    for rule in RULES:
        rule(context)
    if locales_dir is not None:
        check_locales(locales_dir, root, problems)
    if (content_dir / "handoff.yml").exists():  # optional: only the hand-off to staff reads it
        load_handoff(content_dir / "handoff.yml", root, problems)
    problems.sort(key=lambda p: (p.path, p.line, p.message))
    if any(p.is_error for p in problems):
        return None, problems
    library = Library(
        catalogue=catalogue,
        answers=answers,
        directory=directory,
        version=content_version(content_files(content_dir)),
        problems=problems,
    )
    return library, problems


def check_locales(locales_dir: Path, root: Path, problems: list[Problem]) -> None:
    """7. Interface strings: every string translated in es and ht, nothing fuzzy."""
    template = locales_dir / "messages.pot"
    template_ids: set[str] = set()
    if template.exists():
        with template.open("rb") as handle:
            template_ids = {str(m.id) for m in read_po(handle) if m.id}
    for language in LANGUAGES:
        path = locales_dir / language / "LC_MESSAGES" / "messages.po"
        where = relative(path, root)
        if not path.exists():
            problems.append(Problem(where, 1, f"the {language} catalog is missing"))
            continue
        try:
            with path.open("rb") as handle:
                catalog = read_po(handle, abort_invalid=True)
        except Exception as error:  # babel raises PoFileError and ValueError variants
            problems.append(Problem(where, getattr(error, "lineno", 1), f"broken catalog: {error}"))
            continue
        ids = set()
        for message in catalog:
            if not message.id:
                continue
            ids.add(str(message.id) if isinstance(message.id, str) else str(message.id[0]))
            line = message.lineno or 1
            if message.fuzzy:
                problems.append(
                    Problem(
                        where, line, "fuzzy translation: check it, then remove the '#, fuzzy' line"
                    )
                )
            elif language != "en" and not _translated(message.string):
                problems.append(Problem(where, line, f"not translated: {str(message.id)[:60]!r}"))
            elif language != "en" and not _same_placeholders(message.id, message.string):
                problems.append(
                    Problem(where, line, "the {placeholders} differ from the English text")
                )
        for missing in sorted(template_ids - ids):
            problems.append(
                Problem(where, 1, f"not in the catalog yet: {missing[:60]!r} (run `make locales`)")
            )


def _translated(value: object) -> bool:
    if isinstance(value, (tuple, list)):
        return all(bool(v) for v in value)
    return bool(value)


def _same_placeholders(source: object, target: object) -> bool:
    if not isinstance(source, str) or not isinstance(target, str):
        return True
    return set(re.findall(r"\{\w*\}", source)) == set(re.findall(r"\{\w*\}", target))
