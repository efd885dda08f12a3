"""Cold start: ``smartnews analyze`` on one article, end to end in a fresh process, against a fresh
process that only loads spaCy's own ``spacy.blank("id")`` (spaCy issue #11079: its tokenizer exceptions).

    python benchmarks/cold_start.py [--runs 5]

Runs the two in turns; prints the median wall time of each and their ratio, then where smartnews' own
start-up time goes.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ARTICLE = Path(__file__).resolve().parents[1] / "corpora" / "articles" / "seed_shape.txt"
STEPS = """
import time
t = time.perf_counter()
import smartnews.cli
t1 = time.perf_counter()
from smartnews.pipeline import _nlp
nlp = _nlp("spacy")
t2 = time.perf_counter()
from smartnews.linear import shipped
shipped()
t3 = time.perf_counter()
from smartnews.regions import gazetteer
gazetteer()
t4 = time.perf_counter()
print(f"| import smartnews.cli | {t1 - t:.2f} |")
print(f"| load the NER pipeline and components | {t2 - t1:.2f} |")
print(f"| load the relevance and pillar models | {t3 - t2:.2f} |")
print(f"| build the region gazetteer | {t4 - t3:.2f} |")
"""


def walls(commands: list[list[str]], runs: int) -> list[float]:
    """The median wall time of each command, run in turns (one of each, ``runs`` times), so that a change
    in the machine's speed during the run falls on all of them alike."""
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for command, spent in zip(commands, times, strict=True):
            started = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            spent.append(time.perf_counter() - started)
    return [statistics.median(spent) for spent in times]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    python = [sys.executable]
    analyze = [*python, "-m", "smartnews.cli", "analyze", str(ARTICLE)]
    ours, spacy_only = walls([analyze, [*python, "-c", "import spacy; spacy.blank('id')"]], args.runs)
    print(f"median of {args.runs} runs, each a new process")
    print("| command | seconds |\n|---|---|")
    print(f"| smartnews analyze (one article, all stages) | {ours:.2f} |")
    print(f"| python -c \"import spacy; spacy.blank('id')\" (baseline) | {spacy_only:.2f} |")
    print(f"\nratio smartnews analyze / spacy.blank('id'): {ours / spacy_only:.2f}\n")
    print("| step (one process) | seconds |\n|---|---|")
    sys.stdout.flush()
    subprocess.run([*python, "-c", STEPS], check=True)


if __name__ == "__main__":
    main()
