"""Static word vectors for the NER pipeline: floret trained on the ``train`` split of news-id only.

floret keeps a fixed table of ``bucket`` rows that every word and its character n-grams are hashed into,
so the table stays small (``bucket * dim * 4`` bytes) and unknown words still get a vector. The text is
tokenized with spaCy's Indonesian tokenizer and lowercased, and the vectors are keyed on ``LOWER``, so the
lowercased NERP and cased news share them.

>>> list(article_tokens([{"split": "train", "title": "Banjir di Sampit", "content": "Warga mengungsi."},
...                      {"split": "dev", "title": "Tidak dibaca", "content": "Rahasia."}]))
[['banjir', 'di', 'sampit', 'warga', 'mengungsi', '.']]
"""

from __future__ import annotations

import gzip
import json
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any


def read_articles(news_id_path: Path) -> Iterator[dict[str, Any]]:
    """The records of a news-id ``.jsonl.gz`` (or ``.jsonl``) file."""
    opener = gzip.open if str(news_id_path).endswith(".gz") else open
    with opener(news_id_path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def article_tokens(records: Iterable[Mapping[str, Any]], split: str = "train") -> Iterator[list[str]]:
    """Lowercased spaCy tokens of title and content of each article of ``split``, one list an article."""
    import spacy

    tokenizer = spacy.blank("id").tokenizer
    for record in records:
        if record.get("split") != split:
            continue
        parts = [record.get(key) for key in ("title", "content")]
        text = " ".join(p for p in parts if isinstance(p, str) and p).replace("\n", " ")
        tokens = [t.lower_ for t in tokenizer(text) if not t.is_space]
        if tokens:
            yield tokens


def train_vectors(
    news_id_path: Path,
    out: Path,
    *,
    dim: int = 128,
    bucket: int = 20000,
    epochs: int = 5,
    min_count: int = 3,
    minn: int = 4,
    maxn: int = 5,
    hash_count: int = 2,
    model: str = "cbow",
    threads: int = 1,
    work_dir: Path | None = None,
) -> Path:
    """Train floret vectors on the news-id ``train`` split and write them as a spaCy vectors folder.

    The result (``out``, loadable as ``[initialize] vectors``) holds ``bucket`` rows of ``dim`` floats,
    keyed on ``LOWER``. The tokenized text and the raw floret vectors go to ``work_dir``. Returns ``out``.
    """
    import floret  # type: ignore[import-untyped, import-not-found, unused-ignore]
    import spacy
    from spacy.training.initialize import convert_vectors

    work = Path(work_dir) if work_dir is not None else Path(tempfile.mkdtemp(prefix="smartnews-vectors-"))
    work.mkdir(parents=True, exist_ok=True)
    text_path = work / "news-id-train.txt"
    with text_path.open("w", encoding="utf-8") as handle:
        for tokens in article_tokens(read_articles(news_id_path), "train"):
            handle.write(" ".join(tokens) + "\n")
    trained = floret.train_unsupervised(
        str(text_path),
        model=model,
        mode="floret",
        hashCount=hash_count,
        bucket=bucket,
        minn=minn,
        maxn=maxn,
        dim=dim,
        epoch=epochs,
        minCount=min_count,
        thread=threads,
        verbose=0,
    )
    floret_path = work / f"vectors-{dim}d-{bucket}.floret"
    trained.save_floret_vectors(str(floret_path))
    nlp = spacy.blank("id")
    convert_vectors(nlp, floret_path, truncate=0, prune=-1, mode="floret", attr="LOWER")
    nlp.to_disk(out)
    return Path(out)
