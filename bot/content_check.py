"""The rules ``rightsbot content check`` applies to ``content/`` and ``locales/``.

Modelled on tldr-lint: each rule is a function that appends one-line
``path:line: problem`` messages a volunteer can act on. Errors stop the
content from being used (the bot keeps serving the last good version);
warnings are questions ("is this intended?") and do not.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from babel.messages.pofile import read_po

from bot import telegram_html
from bot.content import (
    Answer,
    Catalogue,
    Library,
    content_files,
    content_version,
    front_matter_lines,
    load_catalogue,
    parse_answer,
)
from bot.directory import Directory, load_directory
from bot.problems import Problem, relative
from bot.settings import LANGUAGES

#: The short answer should fit a phone screen.
SHORT_SOFT_LIMIT = 800
#: After this many days a reviewed_on date asks for a new check.
STALE_AFTER_DAYS = 180
_URL = re.compile(r"https?://[^\s)>\]]+")
_PHONE = re.compile(r"(?<![\w/.])(?:\+?\d[\d ()-]{6,}\d|\b(?:911|089)\b)")
_RAW_HTML = re.compile(r"</?(?:[a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?/?>")
_NUMBER = re.compile(r"\b\d+\b")


def digits(phone: str) -> str:
    return re.sub(r"\D", "", phone)[-10:]


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
    context = _Context(root, catalogue, directory, answers, today, problems)
    for rule in RULES:
        rule(context)
    if locales_dir is not None:
        check_locales(locales_dir, root, problems)
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


class _Context:
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


def rule_topics_exist(ctx: _Context) -> None:
    """1. Every catalogue topic has a folder and every folder is a known topic."""
    content_dir = ctx.root / "content"
    folders = {p.name for p in content_dir.iterdir() if p.is_dir()}
    known = set(ctx.catalogue.all)
    for folder in sorted(folders - known):
        ctx.add(
            f"content/{folder}",
            1,
            f"unknown topic id {folder!r}: add it to content/topics.yml or rename the folder",
        )
    for topic in ctx.catalogue.all:
        if topic not in folders:
            ctx.add("content/topics.yml", 1, f"topic {topic!r} has no folder content/{topic}/")
    for group, topics in ctx.catalogue.menu.items():
        for topic in topics:
            if topic not in known:
                ctx.add("content/topics.yml", 1, f"menu {group!r} lists unknown topic {topic!r}")
    in_menu = {t for topics in ctx.catalogue.menu.values() for t in topics}
    for topic in ctx.catalogue.legal:
        if topic not in in_menu:
            ctx.add("content/topics.yml", 1, f"legal topic {topic!r} is in no menu group")


def rule_languages_complete(ctx: _Context) -> None:
    """2. Every topic is answered in es, en and ht."""
    for topic in ctx.catalogue.all:
        if not (ctx.root / "content" / topic).is_dir():
            continue
        for language in LANGUAGES:
            path = ctx.root / "content" / topic / f"{language}.md"
            if not path.exists():
                ctx.add(
                    f"content/{topic}/{language}.md",
                    1,
                    f"missing: topic {topic!r} has no {language} answer",
                )


def rule_front_matter_values(ctx: _Context) -> None:
    """3. Dates, sources and related topics make sense."""
    known = set(ctx.catalogue.all)
    for answer in ctx.answers.values():
        where = ctx.where(answer)
        keys = front_matter_lines(answer.path)
        if not answer.title:
            ctx.add(where, keys.get("title", 1), "title is empty")
        if answer.reviewed_on > ctx.today:
            ctx.add(
                where,
                keys.get("reviewed_on", 1),
                f"reviewed_on {answer.reviewed_on.isoformat()} is in the future",
            )
        elif (ctx.today - answer.reviewed_on).days > STALE_AFTER_DAYS:
            ctx.add(
                where,
                keys.get("reviewed_on", 1),
                f"reviewed_on is {(ctx.today - answer.reviewed_on).days} days old "
                f"(over {STALE_AFTER_DAYS}): are the facts still right?",
                "warning",
            )
        if ctx.catalogue.is_legal(answer.topic) and not answer.sources:
            ctx.add(
                where,
                keys.get("sources", 1),
                "a legal answer needs sources (law and article, or an official URL)",
            )
        for topic in answer.related:
            if topic not in known:
                ctx.add(where, keys.get("related", 1), f"related topic {topic!r} does not exist")
            elif topic == answer.topic:
                ctx.add(where, keys.get("related", 1), "an answer cannot be related to itself")


def rule_body(ctx: _Context) -> None:
    """4. The body renders to HTML Telegram accepts, at a length a phone can show."""
    for answer in ctx.answers.values():
        where = ctx.where(answer)
        if not answer.short:
            ctx.add(where, answer.body_line, "the short answer is empty")
            continue
        for match in _RAW_HTML.finditer(f"{answer.short}\n{answer.more}"):
            ctx.add(
                where,
                ctx.body_line(answer, match.group(0)),
                f"write Markdown, not HTML: {match.group(0)!r} would be shown as text",
            )
        short_html = "\n\n".join(telegram_html.render_blocks(answer.short))
        if len(short_html) > telegram_html.MAX_MESSAGE_LENGTH:
            ctx.add(
                where,
                answer.body_line,
                f"the short answer is {len(short_html)} characters; Telegram's limit is "
                f"{telegram_html.MAX_MESSAGE_LENGTH}. Move text below <!-- more -->",
            )
        elif len(short_html) > SHORT_SOFT_LIMIT:
            ctx.add(
                where,
                answer.body_line,
                f"the short answer is {len(short_html)} characters; keep it under about "
                f"{SHORT_SOFT_LIMIT} so it fits a phone screen",
                "warning",
            )
        for part in (answer.short, answer.more):
            for block in telegram_html.render_blocks(part):
                for issue in telegram_html.validate(block):
                    ctx.add(where, answer.body_line, f"Telegram would reject this: {issue}")


def rule_sourced_contacts(ctx: _Context) -> None:
    """5. Phones and URLs come from the directory or the answer's own sources."""
    known_urls = {p.website.rstrip("/") for p in ctx.directory.places if p.website}
    known_urls |= {u.rstrip("/.,;") for p in ctx.directory.places for u in _URL.findall(p.source)}
    known_phones = {
        digits(part) for p in ctx.directory.places if p.phone for part in _split_phones(p.phone)
    }
    for answer in ctx.answers.values():
        where = ctx.where(answer)
        own = {u.rstrip("/.,;") for s in answer.sources for u in _URL.findall(s)}
        body = f"{answer.short}\n{answer.more}"
        for url in _URL.findall(body):
            url = url.rstrip("/.,;")
            if url not in known_urls and url not in own and not _under(url, known_urls | own):
                ctx.add(
                    where,
                    ctx.body_line(answer, url),
                    f"URL {url} is not in content/directory.yml or this answer's sources",
                )
        for phone in _PHONE.findall(_URL.sub(" ", body)):
            if _looks_like_date_or_count(phone):
                continue
            if digits(phone) not in known_phones:
                ctx.add(
                    where,
                    ctx.body_line(answer, phone.strip()),
                    f"phone number {phone.strip()} is not in content/directory.yml",
                )


def rule_translations_agree(ctx: _Context) -> None:
    """6. Phones, URLs and numbers are the same in every language; no line left untranslated."""
    for topic in ctx.catalogue.all:
        versions = {lang: ctx.answers.get((topic, lang)) for lang in LANGUAGES}
        present = {lang: a for lang, a in versions.items() if a is not None}
        if len(present) < 2:
            continue
        reference_lang = "es" if "es" in present else next(iter(present))
        reference = present[reference_lang]
        ref_body = f"{reference.short}\n{reference.more}"
        for lang, answer in present.items():
            if lang == reference_lang:
                continue
            body = f"{answer.short}\n{answer.more}"
            where = ctx.where(answer)
            for label, pattern, severity in (
                ("URL", _URL, "error"),
                ("phone number", _PHONE, "error"),
            ):
                mine = {_norm(label, x) for x in pattern.findall(body)}
                theirs = {_norm(label, x) for x in pattern.findall(ref_body)}
                for missing in sorted(theirs - mine):
                    ctx.add(
                        where,
                        answer.body_line,
                        f"{label} {missing} is in {reference_lang}.md but not here",
                        severity,
                    )
                for extra in sorted(mine - theirs):
                    ctx.add(
                        where,
                        answer.body_line,
                        f"{label} {extra} is here but not in {reference_lang}.md",
                        severity,
                    )
            mine_n = set(_NUMBER.findall(_URL.sub(" ", body)))
            theirs_n = set(_NUMBER.findall(_URL.sub(" ", ref_body)))
            for missing in sorted(theirs_n - mine_n, key=int):
                ctx.add(
                    where,
                    answer.body_line,
                    f"the number {missing} is in {reference_lang}.md but not here: is this intended?",
                    "warning",
                )
            if answer.sources != reference.sources:
                ctx.add(
                    where,
                    front_matter_lines(answer.path).get("sources", 1),
                    f"sources differ from {reference_lang}.md: is this intended?",
                    "warning",
                )
            ref_lines = {line.strip() for line in ref_body.splitlines() if _is_prose(line)}
            for offset, line in enumerate(answer.path.read_text(encoding="utf-8").splitlines()):
                if offset + 1 >= answer.body_line and _is_prose(line) and line.strip() in ref_lines:
                    ctx.add(
                        where,
                        offset + 1,
                        f"this line is identical in {reference_lang}.md: is it translated?",
                        "warning",
                    )


RULES: tuple[Callable[[_Context], None], ...] = (
    rule_topics_exist,
    rule_languages_complete,
    rule_front_matter_values,
    rule_body,
    rule_sourced_contacts,
    rule_translations_agree,
)


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


def _split_phones(value: str) -> list[str]:
    return [part for part in re.split(r"[;,]", value) if digits(part)]


def _under(url: str, known: set[str]) -> bool:
    return any(url.startswith(k + "/") for k in known)


def _norm(label: str, value: str) -> str:
    return digits(value) if label == "phone number" else value.rstrip("/.,;")


def _looks_like_date_or_count(value: str) -> bool:
    plain = digits(value)
    return len(plain) < 7 and plain not in ("911", "089")


def _is_prose(line: str) -> bool:
    stripped = line.strip()
    letters = sum(ch.isalpha() for ch in stripped)
    return letters >= 25 and not _URL.fullmatch(stripped) and stripped != "<!-- more -->"
