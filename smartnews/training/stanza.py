"""Indonesian models for the stanza backend, trained with stanza's own training code, offline.

Every model is trained from data given by the caller (never copied into the project):

- ``data_ud``: the UD treebanks (CoNLL-U). The tokenizer, multi-word-token expander, lemmatizer and POS
  tagger are trained on CSUI train + GSD dev + PUD (less a held-out tenth that chooses the model) and
  scored on GSD test and CSUI test. The 2017 GSD train file (UPOS only, old tokenisation) can be added to
  the tagger's training data.
- ``data_ner``: the NER datasets. The NER model is trained on exactly the deduplicated union the spaCy
  model uses (:func:`smartnews.training.ner.prepare_data`): copies of NER-UI test and idner-news-2k test
  sentences are out of training, the two dev splits choose the model.
- ``news_id``: the news-id ``clickid.jsonl.gz``; only its ``train`` split is read, to train word vectors
  (fastText through floret, lowercased, for the tagger and NER) and the character language models.

The result is a folder in stanza's resource layout (``<out>/id/<processor>/<name>.pt`` and a minimal
``resources.json``) that :func:`smartnews.stanza_backend.load_pipeline` loads with no network.

>>> split_held_out(list(range(10)), every=5)
([1, 2, 3, 4, 6, 7, 8, 9], [0, 5])
"""

from __future__ import annotations

import contextlib
import errno
import gzip
import io
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from smartnews.training.ner import NerpMode

log = logging.getLogger(__name__)

T = TypeVar("T")

LANG = "id"
SHORTHAND = "id_smartnews"
UD_TRAIN = ("id_csui-ud-train.conllu", "id_gsd-ud-dev.conllu", "id_pud-ud-test.conllu")
UD_TESTS = {"gsd": "id_gsd-ud-test.conllu", "csui": "id_csui-ud-test.conllu"}
UD_GSD_2017 = "id_gsd-ud-train-2017.conllu"
PROCESSORS = ("tokenize", "mwt", "lemma", "pos", "ner")
# Adam reached a better dev F1 in 500 steps (0.698) than stanza's default SGD (lr 0.1) in 1,000 (0.666).
NER_OPTIMIZER = ("--optim", "adam", "--lr", "0.001", "--max_steps_no_improve", "3000")
STANZA_MIN_LR = 1e-4  # stanza.models.ner_tagger's --min_lr default: training ends when the lr decays to it

# Where each model lives inside the resource folder, and the pipeline option that points at it.
MODEL_FILES: dict[str, str] = {
    "tokenize": "tokenize/smartnews.pt",
    "mwt": "mwt/smartnews.pt",
    "lemma": "lemma/smartnews.pt",
    "pos": "pos/smartnews.pt",
    "ner": "ner/smartnews.pt",
    "pretrain": "pretrain/news-id.pt",
    "forward_charlm": "forward_charlm/news-id.pt",
    "backward_charlm": "backward_charlm/news-id.pt",
}


# ---------------------------------------------------------------------------------------------------------
# Helpers


def split_held_out(items: Sequence[T], every: int = 10) -> tuple[list[T], list[T]]:
    """Every ``every``-th item (from the first) held out: (kept, held out). Deterministic."""
    kept = [item for i, item in enumerate(items) if i % every]
    held = [item for i, item in enumerate(items) if not i % every]
    return kept, held


def read_conllu_blocks(path: Path) -> list[str]:
    """The sentences of a CoNLL-U file, each as its block of lines (comments included), no blank line."""
    text = Path(path).read_text(encoding="utf-8")
    return [block.strip("\n") for block in re.split(r"\n\s*\n", text) if block.strip()]


def write_conllu_blocks(blocks: Iterable[str], path: Path) -> int:
    """Write sentence blocks as a CoNLL-U file; returns how many."""
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("w", encoding="utf-8") as handle:
        for block in blocks:
            handle.write(block + "\n\n")
            n += 1
    return n


def _python() -> str:
    return sys.executable


def run_module(module: str, args: Sequence[str], log_path: Path) -> float:
    """Run ``python -m module args`` on one thread, its output appended to ``log_path``; returns seconds.

    Raises ``RuntimeError`` with the end of the log when the module fails.
    """
    env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", PYTHONUNBUFFERED="1")
    log_path.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with log_path.open("a", encoding="utf-8") as handle:
        handle.write(f"\n$ python -m {module} {' '.join(args)}\n")
        handle.flush()
        code = subprocess.call(
            [_python(), "-c", _ONE_THREAD.format(module=module), *args], stdout=handle, stderr=handle, env=env
        )
    elapsed = time.monotonic() - started
    if code != 0:
        tail = "".join(log_path.read_text(encoding="utf-8", errors="replace").splitlines(True)[-20:])
        raise RuntimeError(f"{module} failed with exit status {code}:\n{tail}")
    return elapsed


# torch.set_num_threads(1) before the module runs as __main__ (OMP_NUM_THREADS alone is not always honoured).
_ONE_THREAD = (
    "import runpy, sys, torch; torch.set_num_threads(1); sys.argv[0] = '{module}'; "
    "runpy.run_module('{module}', run_name='__main__', alter_sys=True)"
)


# ---------------------------------------------------------------------------------------------------------
# news-id text: word vectors and character language models


def news_articles(news_id: Path, split: str = "train") -> Iterator[dict[str, Any]]:
    """The news-id records of one split (``train`` unless told)."""
    opener = gzip.open if str(news_id).endswith(".gz") else open
    with opener(news_id, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                if record.get("split") == split:
                    yield record


def article_text(record: dict[str, Any]) -> str:
    """Title and content of one article, one line each."""
    parts = [record.get(key) for key in ("title", "content")]
    return "\n".join(p.replace("\n", " ").strip() for p in parts if isinstance(p, str) and p.strip())


def export_word_vectors(
    spacy_vectors: Path, news_id: Path, out: Path, work: Path, *, min_count: int = 3, max_vocab: int = 100_000
) -> Path:
    """A stanza pretrain file (``.pt``) from the project's floret vectors (a spaCy vectors folder).

    The words are the ``max_vocab`` most frequent lowercased tokens of news-id ``train`` (at least
    ``min_count`` times; :func:`smartnews.training.vectors.article_tokens`); each gets the vector floret
    builds from its character n-grams, as spaCy does.
    """
    import spacy
    from stanza.models.common.pretrain import Pretrain

    from smartnews.training.vectors import article_tokens, read_articles

    counts: Counter[str] = Counter()
    for tokens in article_tokens(read_articles(news_id), "train"):
        counts.update(tokens)
    words = [w for w, c in counts.most_common() if c >= min_count and not any(ch.isspace() for ch in w)]
    words = words[:max_vocab]
    vectors = spacy.load(spacy_vectors).vocab.vectors
    table = vectors.get_batch(words)
    work.mkdir(parents=True, exist_ok=True)
    vec_path = work / "news-id.vec"
    with vec_path.open("w", encoding="utf-8") as handle:
        handle.write(f"{len(words)} {table.shape[1]}\n")
        for word, row in zip(words, table.tolist(), strict=True):
            handle.write(word + " " + " ".join(f"{x:.5f}" for x in row) + "\n")
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        out.unlink()
    Pretrain(str(out), str(vec_path), max_vocab=max_vocab).load()
    return out


def train_word_vectors(news_id: Path, out: Path, work: Path, *, max_vocab: int = 100_000) -> Path:
    """The spaCy model's floret vectors (``smartnews.training.vectors.train_vectors``: CBOW, 128 dimensions,
    20,000 buckets, news-id ``train`` only, lowercased), trained again and exported for stanza."""
    from smartnews.training.vectors import train_vectors

    folder = train_vectors(news_id, work / "floret", work_dir=work / "floret-work")
    return export_word_vectors(folder, news_id, out, work, max_vocab=max_vocab)


def write_charlm_text(news_id: Path, work: Path, *, max_chars: int | None = None) -> tuple[Path, Path]:
    """Raw (cased) news-id ``train`` text for the character LMs: ``train/`` and a held-out ``dev.txt``.

    Every 100th article is held out to measure perplexity; news-id ``dev`` and ``test`` are never read.
    """
    train_dir = work / "train"
    train_dir.mkdir(parents=True, exist_ok=True)
    dev = work / "dev.txt"
    chars = 0
    with (
        (train_dir / "news-id.txt").open("w", encoding="utf-8") as train,
        dev.open("w", encoding="utf-8") as held,
    ):
        for i, record in enumerate(news_articles(news_id, "train")):
            text = article_text(record)
            if not text:
                continue
            if i % 100 == 0:
                held.write(text + "\n")
                continue
            if max_chars is not None and chars >= max_chars:
                continue
            train.write(text + "\n")
            chars += len(text) + 1
    return train_dir, dev


def train_charlm(
    text_dir: Path,
    dev: Path,
    out: Path,
    direction: str,
    log_path: Path,
    *,
    hidden: int = 256,
    emb: int = 50,
    epochs: int = 1,
    batch_size: int = 50,
    bptt: int = 100,
) -> float:
    """A small character LM (one LSTM layer of ``hidden`` units) with ``stanza.models.charlm``; seconds."""
    out.parent.mkdir(parents=True, exist_ok=True)
    args = [
        "--train_dir", str(text_dir), "--eval_file", str(dev), "--shorthand", SHORTHAND,
        "--direction", direction, "--char_emb_dim", str(emb), "--char_hidden_dim", str(hidden),
        "--batch_size", str(batch_size), "--bptt_size", str(bptt), "--epochs", str(epochs),
        "--cutoff", "50", "--eval_steps", "2000", "--report_steps", "100", "--cpu",
        "--save_dir", str(out.parent), "--save_name", out.name,
        "--checkpoint_save_name", str(out.parent / f"{out.stem}.checkpoint.pt"),
    ]  # fmt: skip
    return run_module("stanza.models.charlm", args, log_path)


# ---------------------------------------------------------------------------------------------------------
# UD: tokenizer, mwt, lemma, pos


def prepare_ud(data_ud: Path, work: Path, *, held_out_every: int = 10) -> dict[str, Path]:
    """Train/dev CoNLL-U from CSUI train + GSD dev + PUD (every ``held_out_every``-th sentence is dev),
    the two test files, and the tokenizer's raw text, per-character labels and MWT list for train and dev.
    """
    from stanza.utils.datasets import prepare_tokenizer_data
    from stanza.utils.datasets.conllu_to_text import convert_text

    work.mkdir(parents=True, exist_ok=True)
    pool = [block for name in UD_TRAIN for block in read_conllu_blocks(Path(data_ud) / name)]
    train, dev = split_held_out(pool, held_out_every)
    paths: dict[str, Path] = {"train": work / "train.conllu", "dev": work / "dev.conllu"}
    write_conllu_blocks(train, paths["train"])
    write_conllu_blocks(dev, paths["dev"])
    for name, filename in UD_TESTS.items():
        paths[f"test_{name}"] = work / f"test-{name}.conllu"
        shutil.copyfile(Path(data_ud) / filename, paths[f"test_{name}"])
        paths[f"test_{name}_txt"] = work / f"test-{name}.txt"
        convert_text(str(paths[f"test_{name}"]), str(paths[f"test_{name}_txt"]))
    gsd2017 = Path(data_ud) / UD_GSD_2017
    if gsd2017.exists():
        paths["gsd2017"] = work / "gsd2017.conllu"
        shutil.copyfile(gsd2017, paths["gsd2017"])
    for split in ("train", "dev"):
        txt, labels, mwt = work / f"{split}.txt", work / f"{split}.toklabels", work / f"{split}-mwt.json"
        convert_text(str(paths[split]), str(txt))
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            prepare_tokenizer_data.main([str(txt), str(paths[split]), "-o", str(labels), "-m", str(mwt)])
        paths[f"{split}_txt"], paths[f"{split}_labels"], paths[f"{split}_mwt"] = txt, labels, mwt
    return paths


def train_tokenizer(ud: dict[str, Path], out: Path, log_path: Path, *, steps: int = 2500) -> float:
    """stanza's character tokenizer (word, sentence and MWT boundaries), chosen on the held-out dev."""
    out.parent.mkdir(parents=True, exist_ok=True)
    args = [
        "--txt_file", str(ud["train_txt"]), "--label_file", str(ud["train_labels"]),
        "--mwt_json_file", str(ud["train_mwt"]), "--dev_txt_file", str(ud["dev_txt"]),
        "--dev_label_file", str(ud["dev_labels"]), "--dev_conll_gold", str(ud["dev"]),
        "--conll_file", str(out.parent / "dev.pred.conllu"), "--lang", LANG, "--shorthand", SHORTHAND,
        "--steps", str(steps), "--eval_steps", "250", "--use_mwt",
        "--save_dir", str(out.parent), "--save_name", out.name, "--cpu",
    ]  # fmt: skip
    return run_module("stanza.models.tokenizer", args, log_path)


def train_mwt(ud: dict[str, Path], out: Path, log_path: Path, *, epochs: int = 30) -> float:
    """The multi-word-token expander (dictionary + seq2seq) on the UD train split."""
    out.parent.mkdir(parents=True, exist_ok=True)
    args = [
        "--train_file", str(ud["train"]), "--eval_file", str(ud["dev"]),
        "--output_file", str(out.parent / "dev.pred.conllu"), "--gold_file", str(ud["dev"]),
        "--lang", LANG, "--shorthand", SHORTHAND, "--num_epoch", str(epochs),
        "--save_dir", str(out.parent), "--save_name", out.name, "--cpu",
    ]  # fmt: skip
    return run_module("stanza.models.mwt_expander", args, log_path)


def train_lemmatizer(
    ud: dict[str, Path], out: Path, log_path: Path, *, epochs: int = 4, batch_size: int = 100
) -> float:
    """The lemmatizer (dictionary + edit-classifying seq2seq, POS-aware) on the UD train split."""
    out.parent.mkdir(parents=True, exist_ok=True)
    args = [
        "--train_file", str(ud["train"]), "--eval_file", str(ud["dev"]),
        "--output_file", str(out.parent / "dev.pred.conllu"),
        "--shorthand", SHORTHAND, "--num_epoch", str(epochs), "--decay_epoch", str(max(1, epochs // 2)),
        "--batch_size", str(batch_size),
        "--save_dir", str(out.parent), "--save_name", out.name, "--cpu",
    ]  # fmt: skip
    return run_module("stanza.models.lemmatizer", args, log_path)


def train_tagger(
    ud: dict[str, Path],
    out: Path,
    log_path: Path,
    *,
    pretrain: Path | None,
    steps: int = 300,
    batch_size: int = 50,
    with_gsd2017: bool = False,
) -> float:
    """The POS tagger (UPOS, XPOS, features), with the news-id word vectors unless ``pretrain`` is None."""
    out.parent.mkdir(parents=True, exist_ok=True)
    train = str(ud["train"])
    if with_gsd2017 and "gsd2017" in ud:
        train += "," + str(ud["gsd2017"])
    args = [
        "--train_file", train, "--eval_file", str(ud["dev"]),
        "--output_file", str(out.parent / "dev.pred.conllu"), "--lang", LANG, "--shorthand", SHORTHAND,
        "--max_steps", str(steps), "--max_steps_before_stop", "300", "--eval_interval", "50",
        "--batch_size", str(batch_size), "--fix_eval_interval", "--hidden_dim", "150",
        "--char_hidden_dim", "150", "--deep_biaff_hidden_dim", "200",
        "--save_dir", str(out.parent), "--save_name", out.name, "--cpu",
    ]  # fmt: skip
    args += ["--wordvec_pretrain_file", str(pretrain)] if pretrain is not None else ["--no_pretrain"]
    return run_module("stanza.models.tagger", args, log_path)


# ---------------------------------------------------------------------------------------------------------
# NER


def sentences_to_json(sentences: Iterable[Any], path: Path) -> int:
    """Write NER sentences (``tokens``/``tags`` in BIO) in stanza's JSON: a list of lists of
    ``{"text", "ner"}``; returns how many."""
    data = [
        [{"text": token, "ner": tag} for token, tag in zip(s.tokens, s.tags, strict=True)] for s in sentences
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return len(data)


def prepare_ner(
    data_ner: Path,
    news_id: Path | None,
    work: Path,
    *,
    nerp: NerpMode = "lower",
    silver: Path | None = None,
    repeat: Mapping[str, int] | None = None,
    dev_in_train: bool = False,
) -> dict[str, Path]:
    """The spaCy model's deduplicated NER union (``smartnews.training.ner.prepare_data``, NERP as
    ``nerp`` says: kept lowercase by default, as for the spaCy model; ``silver`` sentences added,
    datasets weighted by ``repeat`` and dev sentences joining training with ``dev_in_train`` as there)
    as stanza JSON: ``train.json``, ``dev.json`` and one ``test-<dataset>.json`` per test set."""
    from smartnews.training.ner import prepare_data

    splits = prepare_data(
        data_ner,
        work / "spacy",
        nerp=nerp,
        news_id=news_id,
        silver=silver,
        repeat=repeat,
        dev_in_train=dev_in_train,
    )
    paths = {"train": work / "train.json", "dev": work / "dev.json"}
    sentences_to_json(splits.train, paths["train"])
    sentences_to_json(splits.dev, paths["dev"])
    for name, sentences in splits.test.items():
        paths[f"test_{name}"] = work / f"test-{name}.json"
        sentences_to_json(sentences, paths[f"test_{name}"])
    (work / "counts.json").write_text(json.dumps(splits.counts, indent=2) + "\n", encoding="utf-8")
    return paths


def train_ner(
    ner: dict[str, Path],
    out: Path,
    log_path: Path,
    *,
    pretrain: Path | None,
    charlm: tuple[Path, Path] | None,
    steps: int = 10_000,
    eval_interval: int = 500,
    extra: Sequence[str] = (),
    keep_last: bool = False,
) -> float:
    """stanza's BiLSTM-CRF NER tagger, chosen by dev F1 (NER-UI dev + idner-news-2k dev).

    ``keep_last``: run every one of ``steps`` and keep the last model (for a run whose dev sentences are
    in training, where dev F1 chooses nothing): stanza saves a model only when it evaluates, so it
    evaluates once, at the last step."""
    out.parent.mkdir(parents=True, exist_ok=True)
    if keep_last:
        eval_interval = steps
    args = [
        "--mode", "train", "--train_file", str(ner["train"]), "--eval_file", str(ner["dev"]),
        "--shorthand", SHORTHAND, "--max_steps", str(steps), "--eval_interval", str(eval_interval),
        "--save_dir", str(out.parent), "--save_name", out.name, "--cpu", "--scheme", "bioes",
    ]  # fmt: skip
    args += ["--wordvec_pretrain_file", str(pretrain)] if pretrain is not None else ["--no_pretrain"]
    if charlm is not None:
        args += [
            "--charlm",
            "--charlm_shorthand",
            "id_news",
            "--charlm_forward_file",
            str(charlm[0]),
            "--charlm_backward_file",
            str(charlm[1]),
        ]
    args += list(extra)
    if keep_last:  # after ``extra``: the last value of an option wins; no early stop before the last step
        args += ["--max_steps_no_improve", str(steps + 1)]
    return run_module("stanza.models.ner_tagger", args, log_path)


def continue_ner(
    base: Path,
    data_ner: Path,
    out: Path,
    *,
    work: Path | None = None,
    steps: int = 3000,
    lr: float = 3e-4,
    seed: int = 4321,
    eval_interval: int = 250,
    repeat: Mapping[str, int] | None = None,
    nerp: NerpMode = "lower",
) -> None:
    """Train the NER of the resource folder ``base`` further on the gold union alone (no silver; datasets
    weighted by ``repeat``; NERP as ``nerp`` says, ``"drop"`` leaves it out) at learning rate ``lr``, for up
    to ``steps`` steps, keeping the checkpoint with the best dev F1; ``out`` becomes a copy of ``base`` with
    that NER. ``training.json`` there records it.

    A student of silver sentences that then sees only the annotators' sentences, at a third of the
    learning rate, moves toward their conventions (model card, ``RF``). stanza's ``--finetune`` trains at
    the learning rate saved in the loaded model, not at ``--lr``; so the model is first copied into
    ``work`` with ``lr`` written into its saved settings. stanza stops training once its learning rate is
    at or below ``--min_lr`` (``STANZA_MIN_LR``), so such an ``lr`` is refused, not trained for 0 steps.
    """
    if lr <= STANZA_MIN_LR:
        raise ValueError(
            f"lr must be above stanza's min_lr {STANZA_MIN_LR} (it stops training there), not {lr}"
        )
    import torch

    base, out = Path(base), Path(out)
    work = Path(work) if work is not None else out.parent / "stanza-continue-work"
    start = work / "start.pt"
    start.parent.mkdir(parents=True, exist_ok=True)
    checkpoint = torch.load(base / LANG / MODEL_FILES["ner"], map_location="cpu", weights_only=False)
    checkpoint["config"]["lr"] = lr
    torch.save(checkpoint, start)
    ner = prepare_ner(data_ner, None, work / "ner", nerp=nerp, repeat=repeat)
    trained = work / "ner-model" / "smartnews.pt"
    files = {
        kind: base / LANG / MODEL_FILES[kind] for kind in ("pretrain", "forward_charlm", "backward_charlm")
    }
    seconds = train_ner(
        ner,
        trained,
        work / "ner.log",
        pretrain=files["pretrain"],
        charlm=(files["forward_charlm"], files["backward_charlm"]),
        steps=steps,
        eval_interval=eval_interval,
        extra=[
            *NER_OPTIMIZER,
            "--lr",
            str(lr),
            "--seed",
            str(seed),
            "--finetune",
            "--finetune_load_name",
            str(start),
        ],
    )
    if out.resolve() != base.resolve():
        shutil.copytree(base, out, dirs_exist_ok=True)
    install_model(trained, out, "ner")
    record = {
        "continued_from": str(base),
        "steps": steps,
        "lr": lr,
        "seed": seed,
        "repeat": dict(repeat or {}),
        "nerp": nerp,
        "seconds": round(seconds, 1),
    }
    (out / "training.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------
# The resource folder


def write_resources(model_dir: Path, *, charlm: bool, pretrain: bool = True) -> Path:
    """A minimal ``resources.json`` naming our models as stanza's defaults for ``id``, so that
    ``stanza.Pipeline("id", dir=model_dir, download_method=None)`` finds them with no network."""
    deps: list[dict[str, str]] = [{"model": "pretrain", "package": "news-id"}] if pretrain else []
    ner_deps = list(deps)
    if charlm:
        ner_deps += [
            {"model": "forward_charlm", "package": "news-id"},
            {"model": "backward_charlm", "package": "news-id"},
        ]
    lang: dict[str, Any] = {
        "lang_name": "Indonesian",
        "tokenize": {"smartnews": {}},
        "mwt": {"smartnews": {}},
        "lemma": {"smartnews": {}},
        "pos": {"smartnews": {"dependencies": deps}},
        "ner": {"smartnews": {"dependencies": ner_deps}},
        "default_processors": {p: "smartnews" for p in PROCESSORS},
        "packages": {"default": {p: "smartnews" for p in PROCESSORS}},
    }
    if pretrain:
        lang["pretrain"] = {"news-id": {}}
    if charlm:
        lang["forward_charlm"] = {"news-id": {}}
        lang["backward_charlm"] = {"news-id": {}}
    path = model_dir / "resources.json"
    model_dir.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({LANG: lang}, indent=2) + "\n", encoding="utf-8")
    return path


def install_model(source: Path, model_dir: Path, kind: str) -> Path:
    """Copy a trained model file to its place in the resource folder (``MODEL_FILES[kind]``)."""
    target = model_dir / LANG / MODEL_FILES[kind]
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


def pipeline(model_dir: Path, processors: str, **options: Any) -> Any:
    """A ``stanza.Pipeline`` over the resource folder, offline, on the CPU."""
    import stanza

    return stanza.Pipeline(
        LANG,
        dir=str(model_dir),
        processors=processors,
        download_method=None,
        use_gpu=False,
        logging_level="WARN",
        **options,
    )


# ---------------------------------------------------------------------------------------------------------
# Evaluation


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4)}


def bio_spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """Entity spans (start token, end token exclusive, label) of a BIO or BIOES tag sequence.

    >>> sorted(bio_spans(["B-PER", "I-PER", "O", "S-LOC", "B-ORG", "E-ORG", "I-LOC"]))
    [(0, 2, 'PER'), (3, 4, 'LOC'), (4, 6, 'ORG'), (6, 7, 'LOC')]
    """
    spans: set[tuple[int, int, str]] = set()
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        continues = prefix in ("I", "E") and kind == label and start >= 0
        if not continues and start >= 0:
            spans.add((start, i, label))
            start, label = -1, ""
        if prefix in ("B", "S") or (prefix in ("I", "E") and not continues):
            start, label = i, kind
        if prefix in ("E", "S") and start >= 0:
            spans.add((start, i + 1, label))
            start, label = -1, ""
    return spans


Span = tuple[int, int, str]


def score_spans(pairs: Iterable[tuple[set[Span], set[Span]]]) -> dict[str, Any]:
    """Entity-level exact-match P/R/F1, micro and per label (PER/ORG/LOC), over (gold, predicted) span sets
    (token or character offsets alike), as spaCy's scorer counts."""
    counts = {label: [0, 0, 0] for label in ("PER", "ORG", "LOC")}
    for gs, ps in pairs:
        for label, c in counts.items():
            gl = {s for s in gs if s[2] == label}
            pl = {s for s in ps if s[2] == label}
            c[0] += len(gl & pl)
            c[1] += len(pl)
            c[2] += len(gl)
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    return {
        "micro": _prf(*total),
        "per_label": {label: _prf(*c) for label, c in counts.items()},
        "entities": {label: c[2] for label, c in counts.items()},
    }


def score_ner(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> dict[str, Any]:
    """:func:`score_spans` over BIO/BIOES tag sequences."""
    return score_spans((bio_spans(g), bio_spans(p)) for g, p in zip(gold, predicted, strict=True))


def evaluate_ner_model(model_dir: Path, ner: dict[str, Path], *, repeats: int = 2) -> dict[str, Any]:
    """Score the NER model on the test sets with gold tokens, and time it (one thread, tokens given)."""
    import torch

    torch.set_num_threads(1)
    nlp = pipeline(model_dir, "tokenize,ner", tokenize_pretokenized=True)
    result: dict[str, Any] = {"tests": {}}
    all_words: list[list[str]] = []
    for key, path in ner.items():
        if not key.startswith("test_"):
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        words = [[w["text"] for w in s] for s in data]
        gold = [[w["ner"] for w in s] for s in data]
        doc = nlp(words)
        predicted = [[t.ner for t in sentence.tokens] for sentence in doc.sentences]
        result["tests"][key[5:]] = {"sentences": len(words), **score_ner(gold, predicted)}
        all_words += words
    n = sum(len(w) for w in all_words)
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        nlp(all_words)
        best = min(best, time.perf_counter() - started)
    result["speed"] = {"words": n, "threads": 1, "words_per_second": round(n / best)}
    return result


def evaluate_ud(model_dir: Path, ud: dict[str, Path]) -> dict[str, Any]:
    """End-to-end scores on the UD test sets from raw text (CoNLL 2018 scorer: tokens, words, sentences,
    UPOS, lemmas as F1 and as accuracy on aligned words) and UPOS / lemma accuracy on gold words."""
    import torch
    from stanza.models.common.utils import ud_scores
    from stanza.utils.conll import CoNLL

    torch.set_num_threads(1)
    full = pipeline(model_dir, "tokenize,mwt,pos,lemma")
    gold_words = pipeline(model_dir, "tokenize,pos,lemma", tokenize_pretokenized=True)
    result: dict[str, Any] = {}
    for name in UD_TESTS:
        gold_path, text_path = ud[f"test_{name}"], ud[f"test_{name}_txt"]
        text = text_path.read_text(encoding="utf-8")
        started = time.perf_counter()
        doc = full(text)
        seconds = time.perf_counter() - started
        predicted = gold_path.with_suffix(".pred.conllu")
        CoNLL.write_doc2conll(doc, str(predicted))
        scores = ud_scores(str(gold_path), str(predicted))
        end_to_end = {
            metric: {
                "f1": round(scores[metric].f1, 4),
                "aligned_accuracy": round(scores[metric].aligned_accuracy or 0.0, 4),
            }
            for metric in ("Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats", "Lemmas")
        }
        gold_doc = CoNLL.conll2doc(input_file=str(gold_path))
        sentences = [[w.text for w in s.words] for s in gold_doc.sentences]
        tagged = gold_words(sentences)
        pairs = [
            (g, p)
            for gs, ps in zip(gold_doc.sentences, tagged.sentences, strict=True)
            for g, p in zip(gs.words, ps.words, strict=True)
        ]
        words = len(pairs)
        result[name] = {
            "sentences": len(sentences),
            "words": words,
            "end_to_end": end_to_end,
            "gold_words": {
                "upos_accuracy": round(sum(g.upos == p.upos for g, p in pairs) / words, 4),
                "lemma_accuracy": round(sum(g.lemma == p.lemma for g, p in pairs) / words, 4),
                "lemma_accuracy_caseless": round(
                    sum((g.lemma or "").lower() == (p.lemma or "").lower() for g, p in pairs) / words, 4
                ),
            },
            "raw_text_words_per_second": round(words / seconds),
        }
    return result


# ---------------------------------------------------------------------------------------------------------
# The whole recipe


def train_stanza(
    data_ud: Path,
    data_ner: Path,
    news_id: Path,
    out: Path,
    *,
    work: Path | None = None,
    charlm: bool = True,
    ner_steps: int = 20_000,
    tagger_steps: int = 300,
    tokenizer_steps: int = 2500,
    silver: Path | None = None,
    seed: int = 1234,
    repeat: Mapping[str, int] | None = None,
    final_steps: int | None = None,
) -> None:
    """Train every model (vectors, character LMs, tokenizer, mwt, lemma, pos, ner) and install them in
    ``out`` (stanza's resource layout with ``resources.json``); ``training.json`` records the seconds.

    ``silver`` (a ``smartnews train silver`` file) joins the NER's training sentences, ``repeat`` weights
    its datasets (``smartnews.training.ner.build_splits``); ``seed`` is the NER's. ``final_steps``: the
    NER trains on train + dev for exactly that many steps and keeps the last model (``ner_steps`` is then
    not used); choose the number on a run without dev.
    Intermediate files go to ``work`` (``<out>/../stanza-work`` unless given); nothing there is needed later.
    """
    from smartnews.training.ner import check_repeat

    check_repeat(repeat)  # now, not after the hours of training before the NER
    for path in (data_ud, data_ner, news_id, *([silver] if silver is not None else [])):
        if not Path(path).exists():  # found now, not after the hours of training before the step reading it
            raise FileNotFoundError(errno.ENOENT, "no such file or folder", str(path))
    out = Path(out)
    work = Path(work) if work is not None else out.parent / "stanza-work"
    logs = work / "logs"
    seconds: dict[str, float] = {}

    def timed(name: str, started: float) -> None:
        seconds[name] = round(time.monotonic() - started, 1)
        log.info("%s: %.0f s", name, seconds[name])

    started = time.monotonic()
    vectors = train_word_vectors(news_id, work / "vectors" / "news-id.pt", work / "vectors")
    timed("vectors", started)
    charlms: tuple[Path, Path] | None = None
    if charlm:
        started = time.monotonic()
        text_dir, dev = write_charlm_text(news_id, work / "charlm-text", max_chars=13_000_000)
        forward, backward = work / "charlm" / "forward.pt", work / "charlm" / "backward.pt"
        train_charlm(text_dir, dev, forward, "forward", logs / "charlm-forward.log")
        train_charlm(text_dir, dev, backward, "backward", logs / "charlm-backward.log")
        charlms = (forward, backward)
        timed("charlm", started)
    ud = prepare_ud(data_ud, work / "ud")
    models = work / "models"
    seconds["tokenize"] = round(
        train_tokenizer(
            ud, models / "tokenize" / "smartnews.pt", logs / "tokenize.log", steps=tokenizer_steps
        ),
        1,
    )
    seconds["mwt"] = round(train_mwt(ud, models / "mwt" / "smartnews.pt", logs / "mwt.log"), 1)
    seconds["lemma"] = round(train_lemmatizer(ud, models / "lemma" / "smartnews.pt", logs / "lemma.log"), 1)
    seconds["pos"] = round(
        train_tagger(
            ud, models / "pos" / "smartnews.pt", logs / "pos.log", pretrain=vectors, steps=tagger_steps
        ),
        1,
    )
    started = time.monotonic()
    final = final_steps is not None
    ner = prepare_ner(data_ner, news_id, work / "ner", silver=silver, repeat=repeat, dev_in_train=final)
    timed("ner_data", started)
    seconds["ner"] = round(
        train_ner(
            ner,
            models / "ner" / "smartnews.pt",
            logs / "ner.log",
            pretrain=vectors,
            charlm=charlms,
            steps=final_steps if final_steps is not None else ner_steps,
            extra=[*NER_OPTIMIZER, "--seed", str(seed)],
            keep_last=final,
        ),
        1,
    )
    for name in ("tokenize", "mwt", "lemma", "pos", "ner"):
        install_model(models / name / "smartnews.pt", out, name)
    install_model(vectors, out, "pretrain")
    if charlms is not None:
        install_model(charlms[0], out, "forward_charlm")
        install_model(charlms[1], out, "backward_charlm")
    write_resources(out, charlm=charlms is not None)
    (out / "training.json").write_text(json.dumps({"seconds": seconds}, indent=2) + "\n", encoding="utf-8")


def evaluate_stanza(model_dir: Path, data_ud: Path, data_ner: Path) -> dict[str, Any]:
    """UD scores (GSD test, CSUI test) and NER scores (NER-UI test, idner-news-2k test) of the models in
    ``model_dir``; the test sets are read from ``data_ud`` and ``data_ner``, in a temporary folder."""
    import tempfile

    from smartnews.training.ner import EVAL_SETS, load_corpus

    with tempfile.TemporaryDirectory(prefix="smartnews-stanza-eval-") as tmp:
        work = Path(tmp)
        ud: dict[str, Path] = {}
        for name, filename in UD_TESTS.items():
            from stanza.utils.datasets.conllu_to_text import convert_text

            ud[f"test_{name}"] = work / f"test-{name}.conllu"
            shutil.copyfile(Path(data_ud) / filename, ud[f"test_{name}"])
            ud[f"test_{name}_txt"] = work / f"test-{name}.txt"
            convert_text(str(ud[f"test_{name}"]), str(ud[f"test_{name}_txt"]))
        corpus = load_corpus(data_ner, sorted({name for name, _ in EVAL_SETS}))
        ner: dict[str, Path] = {}
        for dataset, split in EVAL_SETS:
            ner[f"test_{dataset}"] = work / f"test-{dataset}.json"
            sentences_to_json(corpus[dataset][split], ner[f"test_{dataset}"])
        result: dict[str, Any] = {
            "ud": evaluate_ud(Path(model_dir), ud),
            "ner": evaluate_ner_model(Path(model_dir), ner),
        }
    sizes = {
        str(p.relative_to(model_dir)): round(p.stat().st_size / 1e6, 1)
        for p in sorted(Path(model_dir).rglob("*.pt"))
    }
    result["model_sizes_mb"] = sizes
    return result
