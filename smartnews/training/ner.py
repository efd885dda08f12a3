"""Indonesian NER (PER/ORG/LOC): training data from the public datasets, spaCy training and scoring.

The datasets are read from a folder given by the caller (``--data ../shared/corpora/ner``), never copied into
the project. ``load_corpus`` reads every dataset's train/dev/test split and maps its labels to PER/ORG/LOC
(EVT, FNB, QUANTITY, TIME become O). ``build_splits`` unites them: the NER-UI and idner-news-2k test splits
are the evaluation sets; every sentence that is a copy of one of them, compared by its letters and digits
lowercased (``copy_key``), leaves training and dev; the dev splits of the same two sets choose the model
(early stopping) and their copies leave training too; what is left is deduplicated case-insensitively by
the same key, keeping the version of the most trusted dataset (``DATASETS`` order) when copies disagree.
NERP is lowercased: ``restore_case`` gives it back a plausible casing from a table of cased text.

>>> copy_key(["Jokowi-JK", "ke", "Solo", "."]) == copy_key(["jokowi", "-", "jk", "ke", "solo"])
True
>>> map_tags(["B-PLC", "I-PLC", "O", "I-PPL", "B-EVT"], "nerp")
['B-LOC', 'I-LOC', 'O', 'B-PER', 'O']
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import re
import shutil
import statistics
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from smartnews.training.silver import read_silver

LABELS = ("PER", "ORG", "LOC")
SPLITS = ("train", "dev", "test")


@dataclass(frozen=True)
class DatasetSpec:
    """Where one dataset's splits are and how its lines are laid out."""

    name: str
    files: Mapping[str, str]
    tab_separated: bool
    lowercased: bool = False
    licence: str = ""


# In order of trust: when copies of a sentence disagree on their tags, the first dataset's version is kept.
# idner-news-2k and NER-UI come first because their test splits are the ones we are scored on.
DATASETS: tuple[DatasetSpec, ...] = (
    DatasetSpec(
        "idner-news-2k",
        {"train": "train.txt", "dev": "dev.txt", "test": "test.txt"},
        tab_separated=False,
        licence="MIT",
    ),
    DatasetSpec(
        "nerui",
        {"train": "train.tsv", "dev": "dev.tsv", "test": "test.tsv"},
        tab_separated=True,
        licence="none stated",
    ),
    DatasetSpec(
        "nerugm",
        {"train": "train.tsv", "dev": "dev.tsv", "test": "test.tsv"},
        tab_separated=True,
        licence="none stated",
    ),
    DatasetSpec(
        "nergrit",
        {"train": "train.txt", "dev": "valid.txt", "test": "test.txt"},
        tab_separated=True,
        licence="Apache-2.0 (IndoNLU)",
    ),
    DatasetSpec(
        "nerp",
        {"train": "train.txt", "dev": "valid.txt", "test": "test.txt"},
        tab_separated=True,
        lowercased=True,
        licence="Apache-2.0 (IndoNLU)",
    ),
)
DATASET_NAMES = tuple(spec.name for spec in DATASETS)

# Each dataset's label names mapped to ours; None means the entity becomes O.
LABEL_MAP: dict[str, str | None] = {
    "PER": "PER",
    "PERSON": "PER",
    "PPL": "PER",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
    "IND": "ORG",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "PLACE": "LOC",
    "PLC": "LOC",
    "EVT": None,
    "FNB": None,
    "QUANTITY": None,
    "TIME": None,
}

# The splits we are scored on, and the dev splits that choose the model.
EVAL_SETS: tuple[tuple[str, str], ...] = (("nerui", "test"), ("idner-news-2k", "test"))
DEV_SETS: tuple[tuple[str, str], ...] = (("nerui", "dev"), ("idner-news-2k", "dev"))

NerpMode = Literal["lower", "restore", "partial", "drop"]
MISSING = "-"


@dataclass(frozen=True)
class Sentence:
    """One sentence: its tokens, BIO tags over PER/ORG/LOC, and where it came from."""

    tokens: tuple[str, ...]
    tags: tuple[str, ...]
    dataset: str
    split: str

    def __post_init__(self) -> None:
        if len(self.tokens) != len(self.tags):
            raise ValueError(f"{self.dataset}/{self.split}: {len(self.tokens)} tokens, {len(self.tags)} tags")


@dataclass(frozen=True)
class Splits:
    """The training, dev and test sentences and the counts that explain how they were made."""

    train: list[Sentence]
    dev: list[Sentence]
    test: dict[str, list[Sentence]]
    counts: dict[str, Any] = field(default_factory=dict)


_NON_ALNUM = re.compile(r"[\W_]+")


def copy_key(tokens: Iterable[str]) -> str:
    """The form sentences are compared in: letters and digits only, lowercased (spaces dropped too).

    >>> copy_key(["“Kata", "Bupati", ",", "ya", "!”"])
    'katabupatiya'
    """
    return _NON_ALNUM.sub("", "".join(tokens).lower())


def map_tags(tags: Sequence[str], dataset: str = "") -> list[str]:
    """Map one sentence's BIO tags to PER/ORG/LOC, dropped labels to O, and repair the BIO sequence.

    An ``I-`` that does not continue an entity of its type becomes ``B-``; an unknown label is an error.
    """
    out: list[str] = []
    previous = "O"
    for tag in tags:
        if tag == "O":
            out.append("O")
            previous = "O"
            continue
        prefix, sep, label = tag.partition("-")
        if not sep or prefix not in ("B", "I") or label not in LABEL_MAP:
            raise ValueError(f"{dataset}: unknown tag {tag!r}")
        mapped = LABEL_MAP[label]
        if mapped is None:
            out.append("O")
            previous = "O"
            continue
        if prefix == "I" and previous[2:] != mapped:
            prefix = "B"
        new = f"{prefix}-{mapped}"
        out.append(new)
        previous = new
    return out


def read_bio(path: Path, *, tab_separated: bool) -> Iterator[tuple[list[str], list[str]]]:
    """Sentences of a one-token-a-line file as (tokens, raw tags); a blank line ends a sentence.

    Tab-separated files are ``token<TAB>tag``; the others ``token ... tag`` (idner-news-2k:
    ``token UPOS tag``), where the token is the first field.
    """
    tokens: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.rstrip("\r\n")
            if not line.strip():
                if tokens:
                    yield tokens, tags
                tokens, tags = [], []
                continue
            fields = line.split("\t") if tab_separated else line.split()
            if len(fields) < 2:
                raise ValueError(f"{path}:{number}: expected a token and a tag, got {line!r}")
            tokens.append(fields[0].strip() if tab_separated else fields[0])
            tags.append(fields[-1].strip())
    if tokens:
        yield tokens, tags


def load_corpus(
    data_dir: Path, datasets: Sequence[str] = DATASET_NAMES
) -> dict[str, dict[str, list[Sentence]]]:
    """Every split of every dataset under ``data_dir`` with its tags mapped to PER/ORG/LOC.

    Returns ``{dataset: {"train": [...], "dev": [...], "test": [...]}}``. The ``all.txt`` files of NER-UI
    and NER-UGM (which contain their test folds) are never read.
    """
    specs = {spec.name: spec for spec in DATASETS}
    corpus: dict[str, dict[str, list[Sentence]]] = {}
    for name in datasets:
        spec = specs[name]
        corpus[name] = {}
        for split, filename in spec.files.items():
            path = Path(data_dir) / name / filename
            corpus[name][split] = [
                Sentence(tuple(tokens), tuple(map_tags(tags, f"{path}")), name, split)
                for tokens, tags in read_bio(path, tab_separated=spec.tab_separated)
            ]
    return corpus


# ---------------------------------------------------------------------------------------------------------
# Casing for the lowercased NERP

_WORD = re.compile(r"\w+|[^\w\s]")
_ALPHA_PART = re.compile(r"[^\W\d_]+")
_SENTENCE_END = frozenset({".", "!", "?", '"', "“", "”", ":"})
# Inside a name these stay lowercase ("Dinas Komunikasi dan Informatika", "Universitas of ...").
FUNCTION_WORDS = frozenset(
    {"dan", "di", "ke", "dari", "untuk", "yang", "atau", "serta", "pada", "dengan", "dalam", "oleh", "bagi"}
    | {"tentang", "of", "the", "and", "for", "de", "van", "der", "bin", "binti"}
)


def build_case_table(token_lists: Iterable[Sequence[str]], texts: Iterable[str] = ()) -> dict[str, str]:
    """For each lowercased word, its most frequent spelling in cased text, sentence-initial words left out.

    ``token_lists`` are tokenized sentences (the cased NER datasets), ``texts`` raw text (news articles).

    >>> table = build_case_table([["Kata", "warga", "DKI", "Jakarta", "kepada", "KPK"]], ["Di DKI Jakarta."])
    >>> table["dki"], table["jakarta"], table["warga"], "kata" in table
    ('DKI', 'Jakarta', 'warga', False)
    """
    counts: dict[str, Counter[str]] = defaultdict(Counter)

    def add(tokens: Iterable[str]) -> None:
        initial = True
        for token in tokens:
            if token in _SENTENCE_END:
                initial = True
                continue
            for part in _ALPHA_PART.findall(token):
                if not initial:
                    counts[part.lower()][part] += 1
                initial = False

    for tokens in token_lists:
        add(tokens)
    for text in texts:
        add(_WORD.findall(text))
    return {lower: forms.most_common(1)[0][0] for lower, forms in counts.items()}


def restore_case(sentence: Sentence, table: Mapping[str, str]) -> Sentence:
    """A lowercased sentence with a plausible casing: the table's spelling of each word, names capitalised.

    Inside an entity a word the table has only in lowercase (or not at all) is capitalised unless it is a
    function word; outside entities a word keeps the table's spelling (lowercase if unknown); the first word
    of the sentence, and the first after a full stop, ``!`` or ``?`` inside it, is capitalised.

    >>> s = Sentence(("bupati", "kotim", "di", "dinas", "kominfo", "dki"), ("O", "B-PER", "O", "B-ORG",
    ...     "I-ORG", "B-LOC"), "nerp", "train")
    >>> restore_case(s, {"bupati": "Bupati", "dinas": "dinas", "dki": "DKI"}).tokens
    ('Bupati', 'Kotim', 'di', 'Dinas', 'Kominfo', 'DKI')
    """

    def fix(token: str, in_entity: bool) -> str:
        def part(match: re.Match[str]) -> str:
            word = match.group(0)
            known = table.get(word.lower())
            if known is not None and known != known.lower():
                return known
            if in_entity and word.lower() not in FUNCTION_WORDS:
                return word[:1].upper() + word[1:].lower()
            return known if known is not None else word.lower()

        return _ALPHA_PART.sub(part, token)

    tokens = [fix(token, tag != "O") for token, tag in zip(sentence.tokens, sentence.tags, strict=True)]
    initial = True
    for i, token in enumerate(tokens):
        if token in (".", "!", "?"):
            initial = True
        elif initial and _ALPHA_PART.search(token):
            if token[:1].isalpha():
                tokens[i] = token[:1].upper() + token[1:]
            initial = False
    return replace(sentence, tokens=tuple(tokens))


def unsure_outside(sentence: Sentence, table: Mapping[str, str]) -> Sentence:
    """O tags on words that cased text capitalises become missing (``-``): NERP leaves many names untagged.

    NERP tags hardly any government body, party or court (``Partai Demokrat``, ``Pengadilan Negeri``) that
    idner-news-2k and NER-UGM tag ORG in the same sentences, so its O on a name is no evidence. spaCy learns
    nothing from a missing tag; lowercase words keep their O.

    >>> tags = ("O", "O", "O", "O", "B-PER")
    >>> s = Sentence(("kata", "partai", "demokrat", "kepada", "ani"), tags, "nerp", "train")
    >>> unsure_outside(s, {"partai": "Partai", "demokrat": "Demokrat", "kata": "Kata"}).tags
    ('O', '-', '-', 'O', 'B-PER')
    """
    tags = list(sentence.tags)
    for i, (token, tag) in enumerate(zip(sentence.tokens, sentence.tags, strict=True)):
        if i == 0 or tag != "O":
            continue
        parts = _ALPHA_PART.findall(token)
        if parts and any(table.get(p.lower(), p.lower())[:1].isupper() for p in parts):
            tags[i] = MISSING
    return replace(sentence, tags=tuple(tags))


def news_texts(news_id_path: Path, split: str = "train") -> Iterator[str]:
    """Title and content of the news-id articles of one split (``train`` unless told)."""
    with gzip.open(news_id_path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("split") != split:
                continue
            for key in ("title", "content"):
                value = record.get(key)
                if isinstance(value, str) and value:
                    yield value


# ---------------------------------------------------------------------------------------------------------
# Splits


def build_splits(
    corpus: Mapping[str, Mapping[str, Sequence[Sentence]]],
    *,
    eval_sets: Sequence[tuple[str, str]] = EVAL_SETS,
    dev_sets: Sequence[tuple[str, str]] = DEV_SETS,
    nerp: NerpMode = "restore",
    case_table: Mapping[str, str] | None = None,
    silver: Sequence[Sentence] = (),
    repeat: Mapping[str, int] | None = None,
    dev_in_train: bool = False,
) -> Splits:
    """Union of the datasets into train/dev/test, deduplicated, with every copy of a test sentence removed.

    * test: the ``eval_sets`` splits as they are (one list per dataset);
    * dev: the ``dev_sets`` splits, minus copies of test sentences, deduplicated;
    * train: every other split of every dataset (including the test splits of sets we are not scored on),
      minus copies of test and dev sentences, deduplicated. Copies are found by ``copy_key``; within a group
      of copies the version of the first dataset in ``DATASETS`` order is kept (label cleaning: the sets
      annotate differently, and the scored sets' conventions win).

    ``nerp`` says what to do with the lowercased NERP: keep it ``lower``, ``restore`` its casing with
    ``case_table`` (built by ``build_case_table``), restore it and make its O on capitalised words
    missing (``partial``, see ``unsure_outside``), or ``drop`` it. Sentences without a letter or digit are
    dropped from train and dev. ``silver`` sentences (``smartnews.training.silver``: machine-labelled news)
    join the training pool last in trust: a gold copy of a silver sentence wins, and copies of dev or test
    sentences leave like any other. ``repeat`` maps a dataset name to how many times its deduplicated
    training sentences appear (``{"nerui": 3}``: each NER-UI sentence three times), weighting the sets
    whose conventions are scored. ``dev_in_train`` adds the dev sentences to training (before
    ``repeat``), for a final run whose length was chosen on dev beforehand; ``dev`` stays as it is.
    """
    order = {name: i for i, name in enumerate(DATASET_NAMES)}
    split_order = {name: i for i, name in enumerate(SPLITS)}
    counts: dict[str, Any] = {"input": {}, "removed": {}, "nerp": nerp}
    test: dict[str, list[Sentence]] = {}
    test_keys: set[str] = set()
    for dataset, split in eval_sets:
        sentences = list(corpus[dataset][split])
        test[dataset] = sentences
        test_keys.update(copy_key(s.tokens) for s in sentences)
    counts["test"] = {name: len(sentences) for name, sentences in test.items()}
    counts["test_keys"] = len(test_keys)

    def pick(group: list[Sentence]) -> Sentence:
        return min(group, key=lambda s: (order.get(s.dataset, len(order)), split_order.get(s.split, 9)))

    removed: Counter[str] = Counter()
    removed_by_source: dict[str, Counter[str]] = defaultdict(Counter)

    def dedup(sentences: Iterable[Sentence], banned: set[str], what: str) -> tuple[list[Sentence], int]:
        groups: dict[str, list[Sentence]] = {}
        for s in sentences:
            key = copy_key(s.tokens)
            if not key:
                removed[f"{what}_no_letters"] += 1
                continue
            if key in test_keys:
                removed[f"{what}_test_copies"] += 1
                removed_by_source[f"{what}_test_copies"][f"{s.dataset}/{s.split}"] += 1
                continue
            if key in banned:
                removed[f"{what}_dev_copies"] += 1
                removed_by_source[f"{what}_dev_copies"][f"{s.dataset}/{s.split}"] += 1
                continue
            groups.setdefault(key, []).append(s)
        kept: list[Sentence] = []
        disagreeing = 0
        for group in groups.values():
            if len(group) > 1:
                removed[f"{what}_duplicates"] += len(group) - 1
                if len({s.tags for s in group}) > 1:
                    disagreeing += 1
            kept.append(pick(group))
        return kept, disagreeing

    dev_pool = [s for dataset, split in dev_sets for s in corpus[dataset][split]]
    dev, dev_disagree = dedup(dev_pool, set(), "dev")
    dev_keys = {copy_key(s.tokens) for s in dev}

    chosen = set(eval_sets) | set(dev_sets)
    train_pool: list[Sentence] = []
    for dataset, by_split in corpus.items():
        for split, part in by_split.items():
            counts["input"][f"{dataset}/{split}"] = len(part)
            if (dataset, split) in chosen:
                continue
            if dataset == "nerp" and nerp == "drop":
                removed["train_nerp_dropped"] += len(part)
                continue
            train_pool.extend(part)
    counts["input"]["silver"] = len(silver)
    train_pool.extend(silver)
    train, train_disagree = dedup(train_pool, dev_keys, "train")
    if nerp in ("restore", "partial"):
        table = case_table or {}
        train = [restore_case(s, table) if s.dataset == "nerp" else s for s in train]
    if nerp == "partial":
        table = case_table or {}
        train = [unsure_outside(s, table) if s.dataset == "nerp" else s for s in train]
        counts["nerp_missing_tags"] = sum(s.tags.count(MISSING) for s in train)
    if dev_in_train:
        train.extend(dev)
    counts["dev_in_train"] = dev_in_train
    check_repeat(repeat)
    for dataset, times in sorted((repeat or {}).items()):
        own = [s for s in train if s.dataset == dataset]
        train.extend(own * (times - 1))
    counts["repeat"] = dict(sorted((repeat or {}).items()))

    counts["removed"] = dict(sorted(removed.items()))
    counts["removed_by_source"] = {k: dict(sorted(v.items())) for k, v in sorted(removed_by_source.items())}
    counts["disagreeing_groups"] = {"dev": dev_disagree, "train": train_disagree}
    counts["train"] = len(train)
    counts["train_by_dataset"] = dict(sorted(Counter(s.dataset for s in train).items()))
    counts["dev"] = len(dev)
    counts["dev_by_dataset"] = dict(sorted(Counter(s.dataset for s in dev).items()))
    counts["train_tokens"] = sum(len(s.tokens) for s in train)
    counts["train_entities"] = entity_counts(train)
    counts["dev_entities"] = entity_counts(dev)
    counts["test_entities"] = {name: entity_counts(sentences) for name, sentences in test.items()}
    return Splits(train=train, dev=dev, test=test, counts=counts)


def check_repeat(repeat: Mapping[str, int] | None) -> None:
    """Refuse a ``repeat`` (``build_splits``) naming a dataset we do not have, or a count below 1."""
    for dataset, times in (repeat or {}).items():
        if dataset not in DATASET_NAMES and dataset != "silver":
            raise ValueError(
                f"repeat: unknown dataset {dataset!r} (one of {', '.join(DATASET_NAMES)}, silver)"
            )
        if times < 1:
            raise ValueError(f"repeat: {dataset} must appear at least once, not {times}")


def entity_counts(sentences: Iterable[Sentence]) -> dict[str, int]:
    """How many entities of each label the sentences hold."""
    found: Counter[str] = Counter(tag[2:] for s in sentences for tag in s.tags if tag.startswith("B-"))
    return {label: found[label] for label in LABELS}


# ---------------------------------------------------------------------------------------------------------
# spaCy training and scoring

DEFAULT_CONFIG = Path(__file__).with_name("ner.cfg")


def write_docbin(sentences: Iterable[Sentence], path: Path) -> int:
    """Write the sentences as a spaCy DocBin (gold tokens, unknown spaces); returns how many."""
    import spacy
    from spacy.tokens import Doc, DocBin

    vocab = spacy.blank("id").vocab
    docbin = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"])
    n = 0
    for s in sentences:
        ents = ["" if tag == MISSING else tag for tag in s.tags]  # "" is a missing tag for spaCy
        docbin.add(Doc(vocab, words=list(s.tokens), ents=ents))
        n += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(path)
    return n


def prepare_data(
    data_dir: Path,
    work_dir: Path,
    *,
    nerp: NerpMode = "restore",
    news_id: Path | None = None,
    silver: Path | None = None,
    repeat: Mapping[str, int] | None = None,
    dev_in_train: bool = False,
) -> Splits:
    """Load, split and write ``train.spacy``, ``dev.spacy`` and ``counts.json`` into ``work_dir``.

    ``silver`` is a file written by ``smartnews.training.silver.make_silver``, added to training;
    ``repeat`` and ``dev_in_train`` as in ``build_splits``.
    """
    corpus = load_corpus(data_dir)
    table: dict[str, str] | None = None
    if nerp in ("restore", "partial"):
        cased = [
            s.tokens
            for spec in DATASETS
            if not spec.lowercased
            for split, sentences in corpus[spec.name].items()
            if (spec.name, split) not in EVAL_SETS
            for s in sentences
        ]
        table = build_case_table(cased, news_texts(news_id) if news_id is not None else ())
    extra = read_silver(silver) if silver is not None else []
    splits = build_splits(
        corpus, nerp=nerp, case_table=table, silver=extra, repeat=repeat, dev_in_train=dev_in_train
    )
    work_dir.mkdir(parents=True, exist_ok=True)
    write_docbin(splits.train, work_dir / "train.spacy")
    write_docbin(splits.dev, work_dir / "dev.spacy")
    (work_dir / "counts.json").write_text(json.dumps(splits.counts, indent=2) + "\n", encoding="utf-8")
    return splits


_PIPELINE_ITEMS = ("config.cfg", "meta.json", "tokenizer", "vocab", "tok2vec", "ner")


def train_ner(
    data_dir: Path,
    out_dir: Path,
    *,
    config: Path | None = None,
    vectors: Path | None = None,
    init_tok2vec: Path | None = None,
    news_id: Path | None = None,
    nerp: NerpMode = "restore",
    silver: Path | None = None,
    work_dir: Path | None = None,
    overrides: Mapping[str, Any] | None = None,
    seed: int = 0,
    repeat: Mapping[str, int] | None = None,
    final_steps: int | None = None,
) -> Path:
    """Train the NER pipeline and copy its best checkpoint (by dev F1) to ``out_dir``; returns ``out_dir``.

    ``vectors`` is a spaCy vectors folder (``smartnews.training.vectors.train_vectors``); without it the
    config's static vectors are switched off. ``news_id`` (the news-id ``clickid.jsonl.gz``, train split
    only) adds cased text to the table that restores NERP's casing; ``silver`` adds machine-labelled
    sentences (``smartnews.training.silver``); ``repeat`` weights datasets (``build_splits``). The DocBins
    and checkpoints go to ``work_dir`` (a temporary folder unless given); ``out_dir`` receives the
    pipeline and ``training.json`` (split counts, settings, duration), other files in it are left alone.

    ``final_steps``: train on train + dev for exactly that many steps and keep the last model, not the
    best on dev (dev is training data then, so its scores mean nothing); choose the number on a run
    without dev, e.g. the step of its best checkpoint.
    """
    from spacy.cli.train import train as spacy_train

    config = config or DEFAULT_CONFIG
    work = Path(work_dir) if work_dir is not None else Path(tempfile.mkdtemp(prefix="smartnews-ner-"))
    started = time.monotonic()
    splits = prepare_data(
        data_dir,
        work,
        nerp=nerp,
        news_id=news_id,
        silver=silver,
        repeat=repeat,
        dev_in_train=final_steps is not None,
    )
    prepared = time.monotonic() - started
    settings: dict[str, Any] = {
        "paths.train": str(work / "train.spacy"),
        "paths.dev": str(work / "dev.spacy"),
        "system.seed": seed,
    }
    if vectors is not None:
        settings["paths.vectors"] = str(vectors)
        settings["components.tok2vec.model.embed.include_static_vectors"] = True
    else:
        settings["paths.vectors"] = None
        settings["components.tok2vec.model.embed.include_static_vectors"] = False
    if init_tok2vec is not None:
        settings["paths.init_tok2vec"] = str(init_tok2vec)
    if final_steps is not None:
        settings["training.max_steps"] = final_steps
        settings["training.patience"] = 0  # no early stop: every step runs
    settings.update(overrides or {})
    output = work / "training"
    spacy_train(config, output, use_gpu=-1, overrides=settings)
    elapsed = time.monotonic() - started
    best = output / ("model-best" if final_steps is None else "model-last")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in _PIPELINE_ITEMS:
        target = out_dir / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
        source = best / name
        if source.is_dir():
            shutil.copytree(source, target)
        elif source.exists():
            shutil.copy2(source, target)
    meta = json.loads((best / "meta.json").read_text(encoding="utf-8"))
    record = {
        "counts": splits.counts,
        "config": config.name,
        "vectors": vectors.name if vectors is not None else None,
        "init_tok2vec": init_tok2vec.name if init_tok2vec is not None else None,
        "nerp": nerp,
        "silver": silver.name if silver is not None else None,
        "seed": seed,
        "repeat": dict(repeat or {}),
        "final_steps": final_steps,
        "overrides": {k: v for k, v in settings.items() if not k.startswith("paths.")},
        # with dev in training its scores say nothing of unseen text
        "dev_scores": meta.get("performance", {}) if final_steps is None else None,
        "seconds_preparing": round(prepared, 1),
        "seconds_total": round(elapsed, 1),
    }
    (out_dir / "training.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return out_dir


@contextlib.contextmanager
def one_core() -> Iterator[None]:
    """Run the block on one CPU (Linux affinity), restoring the previous set afterwards."""
    getter = getattr(os, "sched_getaffinity", None)
    setter = getattr(os, "sched_setaffinity", None)
    if getter is None or setter is None:
        yield
        return
    before = getter(0)
    setter(0, {min(before)})
    try:
        yield
    finally:
        setter(0, before)


def timed_passes(nlp: Any, texts: Sequence[str], passes: int) -> tuple[int, list[float], list[float]]:
    """Word count, CPU seconds and wall seconds of each of ``passes`` runs of ``nlp.pipe`` over the texts."""
    cpu: list[float] = []
    wall: list[float] = []
    words = 0
    for _ in range(passes):
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=256))
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start_wall)
    return words, cpu, wall


def evaluate_ner(
    model_dir: Path,
    data_dir: Path,
    *,
    repeats: int = 5,
    eval_sets: Sequence[tuple[str, str]] = EVAL_SETS,
) -> dict[str, Any]:
    """Score the pipeline in ``model_dir`` on the test splits and time it on one core.

    Scores are entity-level (exact span and label) on the gold tokens: micro P/R/F1 and P/R/F1 per label for
    each test set. Speed is ``nlp.pipe`` on the raw test sentences (tokens joined by spaces), tokenizer
    included, pinned to one CPU and counted in CPU time (so other busy processes do not lower it):
    ``words_per_second`` is the median of ``repeats`` passes after a first, cold one (``..._cold``), with
    the wall-clock figure beside it. The bare ``spacy.blank("id")`` tokenizer is timed the same way on the
    same texts; ``slowdown_vs_tokenizer_cold`` is how many times longer the pipeline's cold pass takes.
    """
    import spacy
    import spacy.about
    from spacy.tokens import Doc
    from spacy.training import Example

    corpus = load_corpus(data_dir, sorted({name for name, _ in eval_sets}))
    nlp = spacy.load(model_dir)
    result: dict[str, Any] = {"model": Path(model_dir).name, "spacy": spacy.about.__version__, "tests": {}}
    texts: list[str] = []
    for dataset, split in eval_sets:
        sentences = corpus[dataset][split]
        examples = []
        for s in sentences:
            reference = Doc(nlp.vocab, words=list(s.tokens), ents=list(s.tags))
            examples.append(Example(Doc(nlp.vocab, words=list(s.tokens)), reference))
            texts.append(" ".join(s.tokens))
        scores = nlp.evaluate(examples)
        per_type = scores.get("ents_per_type") or {}
        result["tests"][dataset] = {
            "split": split,
            "sentences": len(sentences),
            "entities": entity_counts(sentences),
            "micro": _prf(scores.get("ents_p"), scores.get("ents_r"), scores.get("ents_f")),
            "per_label": {
                label: _prf(*(per_type.get(label, {}).get(k) for k in ("p", "r", "f"))) for label in LABELS
            },
        }
    with one_core():
        words, cpu, wall = timed_passes(nlp, texts, repeats + 1)
        _, blank_cpu, _ = timed_passes(spacy.blank("id"), texts, repeats + 1)
    model_cpu = statistics.median(cpu[1:])
    result["speed"] = {
        "texts": len(texts),
        "words": words,
        "cpus": 1,
        "words_per_second": round(words / model_cpu),
        "words_per_second_wall": round(words / statistics.median(wall[1:])),
        "words_per_second_cold": round(words / cpu[0]),
        "tokenizer_words_per_second_cold": round(words / blank_cpu[0]),
        "tokenizer_words_per_second_warm": round(words / statistics.median(blank_cpu[1:])),
        "slowdown_vs_tokenizer_cold": round(cpu[0] / blank_cpu[0], 2),
    }
    size = sum(p.stat().st_size for p in Path(model_dir).rglob("*") if p.is_file())
    result["size_mb"] = round(size / 1e6, 1)
    return result


def _prf(p: Any, r: Any, f: Any) -> dict[str, float]:
    return {"p": round(float(p or 0.0), 4), "r": round(float(r or 0.0), 4), "f": round(float(f or 0.0), 4)}
