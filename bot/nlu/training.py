"""Train the NLU model and the language detector, and skip when nothing changed.

The two models train at once: the language detector in a second process (the
machine we deploy on has two cores), the Rasa topic model in this one. Rasa
reads the examples from one JSON file written from ``nlu/`` rather than from
the 93 YAML files themselves: the same examples (a test checks), read in under
a second instead of the 15-30 s Rasa's YAML importer takes to validate, merge
and copy them twice. ``progress`` gets one line per stage.

A fingerprint of every input (``config.yml``, ``nlu/``, ``data/langid/``,
``data/nlu/`` (the concept lexicon) and
the versions of Rasa and of this package) is written next to the model. Make
runs ``rightsbot train`` on every set-up; when the fingerprint matches, it
returns in well under a second.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import multiprocessing
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from bot import quiet
from bot.nlu.data import iter_examples
from bot.nlu.language import FEATURES_VERSION as LANGUAGE_FEATURES_VERSION
from bot.nlu.language import LanguageDetector, training_samples
from bot.settings import Settings

MODEL_NAME = "nlu"
#: Rasa's setting for the size of its training cache; 0 turns the cache off.
_RASA_CACHE_SIZE = "RASA_MAX_CACHE_SIZE"


@dataclass(frozen=True)
class TrainResult:
    trained: bool
    seconds: float
    model_path: Path
    #: Seconds per stage, in the order they finished.
    stages: dict[str, float] = field(default_factory=dict)


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
    inputs += sorted((settings.root / "data" / "nlu").glob("*.yml"))
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


def _silent(line: str) -> None:
    """The default ``progress``: say nothing."""


def train(
    settings: Settings, force: bool = False, progress: Callable[[str], None] = _silent
) -> TrainResult:
    """Train both models into ``models/`` unless they are already current.

    Nothing is replaced until both are trained: a crash leaves the old models.
    """
    if not force and is_current(settings):
        return TrainResult(False, 0.0, model_path(settings))
    started = time.perf_counter()
    stamp = fingerprint(settings)  # of the inputs as they are when training starts
    stages: dict[str, float] = {}
    settings.models_dir.mkdir(parents=True, exist_ok=True)
    with (
        tempfile.TemporaryDirectory(dir=settings.models_dir) as scratch,
        # "spawn": a clean interpreter, whatever this process has imported
        ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool,
    ):
        language_file = Path(scratch) / "language.pkl"
        progress("1/3 language detector: training in a second process")
        language_job = pool.submit(
            train_language_detector, settings.nlu_dir, settings.langid_data_dir, language_file
        )
        progress("2/3 topic model (Rasa: examples, n-grams, logistic regression, archive)…")
        step = time.perf_counter()
        produced = _train_rasa(settings, Path(scratch))
        stages["topic model"] = time.perf_counter() - step
        progress(f"2/3 topic model: {stages['topic model']:.1f} s")
        stages["language detector"] = language_job.result()
        progress(f"1/3 language detector: {stages['language detector']:.1f} s")
        progress("3/3 putting the models in place…")
        step = time.perf_counter()
        shutil.move(language_file, language_model_path(settings))
        shutil.move(produced, model_path(settings))
    stages["in place"] = time.perf_counter() - step
    progress(f"3/3 in place: {stages['in place']:.1f} s")
    seconds = time.perf_counter() - started
    _fingerprint_path(settings).write_text(
        json.dumps(
            {"fingerprint": stamp, "trained_at": time.time(), "seconds": seconds, "stages": stages}
        )
    )
    return TrainResult(True, seconds, model_path(settings), stages)


def train_language_detector(nlu_dir: Path, other_dir: Path, path: Path) -> float:
    """Train and save the language detector; the seconds it took (runs in a child process)."""
    quiet.silence()
    started = time.perf_counter()
    LanguageDetector.train(training_samples(nlu_dir, other_dir)).save(path)
    return time.perf_counter() - started


def write_rasa_json(nlu_dir: Path, path: Path) -> int:
    """Every example of ``nlu/`` in Rasa's JSON training format; returns how many.

    ``nlu/`` holds only intents and their examples (no entities, synonyms or
    regexes), so ``text`` and ``intent`` are all Rasa would read from the YAML.
    """
    examples = [{"text": e.text, "intent": e.intent} for e in iter_examples(nlu_dir)]
    path.write_text(
        json.dumps({"rasa_nlu_data": {"common_examples": examples}}, ensure_ascii=False),
        encoding="utf-8",
    )
    return len(examples)


def _train_rasa(settings: Settings, scratch: Path) -> Path:
    """Train the Rasa model into ``scratch``; the archive it produced."""
    quiet.silence(settings.verbose)
    from rasa.model_training import train_nlu

    quiet.after_rasa_import(settings.verbose)
    examples = scratch / "nlu.json"
    write_rasa_json(settings.nlu_dir, examples)
    chatter = (
        contextlib.nullcontext() if settings.verbose else contextlib.redirect_stdout(io.StringIO())
    )
    with chatter, _rasa_cache_off():
        produced = train_nlu(
            config=str(settings.config_path),
            nlu_data=str(examples),
            output=str(scratch),
            fixed_model_name=MODEL_NAME,
            # Rasa's own `--force`: no "fingerprint run", which would load and
            # copy all the examples a second time only to find what it could
            # reuse from its cache; our fingerprint already decided to train.
            additional_arguments={"force_full_training": True},
        )
    if not produced:
        raise RuntimeError("Rasa produced no model; run with --verbose to see why.")
    return Path(produced)


@contextlib.contextmanager
def _rasa_cache_off() -> Iterator[None]:
    """No Rasa training cache (``.rasa/cache`` in the working directory).

    It only serves Rasa's incremental retraining, which ``force_full_training``
    skips; writing it costs time and disk on every run.
    """
    previous = os.environ.get(_RASA_CACHE_SIZE)
    os.environ[_RASA_CACHE_SIZE] = "0"
    try:
        yield
    finally:
        if previous is None:
            del os.environ[_RASA_CACHE_SIZE]
        else:
            os.environ[_RASA_CACHE_SIZE] = previous
