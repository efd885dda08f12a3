"""Post-processing rules on top of the shipped NER model (``models/ner-id``), measured on the DEV sets only.

The model is not retrained: each rule edits ``doc.ents`` after ``ner``. Scored like ``evaluate_ner`` (gold
tokens, exact span and label) on NER-UI dev and idner-news-2k dev, the sets the model was selected on; the
test sets are not read. Rules:

- ``lower``: drop PER and LOC entities with no capital letter (the evaluated text is cased);
- ``initial``: drop a one-token PER at the start of a sentence when the word is in the lemma lookup table
  (a capital there says nothing: "Fenomena", "Demi");
- ``regions``: add the region names ``smartnews.regions`` finds (gazetteer, aliases such as ``Jatim``) as
  LOC where the model found nothing;
- ``orgs``: add the organisations ``smartnews.organizations`` finds (lexicon names, aliases, acronyms) as
  ORG where the model found nothing;
- ``trim``: cut lowercase words and punctuation off the end of a multi-word entity ("PB PASI risau",
  "Dinas Pariwisata dan"), not a compass point ("Afrika timur") nor a part after a hyphen
  ("Song Joong - ki"); gold multi-word entities end so in at most 3% of cases in each train split;
- ``no_adjacent``: with ``regions``/``orgs``, add nothing that starts right where an entity ends
  ("Partai Demokrat Bali", "DPD Nasdem Sumenep": idner-news-2k leaves the region out).

    python benchmarks/ner_postprocessing.py --data ../shared/corpora/ner [--speed]
    python benchmarks/ner_postprocessing.py --data ../shared/corpora/ner --backend stanza

With ``--backend stanza`` the rules edit the entities of the shipped stanza NER (``models/stanza-id``, gold
tokens given; needs the stanza extra) instead; ``--speed`` is for the spaCy model only.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from importlib.resources import files
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from smartnews.nlp import load_model, model_path
from smartnews.organizations import find_organization_mentions
from smartnews.regions import find_region_mentions
from smartnews.training.ner import DEV_SETS, LABELS, Sentence, load_corpus, one_core, timed_passes

RUNS: tuple[tuple[str, frozenset[str]], ...] = (
    ("model alone", frozenset()),
    ("lower", frozenset({"lower"})),
    ("initial", frozenset({"initial"})),
    ("regions", frozenset({"regions"})),
    ("regions, no_adjacent", frozenset({"regions", "no_adjacent"})),
    ("orgs", frozenset({"orgs"})),
    ("regions + orgs, no_adjacent", frozenset({"regions", "orgs", "no_adjacent"})),
    ("lower + regions + orgs, no_adjacent", frozenset({"lower", "regions", "orgs", "no_adjacent"})),
    ("trim", frozenset({"trim"})),
    ("lower + trim", frozenset({"lower", "trim"})),
    (
        "lower + trim + regions + orgs, no_adjacent",
        frozenset({"lower", "trim", "regions", "orgs", "no_adjacent"}),
    ),
)


def _common_words() -> frozenset[str]:
    table: dict[str, str] = json.loads(
        gzip.decompress((files("smartnews") / "data" / "id_lemma_lookup.json.gz").read_bytes())
    )
    return frozenset(table) | frozenset(table.values())


_COMPASS = frozenset({"utara", "selatan", "timur", "barat", "tengah", "tenggara", "laut", "daya"})


def _weak_end(word: str) -> bool:
    """A word that does not end a name: a lowercase word (not a compass point, "Afrika timur"), or
    punctuation alone."""
    if word in _COMPASS:
        return False
    return (word.isalpha() and word.islower()) or not any(c.isalnum() for c in word)


def postprocessor(rules: frozenset[str]) -> Callable[[Doc], Doc]:
    """A component function applying ``rules`` (names above) to ``doc.ents``."""
    common = _common_words() if "initial" in rules else frozenset()

    def apply(doc: Doc) -> Doc:
        ents: list[Span] = list(doc.ents)
        if "trim" in rules:
            trimmed = []
            for e in ents:
                end = e.end
                while end - e.start > 1 and _weak_end(doc[end - 1].text) and doc[end - 2].text != "-":
                    end -= 1
                trimmed.append(e if end == e.end else Span(doc, e.start, end, label=e.label_))
            ents = trimmed
        if "lower" in rules:
            ents = [e for e in ents if e.label_ == "ORG" or any(c.isupper() for c in e.text)]
        if "initial" in rules:
            ents = [
                e
                for e in ents
                if not (
                    e.label_ == "PER"
                    and len(e) == 1
                    and (e.start == 0 or doc[e.start - 1].text in (".", "!", "?"))
                    and e.text.lower() in common
                )
            ]
        found: list[Span] = []
        if "regions" in rules:
            for region in find_region_mentions(doc.text):
                span = doc.char_span(region.name_start, region.end, label="LOC")
                if span is not None:
                    found.append(span)
        if "orgs" in rules:
            for org in find_organization_mentions(doc.text, region_mentions=[]):
                span = doc.char_span(org.start, org.end, label="ORG")
                if span is not None:
                    found.append(span)
        taken = {i for e in ents for i in range(e.start, e.end)}
        ends = {e.end for e in ents}
        for span in filter_spans(found):
            if any(i in taken for i in range(span.start, span.end)):
                continue
            if "no_adjacent" in rules and span.start in ends:
                continue
            ents.append(span)
        doc.ents = sorted(ents, key=lambda s: s.start)
        return doc

    return apply


def _spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if tag.startswith("I-") and tag[2:] == label:
            continue
        if label:
            out.add((start, i, label))
            label = ""
        if tag[:2] in ("B-", "I-"):
            start, label = i, tag[2:]
    return out


def score(nlp: Language, sentences: Sequence[Sentence]) -> dict[str, float]:
    """Micro and per-label F1 (exact span and label) on gold tokens."""
    docs = (Doc(nlp.vocab, words=list(s.tokens)) for s in sentences)
    return score_docs(sentences, nlp.pipe(docs, batch_size=256))


def score_docs(sentences: Sequence[Sentence], docs: Iterable[Doc]) -> dict[str, float]:
    """Micro and per-label F1 of the entities of ``docs``, one per sentence."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for sentence, doc in zip(sentences, docs, strict=True):
        gold = _spans(sentence.tags)
        predicted = {(e.start, e.end, e.label_) for e in doc.ents}
        for _, _, label in gold & predicted:
            tp[label] += 1
        for _, _, label in predicted - gold:
            fp[label] += 1
        for _, _, label in gold - predicted:
            fn[label] += 1

    def f1(t: int, p: int, n: int) -> float:
        return round(2 * t / (2 * t + p + n), 4) if t else 0.0

    result = {label: f1(tp[label], fp[label], fn[label]) for label in LABELS}
    result["micro"] = f1(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return result


def stanza_entities(sentences: Sequence[Sentence]) -> list[list[tuple[int, int, str]]]:
    """The shipped stanza NER's entities (token start, end, label) of each sentence, gold tokens given."""
    import torch

    from smartnews.training.stanza import bio_spans, pipeline

    torch.set_num_threads(1)
    nlp = pipeline(
        Path(__file__).resolve().parents[1] / "models" / "stanza-id",
        "tokenize,ner",
        tokenize_pretokenized=True,
    )
    document = nlp([list(s.tokens) for s in sentences])
    return [sorted(bio_spans([t.ner for t in sentence.tokens])) for sentence in document.sentences]


def score_entities(
    vocab: Vocab,
    sentences: Sequence[Sentence],
    entities: Sequence[Sequence[tuple[int, int, str]]],
    apply: Callable[[Doc], Doc] | None,
) -> dict[str, float]:
    """:func:`score_docs` for entities predicted beforehand (by stanza), edited by ``apply``."""
    docs = []
    for sentence, ents in zip(sentences, entities, strict=True):
        doc = Doc(vocab, words=list(sentence.tokens))
        doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
        docs.append(apply(doc) if apply else doc)
    return score_docs(sentences, docs)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, required=True, help="the NER corpora folder")
    parser.add_argument("--model", type=Path, help="a spaCy NER pipeline folder (default: the shipped one)")
    parser.add_argument("--backend", choices=("spacy", "stanza"), default="spacy")
    parser.add_argument("--speed", action="store_true", help="also time each run on the dev texts, one core")
    args = parser.parse_args()
    corpus = load_corpus(args.data, sorted({name for name, _ in DEV_SETS}))
    nlp = load_model(args.model or model_path())
    given = (
        {name: stanza_entities(corpus[name][split]) for name, split in DEV_SETS}
        if args.backend == "stanza"
        else None
    )
    texts = [" ".join(s.tokens) for name, split in DEV_SETS for s in corpus[name][split]]
    results: dict[str, Any] = {}
    for i, (title, rules) in enumerate(RUNS):
        row: dict[str, Any]
        if given is not None:  # stanza's entities, edited by the rules
            apply = postprocessor(rules) if rules else None
            row = {
                name: score_entities(nlp.vocab, corpus[name][split], given[name], apply)
                for name, split in DEV_SETS
            }
        else:  # the spaCy model, with the rules as a component after its ner
            if "postprocess" in nlp.pipe_names:
                nlp.remove_pipe("postprocess")
            if rules:
                Language.component(f"smartnews_bench_postprocess_{i}", func=postprocessor(rules))
                nlp.add_pipe(f"smartnews_bench_postprocess_{i}", name="postprocess")
            row = {name: score(nlp, corpus[name][split]) for name, split in DEV_SETS}
            if args.speed:
                with one_core():
                    words, cpu, _ = timed_passes(nlp, texts, 6)
                row["words_per_second"] = round(words / statistics.median(cpu[1:]))
        results[title] = row
        print(title, json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
