"""Published questions stay readable: the scrubber leaves every one of them as it was.

``data/eval/real_questions*.jsonl`` holds questions people and organisations published,
with nothing personal in them. The benchmark counts the ones the scrubber changes (it
must be none); this test fails on the first one, so a rule that reads "work in the U.S."
as a workplace or "la comunidad inmigrante" as an address never ships.
"""

from __future__ import annotations

import json

import pytest

from bot.privacy.scrub import scrub
from bot.settings import project_root

_QUESTIONS = [
    json.loads(line)["text"]
    for path in sorted((project_root() / "data" / "eval").glob("real_questions*.jsonl"))
    for line in path.read_text("utf-8").splitlines()
    if line.strip()
]


def test_there_are_published_questions_to_check() -> None:
    assert len(_QUESTIONS) > 1000


@pytest.mark.parametrize("start", range(0, len(_QUESTIONS), 100))
def test_published_questions_come_out_as_they_went_in(start: int) -> None:
    batch = _QUESTIONS[start : start + 100]
    changed = [
        (t, c) for t, c in zip(batch, map(scrub, batch), strict=True) if c != " ".join(t.split())
    ]
    assert changed == []
