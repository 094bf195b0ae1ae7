"""``rightsbot content``: the volunteers' commands (check, preview)."""

from __future__ import annotations

import time

import click

from bot.cli.common import Context, fail, load_library, pass_context
from bot.settings import LANGUAGES


@click.group()
def content() -> None:
    """Check and preview the answers in content/ (for volunteers)."""


@content.command("check")
@pass_context
def content_check(obj: Context) -> None:
    """Validate content/ and locales/; prints path:line: problem, exits 1 on any error.

    \b
    Example:
      rightsbot content check
    """
    from bot.content.check import load_library

    started = time.perf_counter()
    _library, problems = load_library(obj.settings.content_dir, obj.settings.locales_dir)
    for problem in problems:
        click.echo(str(problem))
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    elapsed = time.perf_counter() - started
    summary = f"{errors} error(s), {warnings} warning(s) ({elapsed:.1f} s)"
    if errors:
        fail(f"content check failed: {summary}. Nothing changes for users until it passes.")
    click.echo(f"content check passed: {summary}")


@content.command("preview")
@click.argument("topic")
@click.option("--lang", type=click.Choice(LANGUAGES), default="es", show_default=True)
@click.option("--more", "show_more", is_flag=True, help="Show the details part too.")
@click.option("--html", "as_html", is_flag=True, help="Print the Telegram HTML, not plain text.")
@pass_context
def content_preview(obj: Context, topic: str, lang: str, show_more: bool, as_html: bool) -> None:
    """Show an answer as the bot would send it.

    \b
    Example:
      rightsbot content preview deadline --lang ht --more
    """
    from bot.conversation.preview import UnknownTopic, preview
    from bot.edges.terminal import format_reply

    library = load_library(obj.settings)
    try:
        replies = preview(library, obj.settings.locales_dir, topic, lang, more=show_more)
    except UnknownTopic as error:
        fail(str(error))
    for reply in replies:
        click.echo(reply.html if as_html else format_reply(reply))
        click.echo()


@content.command("status")
@click.option("--drafts", is_flag=True, help="List only answers still in draft.")
@pass_context
def content_status(obj: Context, drafts: bool) -> None:
    """Per topic and language: draft or reviewed, by whom and when (a lawyer's sign-off).

    \b
    Example:
      rightsbot content status --drafts
    """
    from bot.content.status import review_status, summary

    rows = review_status(load_library(obj.settings))
    click.echo(f"{'topic':<26} {'lang':<5} {'status':<9} {'reviewed by':<28} reviewed on")
    for row in rows:
        if drafts and row.status != "draft":
            continue
        when = row.reviewed_on.isoformat() if row.reviewed_on else "-"
        click.echo(
            f"{row.topic:<26} {row.language:<5} {row.status:<9} {row.reviewed_by or '-':<28} {when}"
        )
    click.echo(summary(rows))
