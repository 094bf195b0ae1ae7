"""Training data never contains a line of an evaluation set (ours or the shared one).

A question the model trained on says nothing about how it reads new ones, so
the held-out figures in docs/nlu.md are only honest while this holds.
Compared after folding case, accents and punctuation.
"""

from __future__ import annotations

import json
from pathlib import Path

from bot.nlu.data import iter_examples
from bot.settings import project_root
from scripts.import_published_questions import EVAL_SETS, SOURCE, fold, render

ROOT = project_root()


def _questions(path: Path) -> set[str]:
    return {
        fold(json.loads(line)["text"])
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }


def test_no_evaluation_question_is_in_the_training_data() -> None:
    held_out = set().union(*(_questions(p) for p in EVAL_SETS if p.exists()))
    assert len(EVAL_SETS) > 10
    assert len(held_out) > 4000
    leaked = sorted(
        f"{example.language}/{example.intent}: {example.text}"
        for example in iter_examples(ROOT / "nlu")
        if fold(example.text) in held_out
    )
    assert leaked == []


def test_published_questions_in_nlu_are_the_sourced_ones_and_none_is_close_to_an_evaluation_set() -> (
    None
):
    """`nlu/*/published_questions.yml` is generated from the sourced jsonl, never edited by hand."""
    files, dropped = render()
    assert files and dropped > 0  # some published questions were too close and left out
    for path, text in files.items():
        assert path.read_text(encoding="utf-8") == text, f"{path}: run the import script again"
    rows = [json.loads(line) for line in SOURCE.read_text(encoding="utf-8").splitlines() if line]
    assert all(row["source"].startswith("http") for row in rows)
