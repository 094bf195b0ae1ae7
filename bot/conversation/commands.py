"""The bot's slash commands, defined once.

The dialogue answers them, the Telegram edge registers the visible ones with
``setMyCommands`` (translated) and uses the full set to decide which commands
in a group chat are meant for the bot. One table, so the three cannot drift.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.i18n import N_


@dataclass(frozen=True)
class CommandSpec:
    name: str
    #: Shown in Telegram's command menu; None for commands that stay hidden.
    description: str | None = None
    aliases: tuple[str, ...] = ()


COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec("start"),
    CommandSpec("menu", N_("Topics")),
    CommandSpec("language", N_("Change language"), aliases=("idioma", "lang")),
    CommandSpec("help", N_("How to use this bot")),
    CommandSpec("privacy", N_("What we keep")),
    CommandSpec("forget", N_("Erase my data")),
    CommandSpec("about", N_("About this bot")),
)

_BY_NAME = {name: spec.name for spec in COMMANDS for name in (spec.name, *spec.aliases)}


def canonical(name: str) -> str | None:
    """The command a typed name means (``/idioma`` → ``language``), or None if unknown."""
    return _BY_NAME.get(name.lower())


def menu_commands() -> tuple[CommandSpec, ...]:
    """The commands listed in Telegram's menu, in order."""
    return tuple(spec for spec in COMMANDS if spec.description)
