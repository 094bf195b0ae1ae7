"""`make bench`: speed, memory and accuracy figures, printed, never asserted.

Measured in one run on the same data:
- model load time, parse latency p50/p95 (classifier alone and the whole
  conversation), language-detection latency;
- `rightsbot ask` on 300 piped questions: start-up, per-question time after
  start-up, messages per second, peak RSS;
- `rightsbot train --force` as a whole command, with its stages (the bar: under
  120 s on two cores);
- topic accuracy per language on the dev sample for the bot and two baselines
  trained on the same nlu/ data: keyword matching, and TF-IDF character
  n-grams with logistic regression; language accuracy for our detector and
  for langid.py.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from bench import percentile
from bot import quiet

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev_sample.jsonl"


def machine() -> str:
    cpu = "unknown cpu"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.machine()}, {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"
    )


def load_dev() -> list[dict[str, str]]:
    if not DEV.exists():
        sys.exit(f"bench: {DEV} not found (the shared/ folder sits beside the repository)")
    return [
        json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def main() -> None:
    quiet.silence()
    rows = load_dev()
    print(f"machine: {machine()}")
    print(f"dev sample: {len(rows)} examples ({DEV})\n")

    from bot.settings import load_settings

    settings = load_settings()
    train_figures()

    started = time.perf_counter()
    from bot.services import build

    services = build(settings)
    print(
        f"model load (import Rasa + TensorFlow, load model, content): {time.perf_counter() - started:.1f} s"
    )

    texts = [row["text"] for row in rows]
    parse_ms, handle_ms, detect_ms = [], [], []
    from bot.conversation.events import Text, UserState

    for text in texts:
        t0 = time.perf_counter()
        services.classifier.parse(text)
        parse_ms.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        services.detector.detect(text)
        detect_ms.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        services.conversation.handle(Text(text), UserState())
        handle_ms.append((time.perf_counter() - t0) * 1000)
    for label, values in (
        ("classifier.parse", parse_ms),
        ("language detect", detect_ms),
        ("whole conversation turn", handle_ms),
    ):
        print(
            f"{label:<24} p50 {percentile(values, 0.5):6.1f} ms   p95 {percentile(values, 0.95):6.1f} ms"
        )

    ask_figures(texts)
    accuracy_table(rows, services, settings)

    staff_figures()
    print("\nTelegram load, ceiling and soak: `python -m bench.load` (run next by `make bench`)")


def train_figures() -> None:
    """``rightsbot train --force`` as a whole command, as CI and a fresh clone run it.

    The issue's bar is under 120 s on two cores; the stages come from the
    fingerprint file the command writes.
    """
    from bot.nlu.training import _fingerprint_path
    from bot.settings import load_settings

    # `python -m bot.cli.main` is the `rightsbot` command, from this checkout
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "bot.cli.main", "train", "--force"],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    seconds = time.perf_counter() - started
    stamp = json.loads(_fingerprint_path(load_settings()).read_text())
    stages = ", ".join(f"{name} {value:.1f} s" for name, value in stamp.get("stages", {}).items())
    print(f"training (`rightsbot train --force`, whole command): {seconds:.1f} s ({stages})")


def staff_figures() -> None:
    """The staff's tools on 100,000 synthetic logged messages."""
    import tempfile

    from bench.logs import generate
    from bot.privacy.store import Store
    from bot.staff.report import render
    from bot.staff.review import queue, stats

    with tempfile.TemporaryDirectory() as scratch:
        t0 = time.perf_counter()
        path = generate(Path(scratch) / "logs.db", 100_000)
        made = time.perf_counter() - t0
        store = Store(path)
        timings = {}
        for name, call in (
            ("queue", lambda: queue(store, limit=50)),
            ("queue --lang ht", lambda: queue(store, language="ht", limit=50)),
            ("stats", lambda: stats(store)),
            ("report", lambda: render(store)),
        ):
            t0 = time.perf_counter()
            call()
            timings[name] = time.perf_counter() - t0
        store.close()
        rightsbot = Path(sys.executable).with_name("rightsbot")
        env = {**os.environ, "RIGHTSBOT_DB": str(path)}
        commands = {}
        for name, args in (
            ("queue", ["review", "queue"]),
            ("stats", ["review", "stats"]),
            ("report", ["review", "report", "--out", str(Path(scratch) / "report.html")]),
        ):
            t0 = time.perf_counter()
            subprocess.run([str(rightsbot), *args], env=env, capture_output=True, check=True)
            commands[name] = time.perf_counter() - t0
    print(f"\nstaff tools on 100,000 synthetic logged messages (generated in {made:.1f} s):")
    print(
        "  in process: " + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in timings.items())
    )
    print(
        "  whole `rightsbot review ...` commands (Python start-up and imports included): "
        + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in commands.items())
    )


def ask_figures(texts: list[str]) -> None:
    """300 questions piped through the real console script, as a deployer would.

    Answers stream one line per question, so the time between the first and
    the last answer, over the answers in between, is the cost per question
    after start-up.
    """
    questions = [texts[i % len(texts)] for i in range(300)]
    rightsbot = Path(sys.executable).with_name("rightsbot")
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(rightsbot), "ask", "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write("\n".join(questions) + "\n")
    process.stdin.close()
    arrivals = [time.perf_counter() for _line in process.stdout]
    process.wait()
    total = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    startup = arrivals[0] - started
    per_question = (arrivals[-1] - arrivals[0]) / max(1, len(arrivals) - 1) * 1000
    print(
        f"\n`rightsbot ask` with {len(arrivals)} piped questions: total {total:.1f} s, "
        f"first answer after {startup:.1f} s (start-up), then {per_question:.1f} ms per question "
        f"({1000 / per_question:.0f} messages/s); peak RSS {peak_kib / 1024:.0f} MiB"
    )


def accuracy_table(rows: list[dict[str, str]], services, settings) -> None:  # type: ignore[no-untyped-def]
    from bot.conversation.events import Text, UserState
    from bot.nlu.data import iter_examples

    examples = list(iter_examples(settings.nlu_dir))
    train_x = [e.text for e in examples]
    train_y = [e.intent for e in examples]

    t0 = time.perf_counter()
    keyword = KeywordBaseline(train_x, train_y)
    keyword_train = time.perf_counter() - t0
    t0 = time.perf_counter()
    tfidf = tfidf_baseline(train_x, train_y)
    tfidf_train = time.perf_counter() - t0

    import langid
    from langid.langid import LanguageIdentifier, model

    identifier = LanguageIdentifier.from_modelstring(model, norm_probs=True)
    identifier.set_languages(["es", "en", "ht", "fr", "pt", "it", "de", "ca", "gl"])

    scores: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for row in rows:
        gold_lang, gold_topic = row["language"], row["topic"]
        outcome = services.conversation.handle(Text(row["text"]), UserState())
        predictions = {
            "rightsbot (Rasa)": outcome.topic or "out_of_scope",
            "keyword baseline": keyword.predict(row["text"]),
            "tf-idf char + logreg": tfidf.predict([row["text"]])[0],
        }
        for system, predicted in predictions.items():
            for key in (gold_lang, "all"):
                scores[system][key][0] += predicted == gold_topic
                scores[system][key][1] += 1
        lang_predictions = {
            "rightsbot detector": outcome.language,
            "langid.py": _langid(identifier, langid, row["text"]),
        }
        for system, predicted in lang_predictions.items():
            for key in (gold_lang, "all"):
                scores[system][key][0] += predicted == gold_lang
                scores[system][key][1] += 1

    print(
        f"\nbaselines trained on nlu/ ({len(train_x)} examples): keyword {keyword_train:.1f} s, tf-idf {tfidf_train:.1f} s"
    )
    print("\ntopic accuracy on the dev sample       es      en      ht     all")
    for system in ("rightsbot (Rasa)", "tf-idf char + logreg", "keyword baseline"):
        print(
            f"  {system:<34}"
            + "".join(f"{_ratio(scores[system][k]):>8}" for k in ("es", "en", "ht", "all"))
        )
    print("language accuracy on the dev sample")
    for system in ("rightsbot detector", "langid.py"):
        print(
            f"  {system:<34}"
            + "".join(f"{_ratio(scores[system][k]):>8}" for k in ("es", "en", "ht", "all"))
        )


def _ratio(pair: list[int]) -> str:
    return f"{pair[0] / pair[1]:.3f}" if pair[1] else "-"


def _langid(identifier, langid_module, text: str) -> str:  # type: ignore[no-untyped-def]
    language, _ = identifier.classify(text)
    return language if language in ("es", "en", "ht") else "other"


class KeywordBaseline:
    """The simplest thing a volunteer could build: distinctive words per topic, most hits wins."""

    def __init__(self, texts: list[str], labels: list[str], per_topic: int = 25) -> None:
        from bot.content.directory import fold

        by_topic: dict[str, Counter[str]] = defaultdict(Counter)
        overall: Counter[str] = Counter()
        for text, label in zip(texts, labels, strict=True):
            words = set(fold(text).split())
            by_topic[label].update(words)
            overall.update(words)
        self.keywords: dict[str, set[str]] = {}
        for topic, counts in by_topic.items():
            ranked = sorted(
                (w for w in counts if counts[w] >= 3 and len(w) > 2),
                key=lambda w: -(counts[w] / overall[w]) * counts[w],
            )
            self.keywords[topic] = set(ranked[:per_topic])
        self._fold = fold

    def predict(self, text: str) -> str:
        words = set(self._fold(text).split())
        hits = {topic: len(words & keys) for topic, keys in self.keywords.items()}
        best = max(hits, key=hits.__getitem__)
        return best if hits[best] > 0 else "out_of_scope"


def tfidf_baseline(texts: list[str], labels: list[str]):  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    pipeline = make_pipeline(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2),
        LogisticRegression(C=10, max_iter=2000),
    )
    pipeline.fit(texts, labels)
    return pipeline


if __name__ == "__main__":
    main()
