"""Rules for one phone screen: short first messages, short labels, no citations in text.

A frightened person on a cheap phone reads the first message and little more.
These limits are measured in words of the text as shown (Markdown removed,
links counted by their visible text), because that is what fills a screen.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.content.context import CheckContext
from bot.content.library import front_matter_lines

#: Words the first message of an answer may have: short answer plus the bot's footer line.
FIRST_MESSAGE_WORDS = {"es": 60, "en": 60, "ht": 75}
#: Words the bot's own footer line may take ("ℹ️ Information, not legal advice. Reviewed …").
FOOTER_WORDS = 8
#: The emergency answer goes out without a footer and must be read in seconds.
EMERGENCY_WORDS = 40
EMERGENCY = "emergency"
#: Buttons show about this many characters on a small phone before cutting the text.
LABEL_CHARS = 22

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_WORD = re.compile(r"\w")
_CITATION = re.compile(r"\b(?:art(?:ículo|iculo|icle|ik|ic)?s?\.?)\s*\d+", re.IGNORECASE)


def words(markdown: str) -> int:
    """Words a reader sees: Markdown marks removed, a link counts its visible text."""
    text = _LINK.sub(r"\1", markdown)
    text = re.sub(r"[*_`]", "", text)
    return sum(1 for token in text.split() if _WORD.search(token))


def short_answer_limit(topic: str, language: str) -> int:
    """The most words the short answer may have, leaving room for the footer."""
    if topic == EMERGENCY:
        return EMERGENCY_WORDS
    return FIRST_MESSAGE_WORDS.get(language, 60) - FOOTER_WORDS


def rule_first_message_fits(ctx: CheckContext) -> None:
    """8. The first message fits one phone screen; the emergency answer is shorter still."""
    for answer in ctx.answers.values():
        if not ctx.catalogue.is_legal(answer.topic) or not answer.short:
            continue
        count = words(answer.short)
        limit = short_answer_limit(answer.topic, answer.language)
        if count <= limit:
            continue
        if answer.topic == EMERGENCY:
            message = (
                f"the emergency answer has {count} words; keep it to {limit} "
                "(911 first, then one line on what to do)"
            )
        else:
            screen = FIRST_MESSAGE_WORDS.get(answer.language, 60)
            message = (
                f"the short answer has {count} words; with the bot's footer the first "
                f"message must stay within {screen}, so keep it to {limit}. "
                "Move the rest below <!-- more -->"
            )
        ctx.add(ctx.where(answer), answer.body_line, message)


def rule_labels_fit(ctx: CheckContext) -> None:
    """9. Every answer has a button label of at most 22 characters."""
    for answer in ctx.answers.values():
        line = front_matter_lines(answer.path).get("label", 1)
        if not answer.label:
            ctx.add(ctx.where(answer), line, "label is empty: write the button text for this topic")
        elif len(answer.label) > LABEL_CHARS:
            ctx.add(
                ctx.where(answer),
                line,
                f"label {answer.label!r} has {len(answer.label)} characters; buttons show "
                f"{LABEL_CHARS}: shorten it",
            )


def rule_no_article_citations(ctx: CheckContext) -> None:
    """10. Law articles belong in ``sources``; the text speaks plainly."""
    for answer in ctx.answers.values():
        for part in (answer.short, answer.more):
            for match in _CITATION.finditer(part):
                ctx.add(
                    ctx.where(answer),
                    ctx.body_line(answer, match.group(0)),
                    f"{match.group(0)!r}: put law articles in sources, not in the text",
                    "warning",
                )


RULES: tuple[Callable[[CheckContext], None], ...] = (
    rule_first_message_fits,
    rule_labels_fit,
    rule_no_article_citations,
)
