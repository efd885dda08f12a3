"""Scoring officials and regions against hand labels (smartnews.evaluation)."""

from __future__ import annotations

from smartnews.evaluation import same_name, score_entities
from smartnews.types import Analysis, Official, Region


def _analysis(officials: list[tuple[str, str]], codes: list[str]) -> Analysis:
    return Analysis(
        id="a1",
        url=None,
        title=None,
        source=None,
        published=None,
        dateline=None,
        paragraphs=(),
        officials=tuple(Official(name, title, None, 1) for name, title in officials),
        regions=tuple(Region(code, code, "kabupaten", "P", 1) for code in codes),
    )


def test_names_match_without_honorifics_ranks_or_missing_words() -> None:
    assert same_name("H. Anies Baswedan", "anies baswedan")
    assert same_name("Irjen Firli Bahuri", "Firli")
    assert not same_name("Anies Baswedan", "Anies Sandiaga")
    assert not same_name("", "Anies")


def test_initials_match_the_words_they_stand_for() -> None:
    assert same_name("BJ Habibie", "Bacharuddin Jusuf Habibie")
    assert same_name("Baharuddin Jusuf Habibie", "BJ Habibie")
    assert same_name("SBY", "Susilo Bambang Yudhoyono")
    assert not same_name("BJ Habibie", "Bacharuddin Habibie")  # one initial short
    assert not same_name("BJ Habibie", "Jusuf Bacharuddin Habibie")  # in another order


def test_scores_count_each_label_once_and_report_title_agreement() -> None:
    found = _analysis(
        [
            ("Halikinnor", "Bupati Kotawaringin Timur"),
            ("Multazam", "Kadis"),
            ("Halikinnor", "Bupati"),
            ("Budi", "Camat"),
        ],
        ["62.02", "62"],
    )
    label = {
        "officials": [
            {"name": "Halikinnor", "title": "Bupati  kotawaringin Timur"},
            {"name": "Multazam Rahman", "title": "Kepala Dinas Kominfo"},
            {"name": "Fajrurrahman", "title": "Sekda"},
        ],
        "regions": [{"code": "62.02"}, {"code": "62.01"}],
    }
    report = score_entities([(found, label)])
    # the second "Halikinnor" finds no label left; "Budi" matches none
    assert report["officials"] == {
        "precision": 0.5,
        "recall": 0.6667,
        "f1": 0.5714,
        "true_positives": 2,
        "predicted": 4,
        "gold": 3,
    }
    assert report["officials_agreement"] == {"pairs": 2, "same_name": 1, "same_title": 1}
    assert report["regions"]["true_positives"] == 1
    (error,) = report["errors"]
    assert error["officials_missed"] == ["Fajrurrahman"]
    assert error["officials_extra"] == ["Budi"]
    assert (error["regions_missed"], error["regions_extra"]) == (["62.01"], ["62"])
