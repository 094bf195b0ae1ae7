"""Rasa's own k-fold cross-validation on nlu/, and the fallback threshold sweep.

Runs ``rasa test nlu --cross-validation`` on config.yml without its
FallbackClassifier (so every prediction keeps its raw confidence), prints
Rasa's macro F1, then sweeps the fallback threshold over those held-out
predictions: below the threshold the bot asks "did you mean" instead of
answering. Output goes to results/crossval/. Takes about 5 minutes on two cores.

    .venv/bin/python -m bench.crossval --folds 5
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
#: A wrong legal answer costs this many times more than asking "did you mean".
WRONG_ANSWER_COST = 3.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "crossval")
    parser.add_argument("--reuse", action="store_true", help="only re-analyse an earlier run")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if not args.reuse:
        run_rasa(args.folds, args.out)
    analyse(args.out)


def run_rasa(folds: int, out: Path) -> None:
    config = yaml.safe_load((ROOT / "config.yml").read_text())
    config["pipeline"] = [c for c in config["pipeline"] if c["name"] != "FallbackClassifier"]
    with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False, dir=out) as handle:
        yaml.safe_dump(config, handle)
    command = [
        str(Path(sys.executable).with_name("rasa")),
        "test",
        "nlu",
        "--nlu",
        str(ROOT / "nlu"),
        "--config",
        handle.name,
        "--cross-validation",
        "--folds",
        str(folds),
        "--out",
        str(out),
        "--successes",
        "--no-plot",
        "--quiet",
    ]
    env = {"TF_CPP_MIN_LOG_LEVEL": "3", "RASA_TELEMETRY_ENABLED": "false", "PYTHONPATH": str(ROOT)}
    subprocess.run(command, check=True, cwd=ROOT, env={**_base_env(), **env})


def _base_env() -> dict[str, str]:
    import os

    return dict(os.environ)


def _published() -> set[str]:
    """The texts of the published questions in nlu/, as Rasa reports them."""
    from bot.nlu.data import iter_examples

    return {
        example.text
        for example in iter_examples(ROOT / "nlu")
        if example.path.name == "published_questions.yml"
    }


def analyse(out: Path) -> None:
    report = json.loads((out / "intent_report.json").read_text())
    print(
        f"rasa cross-validation: accuracy {report['accuracy']:.4f}, "
        f"macro F1 {report['macro avg']['f1-score']:.4f}, "
        f"weighted F1 {report['weighted avg']['f1-score']:.4f}"
    )
    predictions = []
    published = _published()
    chat: list[tuple[str, str]] = []
    for name in ("intent_successes.json", "intent_errors.json"):
        path = out / name
        if path.exists():
            for item in json.loads(path.read_text()):
                predicted = item["intent_prediction"]
                predictions.append(
                    (item["intent"], predicted["name"], float(predicted["confidence"] or 0))
                )
                if item["text"] not in published:
                    chat.append((item["intent"], predicted["name"]))
    print(f"{len(predictions)} held-out predictions")
    if published:
        # the published questions (nlu/*/published_questions.yml) are a harder register: the
        # same folds scored without them say whether the messages people type lost anything
        from sklearn.metrics import f1_score

        gold, guess = zip(*chat, strict=True)
        print(
            f"macro F1 without the {len(predictions) - len(chat)} published questions "
            f"(trained on, not scored): {f1_score(gold, guess, labels=sorted(set(gold)), average='macro'):.4f}"
        )
    print("threshold  answered  right  wrong  asked   score")
    best = None
    for step in range(0, 19):
        threshold = step * 0.05
        answered = [(g, p) for g, p, c in predictions if c >= threshold]
        right = sum(g == p for g, p in answered)
        wrong = len(answered) - right
        asked = len(predictions) - len(answered)
        score = (right - WRONG_ANSWER_COST * wrong) / len(predictions)
        print(
            f"   {threshold:.2f}    {len(answered):>6} {right:>6} {wrong:>6} {asked:>6}  {score:.4f}"
        )
        if best is None or score > best[1]:
            best = (threshold, score)
    assert best is not None
    print(f"best threshold: {best[0]:.2f} (wrong answers cost {WRONG_ANSWER_COST:g}x a question)")
    (out / "summary.json").write_text(
        json.dumps(
            {
                "accuracy": report["accuracy"],
                "macro_f1": report["macro avg"]["f1-score"],
                "best_threshold": best[0],
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
