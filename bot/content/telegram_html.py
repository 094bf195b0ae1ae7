"""Markdown to the small HTML dialect Telegram accepts, and a checker for it.

Telegram's ``parse_mode=HTML`` knows only a handful of tags (no ``<p>``, no
``<br>``, no lists) and rejects a whole message over one unknown tag or one
unescaped ``<``. We parse Markdown with markdown-it-py (raw HTML disabled, so
nothing a volunteer or a user types becomes markup) and render its token
stream ourselves: paragraphs become blank lines, list items bullets, headings
bold. Messages are split between blocks, so a tag is never cut in two.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from html.parser import HTMLParser

from markdown_it import MarkdownIt
from markdown_it.token import Token

#: Telegram's documented limit for one text message.
MAX_MESSAGE_LENGTH = 4096
#: Tags Telegram accepts with parse_mode=HTML (Bot API 7+), and their attributes.
ALLOWED_TAGS: dict[str, set[str]] = {
    "b": set(),
    "strong": set(),
    "i": set(),
    "em": set(),
    "u": set(),
    "ins": set(),
    "s": set(),
    "strike": set(),
    "del": set(),
    "a": {"href"},
    "code": {"class"},
    "pre": set(),
    "blockquote": {"expandable"},
    "tg-spoiler": set(),
    "span": {"class"},
}
_SAFE_SCHEMES = ("https://", "http://", "tg://", "mailto:")
#: markdown-it inline tokens that map one-to-one onto Telegram tags.
_SIMPLE_TAGS = {
    "strong_open": "<b>",
    "strong_close": "</b>",
    "em_open": "<i>",
    "em_close": "</i>",
    "s_open": "<s>",
    "s_close": "</s>",
}

_parser = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
_parser.disable(["image"])


def escape(text: str) -> str:
    """Escape text for Telegram HTML (only <, > and & need it; quotes in attributes)."""
    return html.escape(text, quote=False)


def render(markdown: str) -> str:
    """Render Markdown to Telegram HTML as one string (blocks separated by blank lines)."""
    return "\n\n".join(render_blocks(markdown))


def render_blocks(markdown: str) -> list[str]:
    """Render Markdown to a list of self-contained HTML blocks (each closes its tags)."""
    tokens = _parser.parse(markdown)
    return [block for block in _Renderer(tokens).blocks() if block.strip()]


def split_message(blocks: Sequence[str], limit: int = MAX_MESSAGE_LENGTH) -> list[str]:
    """Pack blocks into as few messages as fit under ``limit``; never cut inside a block.

    A single block longer than the limit (a pasted wall of text) loses its
    formatting and is cut between words, so it can be sent at all.
    """
    messages: list[str] = []
    current = ""
    for block in blocks:
        pieces = [block] if len(block) <= limit else _hard_split(block, limit)
        for piece in pieces:
            candidate = f"{current}\n\n{piece}" if current else piece
            if len(candidate) <= limit:
                current = candidate
            else:
                if current:
                    messages.append(current)
                current = piece
    if current:
        messages.append(current)
    return messages


def _hard_split(block: str, limit: int) -> list[str]:
    text = html.unescape(_strip_tags(block))
    pieces: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if len(escape(candidate)) <= limit:
            current = candidate
            continue
        if current:
            pieces.append(escape(current))
        while len(escape(word)) > limit:
            cut = limit // 6  # an escaped character is at most 5 characters
            pieces.append(escape(word[:cut]))
            word = word[cut:]
        current = word
    if current:
        pieces.append(escape(current))
    return pieces


def _strip_tags(markup: str) -> str:
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    return "".join(collector.parts)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_entityref(self, name: str) -> None:
        self.parts.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.parts.append(f"&#{name};")


def safe_href(href: str) -> str | None:
    """Links only to schemes Telegram opens safely; ``javascript:`` and friends are dropped."""
    href = href.strip()
    return href if href.lower().startswith(_SAFE_SCHEMES) else None


class _Renderer:
    """Walks markdown-it's flat token stream and emits Telegram HTML blocks."""

    def __init__(self, tokens: list[Token]) -> None:
        self._tokens = tokens

    def blocks(self) -> Iterable[str]:
        index = 0
        tokens = self._tokens
        while index < len(tokens):
            token = tokens[index]
            if token.type in ("bullet_list_open", "ordered_list_open"):
                end = _matching_close(tokens, index)
                yield self._list(tokens[index : end + 1], depth=0)
                index = end + 1
            elif token.type == "blockquote_open":
                end = _matching_close(tokens, index)
                inner = "\n\n".join(_Renderer(tokens[index + 1 : end]).blocks())
                yield f"<blockquote>{inner}</blockquote>"
                index = end + 1
            elif token.type == "heading_open":
                yield f"<b>{self._inline(tokens[index + 1])}</b>"
                index += 3
            elif token.type == "paragraph_open":
                yield self._inline(tokens[index + 1])
                index += 3
            elif token.type in ("fence", "code_block"):
                yield f"<pre>{escape(token.content.rstrip())}</pre>"
                index += 1
            elif token.type == "hr":
                yield "———"
                index += 1
            else:
                index += 1

    def _list(self, tokens: list[Token], depth: int) -> str:
        lines: list[str] = []
        ordered = tokens[0].type == "ordered_list_open"
        number = int(tokens[0].attrGet("start") or 1)
        index = 1
        while index < len(tokens) - 1:
            token = tokens[index]
            if token.type != "list_item_open":
                index += 1
                continue
            end = _matching_close(tokens, index)
            marker = f"{number}." if ordered else "•"
            number += 1
            parts: list[str] = []
            inner = tokens[index + 1 : end]
            cursor = 0
            while cursor < len(inner):
                child = inner[cursor]
                if child.type in ("bullet_list_open", "ordered_list_open"):
                    child_end = _matching_close(inner, cursor)
                    parts.append(self._list(inner[cursor : child_end + 1], depth + 1))
                    cursor = child_end + 1
                elif child.type == "inline":
                    parts.append(self._inline(child))
                    cursor += 1
                else:
                    cursor += 1
            indent = "   " * depth
            first, *rest = parts or [""]
            lines.append(f"{indent}{marker} {first}")
            lines.extend(rest)
            index = end + 1
        return "\n".join(lines)

    def _inline(self, token: Token) -> str:
        out: list[str] = []
        open_links: list[bool] = []
        for child in token.children or []:
            kind = child.type
            if kind == "text":
                out.append(escape(child.content))
            elif kind in ("softbreak", "hardbreak"):
                out.append("\n")
            elif kind in _SIMPLE_TAGS:
                out.append(_SIMPLE_TAGS[kind])
            elif kind == "code_inline":
                out.append(f"<code>{escape(child.content)}</code>")
            elif kind == "link_open":
                href = safe_href(str(child.attrGet("href") or ""))
                open_links.append(href is not None)
                if href is not None:
                    out.append(f'<a href="{html.escape(href, quote=True)}">')
            elif kind == "link_close":
                if open_links and open_links.pop():
                    out.append("</a>")
            else:  # html_inline (raw HTML is never markup), images and the rest: as text
                out.append(escape(child.content))
        return "".join(out)


def _matching_close(tokens: Sequence[Token], start: int) -> int:
    depth = 0
    for index in range(start, len(tokens)):
        depth += tokens[index].nesting
        if depth == 0:
            return index
    return len(tokens) - 1


class TelegramHTMLError(ValueError):
    """The markup would be rejected by Telegram."""


def validate(markup: str) -> list[str]:
    """Problems Telegram would reject ``markup`` for: unknown tags, bad nesting, length."""
    checker = _Validator()
    try:
        checker.feed(markup)
        checker.close()
    except TelegramHTMLError as error:
        checker.problems.append(str(error))
    if checker.stack:
        checker.problems.append(f"tag <{checker.stack[-1]}> is never closed")
    if len(markup) > MAX_MESSAGE_LENGTH:
        checker.problems.append(
            f"message is {len(markup)} characters; Telegram's limit is {MAX_MESSAGE_LENGTH}"
        )
    return checker.problems


class _Validator(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"tag <{tag}> is not allowed by Telegram")
            return
        for name, _ in attrs:
            if name not in ALLOWED_TAGS[tag]:
                self.problems.append(f"attribute {name!r} is not allowed on <{tag}>")
        if tag == "a" and not safe_href(dict(attrs).get("href") or ""):
            self.problems.append("link without a safe http(s) address")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"tag </{tag}> is not allowed by Telegram")
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes a tag that is not open")
            return
        self.stack.pop()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.problems.append(f"self-closing tag <{tag}/> is not allowed by Telegram")
