"""Train the scrubber's learned second look: data/privacy/scrub_tagger.crfsuite.

    PYTHONPATH=. .venv/bin/python scripts/train_scrub_tagger.py [--hold-out K]

What it learns from (see bot/privacy/tagger.py):
- every word of the red-team sets the rules were tuned on (``bench.scrub.TUNING``,
  never the blind ones), marked "P" inside a planted detail and "O" elsewhere,
  and the same for ``data/privacy/train/*.jsonl``: messages written by helpers
  as training data only (same format; never measured on), and the leaks staff
  marked with ``rightsbot review leak`` (``staff_leaks.jsonl``, a made-up name
  in place of each leaked one);
- text with nothing to remove, every word "O": the published questions of
  ``data/eval/real_questions*.jsonl`` and 10,000 training examples of ``nlu/``
  that the rules leave unchanged (a fixed random sample).

``--hold-out`` leaves one tuning set out and prints the rules' and the rules
plus tagger's figures on it (how the threshold was chosen), writing the model to
a temporary file instead. The file is deterministic for the same data. Changing
it changes the scrubber's version, so stored rows are re-scrubbed once.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pycrfsuite

from bench.scrub import SETS, TUNING, name
from bot.nlu.data import iter_examples
from bot.privacy import tagger
from bot.privacy.redteam import evaluate, load
from bot.settings import project_root

ROOT = project_root()
NLU_NEGATIVES = 10_000


def _labelled(row: dict) -> tuple[list[tuple[int, int, str]], list[str]]:
    text = row["text"]
    toks = tagger.tokens(text)
    spans = []
    for detail in row.get("details", []):
        start = text.find(detail["value"])
        if start >= 0:
            spans.append((start, start + len(detail["value"])))
    inside = [any(a >= s and b <= e for s, e in spans) for a, b, _ in toks]
    return toks, ["P" if flag else "O" for flag in inside]


def _negatives() -> list[str]:
    from bot.privacy.scrub import _rules

    texts = []
    for path in sorted((ROOT / "data" / "eval").glob("real_questions*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text().splitlines() if line]
    pool = sorted(example.text for example in iter_examples(ROOT / "nlu"))
    random.Random(2026).shuffle(pool)
    unchanged = [text for text in pool[: 2 * NLU_NEGATIVES] if _rules(text) == text.strip()]
    return texts + unchanged[:NLU_NEGATIVES]


def _rows(letters: list[str]) -> Iterator[dict]:
    """Marked messages (tuning sets, then helpers' training files), then texts with nothing to remove."""
    paths = [path for label, path in SETS.items() if name(label) in letters]
    paths += sorted((ROOT / "data" / "privacy" / "train").glob("*.jsonl"))
    for path in paths:
        yield from load(path)
    for text in _negatives():
        yield {"text": text, "details": []}


def train(letters: list[str], out: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for row in _rows(letters):
        toks, labels = _labelled(row)
        if toks:
            trainer.append(tagger.features(toks, row["text"]), labels)
    trainer.set_params(
        {"c1": 0.1, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}
    )
    trainer.train(str(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--hold-out", choices=TUNING, help="leave one tuning set out and measure it"
    )
    args = parser.parse_args()
    if not args.hold_out:
        tagger.MODEL.parent.mkdir(parents=True, exist_ok=True)
        train(list(TUNING), tagger.MODEL)
        print(f"wrote {tagger.MODEL.relative_to(ROOT)} ({tagger.MODEL.stat().st_size:,} bytes)")
        return
    from bot.privacy import scrub as scrubber

    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "held_out.crfsuite"
        train([letter for letter in TUNING if letter != args.hold_out], model)
        tagger.MODEL = model
        tagger._tagger.cache_clear()
        path = next(p for label, p in SETS.items() if name(label) == args.hold_out)
        rows = load(path)
        for how, function in (("rules", scrubber._rules), ("rules + tagger", scrubber.scrub)):
            figures, _ = evaluate(rows, function)
            every = figures["all"]
            print(
                f"{args.hold_out} held out, {how}: removed {every.recall:.3f}, "
                f"keep spans {every.keep_rate:.3f}, controls {every.control_rate:.3f}"
            )


if __name__ == "__main__":
    main()
