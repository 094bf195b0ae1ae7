"""`python -m bench.scrub`: the scrubber on the red-team sets, the real questions, and its speed.

Prints, for each set, planted details removed per kind and language, keep
spans preserved and control lines unchanged (bot/privacy/redteam.py defines
each), then how many real questions the scrubber changed (there must be
none), then the time per message. Sets A to V, X, Y, AA to AZ and BA to BN were tuned on; ``--failures``
lists their failing lines. Sets W and Z are the blind sets: they are measured
only with ``--blind`` (once, after a round of tuning), and only their figures are
ever shown, never its lines. (Each earlier set was the blind one of its round;
once measured, its failures were read in the next round, so it became a
tuning set.)
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from bench import percentile
from bot.privacy.redteam import evaluate, load, table
from bot.privacy.scrub import VERSION, scrub

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "data" / "eval"
SETS = {
    "A (tuning)": EVAL / "scrub_redteam_a.jsonl",
    "B (tuning, second round)": EVAL / "scrub_redteam_b.jsonl",
    "C (tuning, third round)": EVAL / "scrub_redteam_c.jsonl",
    "D (tuning, fourth round)": EVAL / "scrub_redteam_d.jsonl",
    "E (tuning, fifth round)": EVAL / "scrub_redteam_e.jsonl",
    "F (tuning, sixth round)": EVAL / "scrub_redteam_f.jsonl",
    "G (tuning, seventh round)": EVAL / "scrub_redteam_g.jsonl",
    "H (tuning, eighth round)": EVAL / "scrub_redteam_h.jsonl",
    "I (tuning, ninth round)": EVAL / "scrub_redteam_i.jsonl",
    "J (tuning, tenth round)": EVAL / "scrub_redteam_j.jsonl",
    "K (tuning, eleventh round)": EVAL / "scrub_redteam_k.jsonl",
    "L (tuning, twelfth round)": EVAL / "scrub_redteam_l.jsonl",
    "M (tuning, thirteenth round)": EVAL / "scrub_redteam_m.jsonl",
    "N (tuning, thirteenth round)": EVAL / "scrub_redteam_n.jsonl",
    "O (tuning, thirteenth round)": EVAL / "scrub_redteam_o.jsonl",
    "P (tuning, fourteenth round)": EVAL / "scrub_redteam_p.jsonl",
    "Q (tuning, fifteenth round)": EVAL / "scrub_redteam_q.jsonl",
    "R (tuning, sixteenth round)": EVAL / "scrub_redteam_r.jsonl",
    "S (tuning, seventeenth round)": EVAL / "scrub_redteam_s.jsonl",
    "T (tuning, eighteenth round)": EVAL / "scrub_redteam_t.jsonl",
    "U (tuning, nineteenth round)": EVAL / "scrub_redteam_u.jsonl",
    "V (tuning, twentieth round)": EVAL / "scrub_redteam_v.jsonl",
    "W (blind, measured after rounds 19, 20 and 21)": EVAL / "scrub_redteam_w.jsonl",
    "X (tuning, twenty-first round)": EVAL / "scrub_redteam_x.jsonl",
    "Y (tuning, twenty-second round)": EVAL / "scrub_redteam_y.jsonl",
    "Z (blind, measured after rounds 21 and 22)": EVAL / "scrub_redteam_z.jsonl",
    "AA (tuning, twenty-third round)": EVAL / "scrub_redteam_aa.jsonl",
    "AB (tuning, twenty-fourth round)": EVAL / "scrub_redteam_ab.jsonl",
    "AC (tuning, twenty-fifth round)": EVAL / "scrub_redteam_ac.jsonl",
    "AD (tuning, twenty-sixth round)": EVAL / "scrub_redteam_ad.jsonl",
    "AE (tuning, twenty-seventh round)": EVAL / "scrub_redteam_ae.jsonl",
    "AF (tuning, twenty-eighth round)": EVAL / "scrub_redteam_af.jsonl",
    "AG (tuning, twenty-ninth round)": EVAL / "scrub_redteam_ag.jsonl",
    "AH (tuning, thirtieth round)": EVAL / "scrub_redteam_ah.jsonl",
    # four of AI's lines were seen in round 39 (in a diff of every set's output): no longer blind
    "AI (tuning since round 39; fresh in round 30)": EVAL / "scrub_redteam_ai.jsonl",
    "AJ (tuning, thirty-first round)": EVAL / "scrub_redteam_aj.jsonl",
    "AK (tuning, thirty-second round)": EVAL / "scrub_redteam_ak.jsonl",
    "AL (tuning, thirty-second round)": EVAL / "scrub_redteam_al.jsonl",
    "AM (tuning, thirty-third round)": EVAL / "scrub_redteam_am.jsonl",
    "AN (tuning, thirty-fourth round)": EVAL / "scrub_redteam_an.jsonl",
    "AO (tuning, thirty-fifth round)": EVAL / "scrub_redteam_ao.jsonl",
    "AP (tuning, thirty-sixth round)": EVAL / "scrub_redteam_ap.jsonl",
    "AQ (tuning, thirty-sixth round)": EVAL / "scrub_redteam_aq.jsonl",
    "AR (tuning, thirty-seventh round)": EVAL / "scrub_redteam_ar.jsonl",
    "AS (tuning, thirty-seventh round)": EVAL / "scrub_redteam_as.jsonl",
    "AT (tuning, thirty-eighth round)": EVAL / "scrub_redteam_at.jsonl",
    "AU (tuning, thirty-eighth round)": EVAL / "scrub_redteam_au.jsonl",
    "AV (tuning, thirty-ninth round)": EVAL / "scrub_redteam_av.jsonl",
    "AW (tuning, thirty-ninth round)": EVAL / "scrub_redteam_aw.jsonl",
    "AX (tuning, fortieth round)": EVAL / "scrub_redteam_ax.jsonl",
    "AY (tuning, fortieth round)": EVAL / "scrub_redteam_ay.jsonl",
    "AZ (tuning, forty-first round)": EVAL / "scrub_redteam_az.jsonl",
    "BA (tuning, forty-first round)": EVAL / "scrub_redteam_ba.jsonl",
    "BB (tuning, forty-second round)": EVAL / "scrub_redteam_bb.jsonl",
    "BC (tuning, forty-second round)": EVAL / "scrub_redteam_bc.jsonl",
    "BD (tuning, forty-third round; fresh in round 42)": EVAL / "scrub_redteam_bd.jsonl",
    "BE (tuning, forty-third round; fresh in round 42)": EVAL / "scrub_redteam_be.jsonl",
    "BF (tuning, forty-third round; fresh in round 42)": EVAL / "scrub_redteam_bf.jsonl",
    "BG (tuning, forty-third round; fresh in round 42)": EVAL / "scrub_redteam_bg.jsonl",
    "BH (tuning, forty-fourth round; fresh in round 43)": EVAL / "scrub_redteam_bh.jsonl",
    "BI (tuning, forty-fourth round; fresh in round 43)": EVAL / "scrub_redteam_bi.jsonl",
    "BJ (tuning, forty-fourth round; fresh in round 43)": EVAL / "scrub_redteam_bj.jsonl",
    "BK (tuning, forty-fifth round; fresh in round 44)": EVAL / "scrub_redteam_bk.jsonl",
    "BL (tuning, forty-fifth round; fresh in round 44)": EVAL / "scrub_redteam_bl.jsonl",
    "BM (tuning, forty-sixth round; fresh in round 45)": EVAL / "scrub_redteam_bm.jsonl",
    "BN (tuning, forty-sixth round; fresh in round 45)": EVAL / "scrub_redteam_bn.jsonl",
}


def name(label: str) -> str:
    """A set's name, the first word of its label: "A", "AA"."""
    return label.split()[0]


#: Sets whose failing lines ``--failures`` may print; never the blind one.
TUNING = tuple(name(label) for label in SETS if "(tuning" in label)
#: The blind sets: only their figures are ever shown.
BLIND = tuple(name(label) for label in SETS if "(blind" in label)
REAL_QUESTIONS = sorted(EVAL.glob("real_questions*.jsonl"))
BAR_REMOVED = 0.98
BAR_KEPT = 0.95


def timing(texts: list[str], rounds: int = 5) -> tuple[float, float, float]:
    """Median, p95 and max milliseconds per message, over a few rounds."""
    scrub("warm up")
    times = []
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter()
            scrub(text)
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), percentile(times, 0.95), max(times)


def real_questions() -> tuple[int, int]:
    """(changed, total): real questions the scrubber altered, which must be none."""
    lines = [line for path in REAL_QUESTIONS for line in path.read_text("utf-8").splitlines()]
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    changed = sum(scrub(text) != " ".join(text.split()) for text in texts)
    return changed, len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--failures", choices=TUNING, action="append", help="list a tuning set's failing lines"
    )
    parser.add_argument(
        "--only", choices=TUNING, action="append", help="measure only these tuning sets"
    )
    parser.add_argument(
        "--blind", action="store_true", help="measure the blind sets too (figures only)"
    )
    args = parser.parse_args()
    print(f"scrubber version {VERSION}\n")
    texts = []
    passed = True
    for label, path in SETS.items():
        if name(label) in BLIND and not args.blind:
            continue
        if (
            args.only and name(label) in TUNING and name(label) not in args.only
        ) or not path.exists():
            continue
        rows = load(path)
        texts += [row["text"] for row in rows]
        figures, failures = evaluate(rows, scrub)
        print(f"## Set {label}: {path.name}, {len(rows)} lines\n")
        print(table(figures))
        below = [
            lang
            for lang in ("es", "en", "ht")
            if lang in figures
            and (figures[lang].recall < BAR_REMOVED or figures[lang].keep_rate < BAR_KEPT)
        ]
        passed &= not below
        print(f"\nbelow the bar: {', '.join(below)}\n" if below else "\n")
        if args.failures and name(label) in args.failures and name(label) in TUNING:
            for failure in failures:
                missed = "; ".join(f"{d['kind']}={d['value']!r}" for d in failure.missed)
                print(f"- {failure.id}: {failure.text!r}\n  -> {failure.clean!r}")
                print(f"  missed: {missed or '-'}  lost: {failure.lost or '-'}")
            print()
    changed, total = real_questions()
    passed &= changed == 0
    print(f"real questions changed: {changed}/{total} (must be 0)\n")
    median, p95, worst = timing(texts)
    print(
        f"time per message ({len(texts)} messages x 5): median {median:.3f} ms, "
        f"p95 {p95:.3f} ms, max {worst:.3f} ms"
    )
    print(f"bar (>= {BAR_REMOVED} removed and >= {BAR_KEPT} keep spans, each language, every set;")
    print("no real question changed):")
    print("met" if passed else "NOT met")


if __name__ == "__main__":
    main()
