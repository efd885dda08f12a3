from __future__ import annotations

import pytest

from smartnews import analyze
from smartnews.lemmas import lemma
from smartnews.nlp import blank
from smartnews.pillars import PILLARS, PillarLexicon, lexicon_terms, pillar_tags, sentences
from smartnews.types import Pillar

NLP = blank()
LEXICON = PillarLexicon(NLP)


def pillars_in(text: str) -> set[str]:
    return {m.pillar for m in LEXICON.match(NLP(text)) if m.weight > 0.5}


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("dibangun", "bangun"),
        ("pembangunan", "bangun"),
        ("pengelolaan", "kelola"),
        ("diusulkan", "usul"),
        ("Sampah", "sampah"),
    ],
)
def test_lemmas_cover_passives_the_table_misses(word: str, expected: str) -> None:
    assert lemma(word) == expected


@pytest.mark.parametrize(
    ("text", "pillar"),
    [
        ("Pengelolaan sampah di kota itu kini memakai aplikasi.", "environment"),
        ("Pemkot mengelola sampah warga.", "environment"),
        ("Jaringan serat optik dibangun hingga ke desa.", "infrastructure"),
        ("Pembangunan jaringan internet desa rampung.", "infrastructure"),
        ("Pelaku UMKM dilatih berjualan di lokapasar.", "economy"),
        ("Layanan pengaduan dan perizinan daring diluncurkan.", "governance"),
        ("Puskesmas menerapkan antrean daring.", "living"),
        ("Gerakan literasi digital menyasar pelajar.", "people"),
        ("Program Smart Branding mempromosikan daerah.", "economy"),
        ("Smart Mobility memudahkan warga.", "living"),
        ("Smart Mobility memudahkan warga.", "infrastructure"),
        ("Pilar Smart Environtment disiapkan.", "environment"),
        ("Warga kini memakai Identitas Kependudukan Digital di ponsel.", "governance"),  # since 2022
        ("Layanan itu masuk aplikasi INA Digital.", "governance"),
    ],
)
def test_lexicon_matches_inflected_forms_and_pillar_names(text: str, pillar: str) -> None:
    assert pillar in pillars_in(text)


def test_weak_words_do_not_match_by_lemma() -> None:
    assert "infrastructure" not in {m.pillar for m in LEXICON.match(NLP("Mereka menjalankan program itu."))}


def test_every_pillar_has_its_explicit_name() -> None:
    for pillar in PILLARS:
        assert any(
            term.startswith("smart ") and weight == 2.0 for term, weight in lexicon_terms()[pillar].items()
        )


def test_evidence_offsets_point_at_the_right_text() -> None:
    paragraphs = (
        "Pemerintah kota meresmikan ruang kendali. Warga senang.",
        "Bank sampah digital mencatat setoran warga. Sensor banjir dipasang di sungai.",
    )
    doc = NLP("\n".join(paragraphs))
    tags = pillar_tags(paragraphs, LEXICON.match(doc), threshold=0.3)
    assert {t.pillar for t in tags} >= {"infrastructure", "environment"}
    for tag in tags:
        assert tag.evidence
        for ev in tag.evidence:
            assert paragraphs[ev.paragraph][ev.start : ev.end] == ev.text


def test_a_model_only_pillar_needs_a_sentence_to_be_reported() -> None:
    paragraphs = ("Isi berita tanpa istilah apa pun.",)
    scores = dict.fromkeys(PILLARS, 0.0) | {"people": 0.9}
    assert pillar_tags(paragraphs, [], scores) == ()  # no evidence, no pillar
    from smartnews.types import Evidence

    tags = pillar_tags(paragraphs, [], scores, best_sentence=lambda p: Evidence(0, 0, 4, "Isi "))
    assert [(t.pillar, t.score) for t in tags] == [("people", 0.9)]


def test_sentences() -> None:
    text = 'Kota itu siap. "Kami senang," kata dia. Tahun 2022 juga.'
    assert [text[s:e] for s, e in sentences(text)] == [
        "Kota itu siap.",
        '"Kami senang," kata dia.',
        "Tahun 2022 juga.",
    ]


OWN_PILLAR_LIST = (
    "Palu (ANTARA) - Pemerintah Kota Palu menyusun rencana induk kota cerdas tahun ini.\n"
    "Rencana itu memuat enam dimensi, yakni Smart Governance, Smart Branding, Smart Economy, Smart Living, "
    "Smart Society dan Smart Environment, kata Kepala Dinas Komunikasi dan Informatika Kota Palu, Rahmat.\n"
    "Smart Mobility juga disiapkan untuk angkutan umum kota."
)
NAMES: dict[Pillar, tuple[str, ...]] = {
    "governance": ("Smart Governance",),
    "infrastructure": ("Smart Infrastructure", "Smart Mobility"),
    "economy": ("Smart Economy", "Smart Branding"),
    "living": ("Smart Living", "Smart Mobility"),
    "people": ("Smart People", "Smart Society"),
    "environment": ("Smart Environtment", "Smart Environment"),
}


def test_a_pillar_list_gives_all_six_pillars_with_their_names_as_evidence(seed_text: str) -> None:
    texts = [OWN_PILLAR_LIST] + ([seed_text] if "Smart Governance" in seed_text else [])
    for text in texts:
        found = {t.pillar: t for t in analyze(text).pillars}
        assert set(found) == set(PILLARS)
        for pillar, names in NAMES.items():
            assert any(name in ev.text for ev in found[pillar].evidence for name in names), pillar
