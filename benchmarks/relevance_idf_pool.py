"""Does IDF from the whole train split help the relevance model? (models/relevance-id/MODEL_CARD.md.)

The shipped features fit their TF-IDF weights on the texts a model trains on (~900 per fold). This fits them
instead on every news-id train text (labels unused; never dev or test) and compares the two, each an
uncalibrated logistic regression with the shipped settings, out of fold on the real train labels (the
training code's folds and fold seeds, written articles always in training) and on dev as a check.

    python benchmarks/relevance_idf_pool.py --data ../shared/corpora/news-id
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, precision_recall_curve

from smartnews import newsid
from smartnews.linear import digital_sentences, document_text
from smartnews.relevance import WORD_FEATURES, _features, _hashed
from smartnews.training import relevance as training

Scorer = Callable[[Sequence[str]], np.ndarray]


def fitter(pool: Sequence[str] | None, C: float = 16.0) -> Callable[[list[str], list[bool]], Scorer]:
    """A function that fits the regression; with ``pool``, the TF-IDF weights come from it."""
    fixed = None
    if pool is not None:
        fixed = (
            _features((1, 2), (3, 5)).fit(pool),
            _hashed("word", (1, 2), WORD_FEATURES).fit([digital_sentences(t) for t in pool]),
        )

    def fit(texts: list[str], labels: list[bool]) -> Scorer:
        words, digital = fixed or (
            _features((1, 2), (3, 5)).fit(texts),
            _hashed("word", (1, 2), WORD_FEATURES).fit([digital_sentences(t) for t in texts]),
        )

        def matrix(batch: Sequence[str]) -> sp.csr_matrix:
            return sp.hstack(
                [words.transform(batch), digital.transform([digital_sentences(t) for t in batch])],
                format="csr",
            )

        model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(matrix(texts), labels)
        return lambda batch: model.predict_proba(matrix(batch))[:, 1]

    return fit


def best_f1(y: np.ndarray, scores: np.ndarray) -> float:
    precision, recall, _ = precision_recall_curve(y, scores)
    return float((2 * precision * recall / np.maximum(precision + recall, 1e-9)).max())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="the news-id folder")
    args = parser.parse_args()
    examples = training.load_examples(args.data)
    train = sorted((e for e in examples if e.split == "train"), key=lambda e: e.id)
    dev = [e for e in examples if e.split == "dev"]
    written = [e for e in examples if e.split == "written"]
    pool = [
        document_text(r["title"], newsid.paragraphs(r["content"] or ""))
        for r in newsid.records(args.data, ("train",))
    ]
    y = np.array([e.relevant for e in train])
    y_dev = np.array([e.relevant for e in dev])
    groups = training.near_duplicate_groups([e.text for e in train])
    print("| IDF from | PR-AUC per fold seed | mean | best F1, mean | dev PR-AUC |")
    print("|---|---|---|---|---|")
    variants = (("the training texts (shipped)", fitter(None)), ("the whole train split", fitter(pool)))
    for name, fit in variants:
        per_seed = []
        for seed in training.FOLD_SEEDS:
            scores = np.zeros(len(train))
            for fit_idx, held_idx in training._folds(train, seed=seed, groups=groups):
                chosen = [train[i] for i in fit_idx] + written
                scorer = fit([e.text for e in chosen], [e.relevant for e in chosen])
                scores[held_idx] = scorer([train[i].text for i in held_idx])
            per_seed.append((average_precision_score(y, scores), best_f1(y, scores)))
        everything = train + written
        final = fit([e.text for e in everything], [e.relevant for e in everything])
        dev_scores = final([e.text for e in dev])
        print(
            f"| {name} | {' / '.join(f'{a:.3f}' for a, _ in per_seed)} | "
            f"{np.mean([a for a, _ in per_seed]):.3f} | {np.mean([f for _, f in per_seed]):.3f} | "
            f"{average_precision_score(y_dev, dev_scores):.3f} |"
        )


if __name__ == "__main__":
    main()
