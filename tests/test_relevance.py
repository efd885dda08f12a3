from __future__ import annotations

import random
import string
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
from smartnews.errors import ModelLoadError
from smartnews.linear import shipped
from smartnews.relevance import PillarClassifier, RelevanceClassifier, estimators, export_arrays, load, save

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
    targets = np.eye(6, dtype=int)[[i % 6 for i in range(len(X))]]  # each pillar both present and absent
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


def test_digital_sentences_keeps_only_sentences_naming_a_technology() -> None:
    from smartnews.linear import digital_sentences

    text = (
        "Bupati meresmikan pasar baru. Dinas Kominfo memasang Wi-Fi gratis di alun-alun.\nHarga cabai naik."
    )
    assert digital_sentences(text) == "Dinas Kominfo memasang Wi-Fi gratis di alun-alun."
    assert digital_sentences("Persib menang 2-0 atas Persija.") == ""


def test_the_digital_block_can_be_turned_off() -> None:
    model = RelevanceClassifier(cv=3, digital_weight=0.0).fit(X, Y)
    assert model.digital_ is None
    assert model.predict_proba(["aplikasi layanan publik kota cerdas"])[0, 1] > 0.5


# Texts we wrote for these tests (not from any corpus): the hard negatives share words with Smart City
# news (a regent, a city office, "smart", an app, the internet) but are not about government use of
# digital technology; the relevant ones are, without the words "smart city".
HARD_NEGATIVES = [
    "Bupati Lumajang Lantik 12 Pejabat Eselon II\nBupati Lumajang melantik dua belas pejabat eselon II di "
    "pendopo kabupaten, Senin. Ia meminta para kepala dinas bekerja keras dan menjaga disiplin pegawai. "
    "Pelantikan itu mengisi jabatan yang kosong sejak awal tahun.",
    "Pengembang Luncurkan Klaster Smart Home di Serpong\nSebuah pengembang properti meluncurkan klaster "
    "rumah tapak bertema smart home di Serpong. Setiap unit dilengkapi kunci pintu pintar dan lampu yang "
    "bisa diatur lewat ponsel. Harga unit dimulai dari Rp 1,2 miliar dengan cicilan ringan.",
    "Operator Seluler Tawarkan Paket Data Murah untuk Gamer\nOperator seluler meluncurkan paket internet "
    "khusus gim daring dengan kuota 50 GB. Paket itu bisa dibeli lewat aplikasi operator mulai pekan ini, "
    "kata direktur pemasaran perusahaan.",
    "Polisi Tangkap Komplotan Penipu Belanja Online\nPolda Metro Jaya menangkap lima orang yang menipu "
    "pembeli di sebuah marketplace dengan toko palsu. Kerugian korban mencapai Rp 300 juta. Para pelaku "
    "dijerat pasal penipuan dan Undang-Undang ITE.",
    "Kominfo Batasi Akses Internet di Dua Kabupaten\nKementerian Komunikasi dan Informatika membatasi "
    "layanan data internet di dua kabupaten setelah kerusuhan pecah, demi mencegah hoaks menyebar. Akses "
    "akan dibuka kembali setelah situasi keamanan kondusif, kata juru bicara kementerian.",
    "DPRD Sahkan APBD Perubahan, Anggaran Dinas Naik\nDPRD kota mengesahkan APBD perubahan dalam rapat "
    "paripurna. Anggaran dinas pekerjaan umum naik untuk perbaikan jalan dan saluran air, sedangkan "
    "tunjangan pegawai tetap. Wali kota meminta semua dinas mempercepat penyerapan anggaran.",
    "Ganjil Genap Diperluas, Petugas Dishub Berjaga di Persimpangan\nDinas Perhubungan menempatkan petugas "
    "di sejumlah persimpangan untuk mengawasi perluasan aturan ganjil genap. Pelanggar ditilang secara "
    "manual oleh polisi lalu lintas pada hari pertama.",
]
RELEVANT_TEXTS = [
    "Pemkab Banyuwangi Luncurkan Aplikasi Perizinan Daring\nPemerintah Kabupaten Banyuwangi meluncurkan "
    "aplikasi perizinan daring yang memungkinkan warga mengurus izin usaha tanpa datang ke kantor. Kepala "
    "Dinas Penanaman Modal mengatakan izin kini terbit dalam tiga hari dan statusnya bisa dipantau lewat "
    "ponsel. Layanan itu terhubung dengan sistem OSS pemerintah pusat.",
    "Dinas Kominfo Pasang 200 Titik Wi-Fi Gratis di Taman Kota\nDinas Komunikasi dan Informatika Kota "
    "Madiun memasang 200 titik Wi-Fi gratis di taman dan balai warga. Jaringan serat optik milik pemkot "
    "menghubungkan semua titik itu ke pusat data pemerintah kota, kata kepala dinas.",
    "Ruang Kendali Pemkot Pantau Banjir Lewat Sensor dan CCTV\nPemerintah kota mengoperasikan ruang "
    "kendali yang memantau tinggi muka air dari sensor di sungai dan ratusan kamera CCTV. Peringatan dini "
    "dikirim ke warga melalui aplikasi layanan publik milik pemkot.",
    "Pemprov Terapkan Pembayaran Pajak Kendaraan Lewat QRIS\nBadan Pendapatan Daerah provinsi membuka "
    "pembayaran pajak kendaraan bermotor secara non-tunai lewat QRIS dan aplikasi Samsat digital. Wajib "
    "pajak tidak perlu lagi antre di kantor Samsat, kata kepala badan, dan bukti bayar dikirim ke ponsel.",
]


@pytest.mark.slow
def test_the_shipped_model_separates_hard_negatives_from_relevant_texts_we_wrote() -> None:
    from smartnews.settings import default_settings

    assert shipped() is not None, "models/relevance-id is missing: run `smartnews train relevance`"
    threshold = default_settings().relevance.threshold
    for text in HARD_NEGATIVES:
        result = analyze(text).relevance
        assert result is not None and result.score < threshold, text.split("\n")[0]
    for text in RELEVANT_TEXTS:
        result = analyze(text).relevance
        assert result is not None and result.score >= threshold, text.split("\n")[0]


def test_the_threshold_in_settings_is_the_one_the_shipped_model_was_chosen_with() -> None:
    import json

    from smartnews.settings import default_settings

    scores = Path(__file__).parent.parent / "models" / "relevance-id" / "scores.json"
    recorded = json.loads(scores.read_text("utf-8"))["relevance"]["threshold"]
    assert default_settings().relevance.threshold == recorded


def test_evaluate_relevance_reprints_the_recorded_figures(capsys: pytest.CaptureFixture[str]) -> None:
    from smartnews.cli import main

    assert main(["evaluate", "relevance", "--split", "dev"]) == 0
    out = capsys.readouterr().out
    assert "relevance on dev (74 articles, 25 relevant), threshold 0.55" in out
    assert "out of fold" in out and "PR-AUC" in out and "| score bin |" in out


# Texts for comparing the run-time arrays with the scikit-learn estimators: odd whitespace, accents, digits,
# a word of one letter, empty text, a text with no word at all, a long one.
COMPARED = [
    "",
    "!!! ... ???",
    "Pemkot  meluncurkan\taplikasi layanan publik\n\nberbasis   Smart City di Kota Bandung.",
    "Café à Jakarta: e-KTP, QRIS, Wi-Fi 5G, CCTV x 120 — 2024!",
    "a b c d e f g",
    " ".join(RELEVANT_TEXTS + HARD_NEGATIVES) * 3,
    *RELEVANT_TEXTS,
    *HARD_NEGATIVES,
]


@pytest.mark.slow
def test_the_run_time_arrays_predict_what_the_estimators_predict() -> None:
    fitted, run_time = estimators(), shipped()
    assert fitted is not None and run_time is not None and run_time[1] is not None
    np.testing.assert_allclose(
        run_time[0].predict_proba(COMPARED), fitted[0].predict_proba(COMPARED), atol=1e-9
    )
    np.testing.assert_allclose(
        run_time[1].predict_proba(COMPARED), fitted[1].predict_proba(COMPARED), atol=1e-9
    )
    text = RELEVANT_TEXTS[0]
    assert run_time[0].explain(text) == fitted[0].explain(text)
    assert run_time[0].explain(text), "a relevant text has terms that pushed its score up"


def test_saving_a_model_writes_its_run_time_arrays(tmp_path: Path) -> None:
    from smartnews.linear import LinearRelevance, read_arrays

    model = RelevanceClassifier(cv=3).fit(X, Y)
    save(model, tmp_path / "relevance.skops")
    arrays = LinearRelevance(read_arrays(tmp_path / "relevance.npz"))
    np.testing.assert_allclose(arrays.predict_proba(X), model.predict_proba(X), atol=1e-9)
    # stored packed (distinct IDF values and an index, non-zero coefficients), read back exactly
    with np.load(tmp_path / "relevance.npz") as stored:
        assert {"word_idf.index", "char_idf.values", "coef.at"} <= set(stored.files)
        assert "coef" not in stored.files and stored["coef.at"].size < stored["coef.shape"].prod()
    expected, read = export_arrays(model), read_arrays(tmp_path / "relevance.npz")
    assert sorted(expected) == sorted(read)
    for key, array in expected.items():
        assert read[key].dtype == array.dtype and np.array_equal(read[key], array), key


def test_run_time_arrays_are_read_without_pickle(tmp_path: Path) -> None:
    from smartnews.linear import read_arrays

    path = tmp_path / "relevance.npz"
    np.savez(path, coef=np.array([object()], dtype=object))
    with pytest.raises(ModelLoadError):
        read_arrays(path)
    (tmp_path / "broken.npz").write_bytes(b"not a zip")
    with pytest.raises(ModelLoadError):
        read_arrays(tmp_path / "broken.npz")


def test_folds_depend_on_the_ids_not_on_the_order_of_the_labels_file() -> None:
    from smartnews.training.relevance import Example, _folds

    # Texts we write: 30 stories with no word in common, 10 relevant, and a near-copy that must share its
    # original's fold.
    rng = random.Random(0)
    texts = [
        " ".join("".join(rng.choices(string.ascii_lowercase, k=7)) for _ in range(40)) for _ in range(30)
    ]
    examples = [Example(f"id{i:02d}", "train", t, i % 3 == 0, ()) for i, t in enumerate(texts)]
    examples.append(Example("id99", "train", texts[3] + " tambahan", True, ()))
    ordered = sorted(examples, key=lambda e: e.id)

    def held_out_sets(seed: int) -> set[frozenset[str]]:
        return {frozenset(ordered[i].id for i in held) for _, held in _folds(ordered, seed=seed)}

    assert held_out_sets(0) == held_out_sets(0)
    assert held_out_sets(0) != held_out_sets(1)  # another seed, another split
    copy_fold = [s for s in held_out_sets(0) if "id03" in s]
    assert copy_fold and "id99" in copy_fold[0]
    with pytest.raises(ValueError, match="sorted by id"):
        _folds(list(reversed(ordered)))


@pytest.mark.slow
def test_evaluation_counts_unlabelled_articles_of_the_split_as_not_relevant(tmp_path: Path) -> None:
    import gzip
    import json

    from smartnews.settings import default_settings
    from smartnews.training.relevance import evaluate_relevance

    # A news-id-shaped file of texts we wrote: two labelled dev articles, three unlabelled (one of them a
    # relevant story the labellers missed, which must show up as an unlabelled article above the
    # threshold), and a test-split article that must never be read.
    def record(i: int, split: str, text: str) -> dict[str, str]:
        title, body = text.split("\n", 1)
        return {"id": f"a{i}", "split": split, "title": title, "content": body, "source": "contoh"}

    records = [
        record(0, "dev", RELEVANT_TEXTS[0]),
        record(1, "dev", HARD_NEGATIVES[0]),
        record(2, "dev", RELEVANT_TEXTS[1]),
        record(3, "dev", HARD_NEGATIVES[1]),
        record(4, "dev", HARD_NEGATIVES[2]),
        record(5, "test", RELEVANT_TEXTS[2]),
    ]
    with gzip.open(tmp_path / "clickid.jsonl.gz", "wt", encoding="utf-8") as out:
        out.writelines(json.dumps(r) + "\n" for r in records)
    labels = tmp_path / "labels.jsonl"
    labels.write_text(
        "".join(
            json.dumps({"id": f"a{i}", "split": "dev", "level": level, "pillars": []}) + "\n"
            for i, level in ((0, 1), (1, 0))
        ),
        encoding="utf-8",
    )
    model_dir = Path(__file__).parent.parent / "models" / "relevance-id"
    report = evaluate_relevance(model_dir, tmp_path, split="dev", labels=labels)
    labelled, whole = report["relevance"]["dev"], report["relevance"]["whole_split"]
    assert (labelled["articles"], labelled["positives"]) == (2, 1)
    assert (whole["articles"], whole["positives"], whole["unlabelled"]) == (5, 1, 3)
    assert whole["unlabelled_above_threshold"] == 1  # the missed relevant story, counted as a false alarm
    assert whole["highest_unlabelled_score"] >= default_settings().relevance.threshold
    assert whole["precision"] == 0.5 and whole["recall"] == 1.0
