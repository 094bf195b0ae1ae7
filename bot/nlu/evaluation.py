"""Accuracy of the bot on a labelled set: per language, per topic, and confusions.

The report counts what a user would experience: ``topic`` accuracy (the
topic the bot settles on), how often it asked "did you mean" and whether the
right topic was among the buttons, out-of-scope rejection, and language
identification. It is the same code path as ``rightsbot ask``.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bot.nlu.classifier import OUT_OF_SCOPE


@dataclass(frozen=True)
class Labelled:
    text: str
    language: str
    topic: str
    difficulty: str = ""


@dataclass(frozen=True)
class Prediction:
    language: str
    topic: str
    alternatives: tuple[str, ...] = ()


class EvaluationError(ValueError):
    """A labelled file that cannot be read; the message names the line."""


def read_labelled(path: Path) -> list[Labelled]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            rows.append(
                Labelled(
                    str(data["text"]),
                    str(data["language"]),
                    str(data["topic"]),
                    str(data.get("difficulty", "")),
                )
            )
        except (ValueError, KeyError, TypeError) as error:
            raise EvaluationError(f"{path}:{number}: not a labelled example ({error})") from error
    return rows


@dataclass
class Report:
    total: int = 0
    topic_correct: int = 0
    language_correct: int = 0
    by_language: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    by_difficulty: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    language_by_language: dict[str, list[int]] = field(
        default_factory=lambda: defaultdict(lambda: [0, 0])
    )
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)
    true_positive: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)
    asked: int = 0
    asked_with_right_option: int = 0
    out_of_scope_total: int = 0
    out_of_scope_rejected: int = 0
    wrongly_rejected: int = 0

    def accuracy(self) -> float:
        return self.topic_correct / self.total if self.total else 0.0

    def language_accuracy(self) -> float:
        return self.language_correct / self.total if self.total else 0.0

    def f1(self, topic: str) -> tuple[float, float, float]:
        tp = self.true_positive[topic]
        precision = tp / self.predicted[topic] if self.predicted[topic] else 0.0
        recall = tp / self.gold[topic] if self.gold[topic] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def macro_f1(self) -> float:
        topics = [t for t in self.gold]
        return sum(self.f1(t)[2] for t in topics) / len(topics) if topics else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "examples": self.total,
            "topic_accuracy": round(self.accuracy(), 4),
            "language_accuracy": round(self.language_accuracy(), 4),
            "macro_f1": round(self.macro_f1(), 4),
            "topic_accuracy_by_language": {
                k: round(v[0] / v[1], 4) for k, v in sorted(self.by_language.items())
            },
            "language_accuracy_by_language": {
                k: round(v[0] / v[1], 4) for k, v in sorted(self.language_by_language.items())
            },
            "topic_accuracy_by_difficulty": {
                k: round(v[0] / v[1], 4) for k, v in sorted(self.by_difficulty.items())
            },
            "did_you_mean": {
                "asked": self.asked,
                "right_topic_offered": self.asked_with_right_option,
            },
            "out_of_scope": {
                "examples": self.out_of_scope_total,
                "rejected": self.out_of_scope_rejected,
                "in_scope_wrongly_rejected": self.wrongly_rejected,
            },
            "per_topic": {
                t: dict(
                    zip(
                        ("precision", "recall", "f1"),
                        map(lambda x: round(x, 4), self.f1(t)),
                        strict=True,
                    )
                )
                for t in sorted(self.gold)
            },
            "confusions": [
                {"gold": g, "predicted": p, "count": n}
                for (g, p), n in self.confusions.most_common(15)
            ],
        }


def score(rows: Iterable[tuple[Labelled, Prediction]]) -> Report:
    report = Report()
    for gold, predicted in rows:
        report.total += 1
        right = predicted.topic == gold.topic
        report.topic_correct += right
        report.by_language[gold.language][0] += right
        report.by_language[gold.language][1] += 1
        report.by_difficulty[gold.difficulty or "-"][0] += right
        report.by_difficulty[gold.difficulty or "-"][1] += 1
        lang_right = predicted.language == gold.language
        report.language_correct += lang_right
        report.language_by_language[gold.language][0] += lang_right
        report.language_by_language[gold.language][1] += 1
        report.gold[gold.topic] += 1
        report.predicted[predicted.topic] += 1
        if right:
            report.true_positive[gold.topic] += 1
        else:
            report.confusions[(gold.topic, predicted.topic)] += 1
        if predicted.alternatives:
            report.asked += 1
            report.asked_with_right_option += gold.topic in predicted.alternatives
        if gold.topic == OUT_OF_SCOPE:
            report.out_of_scope_total += 1
            report.out_of_scope_rejected += predicted.topic == OUT_OF_SCOPE
        elif predicted.topic == OUT_OF_SCOPE:
            report.wrongly_rejected += 1
    return report


def format_report(report: Report) -> str:
    """A plain-text report for people: the headline figures, then the details."""
    data = report.as_dict()
    lines = [
        f"examples: {report.total}",
        f"topic accuracy: {report.accuracy():.3f}   language accuracy: {report.language_accuracy():.3f}"
        f"   macro F1: {report.macro_f1():.3f}",
        "",
        "per language        topic   language",
    ]
    topic_by = data["topic_accuracy_by_language"]
    lang_by = data["language_accuracy_by_language"]
    assert isinstance(topic_by, dict) and isinstance(lang_by, dict)
    for language in topic_by:
        lines.append(f"  {language:<16} {topic_by[language]:>6.3f}   {lang_by[language]:>6.3f}")
    by_difficulty = data["topic_accuracy_by_difficulty"]
    assert isinstance(by_difficulty, dict)
    lines.append("per difficulty: " + ", ".join(f"{k} {v:.3f}" for k, v in by_difficulty.items()))
    lines.append(
        f"did you mean: asked {report.asked} times, right topic offered {report.asked_with_right_option}"
    )
    lines.append(
        f"out of scope: {report.out_of_scope_rejected}/{report.out_of_scope_total} rejected; "
        f"{report.wrongly_rejected} in-scope messages wrongly rejected"
    )
    lines += ["", "per topic              precision recall  f1"]
    for topic in sorted(report.gold):
        p, r, f = report.f1(topic)
        lines.append(f"  {topic:<24} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
    if report.confusions:
        lines += ["", "most confused (gold -> predicted)"]
        for (g, p), n in report.confusions.most_common(15):
            lines.append(f"  {n:>3}  {g} -> {p}")
    return "\n".join(lines)


def default_sets(root: Path) -> list[Path]:
    """The labelled sets ``rightsbot evaluate`` reports without arguments.

    The shared dev sample (phone-chat wording) and our real-wording sets of
    published questions (``data/eval/real_questions*.jsonl``): never trained on.
    """
    shared = root.parent / "shared" / "eval" / "dev_sample.jsonl"
    found = [shared] if shared.exists() else []
    return found + sorted((root / "data" / "eval").glob("real_questions*.jsonl"))


def format_side_by_side(reports: dict[str, Report]) -> str:
    """One line per set: topic accuracy overall and per language (with counts)."""
    languages = sorted({lang for r in reports.values() for lang in r.by_language})
    width = max(len(name) for name in reports) + 2
    header = f"{'set':<{width}} {'overall':>8}" + "".join(f" {lang:>12}" for lang in languages)
    lines = ["", "topic accuracy, side by side", header]
    for name, report in reports.items():
        cells = []
        for lang in languages:
            right, total = report.by_language.get(lang, [0, 0])
            cells.append(f" {right / total:>6.3f} ({total:>3})" if total else f" {'-':>12}")
        lines.append(f"{name:<{width}} {report.accuracy():>8.3f}" + "".join(cells))
    return "\n".join(lines)
