"""NER speed as a ratio: the shipped spaCy NER against spaCy's default efficiency NER, in one process.

    python benchmarks/ner_speed.py --data ../shared/corpora/ner [--model models/ner-id] [--passes 10]

The issue's speed goal (20,000 words/s on one core) was set against spaCy's default ``--optimize
efficiency`` NER, which ``../shared/FACTS.md`` measured at 27,000 words/s on one core. Absolute figures
here move by a factor of 1.6 from one run to the next (the model card's Speed), so this script times both
networks in the same process, on the same texts, one pass of each in turn, on one core (CPU time), and
prints each one's words/s and the ratio of the two. The baseline is spaCy's own default config for an
``id`` NER (``spacy init config --pipeline ner --optimize efficiency``), initialised with the three
labels: a network's speed does not depend on what its weights learnt, so it needs no training.

Texts: the NER-UI and idner-news-2k test sentences, tokens joined by spaces (as ``smartnews evaluate
ner`` times them). A ratio above 1 means the shipped model is the faster one.
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path
from typing import Any

import spacy
from spacy.cli.init_config import init_config
from spacy.tokens import Doc
from spacy.training import Example

from smartnews.nlp import model_path
from smartnews.training.ner import EVAL_SETS, LABELS, load_corpus, one_core, timed_passes


def baseline_pipeline() -> Any:
    """spaCy's default efficiency NER for ``id``, initialised with PER/ORG/LOC and untrained."""
    config = init_config(lang="id", pipeline=["ner"], optimize="efficiency", gpu=False)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    words = ["Budi", "ke", "Jakarta", "dan", "KPU", "."]
    ents = ["B-PER", "O", "B-LOC", "O", "B-ORG", "O"]
    example = Example(nlp.make_doc(" ".join(words)), Doc(nlp.vocab, words=words, ents=ents))
    nlp.initialize(lambda: [example])
    ner: Any = nlp.get_pipe("ner")
    assert set(ner.labels) == set(LABELS)
    return nlp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data", type=Path, required=True, help="the NER corpora folder (../shared/corpora/ner)"
    )
    parser.add_argument("--model", type=Path, help="a spaCy NER folder (default: the shipped models/ner-id)")
    parser.add_argument("--passes", type=int, default=10, help="timed passes of each, after a warm-up pass")
    args = parser.parse_args()
    corpus = load_corpus(args.data, sorted({name for name, _ in EVAL_SETS}))
    texts = [" ".join(s.tokens) for name, split in EVAL_SETS for s in corpus[name][split]]
    models = {"shipped": spacy.load(args.model or model_path()), "baseline": baseline_pipeline()}
    seconds: dict[str, list[float]] = {name: [] for name in models}
    words = 0
    with one_core():
        for nlp in models.values():  # warm-up: caches, lexemes
            timed_passes(nlp, texts, 1)
        for _ in range(args.passes):
            for name, nlp in models.items():
                words, cpu, _ = timed_passes(nlp, texts, 1)
                seconds[name] += cpu
    print(
        f"{len(texts)} test sentences, {words:,} words; "
        f"{args.passes} passes of each in turn, one core, CPU time"
    )
    print("| model | median words/s | best words/s |\n|---|---|---|")
    for name, spent in seconds.items():
        label = "shipped NER" if name == "shipped" else "spaCy default efficiency NER (baseline)"
        print(f"| {label} | {words / statistics.median(spent):,.0f} | {words / min(spent):,.0f} |")
    pairs = [b / s for s, b in zip(seconds["shipped"], seconds["baseline"], strict=True)]
    print(
        f"\nshipped speed / baseline speed: median of the per-pass ratios {statistics.median(pairs):.2f} "
        f"(range {min(pairs):.2f}-{max(pairs):.2f}); at the baseline's 27,000 words/s "
        f"(../shared/FACTS.md) that is {27_000 * statistics.median(pairs):,.0f} words/s"
    )


if __name__ == "__main__":
    main()
