"""``rightsbot``: a thin click shell over the modules of the bot.

Each command turns the library's named exceptions into one line that says
what is wrong and what to do, and exits non-zero. Heavy imports (Rasa,
TensorFlow) happen inside the commands that need them, so ``--help`` and
``content check`` stay fast.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from bot import quiet
from bot.settings import LANGUAGES, Settings, load_settings


class Context:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings


pass_context = click.make_pass_decorator(Context)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--verbose", is_flag=True, help="Show library logs (never message text or tokens).")
@click.version_option(package_name="rightsbot")
@click.pass_context
def main(ctx: click.Context, verbose: bool) -> None:
    """Rightsbot: asylum rights in Mexico, in Spanish, English and Haitian Creole.

    \b
    Example:
      rightsbot ask "cuanto tiempo tengo para pedir asilo" --json
    """
    quiet.silence(verbose)
    ctx.obj = Context(load_settings(verbose=verbose))


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"rightsbot: {message}", err=True)
    sys.exit(code)


def _services(settings: Settings):  # type: ignore[no-untyped-def]
    from bot.classifier import ModelError
    from bot.content_store import ContentError
    from bot.services import build

    try:
        return build(settings)
    except ModelError as error:
        _fail(str(error), 2)
    except ContentError as error:
        _fail(f"the content has errors; run `rightsbot content check`:\n{error}", 2)
    except FileNotFoundError as error:
        _fail(f"{error.filename}: missing. Run `rightsbot train` (or `make setup`).", 2)


# --- train --------------------------------------------------------------------------------


@main.command()
@click.option("--force", is_flag=True, help="Train even if nothing changed.")
@pass_context
def train(obj: Context, force: bool) -> None:
    """Train the NLU model from config.yml and nlu/ (skips when nothing changed).

    \b
    Example:
      rightsbot train --force
    """
    from bot.training import train as run_training

    result = run_training(obj.settings, force=force)
    if result.trained:
        click.echo(f"trained {result.model_path} in {result.seconds:.1f} s")
    else:
        click.echo(f"{result.model_path} is up to date")


# --- ask -------------------------------------------------------------------------------


@main.command()
@click.argument("text", required=False)
@click.option(
    "--lang", type=click.Choice(LANGUAGES), default=None, help="The user's chosen language."
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per question.")
@pass_context
def ask(obj: Context, text: str | None, lang: str | None, as_json: bool) -> None:
    """Answer one question as the bot would; without TEXT, one per line of stdin.

    \b
    Examples:
      rightsbot ask "m bezwen yon avoka" --json
      cat questions.txt | rightsbot ask --json --lang es
    """
    from bot.conversation import Text, UserState
    from bot.terminal import plain_text

    services = _services(obj.settings)
    state = UserState(language=lang)
    lines = [text] if text is not None else (line.rstrip("\n") for line in sys.stdin)
    for line in lines:
        if not line.strip():
            continue
        outcome = services.conversation.handle(Text(line), state)
        first = outcome.replies[0].html if outcome.replies else ""
        if as_json:
            record = {
                "text": line,
                "language": outcome.language,
                "topic": outcome.topic or "out_of_scope",
                "confidence": round(float(outcome.confidence), 4),
                "answer_language": outcome.answer_language,
                "answer": first,
                "alternatives": list(outcome.alternatives),
            }
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            click.echo(plain_text(first))
            click.echo()
        sys.stdout.flush()


# --- evaluate --------------------------------------------------------------------------------


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@pass_context
def evaluate(obj: Context, file: Path, as_json: bool) -> None:
    """Accuracy report for a labelled JSONL set: per language, per topic, confusions.

    \b
    Example:
      rightsbot evaluate ../shared/eval/dev_sample.jsonl
    """
    from bot.conversation import Text, UserState
    from bot.evaluation import EvaluationError, Prediction, format_report, read_labelled, score

    try:
        rows = read_labelled(file)
    except EvaluationError as error:
        _fail(str(error))
    services = _services(obj.settings)
    pairs = []
    for row in rows:
        outcome = services.conversation.handle(Text(row.text), UserState())
        pairs.append(
            (
                row,
                Prediction(outcome.language, outcome.topic or "out_of_scope", outcome.alternatives),
            )
        )
    report = score(pairs)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(report))


# --- chat and run ---------------------------------------------------------------------------


@main.command()
@click.option("--lang", type=click.Choice(LANGUAGES), default=None, help="Start in this language.")
@pass_context
def chat(obj: Context, lang: str | None) -> None:
    """A conversation in the terminal, with the same logic as Telegram.

    \b
    Example:
      rightsbot chat --lang ht
    """
    from bot.terminal import run_chat

    services = _services(obj.settings)
    run_chat(services.conversation, lang)


@main.command()
@click.option("--base-url", default=None, help="Bot API server base URL (e.g. a self-hosted one).")
@click.option("--webhook-url", default=None, help="Public HTTPS URL for webhook mode.")
@click.option("--listen", default="127.0.0.1", show_default=True, help="Webhook listen address.")
@click.option("--port", default=8443, show_default=True, help="Webhook listen port.")
@pass_context
def run(
    obj: Context, base_url: str | None, webhook_url: str | None, listen: str, port: int
) -> None:
    """The Telegram bot (long polling, or webhook with --webhook-url); terminal chat without a token.

    \b
    Example:
      TELEGRAM_BOT_TOKEN=... rightsbot run
    """
    settings = obj.settings
    if base_url:
        settings = settings.with_overrides(api_base_url=base_url)
    if not settings.token:
        click.echo("TELEGRAM_BOT_TOKEN is not set: starting the terminal chat instead.", err=True)
        from bot.terminal import run_chat

        services = _services(settings)
        run_chat(services.conversation, None)
        return
    from bot.telegram_app import run_bot

    services = _services(settings)
    run_bot(services, webhook_url=webhook_url, listen=listen, port=port)


@main.command()
@click.option("--topic", required=True, help="Topic id the link opens, e.g. deadline.")
@click.option("--lang", type=click.Choice(LANGUAGES), required=True, help="Language of the answer.")
@click.option(
    "--bot",
    "bot_username",
    envvar="TELEGRAM_BOT_USERNAME",
    required=True,
    help="The bot's @username (or TELEGRAM_BOT_USERNAME).",
)
@click.option(
    "--qr",
    "qr_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write a QR code (PNG or SVG).",
)
@pass_context
def link(obj: Context, topic: str, lang: str, bot_username: str, qr_path: Path | None) -> None:
    """Print a t.me deep link that opens the bot on one answer (for posters in shelters).

    \b
    Example:
      rightsbot link --topic deadline --lang ht --bot RightsbotMx --qr poster.png
    """
    from bot.content_store import ContentError, ContentStore
    from bot.deep_links import deep_link

    try:
        library = ContentStore(obj.settings.content_dir).load()
    except ContentError as error:
        _fail(f"the content has errors; run `rightsbot content check`:\n{error}", 2)
    if topic not in library.catalogue.all:
        _fail(f"unknown topic {topic!r}; topics are: {', '.join(library.catalogue.all)}")
    try:
        url = deep_link(bot_username, lang, topic)
    except ValueError as error:
        _fail(str(error))
    click.echo(url)
    if qr_path is not None:
        import segno

        segno.make(url, error="m").save(str(qr_path), scale=10, border=4)
        click.echo(f"QR code written to {qr_path}")


# --- review (staff) -------------------------------------------------------------------------------


@main.group()
def review() -> None:
    """The staff's tools over the anonymised logs (RIGHTSBOT_DB)."""


def _store(settings: Settings):  # type: ignore[no-untyped-def]
    from bot.store import Store

    if not settings.database.exists():
        _fail(f"{settings.database}: no log database yet (set RIGHTSBOT_DB, or run the bot first)")
    return Store(settings.database)


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
    from bot.review import queue

    rows = queue(_store(obj.settings), lang, topic, since.date() if since else None, limit)
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
    from bot.content_store import ContentStore
    from bot.review import ReviewError, label

    topics = ContentStore(obj.settings.content_dir).load().catalogue.all
    try:
        path = label(_store(obj.settings), obj.settings.nlu_dir, message_id, topic, topics)
    except ReviewError as error:
        _fail(str(error))
    click.echo(
        f"added message {message_id} to {path} as {topic}; run `rightsbot train` to learn it"
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
    from bot.review import count_messages, export, iter_messages

    store = _store(obj.settings)
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
    """Per week, language and topic: volume, unanswered rate, 👍/👎.

    \b
    Example:
      rightsbot review stats
    """
    from bot.review import stats

    rows = stats(_store(obj.settings))
    if as_json:
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
    from bot.report import render

    out.write_text(render(_store(obj.settings)), encoding="utf-8")
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
    import os

    from bot.datasette_config import write_metadata

    store = _store(obj.settings)
    store.close()
    metadata = write_metadata(
        obj.settings.var_dir / "datasette-metadata.json", obj.settings.database
    )
    datasette = Path(sys.executable).with_name("datasette")
    os.execv(
        str(datasette),
        [
            str(datasette),
            "serve",
            "-i",
            str(obj.settings.database),
            "--metadata",
            str(metadata),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--setting",
            "sql_time_limit_ms",
            "3000",
        ],
    )


@review.command("purge")
@click.option("--days", default=90, show_default=True, help="Retention period.")
@pass_context
def review_purge(obj: Context, days: int) -> None:
    """Delete logs older than the retention period (the running bot also does this daily).

    \b
    Example:
      rightsbot review purge --days 90
    """
    removed = _store(obj.settings).purge(days)
    click.echo(f"removed {removed} row(s) older than {days} days")


@review.command("forget")
@click.option("--pseudonym", required=True, help="The pseudonym shown in exports.")
@pass_context
def review_forget(obj: Context, pseudonym: str) -> None:
    """Erase everything stored under one pseudonym (a person's data request).

    \b
    Example:
      rightsbot review forget --pseudonym 3f2a…
    """
    removed = _store(obj.settings).forget(pseudonym)
    click.echo(f"removed {removed} row(s) for {pseudonym}")


# --- content ------------------------------------------------------------------------------------


@main.group()
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
    from bot.content_check import load_library

    started = time.perf_counter()
    _library, problems = load_library(obj.settings.content_dir, obj.settings.locales_dir)
    for problem in problems:
        click.echo(str(problem))
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    elapsed = time.perf_counter() - started
    summary = f"{errors} error(s), {warnings} warning(s) ({elapsed:.1f} s)"
    if errors:
        _fail(f"content check failed: {summary}. Nothing changes for users until it passes.")
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
    from bot.content_store import ContentError, ContentStore
    from bot.conversation import Conversation, Tap, UserState
    from bot.i18n import Catalogs
    from bot.terminal import format_reply

    store = ContentStore(obj.settings.content_dir)
    try:
        library = store.load()
    except ContentError as error:
        _fail(f"the content has errors; run `rightsbot content check`:\n{error}", 2)
    if topic not in library.catalogue.all:
        _fail(f"unknown topic {topic!r}; topics are: {', '.join(library.catalogue.all)}")
    conversation = Conversation(
        lambda: library, _no_classifier, _NoDetector(), Catalogs(obj.settings.locales_dir)
    )
    state = UserState(language=lang)
    outcomes = [conversation.handle(Tap(f"t:{topic}"), state)]
    if show_more:
        outcomes.append(conversation.handle(Tap(f"m:{topic}"), state))
    for outcome in outcomes:
        for reply in outcome.replies:
            click.echo(reply.html if as_html else format_reply(reply))
            click.echo()


def _no_classifier(text: str):  # type: ignore[no-untyped-def]
    raise RuntimeError("preview does not classify text")


class _NoDetector:
    def detect(self, text: str, prior: str | None = None):  # type: ignore[no-untyped-def]
        raise RuntimeError("preview does not detect languages")


if __name__ == "__main__":  # pragma: no cover
    main()
