from __future__ import annotations

import pytest

from smartnews.cleaning import clean, clean_text, fix_text, parse_dateline
from smartnews.types import Article, Dateline


@pytest.mark.parametrize(
    ("paragraph", "place", "agency", "rest"),
    [
        ("Sampit (ANTARA) - Pemerintah kabupaten", "Sampit", "ANTARA", "Pemerintah kabupaten"),
        ("Jakarta, 12/1 (ANTARA News) - Isi", "Jakarta", "ANTARA News", "Isi"),
        ("JAKARTA, KOMPAS.com - Isi", "Jakarta", "KOMPAS.com", "Isi"),
        ("TEMPO.CO, Jakarta - Isi", "Jakarta", "TEMPO.CO", "Isi"),
        ("Liputan6.com, Jakarta: Isi", "Jakarta", "Liputan6.com", "Isi"),
        ("Bandung, detikNews - Isi", "Bandung", "detikNews", "Isi"),
        ("REPUBLIKA.CO.ID, JAKARTA -- Isi", "Jakarta", "REPUBLIKA.CO.ID", "Isi"),
        ("SURABAYA - Isi", "Surabaya", None, "Isi"),
        ("BANDA ACEH – Isi", "Banda Aceh", None, "Isi"),
        ("Palangka Raya (ANTARA) — Isi", "Palangka Raya", "ANTARA", "Isi"),
        ("Jakarta - Isi", "Jakarta", None, "Isi"),
        # outlets whose name is no web address, ANTARA's regional desks and the wires it quotes
        ("Jakarta, IDN Times - Isi", "Jakarta", "IDN Times", "Isi"),
        ("Jakarta, CNBC Indonesia - Isi", "Jakarta", "CNBC Indonesia", "Isi"),
        ("Tangerang Selatan, NU Online - Isi", "Tangerang Selatan", "NU Online", "Isi"),
        ("Jakarta, InfoPublik - Isi", "Jakarta", "InfoPublik", "Isi"),
        ("INILAHCOM, Jakarta - Isi", "Jakarta", "INILAHCOM", "Isi"),
        ("Pontianak (Antaranews Kalbar) - Isi", "Pontianak", "Antaranews Kalbar", "Isi"),
        ("Surabaya (ANTARA Jatim) - Isi", "Surabaya", "ANTARA Jatim", "Isi"),
        ("Jakarta (ANTARA/Reuters) - Isi", "Jakarta", "ANTARA/Reuters", "Isi"),
        # press releases date the dateline in words
        ("Jakarta, 2 Desember 2026 - Isi", "Jakarta", None, "Isi"),
        ("Makassar, Rabu (2/12/2026) - Isi", "Makassar", None, "Isi"),
    ],
)
def test_datelines_are_parsed_and_stripped(paragraph: str, place: str, agency: str | None, rest: str) -> None:
    assert parse_dateline(paragraph) == (Dateline(place, agency), rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Pemerintah Kabupaten Kotawaringin Timur menerima penghargaan.",
        "Wali Kota Bandung-Barat menyebut hal itu.",
        "Sulawesi-Selatan menjadi tuan rumah.",
        "Menurut dia - seperti biasa - hal itu wajar.",
        '"Ini kado," kata Bupati - yang hadir.',
    ],
)
def test_ordinary_first_paragraphs_have_no_dateline(paragraph: str) -> None:
    assert parse_dateline(paragraph) == (None, paragraph)


def test_an_outlet_in_capitals_is_no_place() -> None:
    # "VIVA" looks like a place in capitals ("SURABAYA -"); it is an outlet, dropped with its dash
    assert parse_dateline("VIVA – Isi") == (None, "VIVA – Isi")
    cleaned = clean(Article.from_text("VIVA – Pemerintah kota meluncurkan aplikasi."))
    assert cleaned.dateline is None
    assert cleaned.paragraphs == ["Pemerintah kota meluncurkan aplikasi."]


def test_mojibake_and_spaces_are_repaired() -> None:
    assert fix_text("‚ÄúKami siap,‚Äù kata dia.¬†Jakarta") == "“Kami siap,” kata dia. Jakarta"
    assert fix_text("Kota\u200b  cerdas\u00ad   \t ") == "Kota cerdas"
    assert fix_text("cafe\u0301") == "café"  # NFC


def test_boilerplate_goes_to_removed_and_links_to_related() -> None:
    text = "\n".join(
        [
            "JAKARTA, KOMPAS.com - Kota itu meluncurkan aplikasi layanan publik.",
            "ADVERTISEMENT",
            "SCROLL TO CONTINUE WITH CONTENT",
            "Baca juga: Aplikasi baru untuk warga kota",
            "BACA JUGA : Wali kota resmikan ruang kendali",
            "Simak juga: Data terbuka pemerintah daerah",
            "Lihat Juga: Aplikasi baru untuk warga kota!",
            "Tonton juga: Video peluncuran aplikasi",
            "Warga dapat mengurus izin secara daring.",
            "Baca juga:",
            "Pewarta: Ahmad Editor: Budi COPYRIGHT © ANTARA 2023",
            "Penulis : Citra",
            "Ikuti berita terkini dari Kompas.com di Google News",
            "Bagikan artikel ini",
            "(ant)",
        ]
    )
    result = clean_text(text)
    assert result.dateline == Dateline("Jakarta", "KOMPAS.com")
    assert result.paragraphs == [
        "Kota itu meluncurkan aplikasi layanan publik.",
        "Warga dapat mengurus izin secara daring.",
    ]
    assert result.related == [
        "Aplikasi baru untuk warga kota",
        "Wali kota resmikan ruang kendali",
        "Data terbuka pemerintah daerah",
    ]
    assert [r.reason for r in result.removed] == ["boilerplate"] * 9
    assert result.removed[0].text == "ADVERTISEMENT"


def test_a_long_paragraph_starting_like_a_credit_is_kept() -> None:
    body = "Sumber: " + "dana desa itu berasal dari anggaran pendapatan dan belanja negara tahun ini. " * 4
    assert clean_text(body).paragraphs == [body.strip()]


def test_trailing_credits_are_stripped_but_the_paragraph_kept() -> None:
    result = clean_text(
        "Kota itu siap melayani warga. (ant)\nWarga menyambut baik. (rdn/ega)\nAda (HUT) di sana."
    )
    assert result.paragraphs == [
        "Kota itu siap melayani warga.",
        "Warga menyambut baik.",
        "Ada (HUT) di sana.",
    ]


def test_a_repeated_dateline_is_stripped_from_the_copy_too() -> None:
    text = "Sampit (ANTARA) - Isi pertama berita ini.\nIsi kedua.\nSampit (ANTARA) - Isi pertama berita ini."
    result = clean_text(text)
    assert result.paragraphs == ["Isi pertama berita ini.", "Isi kedua.", "Isi pertama berita ini."]


def test_a_dateline_alone_on_the_first_line_is_fine() -> None:
    result = clean_text("Sampit (ANTARA) -\nPemerintah kabupaten menerima penghargaan.")
    assert result.dateline == Dateline("Sampit", "ANTARA")
    assert result.paragraphs == ["Pemerintah kabupaten menerima penghargaan."]


def test_html_content_becomes_paragraphs_with_link_paragraphs_related() -> None:
    html = (
        "<p><strong>Kota Cerdas</strong></p>"
        "<p>Bandung, detikNews - Pemerintah kota meluncurkan <a href='/x'>aplikasi</a> baru.<br>"
        "Baris kedua setelah br.</p>"
        "<ul><li>Layanan izin</li><li>Layanan pajak</li></ul>"
        "<p><a href='/y'>Wali kota resmikan ruang kendali baru</a></p>"
        "<p><strong>Baca juga:</strong> <a href='/z'>Data terbuka daerah</a></p>"
        "<script>var ad = 1;</script><figure><img src='a.jpg'><figcaption>Foto: x</figcaption></figure>"
    )
    article = Article.from_text("", url="https://e.id/1")
    article = Article(**{**article.to_dict(), "html": html, "published": None})
    result = clean(article)
    assert result.paragraphs == [
        "Kota Cerdas",
        "Bandung, detikNews - Pemerintah kota meluncurkan aplikasi baru.",
        "Baris kedua setelah br.",
        "Layanan izin",
        "Layanan pajak",
    ]
    assert result.related == ["Wali kota resmikan ruang kendali baru", "Data terbuka daerah"]


def test_a_link_line_whose_headline_was_stripped_keeps_the_body_joined_to_it() -> None:
    # Scraped text: the link text after "Baca juga" is gone and the next paragraph was joined with commas.
    result = clean_text(
        "Dinas Kominfo membuka layanan izin daring.\n"
        "Baca juga:,,Warga kini bisa mengurus izin usaha dari rumah.\n"
        "Baca Juga: Kota meluncurkan aplikasi aduan,,Aplikasi itu sudah diunduh seribu kali.\n"
        'Baca juga;,,"Kami terus memperbaiki layanan," kata kepala dinas.'
    )
    assert result.paragraphs == [
        "Dinas Kominfo membuka layanan izin daring.",
        "Warga kini bisa mengurus izin usaha dari rumah.",
        "Aplikasi itu sudah diunduh seribu kali.",
        '"Kami terus memperbaiki layanan," kata kepala dinas.',
    ]
    assert result.related == ["Kota meluncurkan aplikasi aduan"]
    assert [r.text for r in result.removed] == ["Baca juga:", "Baca juga"]


def test_two_stripped_links_in_a_row_are_both_cut_from_the_body_joined_to_them() -> None:
    result = clean_text("Layanan izin dibuka.\nBaca juga:,Baca juga:,,Warga mengurus izin dari rumah.")
    assert result.paragraphs == ["Layanan izin dibuka.", "Warga mengurus izin dari rumah."]
    assert [r.text for r in result.removed] == ["Baca juga:", "Baca juga:"]


def test_a_related_link_in_brackets_is_cut_out_of_the_paragraph() -> None:
    result = clean_text(
        "Warga antre sejak pagi. (Baca juga: Pasar murah digelar di Sampit) Petugas berjaga di pintu.\n"
        "Pemkot menambah loket (baca juga: ,t) di kantor kecamatan."
    )
    assert result.paragraphs == [
        "Warga antre sejak pagi. Petugas berjaga di pintu.",
        "Pemkot menambah loket di kantor kecamatan.",
    ]
    assert result.related == ["Pasar murah digelar di Sampit"]  # ",t" is what a stripped link left


def test_a_syndication_footer_and_a_read_more_pointer_are_boilerplate() -> None:
    result = clean_text(
        "Warga antre sejak pagi.\n"
        "Baca selengkapnya di ,.\n"
        "Artikel ini telah tayang di contoh.co.id dengan judul Warga Antre Sejak Pagi"
    )
    assert result.paragraphs == ["Warga antre sejak pagi."]
    assert len(result.removed) == 2


def test_page_links_and_an_email_newsletter_prompt_are_boilerplate() -> None:
    result = clean_text(
        "Warga mengurus izin secara daring.\n"
        "Halaman: 1 2 3\n"
        "Halaman 2 dari 3\n"
        "Halaman berikutnya\n"
        "Dapatkan berita terbaru dari kami, langsung di email Anda.\n"
        "Halaman 3 situs itu memuat jadwal layanan.\n"
        "Dapatkan layanan izin usaha lewat aplikasi dan email resmi Pemkot, yang kini melayani 24 jam sehari "
        "di seluruh kecamatan, dengan petugas yang menjawab setiap pertanyaan warga dalam satu hari kerja, "
        "termasuk pada hari libur nasional dan akhir pekan."
    )
    assert result.paragraphs == [
        "Warga mengurus izin secara daring.",
        "Halaman 3 situs itu memuat jadwal layanan.",  # a sentence about a page is body text
        result.paragraphs[2],  # a long body paragraph that starts like a prompt stays (max_chars)
    ]
    assert result.paragraphs[2].startswith("Dapatkan layanan izin usaha")
    assert len(result.removed) == 4


def test_a_link_or_footer_glued_to_the_sentence_before_it_is_cut_off() -> None:
    # scraped text joins paragraphs with commas, and the closing quote may end the sentence before the link
    result = clean_text(
        "“Kami siap melayani,” kata dia.,Baca juga:,Baca juga:,,Warga mengurus izin dari rumah.\n"
        "Loket ditambah (Humas/Budi)),Artikel ini telah tayang di contoh.co.id dengan judul Loket Ditambah"
    )
    assert result.paragraphs == [
        "“Kami siap melayani,” kata dia.",
        "Warga mengurus izin dari rumah.",
        "Loket ditambah (Humas/Budi))",
    ]
    assert len(result.removed) == 3


def test_a_headline_with_commas_inside_stays_a_headline() -> None:
    result = clean_text("Isi berita.\nBaca juga: Wali kota, camat, dan lurah ikut pelatihan")
    assert result.related == ["Wali kota, camat, dan lurah ikut pelatihan"]
    assert result.paragraphs == ["Isi berita."]


def test_loading_placeholders_and_a_bare_agency_line_are_boilerplate() -> None:
    result = clean_text(
        "Warga mengurus izin secara daring.\nPemkot menambah loket. (abc/def),,,loading...\nloading...\nANTARA"
    )
    assert result.paragraphs == ["Warga mengurus izin secara daring.", "Pemkot menambah loket."]
    assert [r.text for r in result.removed] == ["loading...", "ANTARA"]


@pytest.mark.parametrize(
    "first",
    [
        "- Kepala Dinas Kominfo hadir.",
        "-Kepala Dinas Kominfo hadir.",
        "– Kepala Dinas Kominfo hadir.",
        "KOMPAS.com - Kepala Dinas Kominfo hadir.",  # an outlet with no place: no dateline, and no place
        "Kompas.Com - Kepala Dinas Kominfo hadir.",
    ],
)
def test_the_dash_of_a_stripped_dateline_is_dropped(first: str) -> None:
    result = clean_text(f"{first}\n- bukan dateline di paragraf kedua")
    assert result.dateline is None
    assert result.paragraphs == ["Kepala Dinas Kominfo hadir.", "- bukan dateline di paragraf kedua"]


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (
            '"Kami sudah memeriksa saksi," ujarKasat Reskrim Budi.',
            '"Kami sudah memeriksa saksi," ujar Kasat Reskrim Budi.',
        ),
        ("“Kami siap,” kataRudi Hartono.", "“Kami siap,” kata Rudi Hartono."),
        ("“Kami siap,” tambahnyaKepala Dinas itu.", "“Kami siap,” tambahnya Kepala Dinas itu."),
        ("Ia membeli kataKunci baru.", "Ia membeli kataKunci baru."),  # no quote before: left as written
    ],
)
def test_a_speech_verb_run_together_with_the_next_word_is_split(text: str, fixed: str) -> None:
    assert fix_text(text) == fixed
