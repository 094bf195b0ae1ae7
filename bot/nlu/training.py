"""Train the NLU model and the language detector, and skip when nothing changed.

A fingerprint of every input (``config.yml``, ``nlu/``, ``data/langid/`` and
the versions of Rasa and of this package) is written next to the model. Make
runs ``rightsbot train`` on every set-up; when the fingerprint matches, it
returns in well under a second.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import shutil
import tempfile
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from bot import quiet
from bot.nlu.language import FEATURES_VERSION as LANGUAGE_FEATURES_VERSION
from bot.nlu.language import LanguageDetector, training_samples
from bot.settings import Settings

MODEL_NAME = "nlu"


@dataclass(frozen=True)
class TrainResult:
    trained: bool
    seconds: float
    model_path: Path


def model_path(settings: Settings) -> Path:
    return settings.models_dir / f"{MODEL_NAME}.tar.gz"


def language_model_path(settings: Settings) -> Path:
    return settings.models_dir / "language.pkl"


def _fingerprint_path(settings: Settings) -> Path:
    return settings.models_dir / "fingerprint.json"


def fingerprint(settings: Settings) -> str:
    """A hash of everything the models are built from."""
    digest = hashlib.sha256()
    inputs = [settings.config_path]
    inputs += sorted(settings.nlu_dir.rglob("*.yml"))
    inputs += sorted(settings.langid_data_dir.glob("*.txt"))
    for path in inputs:
        digest.update(str(path.relative_to(settings.root)).encode())
        digest.update(path.read_bytes())
    for package in ("rasa", "scikit-learn", "rightsbot"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            digest.update(f"{package}={metadata.version(package)}".encode())
    digest.update(f"language-features={LANGUAGE_FEATURES_VERSION}".encode())
    return digest.hexdigest()


def is_current(settings: Settings) -> bool:
    stamp = _fingerprint_path(settings)
    if not (
        stamp.exists() and model_path(settings).exists() and language_model_path(settings).exists()
    ):
        return False
    try:
        return json.loads(stamp.read_text()).get("fingerprint") == fingerprint(settings)
    except (ValueError, OSError):
        return False


def train(settings: Settings, force: bool = False) -> TrainResult:
    """Train both models into ``models/`` unless they are already current."""
    if not force and is_current(settings):
        return TrainResult(False, 0.0, model_path(settings))
    started = time.perf_counter()
    settings.models_dir.mkdir(parents=True, exist_ok=True)
    detector = LanguageDetector.train(training_samples(settings.nlu_dir, settings.langid_data_dir))
    detector.save(language_model_path(settings))
    _train_rasa(settings)
    seconds = time.perf_counter() - started
    _fingerprint_path(settings).write_text(
        json.dumps(
            {"fingerprint": fingerprint(settings), "trained_at": time.time(), "seconds": seconds}
        )
    )
    return TrainResult(True, seconds, model_path(settings))


def _train_rasa(settings: Settings) -> None:
    """Train into a temporary folder, then move into place, so a crash leaves the old model."""
    quiet.silence(settings.verbose)
    from rasa.model_training import train_nlu

    quiet.after_rasa_import(settings.verbose)
    chatter = (
        contextlib.nullcontext() if settings.verbose else contextlib.redirect_stdout(io.StringIO())
    )
    with tempfile.TemporaryDirectory(dir=settings.models_dir) as scratch, chatter:
        produced = train_nlu(
            config=str(settings.config_path),
            nlu_data=str(settings.nlu_dir),
            output=scratch,
            fixed_model_name=MODEL_NAME,
        )
        if not produced:
            raise RuntimeError("Rasa produced no model; run with --verbose to see why.")
        shutil.move(produced, model_path(settings))
