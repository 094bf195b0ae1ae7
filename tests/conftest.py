"""Shared fixtures: the repository's settings, its content, and the trained model.

The model is loaded once per test session (Rasa and TensorFlow take seconds to
import). ``make test`` trains it first; running pytest without it fails with
the command to run, rather than skipping silently.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot import quiet
from bot.settings import Settings, project_root
from bot.testing.fake_bot_api import FakeTelegram

ROOT = project_root()
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    var = tmp_path_factory.mktemp("var")
    return Settings(root=ROOT, db_path=var / "test.db", secret_value="test-secret")


@pytest.fixture(scope="session")
def services(settings: Settings):  # type: ignore[no-untyped-def]
    from bot.nlu.training import is_current
    from bot.services import build

    if not is_current(settings):
        pytest.fail("the NLU model is missing or stale: run `make setup` (or `rightsbot train`)")
    quiet.silence()
    return build(settings)


@pytest.fixture(scope="session")
def library(settings: Settings):  # type: ignore[no-untyped-def]
    from bot.content.live import ContentStore

    return ContentStore(settings.content_dir).load()


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of content/ (and locales/) to break on purpose."""
    shutil.copytree(ROOT / "content", tmp_path / "content")
    shutil.copytree(ROOT / "locales", tmp_path / "locales")
    return tmp_path / "content"


@pytest.fixture
def fake() -> FakeTelegram:
    """A fake Telegram Bot API server on loopback (see :mod:`bot.testing.fake_bot_api`)."""
    server = FakeTelegram().start()
    yield server
    server.stop()


def webhook_app(services, store):  # type: ignore[no-untyped-def]
    """The webhook app as ``rightsbot run --webhook-url`` builds it, posting to /telegram/hook."""
    from bot.edges.webhook import make_app

    app = make_app(services, store, "/telegram/hook")
    app["webhook_url"] = "https://bot.example.org/telegram/hook"
    return app
