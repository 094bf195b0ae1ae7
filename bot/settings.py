"""Settings read once from the environment into a frozen dataclass.

Nothing in the package reads ``os.environ`` at import time: ``cli.py`` calls
:func:`load_settings` and passes the result down, so tests can build settings
by hand and two bots in one process cannot disagree about where their data is.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

#: The three languages the bot answers in. ``other`` is a detection result only.
LANGUAGES: tuple[str, ...] = ("es", "en", "ht")
DEFAULT_LANGUAGE = "es"


def project_root() -> Path:
    """The checkout the package runs from (holds ``content/``, ``nlu/``, ``config.yml``)."""
    return Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    """Where things live and how the bot connects; see CONTRACT.md's environment table."""

    root: Path = field(default_factory=project_root)
    token: str | None = field(default=None, repr=False)
    api_base_url: str | None = None
    db_path: Path | None = None
    secret_path: Path | None = None
    secret_value: str | None = field(default=None, repr=False)
    verbose: bool = False
    #: Fault injection for the crash tests: think this long before each answer.
    fault_delay_ms: int = 0
    #: Benchmarks only: False removes the client-side limit of 30 messages/s, to
    #: measure the machine's own ceiling against the fake server. Telegram itself
    #: answers 429 above its limit, so production keeps it on.
    rate_limit: bool = True
    #: Logged messages older than this are deleted (at start and daily, and by
    #: ``review purge``). 0 keeps nothing past the next purge.
    retention_days: float = 90.0
    #: The staff supergroup (with Topics) that answers "Talk to a person"; None
    #: turns the hand-off off and the bot behaves as it always did.
    staff_chat_id: int | None = None
    #: A lawyer's sign-off: serve only answers whose status is ``reviewed``.
    reviewed_only: bool = False

    @property
    def content_dir(self) -> Path:
        return self.root / "content"

    @property
    def locales_dir(self) -> Path:
        return self.root / "locales"

    @property
    def nlu_dir(self) -> Path:
        return self.root / "nlu"

    @property
    def config_path(self) -> Path:
        return self.root / "config.yml"

    @property
    def models_dir(self) -> Path:
        return self.root / "models"

    @property
    def langid_data_dir(self) -> Path:
        return self.root / "data" / "langid"

    @property
    def var_dir(self) -> Path:
        return self.root / "var"

    @property
    def database(self) -> Path:
        return self.db_path or self.var_dir / "rightsbot.db"

    def with_overrides(self, **changes: object) -> Settings:
        return replace(self, **changes)

    def secret(self) -> bytes:
        """The pseudonymisation key: from the environment, else generated once into var/ (0600)."""
        if self.secret_value:
            return self.secret_value.encode("utf-8")
        path = self.secret_path or self.var_dir / "secret.key"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_hex(32))
        return path.read_text().strip().encode("utf-8")


def load_settings(env: Mapping[str, str] | None = None, **overrides: object) -> Settings:
    """Build :class:`Settings` from ``env`` (``os.environ`` by default)."""
    env = os.environ if env is None else env
    db = env.get("RIGHTSBOT_DB")
    values: dict[str, object] = {
        "token": env.get("TELEGRAM_BOT_TOKEN") or None,
        "api_base_url": env.get("TELEGRAM_API_BASE_URL") or None,
        "db_path": Path(db) if db else None,
        "secret_value": env.get("RIGHTSBOT_SECRET") or None,
        "fault_delay_ms": int(env.get("RIGHTSBOT_FAULT_DELAY_MS") or 0),
        "rate_limit": (env.get("RIGHTSBOT_RATE_LIMIT") or "telegram").lower() != "off",
        "retention_days": _retention_days(env.get("RIGHTSBOT_RETENTION_DAYS")),
        "staff_chat_id": _staff_chat_id(env.get("RIGHTSBOT_STAFF_CHAT_ID")),
        "reviewed_only": (env.get("RIGHTSBOT_REVIEWED_ONLY") or "").lower() in ("1", "true", "yes"),
    }
    if env.get("RIGHTSBOT_ROOT"):
        values["root"] = Path(env["RIGHTSBOT_ROOT"])
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(**values)  # type: ignore[arg-type]


def _retention_days(raw: str | None) -> float:
    """``RIGHTSBOT_RETENTION_DAYS``: a number of days, 0 or more (default 90)."""
    if raw is None or not raw.strip():
        return 90.0
    try:
        days = float(raw)
    except ValueError:
        raise SettingsError(
            f"RIGHTSBOT_RETENTION_DAYS={raw!r}: expected a number of days"
        ) from None
    if days < 0:
        raise SettingsError(f"RIGHTSBOT_RETENTION_DAYS={raw!r}: must be 0 or more")
    return days


def _staff_chat_id(raw: str | None) -> int | None:
    """``RIGHTSBOT_STAFF_CHAT_ID``: a group's id, negative (supergroups start with -100)."""
    if raw is None or not raw.strip():
        return None
    try:
        chat_id = int(raw.strip())
    except ValueError:
        raise SettingsError(
            f"RIGHTSBOT_STAFF_CHAT_ID={raw!r}: expected a group's chat id such as -1001234567890"
        ) from None
    if chat_id >= 0:
        raise SettingsError(
            f"RIGHTSBOT_STAFF_CHAT_ID={raw!r}: a group's id is negative (e.g. -1001234567890)"
        )
    return chat_id


class SettingsError(ValueError):
    """An environment variable has a value the bot cannot use."""
