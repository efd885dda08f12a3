"""Choose the fuzzy-match threshold for misspelt region names after a cue word (``Kabupaten Kotawaringin
Timor``).

Positives: every kabupaten/kota name with one random edit (a letter replaced, dropped, doubled or two
swapped), three times each. Real text: the capitalised words after a cue word (``Bupati``, ``Wali Kota``,
``Pemkab``, ...) in articles of news-id (train and dev; never test) where no region name matches exactly,
which is where smartnews tries a fuzzy match: mostly people's names ("Bupati Halikinnor"), and the odd
real misspelling. Every fuzzy hit there is printed for a reader to judge.

"No cue": the same for names of two or more words (ten letters or more), matched with no cue word before
them (``Kutai Kertanegara``): positives are those names with one edit; real text is every run of two or
three capitalised words in the articles that is no region name and holds none of two words.

    python benchmarks/region_fuzzy_threshold.py --data ../shared/corpora/news-id [--articles 6000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

from rapidfuzz import fuzz, process

from smartnews.regions import gazetteer, key
from smartnews.types import RegionKind

_AFTER_CUE = re.compile(
    r"\b(Kabupaten|Pemkab|Bupati|Kota|Pemkot|Wali Kota|Walikota|Provinsi|Pemprov|Gubernur)\s+"
    r"((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){0,2})"
)


def misspell(word: str, rng: random.Random) -> str:
    i = rng.randrange(len(word))
    letter = rng.choice("abcdefghijklmnopqrstuvwxyz")
    edit = rng.choice(["replace", "drop", "double", "swap"])
    if edit == "replace":
        return word[:i] + letter + word[i + 1 :]
    if edit == "drop":
        return word[:i] + word[i + 1 :]
    if edit == "double":
        return word[:i] + word[i] + word[i:]
    i = min(i, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="folder holding clickid.jsonl.gz")
    parser.add_argument("--articles", type=int, default=6000)
    args = parser.parse_args()
    g = gazetteer()
    rng = random.Random(11)
    positives: list[tuple[str, str, RegionKind]] = []  # (misspelt, truth, kind)
    kinds: tuple[RegionKind, ...] = ("kabupaten", "kota")
    for kind in kinds:
        for k in g.fuzzy_keys[kind]:
            if len(k) >= 5:
                positives += [(misspell(k, rng), k, kind) for _ in range(3)]
    negatives: list[
        tuple[str, RegionKind, list[str]]
    ] = []  # (context, cue kind, the keys of its 1-3 word spans)
    with gzip.open(args.data / "clickid.jsonl.gz", "rt", encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if n >= args.articles:
                break
            record = json.loads(line)
            if record["split"] == "test" or not record.get("content"):
                continue
            for match in _AFTER_CUE.finditer(record["content"]):
                words = match.group(2).split()
                keys = [key(" ".join(words[:size])) for size in range(1, len(words) + 1)]
                if not any(k in g.names or k in g.aliases for k in keys):
                    kind = g.cues[key(match.group(1))]
                    negatives.append((match.group(0), kind, [k for k in keys if len(k) >= 5]))
    print(f"{len(positives):,} misspelt names, {len(negatives):,} cue words followed by no region name")
    print("| threshold | misspellings found (right region) | fuzzy hits in real text |")
    print("|---|---|---|")
    hits_at: dict[int, list[tuple[str, str]]] = {}
    for threshold in (75, 80, 85, 88, 90, 92, 95):
        found = 0
        for typo, truth, kind in positives:
            hit = process.extractOne(typo, g.fuzzy_keys[kind], scorer=fuzz.ratio, score_cutoff=threshold)
            found += hit is not None and hit[0] == truth
        hits_at[threshold] = []
        for context, kind, keys in negatives:
            kind_keys = g.fuzzy_keys[kind]
            scored = [
                process.extractOne(k, kind_keys, scorer=fuzz.ratio, score_cutoff=threshold) for k in keys
            ]
            best = max((h for h in scored if h is not None), key=lambda h: h[1], default=None)
            if best is not None:
                hits_at[threshold].append((context, str(best[0])))
        n = len(hits_at[threshold])
        print(f"| {threshold} | {found / len(positives):.1%} | {n} ({n / len(negatives):.2%}) |")
    print("\nfuzzy hits in real text at 85 (context -> region name):")
    for context, name in sorted(set(hits_at[85])):
        print(f"  {context!r} -> {name}")
    uncued(args.data, args.articles, rng)


_CAPITALISED_RUN = re.compile(r"(?<![\w.-])[A-Z][a-z]+(?:[ ]+[A-Z][a-z]+){1,2}(?![\w-])")


def uncued(data: Path, articles: int, rng: random.Random) -> None:
    """The threshold for names of two or more words with no cue word before them."""
    g = gazetteer()
    bases = sorted({key(r.base) for r in g.regions.values() if " " in r.base and len(key(r.base)) >= 10})
    positives = [(misspell(k, rng), k) for k in bases for _ in range(3)]
    exact = set(g.names) | set(g.aliases)
    runs: list[str] = []
    with gzip.open(data / "clickid.jsonl.gz", "rt", encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if n >= articles:
                break
            record = json.loads(line)
            if record["split"] == "test" or not record.get("content"):
                continue
            for match in _CAPITALISED_RUN.finditer(record["content"]):
                words = match.group().split()
                parts = [words, words[1:], words[:-1]] if len(words) == 3 else [words]
                if len(key(match.group())) >= 10 and not any(key(" ".join(p)) in exact for p in parts):
                    runs.append(match.group())
    print(f"\nno cue: {len(positives):,} misspelt names of two or more words, {len(runs):,} capitalised runs")
    print("| threshold | misspellings found (right region) | fuzzy hits in real text |")
    print("|---|---|---|")
    scored = [(run, process.extractOne(key(run), bases, scorer=fuzz.ratio)) for run in runs]
    for threshold in (85, 88, 90, 92, 95):
        found = sum(
            (hit := process.extractOne(typo, bases, scorer=fuzz.ratio, score_cutoff=threshold)) is not None
            and hit[0] == truth
            for typo, truth in positives
        )
        hits = sum(1 for _, hit in scored if hit is not None and hit[1] >= threshold)
        print(f"| {threshold} | {found / len(positives):.1%} | {hits} |")
    print("\nfuzzy hits in real text at 88 or more (score, run -> region name):")
    for run, hit in sorted(scored, key=lambda item: -(item[1][1] if item[1] else 0)):
        if hit is not None and hit[1] >= 88:
            print(f"  {hit[1]:.0f} {run!r} -> {hit[0]}")


if __name__ == "__main__":
    main()
