from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from smartnews.dedup import deduplicate, normalize

P1 = "Pemerintah Kota Bandung meluncurkan aplikasi layanan perizinan daring untuk warga."
P2 = "Aplikasi itu terhubung dengan ruang kendali kota dan data kependudukan daerah."


def test_exact_repeats_after_normalisation() -> None:
    kept, removed = deduplicate([P1, P2, P1.upper(), "  " + P2.replace(".", " !")])
    assert kept == [P1, P2]
    assert [(r.reason, r.duplicate_of) for r in removed] == [("duplicate", 0), ("duplicate", 1)]


def test_near_duplicates_point_at_the_kept_paragraph() -> None:
    typo = P2.replace("kendali", "kendalli")
    extra_word = P1.replace("aplikasi", "aplikasi baru")
    kept, removed = deduplicate([P1, P2, typo, extra_word])
    assert kept == [P1, P2]
    assert [(r.text, r.reason, r.duplicate_of) for r in removed] == [
        (typo, "near_duplicate", 1),
        (extra_word, "near_duplicate", 0),
    ]


def test_paragraphs_with_different_numbers_are_both_kept() -> None:
    a = "Sebanyak 191 kabupaten dan kota telah menerima penghargaan kota cerdas hingga tahun 2022."
    b = "Sebanyak 195 kabupaten dan kota telah menerima penghargaan kota cerdas hingga tahun 2022."
    assert deduplicate([a, b])[0] == [a, b]


def test_short_paragraphs_are_only_removed_when_exact() -> None:
    kept, _ = deduplicate(["Kata dia.", "Kata mereka.", "Kata dia."])
    assert kept == ["Kata dia.", "Kata mereka."]


def test_the_threshold_decides() -> None:
    variant = P1.replace("untuk warga", "bagi seluruh warga kota")
    assert deduplicate([P1, variant], threshold=80)[0] == [P1]
    assert deduplicate([P1, variant], threshold=99)[0] == [P1, variant]


def test_normalize() -> None:
    assert normalize("“Kami  SIAP,” kata_nya.") == "kami siap kata nya"


# Paragraphs built from a small vocabulary, so that repeats and near-repeats are frequent.
WORDS = st.sampled_from(["kota", "cerdas", "warga", "layanan", "data", "izin", "jalan", "2022", "191", "air"])
PARAGRAPH = st.lists(WORDS, min_size=1, max_size=14).map(" ".join)
ARTICLE = st.lists(PARAGRAPH, max_size=12).flatmap(
    lambda ps: st.lists(st.sampled_from(ps), max_size=20).map(lambda extra: ps + extra) if ps else st.just(ps)
)


@settings(max_examples=300, deadline=None)
@given(ARTICLE)
def test_properties(paragraphs: list[str]) -> None:
    kept, removed = deduplicate(paragraphs)
    # idempotent
    assert deduplicate(kept)[0] == kept
    # the output is a subsequence of the input
    it = iter(paragraphs)
    assert all(any(p == q for q in it) for p in kept)
    # every input paragraph is kept or recorded as removed, nothing vanishes
    assert len(kept) + len(removed) == len(paragraphs)
    # no unique paragraph is lost: one unlike every other paragraph of the input is kept
    norms = [normalize(p) for p in paragraphs]
    for i, p in enumerate(paragraphs):
        others = norms[:i] + norms[i + 1 :]
        if all(fuzz.ratio(norms[i], o) < 88 for o in others):
            assert p in kept
    # a paragraph missing from the output was recorded as a near-duplicate of a similar kept one
    kept_norms = {normalize(p) for p in kept}
    for p in paragraphs:
        if normalize(p) not in kept_norms:
            match = next(r for r in removed if r.text == p)
            assert match.reason == "near_duplicate"
            assert match.duplicate_of is not None
            assert fuzz.ratio(normalize(kept[match.duplicate_of]), normalize(p)) >= 88
    # each removal points at a kept paragraph
    assert all(r.duplicate_of is not None and 0 <= r.duplicate_of < len(kept) for r in removed)
    # exact duplicates point at a kept paragraph with the same normalised text
    for r in removed:
        if r.reason == "duplicate":
            assert r.duplicate_of is not None
            assert normalize(kept[r.duplicate_of]) == normalize(r.text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=15))
def test_never_fails_on_arbitrary_text(paragraphs: list[str]) -> None:
    kept, removed = deduplicate(paragraphs)
    assert len(kept) + len(removed) == len(paragraphs)
