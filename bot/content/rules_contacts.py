"""Rules for contacts that may be out of date.

Wrong contact details send a person in danger to a closed office. Every
directory entry says when it was last checked (``verified_on``); an entry
older than a year asks to be checked again, and an answer that gives the
phone number of such an entry must give a second route beside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.content.context import CheckContext
from bot.content.rules import digits, split_phones

#: After this many days a directory entry asks for a new check.
VERIFIED_FRESH_DAYS = 365
#: Routes that do not depend on one phone line (UNHCR's help site works in all three languages).
SECOND_ROUTES = ("help.unhcr.org",)
_PHONE = re.compile(r"\+?\(?\d[\d ()-]{6,}\d")


def rule_directory_verified(ctx: CheckContext) -> None:
    """11. Directory entries checked within the last year (a warning: the bot dates them)."""
    where = "content/directory.yml"
    for place in ctx.directory.places:
        if place.verified_on is None:
            continue
        age = (ctx.today - place.verified_on).days
        if age > VERIFIED_FRESH_DAYS:
            ctx.add(
                where,
                place.line,
                f"{place.id}: verified_on {place.verified_on.isoformat()} is {age} days old "
                "(over 12 months): check the entry and update the date. Until then the bot "
                "shows when the information is from",
                "warning",
            )
        elif age < 0:
            ctx.add(where, place.line, f"{place.id}: verified_on is in the future")


def stale_phones(ctx: CheckContext) -> dict[str, str]:
    """Digits of phone numbers whose entry was verified more than a year ago → entry id."""
    stale: dict[str, str] = {}
    for place in ctx.directory.places:
        if not place.phone or place.verified_on is None:
            continue
        if (ctx.today - place.verified_on).days <= VERIFIED_FRESH_DAYS:
            continue
        for part in split_phones(place.phone):
            if len(digits(part)) >= 7:
                stale[digits(part)] = place.id
    return stale


def rule_second_route(ctx: CheckContext) -> None:
    """12. A phone that is not recently verified never stands alone: a second route beside it."""
    stale = stale_phones(ctx)
    if not stale:
        return
    for answer in ctx.answers.values():
        for part in (answer.short, answer.more):
            for block in re.split(r"\n\s*\n", part):
                for match in _PHONE.finditer(block):
                    entry = stale.get(digits(match.group(0)))
                    if entry is None or any(route in block for route in SECOND_ROUTES):
                        continue
                    ctx.add(
                        ctx.where(answer),
                        ctx.body_line(answer, match.group(0).strip()),
                        f"{match.group(0).strip()} ({entry}) was not verified in the last 12 "
                        "months: in the same paragraph, also give https://help.unhcr.org/mexico "
                        "or another way to get help",
                    )


RULES: tuple[Callable[[CheckContext], None], ...] = (rule_directory_verified, rule_second_route)
