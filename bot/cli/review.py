"""``rightsbot review``: the staff's tools over the anonymised logs (RIGHTSBOT_DB)."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import click

from bot.cli.common import Context, fail, load_library, open_store, pass_context
from bot.settings import LANGUAGES


@click.group()
def review() -> None:
    """The staff's tools over the anonymised logs (RIGHTSBOT_DB)."""


@review.command("queue")
@click.option("--lang", type=click.Choice([*LANGUAGES, "other"]), default=None)
@click.option("--topic", default=None, help="Only this topic id.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None, help="YYYY-MM-DD")
@click.option("--limit", default=50, show_default=True)
@pass_context
def review_queue(obj: Context, lang: str | None, topic: str | None, since, limit: int) -> None:  # type: ignore[no-untyped-def]
    """Messages to look at, newest first: out of scope, unsure, low confidence, 👎.

    \b
    Example:
      rightsbot review queue --lang ht --since 2026-11-01
    """
    from bot.staff.review import queue

    rows = queue(open_store(obj.settings), lang, topic, since.date() if since else None, limit)
    for row in rows:
        when = time.strftime("%Y-%m-%d %H:%M", time.gmtime(row["at"]))
        guess = row["topic"] or "-"
        click.echo(
            f"{row['id']:>7}  {when}  {row['language']:<5} {row['kind']:<12} {guess:<24} {row['confidence']:.2f}  {row['text']}"
        )
    click.echo(f"{len(rows)} message(s). Label one: rightsbot review label ID TOPIC")


@review.command("label")
@click.argument("message_id", type=int)
@click.argument("topic")
@pass_context
def review_label(obj: Context, message_id: int, topic: str) -> None:
    """Teach the model: add a logged question to nlu/<lang>/reviewed.yml under TOPIC.

    \b
    Example:
      rightsbot review label 1234 deadline && rightsbot train
    """
    from bot.content.live import ContentStore
    from bot.staff.review import ReviewError, label

    topics = ContentStore(obj.settings.content_dir).load().catalogue.all
    try:
        path = label(open_store(obj.settings), obj.settings.nlu_dir, message_id, topic, topics)
    except ReviewError as error:
        fail(str(error))
    click.echo(
        f"added message {message_id} to {path} as {topic}; run `rightsbot train` to learn it"
    )


@review.command("leak")
@click.argument("message_id", type=int)
@click.argument("words", nargs=-1, required=True)
@pass_context
def review_leak(obj: Context, message_id: int, words: tuple[str, ...]) -> None:
    """A name the scrubber missed: remove it from the message now, and teach the tagger.

    WORDS are the leaked words exactly as the queue shows them. Each becomes <NAME>
    in the stored message (the database is rewritten so no copy is left), and the
    message joins data/privacy/train/staff_leaks.jsonl with a made-up name in its
    place, for the next training of the scrubber's tagger.

    \b
    Example:
      rightsbot review leak 1234 Yorleidy Banegas
      PYTHONPATH=. python scripts/train_scrub_tagger.py
    """
    from bot.staff.leaks import mark_leak
    from bot.staff.review import ReviewError

    try:
        leak = mark_leak(open_store(obj.settings), obj.settings.root, message_id, list(words))
    except ReviewError as error:
        fail(str(error))
    click.echo(f"message {message_id} now reads: {leak.text}")
    click.echo(
        f"added to {leak.training_file} with a made-up name; retrain the scrubber's tagger with "
        "`PYTHONPATH=. python scripts/train_scrub_tagger.py`"
    )


@review.command("export")
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="jsonl", show_default=True
)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True)
@pass_context
def review_export(obj: Context, fmt: str, out: Path) -> None:
    """Export the anonymised messages (pseudonyms, scrubbed text) as CSV or JSON lines.

    \b
    Example:
      rightsbot review export --format csv --out messages.csv
    """
    from bot.staff.review import count_messages, export, iter_messages

    store = open_store(obj.settings)
    total = count_messages(store)
    with (
        out.open("w", encoding="utf-8", newline="") as handle,
        click.progressbar(
            iter_messages(store), length=total, label="exporting", file=sys.stderr
        ) as rows,
    ):
        written = export(rows, handle, fmt)
    click.echo(f"wrote {written} message(s) to {out}")


@review.command("stats")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def review_stats(obj: Context, as_json: bool) -> None:
    """Per week, language and topic: volume, unanswered rate, 👍/👎; and hand-offs to staff.

    \b
    Example:
      rightsbot review stats
    """
    from bot.staff.handoffs import format_table, weekly
    from bot.staff.review import stats

    store = open_store(obj.settings)
    rows = stats(store)
    handoffs = weekly(store)
    if as_json:  # one JSON array, as before; hand-offs: `rightsbot staff stats --json`
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    click.echo(
        f"{'week':<9} {'lang':<5} {'topic':<26} {'messages':>8} {'unanswered':>10} {'👍':>4} {'👎':>4}"
    )
    for row in rows:
        click.echo(
            f"{row['week']:<9} {row['language'] or '-':<5} {row['topic']:<26} {row['messages']:>8} "
            f"{row['unanswered_rate']:>10.1%} {row['thumbs_up']:>4} {row['thumbs_down']:>4}"
        )
    if handoffs:
        click.echo("\nTalk to a person (wait = until the first staff message):")
        for line in format_table(handoffs):
            click.echo(line)


@review.command("report")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("report.html"),
    show_default=True,
)
@pass_context
def review_report(obj: Context, out: Path) -> None:
    """One self-contained HTML page with charts, for managers (no message text).

    \b
    Example:
      rightsbot review report --out report.html
    """
    from bot.staff.report import render

    library = load_library(obj.settings)
    labels = {topic: library.label(topic, "en") for topic in library.catalogue.all}
    out.write_text(render(open_store(obj.settings), labels=labels), encoding="utf-8")
    click.echo(f"wrote {out}")


@review.command("serve")
@click.option("--port", default=8001, show_default=True)
@pass_context
def review_serve(obj: Context, port: int) -> None:
    """Browse the logs read-only in Datasette on localhost, with saved queries.

    \b
    Example:
      rightsbot review serve --port 8001   # then open http://127.0.0.1:8001
    """
    from bot.staff.datasette import serve_command, write_metadata

    open_store(obj.settings).close()
    metadata = write_metadata(
        obj.settings.var_dir / "datasette-metadata.json", obj.settings.database
    )
    argv = serve_command(obj.settings.database, metadata, port)
    os.execv(argv[0], argv)


@review.command("purge")
@click.option(
    "--days",
    type=float,
    default=None,
    help="Retention period in days (default: RIGHTSBOT_RETENTION_DAYS, else 90).",
)
@pass_context
def review_purge(obj: Context, days: float | None) -> None:
    """Delete logs older than the retention period (the running bot also does this daily).

    \b
    Example:
      rightsbot review purge --days 90
    """
    days = obj.settings.retention_days if days is None else days
    removed = open_store(obj.settings).purge(days)
    click.echo(f"removed {removed} row(s) older than {days:g} days")


@review.command("forget")
@click.option("--pseudonym", required=True, help="The pseudonym shown in exports.")
@pass_context
def review_forget(obj: Context, pseudonym: str) -> None:
    """Erase everything stored under one pseudonym (a person's data request).

    \b
    Example:
      rightsbot review forget --pseudonym 3f2a…
    """
    removed = open_store(obj.settings).forget(pseudonym)
    click.echo(f"removed {removed} row(s) for {pseudonym}")


@review.command("rescrub")
@pass_context
def review_rescrub(obj: Context) -> None:
    """Scrub every stored message again with the current scrubber, then wipe old copies.

    The bot does this once by itself after an upgrade that changes the
    scrubber; run it by hand after changing the rules.

    \b
    Example:
      rightsbot review rescrub
    """
    from bot.staff.rescrub import run

    click.echo(run(open_store(obj.settings)).summary())
