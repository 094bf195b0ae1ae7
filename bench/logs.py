"""Synthetic anonymised logs for the staff tools: 100,000 messages by default.

Used by `make bench` (timing `queue`, `stats`, `report`) and to draw the
screenshot in docs/. The rows look like what the bot writes: pseudonyms,
scrubbed text with placeholders, topics, confidences, feedback.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from bot.privacy.store import Store

TOPICS = [
    "deadline",
    "how_to_apply",
    "legal_help",
    "documents",
    "work_and_id",
    "procedure_steps",
    "expanded_definition",
    "negative_decision",
    "comar_offices",
    "health_and_school",
    "rights_during_procedure",
    "signing_and_staying",
    "detention",
    "emergency",
    "children",
]
TEXTS = {
    "es": [
        "me llamo <NAME>, cuanto tiempo tengo para pedir refugio",
        "donde queda la comar",
        "mi expediente <CASE> no avanza",
    ],
    "en": [
        "how long do i have to apply",
        "i need a lawyer, my phone <PHONE>",
        "can i work while i wait",
    ],
    "ht": ["konbyen tan m genyen pou m mande refij", "m bezwen yon avoka", "eske m ka travay"],
}


def generate(path: Path, messages: int = 100_000, weeks: int = 26, seed: int = 1) -> Path:
    rng = random.Random(seed)
    store = Store(path)
    now = time.time()
    people = [f"{rng.getrandbits(128):032x}" for _ in range(max(1, messages // 6))]
    rows, votes = [], []
    for _index in range(messages):
        language = rng.choices(["es", "en", "ht", "other"], [55, 15, 28, 2])[0]
        kind = rng.choices(["answer", "unsure", "out_of_scope", "nearby"], [78, 9, 9, 4])[0]
        topic = rng.choice(TOPICS) if kind != "out_of_scope" else "out_of_scope"
        who = rng.choice(people)
        at = now - rng.random() * weeks * 7 * 86400
        rows.append(
            {
                "pseudonym": who,
                "at": at,
                "kind": kind,
                "text": rng.choice(TEXTS.get(language, TEXTS["es"])),
                "language": language,
                "answer_language": language if language != "other" else "es",
                "topic": topic,
                "confidence": round(
                    rng.uniform(0.5, 1.0) if kind == "answer" else rng.uniform(0.1, 0.5), 3
                ),
                "alternatives": "[]",
                "answered_topic": topic if kind == "answer" else None,
                "content_version": "bench",
                "latency_ms": round(rng.uniform(8, 40), 1),
                "city": None,
            }
        )
        if kind == "answer" and rng.random() < 0.08:
            votes.append(
                {
                    "pseudonym": who,
                    "at": at + 30,
                    "topic": topic,
                    "vote": rng.choice(["up", "up", "up", "down"]),
                    "content_version": "bench",
                }
            )
    store.db["messages"].insert_all(rows, batch_size=5000)
    store.db["feedback"].insert_all(votes, batch_size=5000)
    store.close()
    return path
