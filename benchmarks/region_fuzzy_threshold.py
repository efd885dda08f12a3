"""Choose the fuzzy-match threshold for misspelt region names after a cue word (``Kabupaten Kotawaringin
Timor``).

Positives: every kabupaten/kota name with one random edit (a letter replaced, dropped, doubled or two
swapped), three times each. Real text: the capitalised words after a cue word (``Bupati``, ``Wali Kota``,
``Pemkab``, ...) in articles of news-id (train and dev; never test) where no region name matches exactly,
which is where smartnews tries a fuzzy match: mostly people's names ("Bupati Halikinnor"), and the odd
real misspelling. Every fuzzy hit there is printed for a reader to judge.

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


if __name__ == "__main__":
    main()
