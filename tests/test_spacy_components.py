"""smartnews' stages as spaCy components, and the entity fields of the Analysis."""

from __future__ import annotations

from typing import Any

import spacy

from smartnews import analyze
from smartnews.nlp import blank


def test_components_work_in_a_users_own_pipeline() -> None:
    nlp = blank()
    for name in ("smartnews_regions", "smartnews_organizations", "smartnews_officials"):
        nlp.add_pipe(name)
    doc = nlp("Bupati Kotawaringin Timur Halikinnor bertemu Kementerian Kominfo di Jakarta.")
    assert [r.code for r in doc._.smartnews_regions] == ["62.02", "31"]
    assert [o.name for o in doc._.smartnews_officials] == ["Halikinnor"]
    assert [o.acronym for o in doc._.smartnews_organizations] == ["Kominfo"]


def test_factories_are_published_through_the_entry_point() -> None:
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert {"smartnews_regions", "smartnews_organizations", "smartnews_officials"} <= names


def test_person_entities_keep_region_names_out_of_names() -> None:
    nlp = blank()
    nlp.add_pipe("smartnews_regions")
    doc = nlp("Wali Kota Bogor Bima Arya hadir.")
    doc.ents = [spacy.tokens.Span(doc, 3, 5, label="PER")]
    assert doc.ents[0].text == "Bima Arya"
    doc = nlp.get_pipe("smartnews_regions")(doc)
    assert [r.code for r in doc._.smartnews_regions] == ["32.71"]


def test_the_fast_tokenizer_keeps_reduplication_and_abbreviations() -> None:
    tokens = [t.text for t in blank()("Anak-anak dan data-data di Jl. Sudirman, kata dr. Ani.")]
    assert tokens[:3] == ["Anak-anak", "dan", "data-data"] and "dr." in tokens


def test_seed_entities(seed: tuple[str, dict[str, Any]]) -> None:
    text, expected = seed
    analysis = analyze(text)
    if expected.get("dateline", {}).get("place") != "Sampit":
        return  # our own seed-shaped article: the figures are about the real seed
    officials = {o.name: (o.title, o.region_code) for o in analysis.officials}
    assert officials["Multazam"] == ("Kepala Dinas Komunikasi dan Informatika Kotawaringin Timur", "62.02")
    assert officials["Fajrurrahman"] == ("Sekretaris Daerah", "62.02")
    assert officials["Halikinnor"][1] == "62.02" and officials["Halikinnor"][0].startswith("Bupati")
    regions = {r.code: r for r in analysis.regions}
    assert regions["62.02"].mentions >= 6  # Kotim in the related headlines counts too
    orgs = {o.name: o.acronym for o in analysis.organizations}
    assert orgs["Kementerian Komunikasi dan Informatika"] == "Kominfo"
    locs = {e.text for e in analysis.entities if e.label == "LOC"}
    assert {"Sampit", "Jakarta"} <= locs


def test_entity_offsets_point_at_their_text() -> None:
    analysis = analyze(
        "Pemerintah Kota Bandung meluncurkan aplikasi.\nWali Kota Bandung Oded M Danial hadir di Jakarta."
    )
    for entity in analysis.entities:
        if entity.paragraph >= 0:
            assert analysis.paragraphs[entity.paragraph][entity.start : entity.end] == entity.text


def test_entities_on_empty_and_english_text() -> None:
    assert analyze("").to_dict()["officials"] == []
    english = analyze("The mayor of Springfield, John Smith, opened a new road on Monday.")
    assert english.officials == () and english.regions == ()


def test_the_model_predicts_the_same_without_its_saved_vocab() -> None:
    """load_model skips the model's saved strings (for start-up time); spaCy's own loader reads them. The
    entities must be the same on every paragraph of our written articles."""
    from pathlib import Path

    from smartnews.nlp import create_tokenizer, load_model, model_path

    ours = load_model(model_path())
    theirs = spacy.load(model_path(), exclude=["tokenizer"])
    theirs.tokenizer = create_tokenizer()(theirs)  # the same rules over the model's own vocab
    articles = Path(__file__).resolve().parents[1] / "corpora" / "articles"
    texts = [line for path in sorted(articles.glob("*.txt")) for line in path.read_text("utf-8").splitlines()]
    texts = [t for t in texts if t.strip()]
    assert len(texts) > 40
    assert len(ours.vocab.strings) < len(theirs.vocab.strings) / 10  # the saved strings were skipped

    def ents(nlp: spacy.language.Language) -> list[list[tuple[int, int, str]]]:
        return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]

    found = ents(ours)
    assert ours("Bupati").vocab is ours.vocab and theirs("Bupati").vocab is theirs.vocab
    assert sum(map(len, found)) > 50
    assert found == ents(theirs)
