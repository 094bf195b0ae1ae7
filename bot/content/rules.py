"""The rules ``rightsbot content check`` applies to the answers and the directory.

Modelled on tldr-lint: each rule is a function that appends one-line
``path:line: problem`` messages a volunteer can act on. Errors stop the
content from being used (the bot keeps serving the last good version);
warnings are questions ("is this intended?") and do not.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.content import telegram_html
from bot.content.context import CheckContext
from bot.content.library import front_matter_lines
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


def rule_topics_exist(ctx: CheckContext) -> None:
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


def rule_languages_complete(ctx: CheckContext) -> None:
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


def rule_front_matter_values(ctx: CheckContext) -> None:
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


def rule_body(ctx: CheckContext) -> None:
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


def rule_sourced_contacts(ctx: CheckContext) -> None:
    """5. Phones and URLs come from the directory or the answer's own sources."""
    known_urls = {p.website.rstrip("/") for p in ctx.directory.places if p.website}
    known_urls |= {u.rstrip("/.,;") for p in ctx.directory.places for u in _URL.findall(p.source)}
    known_phones = {
        digits(part) for p in ctx.directory.places if p.phone for part in split_phones(p.phone)
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


def rule_translations_agree(ctx: CheckContext) -> None:
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


RULES: tuple[Callable[[CheckContext], None], ...] = (
    rule_topics_exist,
    rule_languages_complete,
    rule_front_matter_values,
    rule_body,
    rule_sourced_contacts,
    rule_translations_agree,
)


def split_phones(value: str) -> list[str]:
    """The numbers of a directory ``phone`` field (``;`` or ``,`` between them)."""
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
