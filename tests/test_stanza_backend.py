"""The stanza backend: exact offsets, whitespace, multi-word tokens, lemmas, entities, smartnews' components.

Needs the ``stanza`` extra and the shipped models in ``models/stanza-id``.
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.stanza


@pytest.fixture(scope="module")
def nlp() -> Any:
    from smartnews.stanza_backend import load_pipeline

    return load_pipeline()


def assert_exact(doc: Any, text: str) -> None:
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text
    for ent in doc.ents:
        assert text[ent.start_char : ent.end_char] == ent.text


def test_offsets_are_exact_on_multi_word_tokens(nlp: Any) -> None:
    text = "Dia membaca bukunya kemarin, dan hal itu dilakukannya  dengan senang hati.\nKuambil saja."
    doc = nlp(text)
    assert_exact(doc, text)
    words = [t.text for t in doc]
    assert "bukunya" in words
    assert "dilakukannya" in words
    bukunya = doc[words.index("bukunya")]
    if bukunya._.stanza_words is not None:  # expanded by the mwt model: buku + nya
        assert [w[0] for w in bukunya._.stanza_words] == ["buku", "nya"]
        assert bukunya.lemma_ == "buku"
        assert bukunya.pos_ == "NOUN"
    # the double space and the newline are kept as whitespace tokens
    assert any(t.is_space for t in doc)


@pytest.mark.parametrize("text", ["", " ", "\n\n", " \t "])
def test_empty_input(nlp: Any, text: str) -> None:
    doc = nlp(text)
    assert doc.text == text
    assert not doc.ents
    assert all(t.is_space for t in doc)


def test_leading_and_trailing_whitespace(nlp: Any) -> None:
    text = "\n  Warga Sampit menerima bantuan.  \n\nBantuan itu dibagikan hari ini.\n"
    doc = nlp(text)
    assert_exact(doc, text)
    assert len(list(doc.sents)) >= 2


def test_a_very_long_paragraph(nlp: Any) -> None:
    sentence = "Pemerintah Kota Surabaya meluncurkan aplikasi layanan perizinan daring untuk warga kota. "
    text = (sentence * 460).strip()  # 5,060 words, one paragraph
    doc = nlp(text)
    assert_exact(doc, text)
    assert sum(1 for t in doc if not t.is_space and not t.is_punct) >= 5000
    assert len(list(doc.sents)) >= 100


def test_text_that_is_not_indonesian(nlp: Any) -> None:
    for text in (
        "The quick brown fox jumps over the lazy dog. It wasn't me!",
        "这是一个中文句子。没有空格。",
        "Привет, мир! 123 — ☃ 🙂",
    ):
        assert_exact(nlp(text), text)


def test_lemmas(nlp: Any) -> None:
    doc = nlp("Jembatan itu dibangun oleh pemerintah dan diresmikan tahun lalu.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["dibangun"] == "bangun"
    assert lemmas["diresmikan"] == "resmi"
    assert {t.pos_ for t in doc} >= {"NOUN", "VERB"}


def test_person_and_location_entities(nlp: Any) -> None:
    text = "Presiden Joko Widodo meresmikan Bendungan Bener di Kabupaten Purworejo, Jawa Tengah, pada Selasa."
    doc = nlp(text)
    assert_exact(doc, text)
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Joko Widodo", "PER") in ents
    assert any(label == "LOC" and "Purworejo" in ent for ent, label in ents)
    assert {e.label_ for e in doc.ents} <= {"PER", "ORG", "LOC"}


def test_smartnews_components_run_on_the_stanza_pipeline() -> None:
    from smartnews.stanza_backend import new_pipeline

    nlp = new_pipeline()
    for name in ("smartnews_regions", "smartnews_organizations", "smartnews_officials"):
        nlp.add_pipe(name)
    doc = nlp("Bupati Kotawaringin Timur Halikinnor meresmikan taman kota di Sampit.")
    assert "62.02" in {r.code for r in doc._.smartnews_regions}
    assert doc._.smartnews_officials is not None
    docs = list(nlp.pipe(["Warga Sampit.", "", "Gubernur Jawa Tengah Ganjar Pranowo hadir."]))
    assert [d.text for d in docs] == ["Warga Sampit.", "", "Gubernur Jawa Tengah Ganjar Pranowo hadir."]


def test_load_pipeline_is_cached() -> None:
    from smartnews.stanza_backend import StanzaTokenizer, load_pipeline, load_stanza, new_pipeline

    assert load_pipeline() is load_pipeline()
    tokenizer = new_pipeline().tokenizer
    assert isinstance(tokenizer, StanzaTokenizer)
    assert tokenizer.pipeline is load_stanza()


def _settings(backend: str) -> Any:
    import dataclasses

    from smartnews.settings import default_settings

    settings = default_settings()
    return dataclasses.replace(settings, pipeline=dataclasses.replace(settings.pipeline, backend=backend))


def test_analyze_with_the_stanza_backend_finds_what_the_default_backend_finds(seed_text: str) -> None:
    from smartnews import analyze

    default = analyze(seed_text)
    stanza = analyze(seed_text, settings=_settings("stanza"))
    assert stanza.paragraphs == default.paragraphs
    assert {(o.name, o.title, o.region_code) for o in stanza.officials} == {
        (o.name, o.title, o.region_code) for o in default.officials
    }
    assert [(r.code, r.mentions) for r in stanza.regions] == [(r.code, r.mentions) for r in default.regions]
    assert {o.name for o in stanza.organizations} == {o.name for o in default.organizations}
    assert stanza.relevance == default.relevance
    assert [p.pillar for p in stanza.pillars] == [p.pillar for p in default.pillars]
    for entity in stanza.entities:
        paragraph = stanza.paragraphs[entity.paragraph] if entity.paragraph >= 0 else entity.text
        start, end = (entity.start, entity.end) if entity.paragraph >= 0 else (0, len(entity.text))
        assert paragraph[start:end] == entity.text
    assert stanza.to_dict().keys() == default.to_dict().keys()


def test_the_pillar_lexicon_matches_stanza_lemmas() -> None:
    from smartnews.pillars import PillarLexicon
    from smartnews.stanza_backend import load_pipeline

    nlp = load_pipeline()
    lexicon = PillarLexicon(nlp)
    doc = nlp("Pemkot mengelola sampah warga dengan aplikasi.")
    assert {t.text: t.lemma_ for t in doc}["mengelola"] == "kelola"
    spans = {(m.pillar, doc.text[m.start : m.end]) for m in lexicon.match(doc)}
    assert ("environment", "mengelola sampah") in spans


def test_the_cli_takes_the_backend(tmp_path: Any, capsys: Any) -> None:
    from smartnews.cli import main

    article = tmp_path / "a.txt"
    article.write_text(
        "Sampit (ANTARA) - Bupati Kotawaringin Timur Halikinnor meresmikan ruang kendali kota cerdas.\n",
        encoding="utf-8",
    )
    assert main(["analyze", str(article), "--backend", "stanza", "--format", "json"]) == 0
    import json

    result = json.loads(capsys.readouterr().out)
    assert [o["name"] for o in result["officials"]] == ["Halikinnor"]
    assert "62.02" in {r["code"] for r in result["regions"]}


def test_load_takes_the_backend() -> None:
    import smartnews
    from smartnews.stanza_backend import StanzaTokenizer

    nlp = smartnews.load("stanza")
    assert nlp is smartnews.load("stanza")
    assert isinstance(nlp.tokenizer, StanzaTokenizer)
    assert nlp.pipe_names == ["smartnews_regions", "smartnews_organizations", "smartnews_officials"]
    with pytest.raises(ValueError, match="unknown backend"):
        smartnews.load("nltk")


def test_evaluate_stanza_reprints_the_model_card_figures(capsys: Any) -> None:
    import json
    from pathlib import Path

    from smartnews.cli import main

    scores = json.loads(
        (Path(__file__).parent.parent / "models" / "stanza-id" / "scores.json").read_text("utf-8")
    )
    assert main(["evaluate", "stanza"]) == 0
    out = capsys.readouterr().out
    for name, result in scores["ner"]["tests"].items():
        assert f"| {name} | micro | {result['micro']['p']:.3f}" in out
    assert f"| gsd | {scores['ud']['gsd']['gold_words']['upos_accuracy']:.3f}" in out
