"""``rightsbot staff``: set-up checks for the hand-off to staff (deployers run these)."""

from __future__ import annotations

import asyncio
import json

import click

from bot.cli.common import Context, fail, open_store, pass_context


@click.group()
def staff() -> None:
    """The hand-off to staff ("Talk to a person") in a Telegram group with Topics."""


@staff.command("check")
@pass_context
def staff_check(obj: Context) -> None:
    """Say whether the bot can reach RIGHTSBOT_STAFF_CHAT_ID and manage its topics.

    \b
    Example:
      RIGHTSBOT_STAFF_CHAT_ID=-1001234567890 rightsbot staff check
    """
    from bot.content.handoff import load_handoff
    from bot.edges.staff_check import check_staff_group

    settings = obj.settings
    if settings.staff_chat_id is None:
        fail("RIGHTSBOT_STAFF_CHAT_ID is not set: the hand-off to staff is off")
    if not settings.token:
        fail("TELEGRAM_BOT_TOKEN is not set")
    problems: list = []  # type: ignore[type-arg]
    load_handoff(settings.content_dir / "handoff.yml", settings.root, problems)
    findings = asyncio.run(
        check_staff_group(settings.token, settings.staff_chat_id, settings.api_base_url)
    )
    for finding in findings:
        click.echo(f"{'ok ' if finding.ok else 'NO '} {finding.text}")
    for problem in problems:
        click.echo(f"NO  {problem}")
    if problems or not all(f.ok for f in findings):
        fail("the hand-off to staff is not ready (see above)")
    click.echo("the hand-off to staff is ready")


@staff.command("stats")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def staff_stats(obj: Context, as_json: bool) -> None:
    """Hand-offs per week: how many, median and p90 wait for staff, unanswered.

    \b
    Example:
      rightsbot staff stats --json
    """
    from bot.staff.handoffs import format_table, weekly

    rows = weekly(open_store(obj.settings))
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for line in format_table(rows):
        click.echo(line)
