from __future__ import annotations

import pytest

from smartnews.officials import find_officials
from smartnews.organizations import find_organizations


def people(text: str, persons: list[tuple[int, int]] | None = None) -> list[tuple[str, str, str | None]]:
    return [(o.name, o.title, o.region_code) for o in find_officials(text, persons=persons or [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bupati Halikinnor hadir.", [("Halikinnor", "Bupati", None)]),
        (
            "Bupati Kotawaringin Timur Halikinnor hadir.",
            [("Halikinnor", "Bupati Kotawaringin Timur", "62.02")],
        ),
        (
            '"Kami siap," kata Kepala Dinas Komunikasi dan Informatika Kotawaringin Timur, Multazam di Jakarta, Kamis.',
            [("Multazam", "Kepala Dinas Komunikasi dan Informatika Kotawaringin Timur", "62.02")],
        ),
        (
            "Halikinnor, Bupati Kotawaringin Timur, mengatakan hal itu.",
            [("Halikinnor", "Bupati Kotawaringin Timur", "62.02")],
        ),
        ('"Kami siap," ujar Wali Kota Bogor Bima Arya.', [("Bima Arya", "Wali Kota Bogor", "32.71")]),
        (
            "Menteri Komunikasi dan Informatika Johnny G Plate meresmikan.",
            [("Johnny G Plate", "Menteri Komunikasi dan Informatika", None)],
        ),
        ("Menkominfo Rudiantara mengatakan", [("Rudiantara", "Menkominfo", None)]),
        (
            "Plt Bupati Sidoarjo Nur Ahmad Syaifuddin hadir.",
            [("Nur Ahmad Syaifuddin", "Plt Bupati Sidoarjo", "35.15")],
        ),
        ("Gubernur DKI Jakarta Anies Baswedan", [("Anies Baswedan", "Gubernur DKI Jakarta", "31")]),
        ("Kepala BNPB Doni Monardo dan Ketua RT Budi hadir.", [("Doni Monardo", "Kepala BNPB", None)]),
        ("Ketua DPRD Kotim Jhon Krisli membuka rapat.", [("Jhon Krisli", "Ketua DPRD Kotim", "62.02")]),
    ],
)
def test_title_patterns(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert people(text) == expected


def test_a_regional_title_without_a_region_takes_the_articles_region() -> None:
    text = "Pemkab Kotawaringin Timur menerima penghargaan. Sekretaris Daerah Fajrurrahman hadir di Jakarta."
    assert people(text) == [("Fajrurrahman", "Sekretaris Daerah", "62.02")]
    gubernur = "Pemprov Kalteng menggelar rapat. Gubernur Sugianto Sabran membuka acara."
    assert people(gubernur) == [("Sugianto Sabran", "Gubernur", "62")]


def test_later_mentions_by_name_count() -> None:
    text = "Kepala Dinas Kominfo, Multazam mengatakan. Multazam menambahkan, ... ujar Multazam."
    (official,) = find_officials(text)
    assert official.mentions == 3


def test_the_same_person_twice_is_one_official_with_the_fuller_title() -> None:
    text = (
        "Bupati Halikinnor hadir. Sementara itu, Bupati Kotawaringin Timur Halikinnor menyampaikan apresiasi."
    )
    (official,) = find_officials(text)
    assert (official.title, official.mentions) == ("Bupati Kotawaringin Timur", 2)


def test_ner_person_spans_set_name_boundaries() -> None:
    text = "Kapolres Metro Jakarta Selatan Kombes Bastoni Purnama memimpin apel."
    start = text.index("Bastoni")
    (official,) = find_officials(text, persons=[(start, start + len("Bastoni Purnama"))])
    assert official.name == "Bastoni Purnama" and official.title.startswith("Kapolres")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Bupati berpesan kepada seluruh masyarakat.",
        "Ketua RT Budi hadir.",
        "The Mayor John Smith said so.",
    ],
)
def test_no_officials_without_a_title_and_a_name(text: str) -> None:
    assert find_officials(text) == ()


def test_organisations_with_acronyms_both_ways() -> None:
    text = (
        "Kementerian Komunikasi dan Informatika memberi penghargaan. Kementerian Kominfo dan kominfo RI "
        "bersama Diskominfo Kotim, KPU, Bawaslu Kotim dan Komisi Informasi Daerah (KID) Kalteng."
    )
    found = {o.name: (o.acronym, o.mentions) for o in find_organizations(text)}
    assert found["Kementerian Komunikasi dan Informatika"] == ("Kominfo", 3)
    assert found["Dinas Komunikasi dan Informatika Kotawaringin Timur"] == ("Diskominfo", 1)
    assert found["Komisi Pemilihan Umum"] == ("KPU", 1)
    assert found["Badan Pengawas Pemilihan Umum"][0] == "Bawaslu"
    assert found["Komisi Informasi Daerah"] == ("KID", 1)


def test_regional_governments_are_organisations() -> None:
    found = {o.name: o.acronym for o in find_organizations("Pemkab Kotim dan Pemerintah Kota Palangka Raya")}
    assert found == {
        "Pemerintah Kabupaten Kotawaringin Timur": "Pemkab Kotawaringin Timur",
        "Pemerintah Kota Palangkaraya": "Pemkot Palangkaraya",
    }


def test_lowercase_words_are_not_acronyms() -> None:
    assert find_organizations("ma dan bi serta kpu") == ()
