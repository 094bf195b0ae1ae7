"""Silence the libraries that would print users' messages, URLs or noise.

Rasa's structlog events carry message text at debug level, httpx logs every
request URL (the bot token is part of Telegram URLs) at INFO, and TensorFlow
prints warnings on import. :func:`silence` must run before Rasa or TensorFlow
is imported; ``--verbose`` keeps library logs at INFO but never lowers httpx
below WARNING, because its URLs carry the token.
"""

from __future__ import annotations

import logging
import os
import warnings

_NOISY_LOGGERS = (
    "rasa",
    "tensorflow",
    "absl",
    "h5py",
    "matplotlib",
    "sanic",
    "apscheduler",
    "asyncio",
    "urllib3",
    "telegram",
    "numexpr",
)
#: These log request URLs, and Telegram's URLs contain the bot token.
_URL_LOGGERS = ("httpx", "httpcore", "telegram.request", "telegram.ext.Updater")
#: python-telegram-bot logs whole updates (names, ids, text) when it cannot parse them.
_RAW_UPDATE_LOGGERS = ("telegram.Bot", "telegram.ext.ExtBot")


def silence(verbose: bool = False) -> None:
    """Quiet TensorFlow, Rasa, httpx and friends; idempotent."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    os.environ.setdefault("LOG_LEVEL", "WARNING" if not verbose else "INFO")
    os.environ.setdefault("LOG_LEVEL_LIBRARIES", "ERROR" if not verbose else "INFO")
    os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
    os.environ.setdefault("PYTHONWARNINGS", "ignore")
    os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    if not verbose:
        warnings.filterwarnings("ignore")
        # TensorFlow and Keras import inside catch_warnings blocks that re-enable
        # warnings, so filters alone do not hold: drop them where they are shown.
        warnings.showwarning = _drop_warning
    level = logging.INFO if verbose else logging.ERROR
    for name in _NOISY_LOGGERS:
        logging.getLogger(name).setLevel(level)
    for name in _URL_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    for name in _RAW_UPDATE_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)
    _silence_structlog(verbose)


def _drop_warning(*args: object, **kwargs: object) -> None:
    """A ``warnings.showwarning`` that shows nothing (outside ``--verbose``)."""


def _silence_structlog(verbose: bool) -> None:
    """Rasa 3.6 logs parse results (message text included) through structlog."""
    try:
        import structlog
    except ImportError:  # pragma: no cover - structlog comes with Rasa
        return
    threshold = logging.INFO if verbose else logging.ERROR
    structlog.configure(
        wrapper_class=structlog.make_filtering_bound_logger(threshold),
        cache_logger_on_first_use=False,
    )


def after_rasa_import(verbose: bool = False) -> None:
    """Rasa resets some loggers when imported; put our levels back."""
    silence(verbose)
    try:
        import absl.logging

        absl.logging.set_verbosity(absl.logging.INFO if verbose else absl.logging.ERROR)
    except ImportError:  # pragma: no cover
        pass
    try:
        import tensorflow as tf

        tf.get_logger().setLevel(logging.INFO if verbose else logging.ERROR)
    except ImportError:  # pragma: no cover
        pass
