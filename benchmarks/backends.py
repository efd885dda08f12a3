"""spaCy backend against stanza backend: NER quality, agreement on real news, speed, memory, cold start.

    python benchmarks/backends.py --ner-data ../shared/corpora/ner \\
        --data ../shared/corpora/news-id/clickid.jsonl.gz [--articles 2000] [--threads 1] \\
        [--backends spacy,stanza] [--json results.json]

Each backend is measured in its own child process (so that its cold start and peak memory are its own):

- NER P/R/F1 per label on the NER-UI and idner-news-2k test splits. The backend gets each test sentence as
  text (gold tokens joined by spaces) and its entities are matched to the gold ones by exact character span
  and label (tokenization is the backend's own, as in real use);
- on the first ``--articles`` articles of the news-id ``dev`` split (it has 939, so 2000 means all of them;
  read from ``--data``, never copied here): the words a second of the whole pipeline (tokenizer, NER,
  smartnews' regions/organisations/officials components) and the officials and regions found, compared
  between the backends afterwards (Jaccard of the sets, per article, averaged; and how many articles get
  exactly the same set);
- peak memory (``ru_maxrss`` of the child) and cold start (import + load + first short text, seconds).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

LABELS = ("PER", "ORG", "LOC")


def dev_articles(path: Path, limit: int) -> Iterator[str]:
    """Title and content (one paragraph a line) of the first ``limit`` news-id ``dev`` articles."""
    opener = gzip.open if str(path).endswith(".gz") else open
    n = 0
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("split") != "dev":
                continue
            parts = [record.get("title") or "", record.get("content") or ""]
            yield "\n".join(p.strip() for p in parts if p.strip())
            n += 1
            if n >= limit:
                return


def gold_spans(tokens: Sequence[str], tags: Sequence[str]) -> tuple[str, set[tuple[int, int, str]]]:
    """The sentence text (tokens joined by spaces) and its gold entities as character spans."""
    starts, pos = [], 0
    for token in tokens:
        starts.append(pos)
        pos += len(token) + 1
    spans: set[tuple[int, int, str]] = set()
    begin, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        if begin >= 0 and not (prefix == "I" and kind == label):
            spans.add((starts[begin], starts[i - 1] + len(tokens[i - 1]), label))
            begin = -1
        if prefix == "B" or (prefix == "I" and begin < 0):
            begin, label = i, kind
    return " ".join(tokens), spans


def measure(name: str, ner_data: Path, news: Path, articles: int, out: Path) -> None:
    """Child process: everything measured for one backend, written as JSON to ``out``."""
    started = time.perf_counter()
    from smartnews.nlp import load
    from smartnews.settings import default_settings

    nlp = load(name)
    nlp("Bupati Kotawaringin Timur meresmikan taman kota.")
    cold = time.perf_counter() - started
    from smartnews.training.ner import EVAL_SETS, load_corpus
    from smartnews.training.stanza import score_spans

    corpus = load_corpus(ner_data, sorted({d for d, _ in EVAL_SETS}))
    ner: dict[str, Any] = {}
    for dataset, split in EVAL_SETS:
        pairs = [gold_spans(s.tokens, s.tags) for s in corpus[dataset][split]]
        docs = nlp.pipe(text for text, _ in pairs)
        scores = score_spans(
            (gold, {(e.start_char, e.end_char, e.label_) for e in doc.ents})
            for (_, gold), doc in zip(pairs, docs, strict=True)
        )
        ner[dataset] = {"micro": scores["micro"], **scores["per_label"]}
    texts = list(dev_articles(news, articles))
    found: list[dict[str, list[str]]] = []
    words = 0
    started = time.perf_counter()
    # the batch size smartnews' pipeline uses: spaCy's default (1,000 docs) makes the peak memory 3x higher
    for doc in nlp.pipe(texts, batch_size=default_settings().pipeline.batch_size):
        words += sum(1 for t in doc if not t.is_space)
        found.append(
            {
                "officials": sorted({f"{o.title}|{o.name}" for o in doc._.smartnews_officials or ()}),
                "regions": sorted({r.code for r in doc._.smartnews_regions or ()}),
            }
        )
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "backend": name,
        "cold_start_s": round(cold, 2),
        "ner": ner,
        "articles": len(texts),
        "words": words,
        "words_per_second": round(words / seconds),
        "peak_memory_mb": round(peak_mb),
        "found": found,
    }
    out.write_text(json.dumps(result), encoding="utf-8")


def agreement(a: list[dict[str, list[str]]], b: list[dict[str, list[str]]], key: str) -> tuple[float, float]:
    """Mean per-article Jaccard of the two backends' sets (1 when both are empty), and the share equal."""
    scores, same = [], 0
    for x, y in zip(a, b, strict=True):
        sx, sy = set(x[key]), set(y[key])
        scores.append(len(sx & sy) / len(sx | sy) if sx | sy else 1.0)
        same += sx == sy
    return sum(scores) / max(len(scores), 1), same / max(len(scores), 1)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--ner-data", type=Path, default=Path("../shared/corpora/ner"))
    parser.add_argument("--data", type=Path, default=Path("../shared/corpora/news-id/clickid.jsonl.gz"))
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=1, help="torch / BLAS threads of each backend")
    parser.add_argument("--backends", default="spacy,stanza")
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    parser.add_argument(
        "--keep",
        type=Path,
        default=None,
        help="keep each backend's raw results in this folder and reuse them",
    )
    parser.add_argument("--child", nargs=2, metavar=("BACKEND", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        try:
            import torch
        except ImportError:  # the spaCy backend alone needs no torch
            pass
        else:
            torch.set_num_threads(args.threads)
        measure(args.child[0], args.ner_data, args.data, args.articles, Path(args.child[1]))
        return 0
    env = dict(os.environ, OMP_NUM_THREADS=str(args.threads), MKL_NUM_THREADS=str(args.threads))
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.backends.split(","):
            out = (args.keep or Path(tmp)) / f"{name}-{args.articles}.json"
            if out.exists():
                results[name] = json.loads(out.read_text(encoding="utf-8"))
                continue
            out.parent.mkdir(parents=True, exist_ok=True)
            command = [sys.executable, __file__, "--ner-data", str(args.ner_data), "--data", str(args.data)]
            command += [
                "--articles",
                str(args.articles),
                "--threads",
                str(args.threads),
                "--child",
                name,
                str(out),
            ]
            subprocess.run(command, check=True, env=env)
            results[name] = json.loads(out.read_text(encoding="utf-8"))
    names = list(results)
    print(f"| measure | {' | '.join(names)} |")
    print(f"|---|{'---|' * len(names)}")
    for dataset in results[names[0]]["ner"]:
        for label in ("micro", *LABELS):
            cells = ["{p:.3f} / {r:.3f} / {f:.3f}".format(**results[n]["ner"][dataset][label]) for n in names]
            print(f"| NER {dataset} {label} P / R / F1 | {' | '.join(cells)} |")
    for key, unit in (("words_per_second", "words/s (pipeline, dev articles)"), ("peak_memory_mb", "peak MB"),
                      ("cold_start_s", "cold start s")):  # fmt: skip
        print(f"| {unit} | {' | '.join(str(results[n][key]) for n in names)} |")
    summary: dict[str, Any] = {n: {k: v for k, v in r.items() if k != "found"} for n, r in results.items()}
    if len(names) == 2:
        a, b = (results[n]["found"] for n in names)
        for key in ("officials", "regions"):
            jaccard, same = agreement(a, b, key)
            counts = [sum(len(x[key]) for x in results[n]["found"]) for n in names]
            print(f"| {key}: found ({' / '.join(names)}) | {' | '.join(map(str, counts))} |")
            print(f"| {key}: mean Jaccard / identical articles ({results[names[0]]['articles']}) | "
                  f"{jaccard:.3f} / {same:.3f} | |")  # fmt: skip
            summary[f"agreement_{key}"] = {"jaccard": round(jaccard, 4), "identical": round(same, 4)}
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
