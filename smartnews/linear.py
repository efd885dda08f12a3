"""The shipped relevance and pillar models at run time, in numpy alone: no scikit-learn to import.

Training (``smartnews.relevance``, ``smartnews train relevance``) uses scikit-learn; importing it costs
about a second at every start (``sklearn.base`` pulls in scipy.stats), more than reading the models. The
fitted models are linear, so ``smartnews.relevance.export_arrays`` writes what prediction needs (the
hashing settings, the IDF weights, the coefficients, the sigmoid calibration) to ``relevance.npz`` and
``pillars.npz`` beside the skops files, and this module predicts from them. The n-grams and their hashing
follow scikit-learn's ``HashingVectorizer`` exactly (MurmurHash3 through ``mmh3``); the tests check that
both give the same probabilities. The files are read with ``allow_pickle=False``: arrays only. They are
packed (:func:`pack_arrays`): an IDF array holds a few hundred distinct values over 2**18-2**19 hashed
columns, and most coefficients are zero, so each is stored as its distinct values and an index, or as its
non-zero entries; read in a fifth of the time of the dense arrays, and smaller.

>>> word_ngrams("Kota  Cerdas!", 2)
['kota', 'cerdas', 'kota cerdas']
>>> char_wb_ngrams("Di", 3, 4)
[' di', 'di ', ' di ']
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import mmh3
import numpy as np

from smartnews.errors import ModelLoadError

RELEVANCE_ARRAYS = "relevance.npz"
PILLAR_ARRAYS = "pillars.npz"

_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token_pattern
_WHITE_SPACES = re.compile(r"\s\s+")


def document_text(title: str | None, paragraphs: Sequence[str]) -> str:
    """The text the models read: the title, then the cleaned paragraphs."""
    return "\n".join([title or "", *paragraphs]).strip()


# Terms of digital technology and ICT (Indonesian and English, matched case-insensitively in a sentence).
# The relevance model reads the sentences holding one of them a second time, as a block of its own: the
# guide's relevance is government use of digital technology, so what an article says *around* such terms
# (who deploys it, for what) matters more than the rest of the story. Measured out of fold on the real
# train labels: PR-AUC 0.847 -> 0.864 (models/relevance-id/MODEL_CARD.md).
DIGITAL_TERMS = re.compile(
    r"online|daring|aplikasi|digital|elektronik|\be-[a-z]|cctv|kamera|optik|internet|teknologi|smart|"
    r"website|situs|wi-?fi|sensor|non-?tunai|qr|data|sistem informasi|kominfo|telekomunikasi|jaringan|"
    r"startup|platform|siber|cerdas|pintar|4\.0|iot|command cent|kartu",
    re.IGNORECASE,
)
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n")


def digital_sentences(text: str) -> str:
    """The sentences of ``text`` that name a digital technology (:data:`DIGITAL_TERMS`), joined.

    >>> digital_sentences("Warga antre di kantor. Pemkot meluncurkan aplikasi layanan.")
    'Pemkot meluncurkan aplikasi layanan.'
    """
    return " ".join(s for s in _SENTENCES.split(text) if DIGITAL_TERMS.search(s))


def word_ngrams(text: str, max_n: int) -> list[str]:
    """Lowercased word 1..``max_n``-grams, as scikit-learn's ``analyzer="word"`` makes them."""
    tokens = _TOKEN.findall(text.lower())
    grams = list(tokens)
    for n in range(2, min(max_n, len(tokens)) + 1):
        grams += [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
    return grams


def char_wb_ngrams(text: str, min_n: int, max_n: int) -> list[str]:
    """Lowercased character n-grams inside space-padded words, as scikit-learn's ``analyzer="char_wb"``."""
    grams: list[str] = []
    for word in _WHITE_SPACES.sub(" ", text.lower()).split():
        padded = f" {word} "
        for n in range(min_n, max_n + 1):
            if len(padded) <= n:  # a short word counts once, whole
                grams.append(padded)
                break
            grams += [padded[i : i + n] for i in range(len(padded) - n + 1)]
    return grams


def _column(gram: str, width: int) -> int:
    h = mmh3.hash(gram, 0)
    return (2147483647 - (width - 1)) % width if h == -2147483648 else abs(h) % width


class HashedTfidf:
    """Hashed n-gram counts, sublinear TF times IDF, L2-normalised: one feature block of a model."""

    def __init__(self, analyzer: str, ngrams: tuple[int, int], idf: np.ndarray) -> None:
        self.analyzer = analyzer
        self.ngrams = ngrams
        self.idf = idf

    def grams(self, text: str) -> list[str]:
        if self.analyzer == "word":
            return word_ngrams(text, self.ngrams[1])
        return char_wb_ngrams(text, *self.ngrams)

    def vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Column indices and values of the text's row."""
        width = len(self.idf)
        counts = Counter(_column(g, width) for g in self.grams(text))
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        columns = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        tf = np.fromiter((math.log(c) + 1.0 for c in counts.values()), dtype=np.float64, count=len(counts))
        values = tf * self.idf[columns]
        norm = math.sqrt(float(values @ values))
        return columns, (values / norm if norm > 0 else values)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    result: np.ndarray = 1.0 / (1.0 + np.exp(-x))
    return result


def _block(data: Any, prefix: str) -> HashedTfidf:
    analyzer = str(data[f"{prefix}_analyzer"])
    low, high = (int(v) for v in data[f"{prefix}_ngrams"])
    return HashedTfidf(analyzer, (low, high), np.asarray(data[f"{prefix}_idf"], dtype=np.float64))


class LinearRelevance:
    """The relevance model from its arrays: ``predict_proba(texts)[:, 1]`` as ``RelevanceClassifier``."""

    def __init__(self, data: Any) -> None:
        self.blocks = [_block(data, name) for name in ("word", "char")]
        self.digital = _block(data, "digital") if "digital_idf" in data else None
        self.digital_weight = float(data["digital_weight"])
        self.coef = np.asarray(data["coef"], dtype=np.float64)
        self.intercept = float(data["intercept"])
        self.a, self.b = (float(v) for v in data["sigmoid"])

    def decision(self, text: str) -> float:
        total, offset = self.intercept, 0
        for block in self.blocks:
            columns, values = block.vector(text)
            total += float(self.coef[offset + columns] @ values)
            offset += len(block.idf)
        if self.digital is not None:
            columns, values = self.digital.vector(digital_sentences(text))
            total += self.digital_weight * float(self.coef[offset + columns] @ values)
        return total

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        scores = np.array([self.decision(t) for t in texts], dtype=np.float64)
        positive = _sigmoid(-(self.a * scores + self.b))
        return np.column_stack([1.0 - positive, positive])

    def explain(self, text: str, k: int = 8) -> list[tuple[str, float]]:
        """The ``k`` words and word pairs of the text that raised its score most, with their weight."""
        word = self.blocks[0]
        columns, values = word.vector(text)
        value = dict(zip(columns.tolist(), values.tolist(), strict=True))
        width = len(word.idf)
        contributions = []
        for term in set(word.grams(text)):
            column = _column(term, width)
            contributions.append((term, value[column] * float(self.coef[column])))
        contributions.sort(key=lambda item: -item[1])
        return [(term, round(weight, 4)) for term, weight in contributions[:k] if weight > 0]


class LinearPillars:
    """The pillar model from its arrays: one probability per pillar, as ``PillarClassifier``."""

    def __init__(self, data: Any) -> None:
        self.blocks = [_block(data, name) for name in ("word", "char")]
        self.coef = np.asarray(data["coef"], dtype=np.float64)  # pillars x features
        self.intercept = np.asarray(data["intercept"], dtype=np.float64)

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        rows = []
        for text in texts:
            total, offset = self.intercept.copy(), 0
            for block in self.blocks:
                columns, values = block.vector(text)
                total += self.coef[:, offset + columns] @ values
                offset += len(block.idf)
            rows.append(_sigmoid(total))
        return np.array(rows, dtype=np.float64).reshape(len(rows), len(self.intercept))


def pack_arrays(arrays: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """``arrays`` as written to disk: ``X_idf`` as ``X_idf.values`` (distinct values) and ``X_idf.index``
    (uint16, where each column's is), ``coef`` as ``coef.shape``, ``coef.at`` and ``coef.values`` (its
    non-zero entries, flat); the rest as given. :func:`read_arrays` undoes it exactly."""
    packed: dict[str, np.ndarray] = {}
    for key, array in arrays.items():
        if key.endswith("_idf") and array.size > 65536:
            values, index = np.unique(array, return_inverse=True)
            if len(values) <= 65536:
                packed[f"{key}.values"], packed[f"{key}.index"] = values, index.astype(np.uint16)
                continue
        if key == "coef":
            flat = array.reshape(-1)
            at = np.flatnonzero(flat)
            packed["coef.shape"], packed["coef.at"], packed["coef.values"] = (
                np.array(array.shape),
                at.astype(np.int64),
                flat[at],
            )
            continue
        packed[key] = array
    return packed


def read_arrays(path: Path) -> dict[str, np.ndarray]:
    """The arrays of an ``.npz`` file written by ``smartnews.relevance.save`` (no pickle), unpacked (dense
    files of earlier versions are read as they are)."""
    try:
        with np.load(path, allow_pickle=False) as data:
            stored = {key: data[key] for key in data.files}
    except (OSError, ValueError) as exc:
        raise ModelLoadError(f"cannot read model {path}: {exc}") from exc
    arrays: dict[str, np.ndarray] = {}
    for key, array in stored.items():
        if key.endswith(".index"):
            name = key.removesuffix(".index")
            arrays[name] = stored[f"{name}.values"][array]
        elif key == "coef.shape":
            coef = np.zeros(int(np.prod(array)), dtype=stored["coef.values"].dtype)
            coef[stored["coef.at"]] = stored["coef.values"]
            arrays["coef"] = coef.reshape(tuple(array))
        elif not key.endswith((".values", ".at")):
            arrays[key] = array
    return arrays


@functools.cache
def shipped(name: str = "relevance-id") -> tuple[LinearRelevance, LinearPillars | None] | None:
    """The shipped relevance and pillar models, or None when they are not installed."""
    from smartnews.nlp import ModelNotFoundError, model_path

    try:
        folder = model_path(name, marker=RELEVANCE_ARRAYS)
    except ModelNotFoundError:
        return None
    pillars = folder / PILLAR_ARRAYS
    return (
        LinearRelevance(read_arrays(folder / RELEVANCE_ARRAYS)),
        LinearPillars(read_arrays(pillars)) if pillars.exists() else None,
    )
