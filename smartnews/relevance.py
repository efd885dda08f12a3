"""Smart City relevance: a calibrated scikit-learn classifier over word and character n-grams of the title
and cleaned paragraphs, and a multi-label pillar model over the same kind of features.

Both follow scikit-learn's conventions (``__init__`` stores parameters; ``fit`` learns attributes ending in
``_`` and returns ``self``) and are saved with skops, never pickle, and loaded with their trusted types
listed (:func:`load`).

>>> texts = ["pemkot luncurkan aplikasi layanan publik smart city", "persib menang atas persija"] * 6
>>> model = RelevanceClassifier(cv=3).fit(texts, [1, 0] * 6)
>>> bool(model.predict_proba(["aplikasi smart city kota"])[0, 1] > 0.5)
True
"""

from __future__ import annotations

import functools
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.utils import murmurhash3_32
from sklearn.utils.validation import check_is_fitted

from smartnews.errors import ModelLoadError
from smartnews.linear import (
    PILLAR_ARRAYS,
    RELEVANCE_ARRAYS,
    digital_sentences,
    pack_arrays,
)

RELEVANCE_FILE = "relevance.skops"
PILLARS_FILE = "pillars.skops"


WORD_FEATURES = 2**18
CHAR_FEATURES = 2**19


def _hashed(analyzer: str, ngrams: tuple[int, int], width: int) -> Pipeline:
    """Hashed n-grams, TF-IDF weighted. Hashing keeps no vocabulary: a saved model holds only arrays,
    which load in a fraction of a second (a 150,000-term vocabulary took skops 20 s)."""
    return Pipeline(
        [
            (
                "hash",
                HashingVectorizer(
                    analyzer=analyzer,
                    ngram_range=ngrams,
                    n_features=width,
                    alternate_sign=False,
                    norm=None,
                    lowercase=True,
                ),
            ),
            ("tfidf", TfidfTransformer(sublinear_tf=True)),
        ]
    )


def _features(word_ngrams: tuple[int, int], char_ngrams: tuple[int, int]) -> FeatureUnion:
    """Hashed word and character n-grams, TF-IDF weighted."""
    return FeatureUnion(
        [
            ("word", _hashed("word", word_ngrams, WORD_FEATURES)),
            ("char", _hashed("char_wb", char_ngrams, CHAR_FEATURES)),
        ]
    )


def _as_texts(X: Any) -> list[str]:
    if isinstance(X, str):
        raise ValueError("expected a sequence of texts, got a single str: wrap it in a list")
    texts = [x if isinstance(x, str) else "" for x in X]
    if not texts:
        raise ValueError("expected at least one text")
    return texts


class RelevanceClassifier(ClassifierMixin, BaseEstimator):  # type: ignore[misc]
    """Calibrated logistic regression over word (1-2) and character (3-5) n-grams, classes balanced,
    plus word n-grams of the sentences that name a digital technology (weight ``digital_weight``; 0 turns
    that block off).

    ``predict_proba(texts)[:, 1]`` is the probability that an article is about Smart City (level ≥ 1 of
    the annotation guide); ``explain`` names the words that pushed a text's score up. With
    ``ensemble=False`` (the default) one logistic regression is fitted on all the data and the calibration
    is learnt from ``cv``-fold predictions: one coefficient vector to save and load, not ``cv`` of them.
    """

    def __init__(
        self,
        C: float = 16.0,
        word_ngrams: tuple[int, int] = (1, 2),
        char_ngrams: tuple[int, int] = (3, 5),
        digital_weight: float = 1.0,
        calibration: str = "sigmoid",
        cv: int = 5,
        ensemble: bool = False,
    ) -> None:
        self.C = C
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.digital_weight = digital_weight
        self.calibration = calibration
        self.cv = cv
        self.ensemble = ensemble

    def _matrix(self, texts: list[str]) -> Any:
        matrix = self.features_.transform(texts)
        if self.digital_ is None:
            return matrix
        digital = self.digital_.transform([digital_sentences(t) for t in texts])
        return sp.hstack([matrix, self.digital_weight * digital], format="csr")

    def fit(self, X: Any, y: Any, sample_weight: Any = None) -> RelevanceClassifier:
        texts = _as_texts(X)
        labels = np.asarray(y)
        if labels.shape[0] != len(texts):
            raise ValueError(f"{len(texts)} texts but {labels.shape[0]} labels")
        self.classes_ = np.unique(labels)
        if len(self.classes_) != 2:
            raise ValueError(f"relevance needs two classes, got {list(self.classes_)}")
        self.features_ = _features(self.word_ngrams, self.char_ngrams).fit(texts)
        self.digital_ = (
            _hashed("word", self.word_ngrams, WORD_FEATURES).fit([digital_sentences(t) for t in texts])
            if self.digital_weight > 0
            else None
        )
        matrix = self._matrix(texts)
        base = LogisticRegression(C=self.C, class_weight="balanced", max_iter=5000)
        folds = int(min(self.cv, np.bincount(np.searchsorted(self.classes_, labels)).min()))
        self.model_ = CalibratedClassifierCV(
            base, method=self.calibration, cv=max(folds, 2), ensemble=self.ensemble
        )
        self.model_.fit(matrix, labels, sample_weight=sample_weight)
        return self

    def predict_proba(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "model_")
        result: np.ndarray = self.model_.predict_proba(self._matrix(_as_texts(X)))
        return result

    def predict(self, X: Any) -> np.ndarray:
        result: np.ndarray = self.classes_[self.predict_proba(X).argmax(axis=1)]
        return result

    def explain(self, text: str, k: int = 8) -> list[tuple[str, float]]:
        """The ``k`` words and word pairs of the text that raised its score most, with their weight."""
        check_is_fitted(self, "model_")
        word = self.features_.transformer_list[0][1]
        vector = word.transform([text]).toarray()[0]
        coef = np.mean(
            [c.estimator.coef_[0][:WORD_FEATURES] for c in self.model_.calibrated_classifiers_], axis=0
        )
        terms = set(word.named_steps["hash"].build_analyzer()(text))
        contributions = []
        for term in terms:
            column = abs(murmurhash3_32(term, seed=0)) % WORD_FEATURES
            contributions.append((term, float(vector[column] * coef[column])))
        contributions.sort(key=lambda item: -item[1])
        return [(term, round(weight, 4)) for term, weight in contributions[:k] if weight > 0]

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False
        tags.input_tags.string = True
        return tags


class PillarClassifier(BaseEstimator):  # type: ignore[misc]
    """One logistic regression per pillar (one-vs-rest) over word and character n-grams."""

    def __init__(self, C: float = 4.0) -> None:
        self.C = C

    def fit(self, X: Any, Y: Any) -> PillarClassifier:
        texts = _as_texts(X)
        targets = np.asarray(Y)
        if targets.ndim != 2 or targets.shape[0] != len(texts):
            raise ValueError("Y must be a (texts × pillars) 0/1 matrix")
        self.features_ = _features((1, 2), (3, 5)).fit(texts)
        base = LogisticRegression(C=self.C, class_weight="balanced", max_iter=5000)
        self.model_ = OneVsRestClassifier(base).fit(self.features_.transform(texts), targets)
        return self

    def predict_proba(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "model_")
        result: np.ndarray = self.model_.predict_proba(self.features_.transform(_as_texts(X)))
        return result


# Types a saved model may contain; anything else is refused at load.
TRUSTED = [
    "smartnews.relevance.RelevanceClassifier",
    "smartnews.relevance.PillarClassifier",
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.isotonic.IsotonicRegression",
    "sklearn.feature_extraction.text.HashingVectorizer",
    "sklearn.pipeline.Pipeline",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.multiclass.OneVsRestClassifier",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.preprocessing._label.LabelBinarizer",
    "scipy.sparse._csr.csr_matrix",
    "builtins.slice",
    "numpy.float64",
    "numpy.int64",
    "numpy.dtype",
    "collections.defaultdict",
]


def save(model: BaseEstimator, path: Path) -> None:
    """Write a fitted model with skops (no pickle), and beside it the arrays ``smartnews.linear`` predicts
    from at run time (``relevance.npz`` / ``pillars.npz``)."""
    import skops.io

    path.parent.mkdir(parents=True, exist_ok=True)
    skops.io.dump(model, path, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    name = RELEVANCE_ARRAYS if isinstance(model, RelevanceClassifier) else PILLAR_ARRAYS
    arrays: dict[str, Any] = pack_arrays(export_arrays(model))
    np.savez_compressed(path.parent / name, **arrays)


def _block_arrays(prefix: str, block: Pipeline) -> dict[str, np.ndarray]:
    hasher, tfidf = block.named_steps["hash"], block.named_steps["tfidf"]
    if hasher.alternate_sign or hasher.norm is not None or not tfidf.sublinear_tf or tfidf.norm != "l2":
        raise ValueError("smartnews.linear predicts only unsigned hashing with sublinear, L2-normed TF-IDF")
    return {
        f"{prefix}_analyzer": np.array(hasher.analyzer),
        f"{prefix}_ngrams": np.array(hasher.ngram_range),
        f"{prefix}_idf": np.asarray(tfidf.idf_, dtype=np.float64),
    }


def export_arrays(model: RelevanceClassifier | PillarClassifier) -> dict[str, np.ndarray]:
    """What prediction needs of a fitted model, as plain arrays (``smartnews.linear`` reads them)."""
    word, char = (step for _, step in model.features_.transformer_list)
    arrays = {**_block_arrays("word", word), **_block_arrays("char", char)}
    if isinstance(model, PillarClassifier):
        estimators = model.model_.estimators_
        arrays["coef"] = np.vstack([e.coef_[0] for e in estimators])
        arrays["intercept"] = np.array([e.intercept_[0] for e in estimators])
        return arrays
    if model.ensemble or model.calibration != "sigmoid" or len(model.model_.calibrated_classifiers_) != 1:
        raise ValueError("smartnews.linear predicts one sigmoid-calibrated regression (ensemble=False)")
    calibrated = model.model_.calibrated_classifiers_[0]
    if model.digital_ is not None:
        arrays.update(_block_arrays("digital", model.digital_))
    arrays["digital_weight"] = np.array(model.digital_weight)
    arrays["coef"] = np.asarray(calibrated.estimator.coef_[0], dtype=np.float64)
    arrays["intercept"] = np.array(calibrated.estimator.intercept_[0])
    sigmoid = calibrated.calibrators[0]
    arrays["sigmoid"] = np.array([sigmoid.a_, sigmoid.b_], dtype=np.float64)
    return arrays


def load(path: Path) -> Any:
    """Read a model saved by :func:`save`, refusing any type not in :data:`TRUSTED`."""
    import skops.io

    try:
        untrusted = skops.io.get_untrusted_types(file=path)
        unknown = sorted(set(untrusted) - set(TRUSTED))
        if unknown:
            raise ModelLoadError(f"{path} holds types smartnews does not trust: {', '.join(unknown)}")
        return skops.io.load(path, trusted=untrusted)
    except (OSError, ValueError, KeyError) as exc:
        if isinstance(exc, ModelLoadError):
            raise
        raise ModelLoadError(f"cannot read model {path}: {exc}") from exc


@functools.cache
def estimators(name: str = "relevance-id") -> tuple[Any, Any] | None:
    """The shipped models as the fitted scikit-learn estimators (from skops), or None when not installed.

    Analysis does not need them: it predicts from the same models' arrays (``smartnews.linear.shipped``),
    without importing scikit-learn."""
    from smartnews.nlp import ModelNotFoundError, model_path

    try:
        folder = model_path(name, marker=RELEVANCE_FILE)
    except ModelNotFoundError:
        return None
    pillars = folder / PILLARS_FILE
    return load(folder / RELEVANCE_FILE), (load(pillars) if pillars.exists() else None)
