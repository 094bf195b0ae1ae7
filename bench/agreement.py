"""`python -m bench.agreement`: how often two labellers agree, and the model on what they agree on.

A published question can sit on a topic boundary, and two careful people who
read the same `shared/topics.yml` do not always route it alike. The second
labels in ``data/eval/second_labels_5_6.jsonl`` were given to real-wording sets
5 and 6 by a helper who saw only the questions and the topic catalogue (not
the first labels, not the model). The agreement between the two labellers is
about as high as any model can score against one of them; the model's
accuracy on the questions both agree on says how it does where the answer is
not in doubt. Figures only; nothing is asserted.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from bot.settings import project_root

EVAL = project_root() / "data" / "eval"
SECOND = EVAL / "second_labels_5_6.jsonl"


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def main() -> None:
    from bot import quiet
    from bot.conversation.events import Text, UserState
    from bot.services import build
    from bot.settings import load_settings

    quiet.silence()
    services = build(load_settings())
    second: dict[str, list[dict]] = defaultdict(list)
    for row in _rows(SECOND):
        second[row["set"]].append(row)
    print(
        "| set | questions | labellers agree | model vs first | model vs second | model on agreed |"
    )
    print("| --- | --- | --- | --- | --- | --- |")
    for name, others in sorted(second.items()):
        first = _rows(EVAL / name)
        if [r["text"] for r in first] != [r["text"] for r in others]:
            raise SystemExit(f"{SECOND.name}: its {name} questions no longer match {name}")
        agree = right_first = right_second = right_agreed = 0
        for one, two in zip(first, others, strict=True):
            outcome = services.conversation.handle(Text(one["text"]), UserState())
            topic = outcome.topic or "out_of_scope"
            agree += one["topic"] == two["topic"]
            right_first += topic == one["topic"]
            right_second += topic == two["topic"]
            right_agreed += one["topic"] == two["topic"] == topic
        n = len(first)
        print(
            f"| {name} | {n} | {agree / n:.3f} | {right_first / n:.3f} | {right_second / n:.3f} "
            f"| {right_agreed / max(agree, 1):.3f} ({agree}) |"
        )


if __name__ == "__main__":
    main()
