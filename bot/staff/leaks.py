"""``rightsbot review leak``: a name the scrubber missed goes now, and the tagger learns from it.

A leak that staff notice in the queue is the best training data the scrubber can
get: real wording, from the people who write to the bot, where the rules and the
tagger both failed. Marking one does two things:

1. the words leave the stored message at once (each becomes ``<NAME>``), and the
   database file is rewritten (:func:`bot.privacy.rescrub.wipe`) so no copy of the
   old text is left in its bytes;
2. the message joins the tagger's training data (``data/privacy/train/staff_leaks.jsonl``,
   read by ``scripts/train_scrub_tagger.py`` with the helpers' files) with each
   leaked word replaced by a made-up first name from the name lists: the tagger
   learns the wording around the name, never the person's name itself.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from bot.privacy.lexicon import AMBIGUOUS, COMMON_WORDS, FIRST_NAMES
from bot.privacy.rescrub import wipe
from bot.privacy.store import Store
from bot.staff.review import ReviewError

#: Where the examples go, under the project root (the tagger's training files).
TRAINING_FILE = Path("data") / "privacy" / "train" / "staff_leaks.jsonl"


@dataclass(frozen=True)
class Leak:
    """What marking a leak did: the message as now stored, and where the example went."""

    text: str
    training_file: Path


def _standing(word: str) -> re.Pattern[str]:
    """``word`` where it stands alone, not inside another word or a placeholder."""
    return re.compile(rf"(?<![\w<]){re.escape(word)}(?![\w>])")


def _stand_ins(message_id: int, count: int) -> list[str]:
    """Made-up first names, the same for the same message (so a second marking adds nothing new)."""
    pool = sorted(
        name
        for name in FIRST_NAMES
        if name.isalpha() and len(name) >= 4 and name not in COMMON_WORDS | AMBIGUOUS
    )
    return random.Random(message_id).sample(pool, count)


def mark_leak(store: Store, root: Path, message_id: int, words: list[str]) -> Leak:
    """Remove ``words`` from message ``message_id`` and add it, with made-up names, to training."""
    row = next(
        store.db.query("select text, language from messages where id = ?", [message_id]), None
    )
    if row is None or not row["text"]:
        raise ReviewError(
            f"no logged message with text and id {message_id} (see `rightsbot review queue`)"
        )
    text = str(row["text"])
    missing = [word for word in words if not _standing(word).search(text)]
    if missing:
        raise ReviewError(
            f"not in message {message_id} as a word of its own: {', '.join(missing)} "
            "(copy it exactly as `rightsbot review queue` shows it)"
        )
    stand_ins = [
        name.capitalize() if word[:1].isupper() else name
        for word, name in zip(words, _stand_ins(message_id, len(words)), strict=True)
    ]
    clean = training = text
    for word, stand_in in zip(words, stand_ins, strict=True):
        clean = _standing(word).sub("<NAME>", clean)
        training = _standing(word).sub(stand_in, training)
    store.set_text(message_id, clean)
    wipe(store)
    example = {
        "id": f"staff-{message_id}",
        "lang": row["language"],
        "text": training,
        "details": [{"kind": "name", "value": name} for name in stand_ins],
        "keep": [],
    }
    training_file = root / TRAINING_FILE
    training_file.parent.mkdir(parents=True, exist_ok=True)
    with training_file.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(example, ensure_ascii=False) + "\n")
    return Leak(clean, training_file)
