"""The terminal edge: ``rightsbot chat``, and plain text or JSON for ``ask``.

Replies arrive as Telegram HTML; here tags are dropped and buttons become a
numbered list, so typing ``2`` taps the second button. ``/menu``,
``/language`` and the other commands work as in Telegram.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections.abc import Sequence
from typing import TextIO

from bot.conversation.dialogue import Conversation
from bot.conversation.events import Command, Outcome, Reply, Tap, Text, UserState

_TAG = re.compile(r"<[^>]+>")
_LINK = re.compile(r'<a href="([^"]+)">([^<]*)</a>')


def plain_text(markup: str) -> str:
    """Telegram HTML as terminal text: links keep their address, tags go."""

    def link(match: re.Match[str]) -> str:
        href, label = html.unescape(match.group(1)), match.group(2)
        return label if html.unescape(label) == href else f"{label} ({href})"

    return html.unescape(_TAG.sub("", _LINK.sub(link, markup)))


def format_reply(reply: Reply, start: int = 1) -> str:
    lines = [plain_text(reply.html)]
    number = start
    for row in reply.buttons:
        for button in row:
            lines.append(f"  [{number}] {button.label}")
            number += 1
    return "\n".join(lines)


def run_chat(
    conversation: Conversation,
    language: str | None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
) -> None:
    """Read lines until end of input; numbers tap buttons, /commands work."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    state = UserState(language=language)
    outcome = conversation.handle(Command("start"), state)
    state = outcome.state
    buttons = _show(outcome.replies, stdout)
    interactive = stdin.isatty()
    while True:
        if interactive:
            stdout.write("> ")
            stdout.flush()
        line = stdin.readline()
        if not line:
            break
        line = line.strip()
        if not line:
            continue
        if line.isdigit() and 1 <= int(line) <= len(buttons):
            event: Text | Tap | Command = Tap(buttons[int(line) - 1])
        elif line.startswith("/"):
            name, _, argument = line[1:].partition(" ")
            event = Command(name, argument)
        else:
            event = Text(line)
        outcome = conversation.handle(event, state)
        state = outcome.state
        buttons = _show(outcome.replies, stdout)


def _show(replies: Sequence[Reply], stdout: TextIO) -> list[str]:
    actions: list[str] = []
    for reply in replies:
        stdout.write(format_reply(reply, start=len(actions) + 1) + "\n\n")
        actions.extend(button.action for row in reply.buttons for button in row)
    stdout.flush()
    return actions


def answer_record(text: str, outcome: Outcome) -> str:
    """One line of ``rightsbot ask --json`` (the contract in CONTRACT.md)."""
    first = outcome.replies[0].html if outcome.replies else ""
    record = {
        "text": text,
        "language": outcome.language,
        "topic": outcome.topic or "out_of_scope",
        "confidence": round(float(outcome.confidence), 4),
        "answer_language": outcome.answer_language,
        "answer": first,
        "alternatives": list(outcome.alternatives),
    }
    return json.dumps(record, ensure_ascii=False)


def answer_text(outcome: Outcome) -> str:
    """The first reply of ``rightsbot ask`` as terminal text."""
    return plain_text(outcome.replies[0].html) if outcome.replies else ""
