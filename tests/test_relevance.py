from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.utils.estimator_checks import (
    check_get_params_invariance,
    check_no_attributes_set_in_init,
    check_parameters_default_constructible,
    check_set_params,
)

from smartnews import analyze
from smartnews.relevance import ModelLoadError, PillarClassifier, RelevanceClassifier, load, save, shipped

# Texts we write: a toy corpus, enough for the estimator's mechanics (the real model is tested below).
RELEVANT = [
    "pemkot meluncurkan aplikasi layanan publik untuk warga kota cerdas",
    "smart city kabupaten menerima penghargaan rencana induk dari kominfo",
    "ruang kendali kota memantau lalu lintas dengan kamera cctv",
    "dinas kominfo memasang wifi gratis di taman kota",
    "perizinan daring memangkas waktu layanan pemerintah daerah",
    "spbe pemerintah provinsi meraih indeks tertinggi",
]
OTHER = [
    "persib menang atas persija dalam laga liga",
    "harga cabai naik di pasar tradisional menjelang lebaran",
    "polisi menangkap pelaku pencurian sepeda motor",
    "artis itu merilis lagu baru pekan ini",
    "banjir rob merendam permukiman nelayan di pesisir",
    "tim nasional bersiap menghadapi laga persahabatan",
]
X = RELEVANT + OTHER
Y = [1] * len(RELEVANT) + [0] * len(OTHER)


@pytest.mark.parametrize(
    "check",
    [
        check_no_attributes_set_in_init,
        check_parameters_default_constructible,
        check_get_params_invariance,
        check_set_params,
    ],
)
def test_scikit_learn_conventions(check) -> None:  # type: ignore[no-untyped-def]
    check("RelevanceClassifier", RelevanceClassifier())
    check("PillarClassifier", PillarClassifier())


def test_fit_learns_and_returns_self() -> None:
    model = RelevanceClassifier(cv=3)
    with pytest.raises(NotFittedError):
        model.predict_proba(["x"])
    assert model.fit(X, Y) is model
    proba = model.predict_proba(["aplikasi layanan publik kota cerdas", "laga liga persija"])
    assert np.allclose(proba.sum(axis=1), 1.0)
    assert proba[0, 1] > proba[1, 1]
    assert list(model.predict(["wifi gratis taman kota"])) == [1]
    assert clone(model).get_params() == model.get_params()


def test_explanations_name_the_words_that_pushed_the_score() -> None:
    model = RelevanceClassifier(cv=3).fit(X, Y)
    terms = [term for term, _ in model.explain("aplikasi layanan publik di taman kota")]
    assert terms and set(terms) & {"aplikasi", "layanan", "publik", "kota", "taman"}


def test_bad_input_is_rejected_clearly() -> None:
    with pytest.raises(ValueError, match="single str"):
        RelevanceClassifier().fit("teks", [1])
    with pytest.raises(ValueError, match="two classes"):
        RelevanceClassifier().fit(["a", "b", "c"], [1, 1, 1])
    with pytest.raises(ValueError, match="labels"):
        RelevanceClassifier().fit(["a", "b"], [1])


def test_saved_without_pickle_and_loaded_with_trusted_types(tmp_path: Path) -> None:
    model = RelevanceClassifier(cv=3).fit(X, Y)
    save(model, tmp_path / "m.skops")
    again = load(tmp_path / "m.skops")
    assert np.allclose(again.predict_proba(X), model.predict_proba(X))
    with pytest.raises(ModelLoadError):
        load(tmp_path / "missing.skops")


def test_untrusted_types_are_refused(tmp_path: Path) -> None:
    from fractions import Fraction

    import skops.io

    skops.io.dump({"model": Fraction(1, 3)}, tmp_path / "odd.skops")
    with pytest.raises(ModelLoadError, match="does not trust"):
        load(tmp_path / "odd.skops")


def test_pillar_classifier_gives_one_probability_per_pillar() -> None:
    targets = np.array([[1, 0, 0, 0, 0, 0], [0, 1, 0, 0, 0, 0]] * 6)
    model = PillarClassifier().fit(X, targets)
    assert model.predict_proba(["aplikasi"]).shape == (1, 6)


@pytest.mark.slow
def test_the_shipped_model_scores_empty_and_foreign_text_near_zero_and_the_seed_high(seed_text: str) -> None:
    assert shipped() is not None, "models/relevance-id is missing: run `smartnews train relevance`"
    assert analyze("").relevance is not None and analyze("").relevance.score < 0.1  # type: ignore[union-attr]
    english = analyze("The football club won the league on Sunday after a late goal by its captain.")
    assert english.relevance is not None and english.relevance.score < 0.2
    if "Smart City" in seed_text:
        seed = analyze(seed_text)
        assert seed.relevance is not None and seed.relevance.relevant and seed.relevance.score >= 0.9
