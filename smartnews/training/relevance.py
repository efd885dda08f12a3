"""Training and evaluating the relevance classifier and the pillar model.

Data: our labels of real news-id articles (``corpora/relevance/news-id-labels.jsonl``: ids, levels, pillars,
evidence offsets; the texts are read from ``--data``) and the articles the project wrote
(``corpora/written/articles.jsonl``), which are used for training only, never for evaluation. Real
articles of the ``train`` split train the models and are scored out of fold (grouped so that
near-duplicate articles never straddle two folds); together with those of ``dev`` these scores choose the
relevance threshold, and ``dev`` alone chooses the pillar threshold. The ``test`` split is never read.
"""

from __future__ import annotations

import itertools
import json
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import average_precision_score, precision_recall_fscore_support
from sklearn.model_selection import StratifiedGroupKFold

from smartnews import newsid
from smartnews.linear import document_text
from smartnews.pillars import PILLARS
from smartnews.pipeline import clean_and_deduplicate
from smartnews.relevance import (
    PILLARS_FILE,
    RELEVANCE_FILE,
    PillarClassifier,
    RelevanceClassifier,
    save,
)
from smartnews.settings import default_settings
from smartnews.types import Article

LABELS = Path("corpora") / "relevance" / "news-id-labels.jsonl"
WRITTEN = Path("corpora") / "written" / "articles.jsonl"


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    split: str  # "train", "dev" or "written"
    text: str  # title + cleaned paragraphs
    relevant: bool
    pillars: tuple[str, ...]


def _clean_text(article: Article) -> str:
    analysis = clean_and_deduplicate(article, default_settings())
    return document_text(analysis.title, analysis.paragraphs)


def load_examples(data: Path, labels: Path = LABELS, written: Path = WRITTEN) -> list[Example]:
    """Labelled real articles (texts from ``data``) and written articles, cleaned as the pipeline cleans."""
    rows = [json.loads(line) for line in labels.read_text("utf-8").splitlines() if line.strip()]
    if any(row["split"] == "test" for row in rows):
        raise ValueError(f"{labels} holds test-split labels: the test split is reserved for acceptance")
    wanted = {row["id"]: row for row in rows}
    examples = []
    for record in newsid.records(data, ("train", "dev")):
        row = wanted.get(record["id"])
        if row is not None:
            text = _clean_text(newsid.to_article(record))
            examples.append(
                Example(row["id"], record["split"], text, row["level"] >= 1, tuple(row["pillars"]))
            )
    for line in written.read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            text = _clean_text(Article.from_text(row["text"], title=row["title"]))
            examples.append(Example(row["id"], "written", text, row["level"] >= 1, tuple(row["pillars"])))
    return examples


def _pillar_matrix(examples: Sequence[Example]) -> np.ndarray:
    return np.array([[int(p in e.pillars) for p in PILLARS] for e in examples])


def _scores(y: np.ndarray, proba: np.ndarray, threshold: float) -> dict[str, float]:
    predicted = proba >= threshold
    p, r, f, _ = precision_recall_fscore_support(y, predicted, average="binary", zero_division=0)
    return {
        "precision": round(float(p), 4),
        "recall": round(float(r), 4),
        "f1": round(float(f), 4),
        "pr_auc": round(float(average_precision_score(y, proba)), 4) if y.any() else 0.0,
        "positives": int(y.sum()),
        "articles": len(y),
    }


def best_threshold(y: np.ndarray, proba: np.ndarray) -> float:
    """The threshold (on a 0.05 grid) with the best F1; the higher one on ties."""
    grid = np.round(np.arange(0.1, 0.951, 0.05), 2)
    f1s = [_scores(y, proba, t)["f1"] for t in grid]
    best = max(f1s)
    return float(max(t for t, f in zip(grid, f1s, strict=True) if f == best))


def calibration_table(y: np.ndarray, proba: np.ndarray, bins: int = 5) -> list[dict[str, Any]]:
    edges = np.linspace(0, 1, bins + 1)
    table = []
    for lo, hi in itertools.pairwise(edges):
        inside = (proba >= lo) & ((proba < hi) if hi < 1 else (proba <= hi))
        if inside.any():
            table.append(
                {
                    "bin": f"{lo:.1f}-{hi:.1f}",
                    "articles": int(inside.sum()),
                    "mean_score": round(float(proba[inside].mean()), 3),
                    "share_relevant": round(float(y[inside].mean()), 3),
                }
            )
    return table


def near_duplicate_groups(texts: Sequence[str], threshold: float = 90.0) -> np.ndarray:
    """A group number per text; near-duplicates (the same story in two outlets, a re-run release) share one.

    Two texts are near-duplicates when their openings are alike (``fuzz.ratio`` ≥ 60 on the first 600
    normalised characters) and their words nearly the same (``fuzz.token_set_ratio`` ≥ ``threshold``).
    """
    from rapidfuzz import fuzz

    norm = [" ".join(re.sub(r"\W+", " ", t.lower()).split())[:4000] for t in texts]
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in itertools.combinations(range(len(texts)), 2):
        if (
            fuzz.ratio(norm[i][:600], norm[j][:600]) >= 60
            and fuzz.token_set_ratio(norm[i], norm[j]) >= threshold
        ):
            parent[root(i)] = root(j)
    return np.array([root(i) for i in range(len(texts))])


# Out-of-fold scores are averaged over these fold seeds: on ~770 labels one seed's PR-AUC moved by ±0.016.
FOLD_SEEDS = (0, 1, 2)


def _folds(
    train: Sequence[Example], folds: int = 5, *, seed: int = 0, groups: np.ndarray | None = None
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Stratified folds that keep near-duplicates together; the same ids give the same folds in any order.

    ``train`` must be sorted by id (``train_relevance`` sorts it): group numbers and the splitter's
    shuffle depend on the order, and the order of the labels file is an accident of labelling rounds.
    """
    if any(a.id > b.id for a, b in itertools.pairwise(train)):
        raise ValueError("examples must be sorted by id, so that the folds do not depend on file order")
    y = np.array([e.relevant for e in train])
    if groups is None:
        groups = near_duplicate_groups([e.text for e in train])
    splitter = StratifiedGroupKFold(n_splits=min(folds, int(y.sum())), shuffle=True, random_state=seed)
    return list(splitter.split(np.zeros(len(y)), y, groups))


def _out_of_fold(
    train: Sequence[Example], written: Sequence[Example], folds: list[tuple[np.ndarray, np.ndarray]]
) -> np.ndarray:
    """Probabilities for each real training article from a model that did not see it (written always in)."""
    proba = np.zeros(len(train))
    for fit_idx, held_idx in folds:
        fit = [train[i] for i in fit_idx] + list(written)
        model = RelevanceClassifier().fit([e.text for e in fit], [e.relevant for e in fit])
        proba[held_idx] = model.predict_proba([train[i].text for i in held_idx])[:, 1]
    return proba


def _pillars_out_of_fold(
    train: Sequence[Example], written: Sequence[Example], folds: list[tuple[np.ndarray, np.ndarray]]
) -> tuple[list[Example], np.ndarray]:
    """Combined pillar scores for each relevant real training article, from pillar models without it."""
    held_examples: list[Example] = []
    rows: list[np.ndarray] = []
    for fit_idx, held_idx in folds:
        fit = [train[i] for i in fit_idx] + list(written)
        fit = [e for e in fit if e.relevant and e.pillars]
        held = [train[i] for i in held_idx if train[i].relevant and train[i].pillars]
        if not held:
            continue
        model = PillarClassifier().fit([e.text for e in fit], _pillar_matrix(fit))
        held_examples.extend(held)
        rows.append(pillar_scores(model, [e.text for e in held]))
    return held_examples, np.vstack(rows)


def _pillar_micro_f1(truth: np.ndarray, scores: np.ndarray, threshold: float) -> dict[str, Any]:
    predicted = scores >= threshold
    p, r, f, _ = precision_recall_fscore_support(truth, predicted, average="micro", zero_division=0)
    per = precision_recall_fscore_support(truth, predicted, average=None, zero_division=0)
    return {
        "micro": {"precision": round(float(p), 4), "recall": round(float(r), 4), "f1": round(float(f), 4)},
        "per_pillar": {
            pillar: {
                "precision": round(float(per[0][i]), 4),
                "recall": round(float(per[1][i]), 4),
                "f1": round(float(per[2][i]), 4),
                "support": int(per[3][i]),
            }
            for i, pillar in enumerate(PILLARS)
        },
    }


def pillar_scores(model: PillarClassifier | None, texts: Sequence[str]) -> np.ndarray:
    """Combined lexicon + model pillar scores (noisy-OR), as the pipeline computes them."""
    from smartnews.nlp import blank
    from smartnews.pillars import PillarLexicon, lexicon_scores

    nlp = blank()
    lexicon = PillarLexicon(nlp)
    model_proba = (
        model.predict_proba(list(texts)) if model is not None else np.zeros((len(texts), len(PILLARS)))
    )
    rows = []
    for text, probs in zip(texts, model_proba, strict=True):
        lex = lexicon_scores(lexicon.match(nlp.make_doc(text)))
        rows.append([1 - (1 - lex[p]) * (1 - probs[i]) for i, p in enumerate(PILLARS)])
    return np.array(rows)


def train_relevance(
    data: Path, out: Path, *, labels: Path = LABELS, written: Path = WRITTEN
) -> dict[str, Any]:
    """Train both models on real train + written articles, score them on real dev, save them to ``out``."""
    started = time.monotonic()
    examples = load_examples(data, labels, written)
    train = sorted((e for e in examples if e.split == "train"), key=lambda e: e.id)
    dev = [e for e in examples if e.split == "dev"]
    mine = [e for e in examples if e.split == "written"]
    fit = train + mine
    model = RelevanceClassifier().fit([e.text for e in fit], [e.relevant for e in fit])
    y_dev = np.array([e.relevant for e in dev])
    proba_dev = model.predict_proba([e.text for e in dev])[:, 1]
    y_train = np.array([e.relevant for e in train])
    groups = near_duplicate_groups([e.text for e in train])
    seeded_folds = [_folds(train, seed=seed, groups=groups) for seed in FOLD_SEEDS]
    folds = seeded_folds[0]
    oofs = [_out_of_fold(train, mine, f) for f in seeded_folds]
    oof = np.mean(oofs, axis=0)
    # The threshold is chosen on every real article scored by a model that did not train on it: the train
    # articles out of fold (each one's score averaged over the fold seeds) and the dev articles. Either set
    # alone is too small: on the train articles the F1 curve is flat from 0.30 to 0.55, so where its best
    # falls is an accident of the fold split, and dev has 25 relevant articles.
    threshold = best_threshold(np.concatenate([y_train, y_dev]), np.concatenate([oof, proba_dev]))
    later = {
        r["id"] for r in map(json.loads, labels.read_text("utf-8").splitlines()) if r.get("round", 1) > 1
    }
    round1 = np.array([e.id not in later for e in train])

    relevant_fit = [e for e in fit if e.relevant and e.pillars]
    pillars = PillarClassifier().fit([e.text for e in relevant_fit], _pillar_matrix(relevant_fit))
    relevant_dev = [e for e in dev if e.relevant]
    combined = pillar_scores(pillars, [e.text for e in relevant_dev])
    truth = _pillar_matrix(relevant_dev)
    grid = np.round(np.arange(0.3, 0.951, 0.05), 2)
    pillar_f1 = [_pillar_micro_f1(truth, combined, t)["micro"]["f1"] for t in grid]
    pillar_threshold = float(max(t for t, f in zip(grid, pillar_f1, strict=True) if f == max(pillar_f1)))
    lexicon_only = pillar_scores(None, [e.text for e in relevant_dev])
    oof_relevant, oof_pillars = _pillars_out_of_fold(train, mine, folds)

    out.mkdir(parents=True, exist_ok=True)
    save(model, out / RELEVANCE_FILE)
    save(pillars, out / PILLARS_FILE)
    report = {
        "data": {
            "real_train": {"articles": len(train), "relevant": int(y_train.sum())},
            "real_dev": {"articles": len(dev), "relevant": int(y_dev.sum())},
            "written_train_only": {"articles": len(mine), "relevant": sum(e.relevant for e in mine)},
            "pillar_model_train": len(relevant_fit),
        },
        "relevance": {
            "threshold": threshold,
            "dev": _scores(y_dev, proba_dev, threshold),
            "dev_at_0.5": _scores(y_dev, proba_dev, 0.5),
            "threshold_chosen_on": "real train articles out of fold and dev articles (best F1, 0.05 grid)",
            "f1_by_threshold": [
                {
                    "threshold": t,
                    "train_out_of_fold": _scores(y_train, oof, t)["f1"],
                    "dev": _scores(y_dev, proba_dev, t)["f1"],
                }
                for t in np.round(np.arange(0.2, 0.751, 0.05), 2).tolist()
            ],
            "dev_at_best_dev_threshold": _scores(y_dev, proba_dev, best_threshold(y_dev, proba_dev)),
            "train_out_of_fold": _scores(y_train, oof, threshold),
            "train_out_of_fold_per_seed": [_scores(y_train, o, threshold) for o in oofs],
            "train_out_of_fold_round1": _scores(y_train[round1], oof[round1], threshold),
            "calibration_dev": calibration_table(y_dev, proba_dev),
            "calibration_train_out_of_fold": calibration_table(y_train, oof),
        },
        "pillars": {
            "threshold": pillar_threshold,
            "dev_relevant_articles": len(relevant_dev),
            "dev": _pillar_micro_f1(truth, combined, pillar_threshold),
            "dev_lexicon_only": _pillar_micro_f1(truth, lexicon_only, pillar_threshold),
            "train_out_of_fold_relevant_articles": len(oof_relevant),
            "train_out_of_fold": _pillar_micro_f1(
                _pillar_matrix(oof_relevant), oof_pillars, pillar_threshold
            ),
        },
        "seconds": round(time.monotonic() - started, 1),
    }
    (out / "scores.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    write_model_card(report, out)
    return report


def evaluate_relevance(
    model_dir: Path, data: Path, *, split: str = "dev", labels: Path = LABELS
) -> dict[str, Any]:
    """Re-measure the saved models on the labelled real articles of ``split`` (never written ones)."""
    from smartnews.relevance import load

    if split not in ("train", "dev"):
        raise ValueError("only the train and dev splits are labelled: the test split is for acceptance only")
    recorded = json.loads((model_dir / "scores.json").read_text("utf-8"))
    threshold = float(recorded["relevance"]["threshold"])
    examples = [e for e in load_examples(data, labels, WRITTEN) if e.split == split]
    model = load(model_dir / RELEVANCE_FILE)
    y = np.array([e.relevant for e in examples])
    proba = model.predict_proba([e.text for e in examples])[:, 1]
    relevant = [e for e in examples if e.relevant]
    pillars = load(model_dir / PILLARS_FILE)
    combined = pillar_scores(pillars, [e.text for e in relevant])
    return {
        "split": split,
        "relevance": {
            "threshold": threshold,
            split: _scores(y, proba, threshold),
            "whole_split": whole_split(model, data, split, labels, y, proba, threshold),
            "calibration": calibration_table(y, proba),
        },
        "pillars": {
            "threshold": recorded["pillars"]["threshold"],
            split: _pillar_micro_f1(_pillar_matrix(relevant), combined, recorded["pillars"]["threshold"]),
        },
    }


def whole_split(
    model: Any,
    data: Path,
    split: str,
    labels: Path,
    y: np.ndarray,
    proba: np.ndarray,
    threshold: float,
) -> dict[str, Any]:
    """Scores over every article of ``split``, the unlabelled ones counted as not relevant.

    The labels were found by searching the split for candidates and hard negatives, so the labelled
    articles are not a sample of the news: this checks that no unlabelled article would raise an alarm.
    ``y`` and ``proba`` are the labelled articles' truth and scores."""
    labelled = {json.loads(line)["id"] for line in labels.read_text("utf-8").splitlines() if line.strip()}
    texts = [
        _clean_text(newsid.to_article(record))
        for record in newsid.records(data, (split,))
        if record["id"] not in labelled
    ]
    unlabelled = model.predict_proba(texts)[:, 1] if texts else np.zeros(0)
    every_y = np.concatenate([y, np.zeros(len(unlabelled), dtype=bool)])
    return {
        **_scores(every_y, np.concatenate([proba, unlabelled]), threshold),
        "unlabelled": len(unlabelled),
        "unlabelled_above_threshold": int((unlabelled >= threshold).sum()),
        "highest_unlabelled_score": round(float(unlabelled.max()), 3) if len(unlabelled) else 0.0,
    }


# What was tried, each step measured out of fold (5 grouped stratified folds; ranking of an uncalibrated
# logistic regression, so PR-AUC and the best F1 over thresholds) on the real train labels of rounds 1–2
# (686), 1–3 (748) and 1–4 (767), and on the 486 round-1 ones. Kept in the card so that nobody repeats
# what did not help.
EXPERIMENTS = """## What was tried (out of fold on the real train labels)

Each step measured out of fold (5 stratified folds grouped by near-duplicates) with an uncalibrated
logistic regression, so the figures are PR-AUC and the best F1 over thresholds. Steps of one size are
within about ±0.01 of each other from one fold seed to another: read differences below that as noise.

On the 686 train labels of rounds 1–2 (and on the 486 of round 1):

| step | PR-AUC, 686 | best F1, 686 | PR-AUC, 486 | kept |
|---|---|---|---|---|
| round-1 model (C=4), round-1 labels, grouped folds, at 0.25 | — | — | 0.874 (F1 0.783) | baseline |
| + 200 round-2 labels, same model | 0.839 | 0.759 | 0.889 | yes |
| written articles at sample weight 0.3 | 0.838 | 0.752 | 0.885 | no |
| no written articles | 0.817 | 0.726 | 0.866 | no: written help |
| word n-grams only / char n-grams only | 0.818 / 0.832 | 0.736 / 0.752 | 0.872 / 0.886 | no: both |
| C=1 / C=16 (2 seeds) / C=64 | 0.823 / 0.847 / 0.846 | 0.741 / 0.767 / 0.770 | 0.880 / 0.897 / 0.892 | 16 |
| C=16, no class weighting | 0.846 | 0.774 | 0.892 | no (same) |
| + title as an extra word block (weight 0.5 / 1) | 0.846 / 0.844 | 0.782 / 0.764 | 0.892 / 0.890 | no |
| + title and first two paragraphs as an extra word block | 0.853 | 0.776 | 0.894 | no (noise-sized) |
| + sentences naming a digital technology, extra word block (2 seeds) | **0.864** | 0.774 | 0.895 | **yes** |
| same block with char n-grams too | 0.856 | 0.781 | 0.878 | no |
| + density features (share of digital / government sentences) | 0.783 | 0.722 | 0.827 | no: much worse |
| digital block + lead block | 0.868 | 0.778 | 0.895 | no (+0.004, one more block) |

On the 748 train labels after round 3 (62 more hard negatives; the kept model first):

| step | PR-AUC, 748 | best F1, 748 | PR-AUC, 486 | kept |
|---|---|---|---|---|
| round-1 configuration (C=4, no digital block), 3 seeds | 0.821 | 0.750 | 0.891 | — |
| kept model, 3 seeds | 0.839 | 0.765 | 0.889 | — |
| digital block weight 0.5 / 1.5 | 0.838 / 0.833 | 0.794 / 0.767 | 0.888 / 0.874 | no (noise) |
| C=8 / C=32 | 0.840 / 0.841 | 0.786 / 0.787 | 0.882 / 0.880 | no (noise) |
| class weight 1:3 instead of balanced | 0.839 | 0.778 | 0.881 | no |
| word block at weight 0.5 | 0.841 | 0.780 | 0.883 | no |
| government+technology sentences instead of / besides it | 0.835 / 0.835 | 0.757 | 0.887 / 0.881 | no |
| digital sentences with their neighbours | 0.841 | 0.767 | 0.889 | no |
| + 12 written articles aimed at the false-negative kinds, 3 seeds | 0.843 | 0.766 | 0.892 | no (noise) |
| + LSA of 14,648 unlabelled train texts, 100/300 dims | 0.811 / 0.802 | 0.734 / 0.744 | 0.875 / 0.861 | no |

So the model changes pay off on the hard negatives of rounds 2–3 (0.821 → 0.839) and not on the
round-1 articles (0.891 vs 0.889). Every dense block tried (density shares, LSA) made things worse; the
n-gram family has reached a plateau here, and the remaining errors are mostly the guide's close calls
labelled level 1 (new-capital driverless transit, ministry digital-SME and startup programmes,
disaster-warning technology) scored low.

Calibration: sigmoid on 5-fold predictions of one regression (`ensemble=False`) instead of an ensemble
of five: one coefficient vector. `relevance.skops` went from 6.5 MB to 2.3 MB and loads in 0.075 s
instead of 0.18 s (skops and scikit-learn already imported; `pillars.skops`, 3.8 MB, 0.15 s). No label
of round 1 was changed by the error analysis (`corpora/relevance/README.md`, rounds 2–3).

On the 767 train labels after round 4 (3 relevant and 16 hard negatives more; `corpora/relevance/README.md`
lists the eight kinds of false negatives), 3 fold seeds each. The dev column is the 74 dev articles of
round 4 scored by the same uncalibrated regression trained on all train and written articles: a check,
never used to choose.

| step | PR-AUC, 767 | best F1, 767 | PR-AUC, 486 | PR-AUC, dev | kept |
|---|---|---|---|---|---|
| kept model (seeds: 0.842 / 0.815 / 0.810) | 0.823 | 0.745 | 0.896 | 0.988 | — |
| no written articles | 0.818 | 0.742 | 0.889 | 0.983 | no: they help, less |
| + 12 new written articles on the false-negative kinds (a) | 0.824 | 0.743 | 0.898 | 0.986 | no (noise) |
| written with stripped links, as extra copies (b) | 0.824 | 0.752 | 0.895 | 0.986 | no (noise) |
| written with stripped links, instead (b) | 0.826 | 0.758 | 0.896 | 0.983 | no (noise) |
| sentence model alone, max over sentences (c) | 0.737 | 0.678 | 0.827 | 0.934 | no |
| + its max and top-3 mean as two columns, weight 0.3 (c) | 0.811 | 0.741 | 0.883 | 0.981 | no: worse |
| article score + 0.2 × sentence max (c) | 0.825 | 0.747 | 0.897 | 0.988 | no (noise) |
| article score + 1.0 × sentence max (c) | 0.817 | 0.744 | 0.887 | 0.987 | no |
| + six pillar-lexicon scores of the article, weight 0.5 | 0.786 | 0.699 | 0.865 | 0.979 | no: much worse |
| + the same of its digital sentences, weight 0.5 | 0.760 | 0.680 | 0.855 | 0.971 | no: much worse |
| lexicon scores, no written articles (against 0.818) | 0.791 | 0.727 | 0.860 | 0.979 | no |
| n-grams weighted by naive-Bayes log-count ratio, C=16 (d) | 0.792 | 0.726 | 0.875 | 0.968 | no: worse |
| the same, half-weighted, C=4 (d) | 0.812 | 0.732 | 0.890 | 0.978 | no: worse |

(a) 10 relevant and 2 hard negatives: ministry SME and data programmes, sensor tsunami warning, thermal
drones, driverless transit for the new capital, 4G in Papua, road pricing, JKN by e-money, AI chatbots, a
tourism-platform partnership; a campus prototype and a fertiliser story with one online sentence.
(b) 3 key terms (lexicon terms and names) of each written body replaced by " ,", as the scrape leaves a
hyperlink. (c) word 1–2-grams trained on the evidence sentences of relevant articles against every
sentence of level-0 ones; the two columns are cross-fitted inside each fold; the blend with a = 0.1 and
0.5 gave 0.824 as well. (d) NBSVM-style scaling of every feature by its absolute log-count ratio.

No step of round 4 is beyond the seed spread, which is wider on 767 labels (0.810–0.842 for the kept
model), and nothing was shipped then: the model files stayed those trained on rounds 1–3. Dense columns
hurt again, with or without written articles, so the written articles' dense vocabulary is not the
only cause. The sentence model, trained on the evidence spans, ranks articles worse than the article
model and adds nothing to it. The false negatives that are left are those of the eight kinds. For many
of them the scrape has stripped the key words (hyperlinked terms become " ,"), and the unlabelled
train/dev pool holds almost no more positives of those kinds.

Round 5 (the shipped model) changed the labels, not the model: a blind re-annotation of 94 train labels
(54 where an out-of-fold model disagreed with the label, 40 random controls; `corpora/relevance/README.md`)
agreed with 49 of the 54 and all 40 controls, and moved 4 articles from level 1 to 0 (a technology in
the headline, a sentence or two of it in the body). The model was retrained on all 767 train labels
(rounds 1–5) with the same settings. Two changes of measurement came with it: the folds are drawn from
the articles sorted by id (the order of the labels file, an accident of labelling rounds, had moved the
out-of-fold PR-AUC from 0.838 to 0.853), and out-of-fold scores are averaged over three fold seeds; the
threshold is chosen on those and the dev scores together (it had been chosen on one fold split of the
train articles alone). On the same 74 dev articles the model it replaces scored F1 0.889 (threshold 0.4)
and PR-AUC 0.988; this one 0.864 (0.55) and 0.982: one relevant dev article (score 0.43) fewer found,
inside the noise of 25 relevant articles, and the train labels it learnt from are the corrected ones.

A model that knows word meaning from unlabelled news, blended at the score level (2026-11-30, not kept;
every dense block added as columns had hurt, so this one was kept apart). Skip-gram fastText vectors (100
dimensions, subwords 3–6) trained on the 15,432 news-id train texts with floret; then per fold either a
fastText classifier with those vectors (B: word 1–2-grams, positives repeated to balance, 10 epochs) or a
logistic regression over the mean word vector (B2), mixed with the kept regression's probability. Same folds
and fold seeds as above (the regression alone: 0.840 / 0.833 / 0.825, mean 0.833, best F1 0.751):

| model | PR-AUC, mean of 3 fold seeds | best F1 | PR-AUC, dev (check) |
|---|---|---|---|
| B alone (10 / 25 epochs) | 0.584 / 0.718 | 0.564 / 0.657 | 0.890 / 0.929 |
| 0.8 × regression + 0.2 × B | 0.824 | 0.749 | 0.973 |
| 0.5 × regression + 0.5 × B | 0.791 | 0.734 | 0.958 |
| B2 alone | 0.373 | 0.467 | 0.858 |
| 0.8 × regression + 0.2 × B2 | 0.832 | 0.751 | 0.981 |
| rank average with B / B2 | 0.771 / 0.722 | 0.684 / 0.653 | 0.956 / 0.949 |

No mix beats the regression alone in any fold seed; the more weight the vector model gets, the worse. With 119
relevant train articles, what separates the close calls is which words occur, not what they are near in
meaning.

Are the labelled articles' figures those of the news itself? (2026-12-01.) The labels were found by searching
the splits, and most negatives are hard ones picked where a model erred, so the labelled sets are not a
sample of the news. Every article of both splits was scored, the unlabelled ones by the shipped model,
which never trained on them: none of the 865 unlabelled dev articles scores above 0.14
(`smartnews evaluate relevance --split dev --data ...` prints it: over all 939 dev articles, unlabelled
ones counted as not relevant, precision 1.000, recall 0.760, F1 0.864, PR-AUC 0.978), and of the 14,665
unlabelled train articles one scores above 0.2 (0.22, smoke from forest fires) and none reaches 0.25.
So the keyword search missed no article the model would flag, the labelled figures are the whole splits'
figures, and a lower threshold would raise no alarm on the articles no search had flagged; its cost is on the
hard negatives, which are real articles of the split too (out of fold, F1 0.723 at 0.25 against 0.746 at
0.55). The threshold stays where the pooled curve puts it.

IDF weights from the whole train split (2026-12-02, not kept; `benchmarks/relevance_features.py`): the
n-gram blocks' IDF fitted on all 15,432 news-id train texts instead of the ~900 training texts of each fold
(the labels unused), the same regression. Same folds and fold seeds: PR-AUC 0.837 / 0.828 / 0.826 (mean
0.830) against 0.837 / 0.834 / 0.831 (0.834) for the regression as shipped, best F1 0.750 against 0.753,
dev PR-AUC 0.984 against 0.982: inside the seed spread, so nothing changed.

Lemmas instead of word forms (2026-12-02, not kept; the same script, `--variants shipped lemma lemma-plus`):
Indonesian inflects by affixes ("membangun", "dibangun", "pembangunan"), so 119 relevant articles spread one
idea over many word forms. The word blocks over lemmas (`smartnews.lemmas`, the character block unchanged):
PR-AUC 0.842 / 0.837 / 0.836 (mean 0.838) against 0.837 / 0.834 / 0.831 (0.834), best F1 0.753 against 0.753,
dev PR-AUC 0.989 against 0.982. It is higher in each fold seed, by 0.003–0.005 on the same folds, but by less
than the ±0.01 bar every step here was held to, and the best F1 does not move; lemmas beside the word forms
(a fourth block): 0.835, best F1 0.755. Nothing changed; the character n-grams already share most of what a
word's affixes hide.

How far could a model get? Agreement between annotators (2026-12-02). Three fresh annotator sessions, blind to
the labels and to every model, relabelled 300 labelled articles by the guide: all 144 relevant ones (train and
dev) and 156 negatives drawn at random (`random.Random(17001)`; 122 of them hard). They agreed with the labels
on 291: relevant 141 of 144 kept, 6 of the 156 negatives called relevant (all 6 hard ones, all noted as close
calls by both sides: a customs contact-centre award twice, the new capital's smart-city concept in a clause
three times, a hoax-handling PR cooperation); precision 0.959, recall 0.979, **F1 0.969**, Cohen's κ 0.940.
On the 141 both call relevant their pillars agree at micro-F1 0.902. So the labels are consistent to about
0.97 F1 and the gap to the model's 0.746 out of fold is the model's, not label noise; no label was changed.
The sentence model of round 4 (c), rebuilt with its top-3 mean blended by z-scores: PR-AUC 0.840 against
0.834 for the article model on the same three fold seeds, best F1 0.774 against 0.753; the seed spread is
±0.01, so again nothing changed. Nor did weighting the 91 train records whose note marks a close call at
0.5 (35 of them relevant), since the annotators disagree there: PR-AUC 0.838, best F1 0.754, dev PR-AUC 0.982.

"""


def write_model_card(report: dict[str, Any], out: Path) -> None:
    """``MODEL_CARD.md`` beside the models, from the training report."""
    rel, pil, data = report["relevance"], report["pillars"], report["data"]
    dev, oof = rel["dev"], rel["train_out_of_fold"]

    def row(name: str, s: dict[str, Any]) -> str:
        return f"| {name} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['pr_auc']:.3f} |"

    def table(rows: list[dict[str, Any]]) -> str:
        return "\n".join(
            f"| {r['bin']} | {r['articles']} | {r['mean_score']:.2f} | {r['share_relevant']:.2f} |"
            for r in rows
        )

    seeds = rel.get("train_out_of_fold_per_seed", [])
    seed_rows = "".join("\n" + row(f"out of fold, fold seed {i} alone", s) for i, s in enumerate(seeds))
    curve = "\n".join(
        f"| {r['threshold']:.2f} | {r['train_out_of_fold']:.3f} | {r['dev']:.3f} |"
        for r in rel.get("f1_by_threshold", [])
    )
    calibration = table(rel["calibration_dev"])
    calibration_oof = table(rel["calibration_train_out_of_fold"])
    per = "\n".join(
        f"| {p} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} | {v['support']} |"
        for p, v in pil["dev"]["per_pillar"].items()
    )
    lex = pil["dev_lexicon_only"]["micro"]
    micro = pil["dev"]["micro"]
    oof_pillars = pil["train_out_of_fold"]["micro"]
    card = f"""# relevance-id: Smart City relevance and pillars for Indonesian news

Two scikit-learn models saved with skops (no pickle; `smartnews.relevance.load` refuses any type not in
its trusted list). Beside each, `relevance.npz` / `pillars.npz` hold the arrays prediction needs (IDF
weights, coefficients, the sigmoid calibration), read with `allow_pickle=False` by `smartnews.linear`,
which predicts with numpy alone: analysis never imports scikit-learn (about 1 s of every cold start).
`tests/test_relevance.py` checks that both give the same probabilities (to 1e-9) and explanations.

- `relevance.skops`: `RelevanceClassifier`, logistic regression (classes balanced, C=16) over TF-IDF word
  1–2-grams and character 3–5-grams of the title and cleaned paragraphs, plus word 1–2-grams of the
  sentences that name a digital technology (`smartnews.linear.DIGITAL_TERMS`), calibrated with sigmoid
  on 5-fold predictions (one regression fitted on all the data, `ensemble=False`). `relevant` = score ≥
  {rel["threshold"]} (settings `relevance.threshold`), the best F1 over every real article scored by a
  model that did not train on it: the train articles **out of fold** and the dev articles, together.
- `pillars.skops`: `PillarClassifier`, one-vs-rest logistic regression per pillar over word and character
  n-grams, trained on relevant articles. A pillar's score is `1 - (1 - lexicon) × (1 - model)`, the
  lexicon score from `data/pillars.toml` (1.0 when the text names the pillar); reported at ≥
  {pil["threshold"]} (settings `pillars.threshold`, chosen on dev) and only with evidence.

## Data
Labels by the project following `../shared/ANNOTATION-GUIDE.md` (relevant = level ≥ 1):
- real news-id articles (CLICK-ID, CC BY 4.0; texts read from `--data`, ids and labels in
  `corpora/relevance/news-id-labels.jsonl`): train split {data["real_train"]["articles"]} articles
  ({data["real_train"]["relevant"]} relevant; most labels after round 1 were found by active sampling,
  where a model erred, so most negatives are hard; `corpora/relevance/README.md` has the rounds), dev
  split {data["real_dev"]["articles"]} ({data["real_dev"]["relevant"]} relevant). The test split is never
  read.
- {data["written_train_only"]["articles"]} articles written by the project
  ({data["written_train_only"]["relevant"]} relevant; `corpora/written`), for training only.

## Scores (real articles only)
| set | precision | recall | F1 | PR-AUC |
|---|---|---|---|---|
{row(f"train split, out of fold, threshold {rel['threshold']}", oof)}{seed_rows}
{row(f"dev, threshold {rel['threshold']}", dev)}
{row("dev, threshold 0.5", rel["dev_at_0.5"])}
{row("dev, best threshold on dev itself (optimistic)", rel["dev_at_best_dev_threshold"])}
{row(f"486 round-1 train articles, out of fold, at {rel['threshold']}", rel["train_out_of_fold_round1"])}

Out of fold = each real train article scored by a model trained without it (5 folds, stratified, grouped
so that near-duplicate articles stay in one fold; written articles always in training), repeated with
{len(seeds)} fold seeds: the first row scores each article by the mean of its {len(seeds)} out-of-fold
scores, the seed rows show how much one split of the folds moves the figures. The threshold was chosen
on these articles and the dev ones together, so neither row is blind to it; the F1 curve below shows how
flat it is. That is the honest estimate for unseen news, and a hard one: the round-2 to round-4 negatives
were picked *because* a model confused them. The round-1 model, scored the same way on the 486 round-1
articles, had PR-AUC 0.874 and F1 0.783 at its threshold 0.25. Dev is small ({data["real_dev"]["articles"]}
articles) and two of its relevant articles are near-copies of train articles, so its figures are optimistic.

F1 by threshold (`relevance.threshold` in settings moves it: lower finds more, with more false alarms):

| threshold | F1, train out of fold | F1, dev |
|---|---|---|
{curve}

Calibration, train out of fold:

| score bin | articles | mean score | share relevant |
|---|---|---|---|
{calibration_oof}

Calibration on dev:

| score bin | articles | mean score | share relevant |
|---|---|---|---|
{calibration}

Pillars on the {pil["dev_relevant_articles"]} relevant dev articles: micro precision {micro["precision"]:.3f},
recall {micro["recall"]:.3f}, F1 {micro["f1"]:.3f} (lexicon alone: F1 {lex["f1"]:.3f}).
Out of fold on the {pil["train_out_of_fold_relevant_articles"]} relevant train articles: precision
{oof_pillars["precision"]:.3f}, recall {oof_pillars["recall"]:.3f}, F1 {oof_pillars["f1"]:.3f}.

| pillar (dev) | precision | recall | F1 | dev articles |
|---|---|---|---|---|
{per}

{EXPERIMENTS}
## Reproduce
```
smartnews train relevance --data ../shared/corpora/news-id --out models/relevance-id
smartnews evaluate relevance --split dev --data ../shared/corpora/news-id   # without --data: reprints
```
Training took {report["seconds"]} s.
"""
    (out / "MODEL_CARD.md").write_text(card, encoding="utf-8")
