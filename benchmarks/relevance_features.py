"""Feature variants of the relevance model, out of fold (models/relevance-id/MODEL_CARD.md, "What was tried").

Each variant is an uncalibrated logistic regression with the shipped settings (C=16, classes balanced) over
hashed TF-IDF blocks, scored out of fold on the real train labels (the training code's folds and fold seeds,
written articles always in training) and on dev as a check, never used to choose:

- ``shipped``: word 1–2-grams and character 3–5-grams of the text, word 1–2-grams of its digital sentences;
- ``idf-pool``: the same, the IDF weights fitted on every news-id train text (labels unused) instead of the
  ~900 texts each fold trains on;
- ``lemma``: the word blocks over lemmas (``smartnews.lemmas``: "pembangunan", "dibangun" → "bangun"), the
  character block over the text as written;
- ``lemma-plus``: the shipped blocks and a word block over lemmas besides.

    python benchmarks/relevance_features.py --data ../shared/corpora/news-id [--variants lemma ...]
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, precision_recall_curve
from sklearn.pipeline import Pipeline

from smartnews import newsid
from smartnews.lemmas import lemma
from smartnews.linear import digital_sentences, document_text
from smartnews.relevance import CHAR_FEATURES, WORD_FEATURES, _hashed
from smartnews.training import relevance as training

Scorer = Callable[[Sequence[str]], np.ndarray]
Prepare = Callable[[str], str]
_WORD = re.compile(r"\w+")


def lemmatized(text: str) -> str:
    return _WORD.sub(lambda m: lemma(m.group()), text)


def _words() -> Pipeline:
    return _hashed("word", (1, 2), WORD_FEATURES)


def _chars() -> Pipeline:
    return _hashed("char_wb", (3, 5), CHAR_FEATURES)


def _as_written(text: str) -> str:
    return text


def _digital_lemmas(text: str) -> str:
    return lemmatized(digital_sentences(text))


BLOCKS: dict[str, list[tuple[Callable[[], Pipeline], Prepare]]] = {
    "shipped": [(_words, _as_written), (_chars, _as_written), (_words, digital_sentences)],
    "lemma": [(_words, lemmatized), (_chars, _as_written), (_words, _digital_lemmas)],
    "lemma-plus": [
        (_words, _as_written),
        (_words, lemmatized),
        (_chars, _as_written),
        (_words, digital_sentences),
    ],
}


def fitter(variant: str, pool: Sequence[str] | None = None) -> Callable[[list[str], list[bool]], Scorer]:
    """A function that fits the regression over ``variant``'s blocks (their IDF from ``pool`` if given)."""
    blocks = BLOCKS["shipped" if variant == "idf-pool" else variant]

    def fit(texts: list[str], labels: list[bool]) -> Scorer:
        source = pool if pool is not None else texts
        fitted = [(make().fit([prepare(t) for t in source]), prepare) for make, prepare in blocks]

        def matrix(batch: Sequence[str]) -> sp.csr_matrix:
            return sp.hstack(
                [block.transform([prepare(t) for t in batch]) for block, prepare in fitted], format="csr"
            )

        model = LogisticRegression(C=16.0, class_weight="balanced", max_iter=5000)
        model.fit(matrix(texts), labels)
        return lambda batch: model.predict_proba(matrix(batch))[:, 1]

    return fit


def best_f1(y: np.ndarray, scores: np.ndarray) -> float:
    precision, recall, _ = precision_recall_curve(y, scores)
    return float((2 * precision * recall / np.maximum(precision + recall, 1e-9)).max())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="the news-id folder")
    parser.add_argument(
        "--variants", nargs="+", default=["shipped", "idf-pool", "lemma", "lemma-plus"], help="which to run"
    )
    args = parser.parse_args()
    examples = training.load_examples(args.data)
    train = sorted((e for e in examples if e.split == "train"), key=lambda e: e.id)
    dev = [e for e in examples if e.split == "dev"]
    written = [e for e in examples if e.split == "written"]
    y = np.array([e.relevant for e in train])
    y_dev = np.array([e.relevant for e in dev])
    groups = training.near_duplicate_groups([e.text for e in train])
    print("| variant | PR-AUC per fold seed | mean | best F1, mean | dev PR-AUC | dev best F1 |")
    print("|---|---|---|---|---|---|")
    for variant in args.variants:
        pool = None
        if variant == "idf-pool":
            pool = [
                document_text(r["title"], newsid.paragraphs(r["content"] or ""))
                for r in newsid.records(args.data, ("train",))
            ]
        fit = fitter(variant, pool)
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
            f"| {variant} | {' / '.join(f'{a:.3f}' for a, _ in per_seed)} | "
            f"{np.mean([a for a, _ in per_seed]):.3f} | {np.mean([f for _, f in per_seed]):.3f} | "
            f"{average_precision_score(y_dev, dev_scores):.3f} | {best_f1(y_dev, dev_scores):.3f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
