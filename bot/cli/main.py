"""``rightsbot``: the click group and the deployers' commands (train, ask, evaluate,
chat, run, link).

The CLI is a thin shell: volunteers' commands are in :mod:`bot.cli.content`,
staff's in :mod:`bot.cli.review`, the hand-off's set-up check in
:mod:`bot.cli.staff`. Heavy imports (Rasa, TensorFlow) happen
inside the commands that need them, so ``--help`` and ``content check`` stay
fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from bot import quiet
from bot.cli.common import Context, fail, load_library, load_services, pass_context
from bot.cli.content import content
from bot.cli.review import review
from bot.cli.staff import staff
from bot.settings import LANGUAGES, Settings, SettingsError, load_settings


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
    try:
        ctx.obj = Context(load_settings(verbose=verbose))
    except SettingsError as error:
        fail(str(error))


# --- train --------------------------------------------------------------------------------


@main.command()
@click.option("--force", is_flag=True, help="Train even if nothing changed.")
@pass_context
def train(obj: Context, force: bool) -> None:
    """Train the NLU model from config.yml and nlu/ (skips when nothing changed).

    Each stage is reported on stderr as it starts and ends.

    \b
    Example:
      rightsbot train --force
    """
    from bot.nlu.training import train as run_training

    result = run_training(
        obj.settings, force=force, progress=lambda line: click.echo(line, err=True)
    )
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
    from bot.conversation.events import Text, UserState
    from bot.edges.terminal import answer_record, answer_text

    services = load_services(obj.settings)
    state = UserState(language=lang)
    lines = [text] if text is not None else (line.rstrip("\n") for line in sys.stdin)
    for line in lines:
        if not line.strip():
            continue
        outcome = services.conversation.handle(Text(line), state)
        click.echo(answer_record(line, outcome) if as_json else answer_text(outcome) + "\n")
        sys.stdout.flush()


# --- evaluate --------------------------------------------------------------------------------


@main.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@pass_context
def evaluate(obj: Context, files: tuple[Path, ...], as_json: bool) -> None:
    """Accuracy report for labelled JSONL sets: per language, per topic, confusions.

    Without FILES: the shared dev sample and the real-wording sets in data/eval/,
    each reported on its own and then side by side.

    \b
    Examples:
      rightsbot evaluate ../shared/eval/dev_sample.jsonl
      rightsbot evaluate
    """
    from bot.conversation.events import Text, UserState
    from bot.nlu.evaluation import (
        EvaluationError,
        Prediction,
        default_sets,
        format_report,
        format_side_by_side,
        read_labelled,
        score,
    )

    paths = list(files) or default_sets(obj.settings.root)
    if not paths:
        fail("no labelled set given and none found in data/eval/ or ../shared/eval/")
    try:
        sets = {path: read_labelled(path) for path in paths}
    except EvaluationError as error:
        fail(str(error))
    services = load_services(obj.settings)
    reports = {}
    for path, rows in sets.items():
        pairs = []
        for row in rows:
            outcome = services.conversation.handle(Text(row.text), UserState())
            prediction = Prediction(
                outcome.language, outcome.topic or "out_of_scope", outcome.alternatives
            )
            pairs.append((row, prediction))
        reports[path] = score(pairs)
    if as_json:
        data = {str(p): r.as_dict() for p, r in reports.items()}
        click.echo(json.dumps(next(iter(data.values())) if len(data) == 1 else data, indent=2))
        return
    for path, report in reports.items():
        if len(reports) > 1:
            click.echo(f"== {path}")
        click.echo(format_report(report))
    if len(reports) > 1:
        click.echo(format_side_by_side({p.name: r for p, r in reports.items()}))


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
    from bot.edges.terminal import run_chat

    services = load_services(obj.settings)
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
        from bot.edges.terminal import run_chat

        services = load_services(settings)
        run_chat(services.conversation, None)
        return
    from bot.edges.run import run_bot

    if settings.staff_chat_id is not None:
        _check_handoff_settings(settings)
    services = load_services(settings)
    run_bot(services, webhook_url=webhook_url, listen=listen, port=port)


def _check_handoff_settings(settings: Settings) -> None:
    """With a staff group configured, content/handoff.yml must be usable: one line if not."""
    from bot.content.handoff import load_handoff
    from bot.content.problems import Problem

    problems: list[Problem] = []
    path = settings.content_dir / "handoff.yml"
    if not path.exists():
        fail(f"{path}: missing. RIGHTSBOT_STAFF_CHAT_ID is set, so the hand-off needs it.", 2)
    if load_handoff(path, settings.root, problems) is None:
        errors = "; ".join(str(p) for p in problems if p.is_error) or "no valid settings"
        fail(f"the hand-off settings have errors: {errors}", 2)


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
    from bot.edges.deep_links import deep_link

    library = load_library(obj.settings)
    if topic not in library.catalogue.all:
        fail(f"unknown topic {topic!r}; topics are: {', '.join(library.catalogue.all)}")
    try:
        url = deep_link(bot_username, lang, topic)
    except ValueError as error:
        fail(str(error))
    click.echo(url)
    if qr_path is not None:
        import segno

        segno.make(url, error="m").save(str(qr_path), scale=10, border=4)
        click.echo(f"QR code written to {qr_path}")


main.add_command(content)
main.add_command(review)
main.add_command(staff)


if __name__ == "__main__":  # pragma: no cover
    main()
