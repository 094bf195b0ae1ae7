"""What every ``rightsbot`` command shares: the settings, one-line failures, loading.

The library raises named exceptions; commands turn them into one line that
says what is wrong and what to do, and exit non-zero (the sqlite-utils way).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, NoReturn

import click

from bot.settings import Settings

if TYPE_CHECKING:
    from bot.content.library import Library
    from bot.privacy.store import Store
    from bot.services import Services


class Context:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings


pass_context = click.make_pass_decorator(Context)


def fail(message: str, code: int = 1) -> NoReturn:
    click.echo(f"rightsbot: {message}", err=True)
    sys.exit(code)


def content_failure(error: Exception) -> NoReturn:
    fail(f"the content has errors; run `rightsbot content check`:\n{error}", 2)


def load_services(settings: Settings) -> Services:
    """Content, models and catalogs, or one line that says how to fix what is missing."""
    from bot.content.live import ContentError
    from bot.nlu.classifier import ModelError
    from bot.services import build

    try:
        return build(settings)
    except ModelError as error:
        fail(str(error), 2)
    except ContentError as error:
        content_failure(error)
    except FileNotFoundError as error:
        fail(f"{error.filename}: missing. Run `rightsbot train` (or `make setup`).", 2)


def load_library(settings: Settings) -> Library:
    """The content alone (no model): for commands volunteers run."""
    from bot.content.live import ContentError, ContentStore

    try:
        return ContentStore(settings.content_dir).load()
    except ContentError as error:
        content_failure(error)


def open_store(settings: Settings) -> Store:
    from bot.privacy.store import Store

    if not settings.database.exists():
        fail(f"{settings.database}: no log database yet (set RIGHTSBOT_DB, or run the bot first)")
    return Store(settings.database)
