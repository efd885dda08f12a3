"""Silver NER data: news-id ``train`` sentences labelled by the project's stanza NER model.

The stanza NER (``models/stanza-id``) is more accurate than the spaCy model but ~15× slower. Its labels on
unlabelled news sentences are a teacher for the fast spaCy model (knowledge distillation): ``make_silver``
picks sentences from the ``train`` split of news-id (never dev or test), tokenizes them with smartnews'
own tokenizer (the one the spaCy model runs behind), labels them with stanza and writes one JSON object a
line, ``{"id": article id, "tokens": [...], "tags": [BIO over PER/ORG/LOC]}``. The file holds corpus text,
so it lives in a work folder, never in the project. ``read_silver`` gives the sentences back for
``smartnews.training.ner.build_splits``, which removes every copy of a dev or test sentence from them like
from the gold data.

A teacher that is several models is better than any one of them: with ``voters`` (spaCy NER pipelines)
the stanza labels are one vote among theirs, and an entity is kept only where at least ``min_votes`` of
the teachers tag that exact span with that label (``vote``). Voters must not have been trained on the
silver sentences themselves (a model trained on stanza's labels of a sentence repeats them): draw the
sentences with another seed or ``skip`` the ones already used.

>>> vote([[["B-PER", "I-PER", "O"]], [["B-PER", "I-PER", "O"]], [["B-PER", "O", "B-LOC"]]], 2)
[['B-PER', 'I-PER', 'O']]

>>> bioes_to_bio(["S-PER", "O", "B-ORG", "I-ORG", "E-ORG", "B-LOC", "E-LOC"])
['B-PER', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'B-LOC', 'I-LOC']
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from smartnews.newsid import paragraphs, records

if TYPE_CHECKING:
    from smartnews.training.ner import Sentence

SILVER = "silver"
MIN_TOKENS = 5
MAX_TOKENS = 60
PER_ARTICLE = 4  # at most this many sentences from one article: more articles, more names


def bioes_to_bio(tags: Sequence[str]) -> list[str]:
    """stanza's BIOES tags as BIO (``S-`` → ``B-``, ``E-`` → ``I-``)."""
    out = []
    for tag in tags:
        prefix, _, label = tag.partition("-")
        if tag == "O" or not label:
            out.append("O")
        else:
            out.append(("B-" if prefix in ("B", "S") else "I-") + label)
    return out


def _has_name(tokens: Sequence[str]) -> bool:
    """Whether a word after the first starts with a capital: sentences with no name teach little."""
    return any(t[:1].isupper() for t in tokens[1:])


def news_sentences(
    news_id: Path, limit: int, *, seed: int = 0, draw_round: int = 0
) -> list[tuple[str, list[str]]]:
    """Up to ``limit`` (article id, tokens) sentences of the news-id ``train`` split, drawn reproducibly.

    Articles are visited in a random order fixed by ``seed``; from each, up to ``PER_ARTICLE`` sentences of
    ``MIN_TOKENS``–``MAX_TOKENS`` tokens with a capitalised word after the first are taken at random.
    ``draw_round`` N takes each article's next ``PER_ARTICLE`` sentences of the same shuffle instead (the
    ones after round N-1's), so the rounds of one seed never share a sentence: a round no model has trained
    on gives fresh silver once the first rounds have taught the models that label it.
    """
    from smartnews.nlp import blank

    nlp = blank()
    nlp.add_pipe("sentencizer")
    articles = [(r["id"], r.get("content") or "") for r in records(news_id, ("train",))]
    articles.sort()
    rng = random.Random(seed)
    rng.shuffle(articles)
    chosen: list[tuple[str, list[str]]] = []
    for article_id, content in articles:
        if len(chosen) >= limit:
            break
        candidates = []
        for doc in nlp.pipe(paragraphs(content)):
            for sent in doc.sents:
                tokens = [t.text for t in sent if not t.is_space]
                if MIN_TOKENS <= len(tokens) <= MAX_TOKENS and _has_name(tokens):
                    candidates.append(tokens)
        rng.shuffle(candidates)
        first = draw_round * PER_ARTICLE
        chosen.extend((article_id, tokens) for tokens in candidates[first : first + PER_ARTICLE])
    return chosen[:limit]


def label(
    sentences: Sequence[Sequence[str]], model_dir: Path | None = None, batch: int = 256
) -> Iterator[list[str]]:
    """BIO tags for each tokenized sentence from the stanza NER model (needs the stanza extra)."""
    import stanza

    from smartnews.stanza_backend import stanza_model_path

    pipeline = stanza.Pipeline(
        "id",
        dir=str(stanza_model_path(model_dir)),
        processors="tokenize,ner",
        tokenize_pretokenized=True,
        download_method=None,
        use_gpu=False,
        logging_level="WARN",
    )
    for start in range(0, len(sentences), batch):
        doc = pipeline([list(s) for s in sentences[start : start + batch]])
        for sentence in doc.sentences:
            yield bioes_to_bio([token.ner for token in sentence.tokens])


def spacy_label(sentences: Sequence[Sequence[str]], model_dir: Path, batch: int = 256) -> Iterator[list[str]]:
    """BIO tags for each tokenized sentence from a spaCy NER pipeline (run on the given tokens)."""
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load(model_dir)
    docs = (Doc(nlp.vocab, words=list(s)) for s in sentences)
    for doc in nlp.pipe(docs, batch_size=batch):
        yield [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc]


def _check_majority(teachers: int, min_votes: int) -> None:
    if not teachers / 2 < min_votes <= teachers:
        raise ValueError(f"min_votes must be a majority of the {teachers} teachers, not {min_votes}")


def vote(teachers: Sequence[Sequence[Sequence[str]]], min_votes: int) -> list[list[str]]:
    """Per sentence, BIO tags of the spans that at least ``min_votes`` teachers tag exactly (start, end and
    label). ``teachers[t][s]`` are teacher ``t``'s tags of sentence ``s``. ``min_votes`` must be more than
    half the teachers, so that two kept spans never overlap."""
    from smartnews.training.stanza import bio_spans

    _check_majority(len(teachers), min_votes)
    out = []
    for per_teacher in zip(*teachers, strict=True):
        votes = Counter(span for tags in per_teacher for span in bio_spans(tags))
        tags = ["O"] * len(per_teacher[0])
        for (start, end, kind), n in votes.items():
            if n >= min_votes:
                tags[start:end] = [f"B-{kind}"] + [f"I-{kind}"] * (end - start - 1)
        out.append(tags)
    return out


def make_silver(
    news_id: Path,
    out: Path,
    *,
    limit: int = 30000,
    seed: int = 0,
    model_dir: Path | None = None,
    skip: int = 0,
    voters: Sequence[Path] = (),
    min_votes: int | None = None,
    draw_round: int = 0,
) -> dict[str, int]:
    """Write ``limit`` silver sentences to ``out`` (JSON lines); returns counts of sentences and entities.

    ``skip`` leaves out the first sentences of the draw (those of an earlier file with the same seed);
    ``draw_round`` takes each article's later sentences (``news_sentences``).
    With ``voters`` (spaCy pipelines), the tags are the ``vote`` of stanza and them, ``min_votes`` of all
    the teachers (default: a bare majority)."""
    teachers = 1 + len(voters)
    needed = min_votes if min_votes is not None else teachers // 2 + 1
    if voters:
        _check_majority(teachers, needed)  # said before hours of labelling, not after
    sentences = news_sentences(news_id, skip + limit, seed=seed, draw_round=draw_round)[skip:]
    tokens_only = [t for _, t in sentences]
    tagged: Iterable[list[str]] = label(tokens_only, model_dir)
    if voters:
        tagged = vote([list(tagged), *(list(spacy_label(tokens_only, v)) for v in voters)], needed)
    out.parent.mkdir(parents=True, exist_ok=True)
    counts = {"sentences": 0, "tokens": 0, "PER": 0, "ORG": 0, "LOC": 0}
    with out.open("w", encoding="utf-8") as handle:
        for (article_id, tokens), tags in zip(sentences, tagged, strict=True):
            handle.write(
                json.dumps({"id": article_id, "tokens": tokens, "tags": tags}, ensure_ascii=False) + "\n"
            )
            counts["sentences"] += 1
            counts["tokens"] += len(tokens)
            for tag in tags:
                if tag.startswith("B-"):
                    counts[tag[2:]] += 1
    return counts


def read_silver(path: Path) -> list[Sentence]:
    """The silver sentences as ``smartnews.training.ner.Sentence`` (dataset ``silver``, split ``train``)."""
    from smartnews.training.ner import Sentence

    with path.open(encoding="utf-8") as handle:
        return [
            Sentence(tuple(r["tokens"]), tuple(r["tags"]), SILVER, "train")
            for r in map(json.loads, handle)
            if r["tokens"]
        ]
