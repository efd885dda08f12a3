"""Choose the near-duplicate threshold on real paragraphs (news-id train + dev; never test).

Negatives: every pair of distinct paragraphs (>= min_chars) inside the same real article — a pair at or
above the threshold would drop a unique paragraph. Positives: each real paragraph against an edited copy
of itself, edited as republished paragraphs are (one word added or removed, a typo fixed, quotes and
punctuation changed, a phrase appended). Prints, per threshold, the share of positives caught and the
share of negative pairs (and articles) that would lose a paragraph.

    python benchmarks/dedup_threshold.py --data ../shared/corpora/news-id [--articles 3000]
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from rapidfuzz import fuzz

from smartnews import newsid
from smartnews.cleaning import fix_text
from smartnews.dedup import normalize

_NUMBER = re.compile(r"\d+")


def articles(data: Path, limit: int) -> Iterator[list[str]]:
    usable = (r for r in newsid.records(data, ("train", "dev")) if r.get("content"))
    for record in itertools.islice(usable, limit):
        fixed = [fix_text(p) for p in newsid.paragraphs(record["content"])]
        yield [p for p in fixed if len(normalize(p)) >= 40]


def _edits(rng: random.Random) -> list[Callable[[str], str]]:
    def add_word(p: str) -> str:
        words = p.split()
        words.insert(rng.randrange(len(words) + 1), rng.choice(["juga", "pun", "tersebut", "pula", "ini"]))
        return " ".join(words)

    def drop_word(p: str) -> str:
        words = p.split()
        del words[rng.randrange(len(words))]
        return " ".join(words)

    def typo(p: str) -> str:
        letters = [i for i, c in enumerate(p) if c.isalpha()]
        i = rng.choice(letters)
        return p[:i] + rng.choice("aeiounrst") + p[i + 1 :]

    def punctuation(p: str) -> str:
        return p.replace('"', "“", 1).replace(",", "", 1).rstrip(".") + "."

    def appended(p: str) -> str:
        return p + rng.choice([" kata dia.", " ujarnya.", " (ant)", " Selengkapnya di laman resmi."])

    return [add_word, drop_word, typo, punctuation, appended]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="folder holding clickid.jsonl.gz")
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--min-chars", type=int, default=40)
    args = parser.parse_args()
    rng = random.Random(13)
    edits = _edits(rng)
    thresholds = [70, 75, 80, 85, 88, 90, 92, 94, 96, 98]
    negatives: list[tuple[int, float, bool]] = []  # (article, score, same numbers)
    positives: list[float] = []
    n_articles = 0
    for index, paragraphs in enumerate(articles(args.data, args.articles)):
        n_articles += 1
        norms = [normalize(p) for p in paragraphs]
        for i in range(len(norms)):
            for j in range(i + 1, len(norms)):
                if norms[i] != norms[j]:
                    same = _NUMBER.findall(norms[i]) == _NUMBER.findall(norms[j])
                    negatives.append((index, fuzz.ratio(norms[i], norms[j]), same))
            edited = normalize(rng.choice(edits)(paragraphs[i]))
            if edited != norms[i] and _NUMBER.findall(edited) == _NUMBER.findall(norms[i]):
                positives.append(fuzz.ratio(norms[i], edited))
    print(f"{n_articles} articles, {len(negatives):,} distinct paragraph pairs, {len(positives):,} copies")
    print("| threshold | near-duplicates caught | unique pairs lost | articles losing a paragraph |")
    print("|---|---|---|---|")
    for t in thresholds:
        caught = sum(s >= t for s in positives) / len(positives)
        lost = [(a, s) for a, s, same in negatives if s >= t and same]
        lost_articles = len({a for a, _ in lost})
        print(f"| {t} | {caught:.2%} | {len(lost)} ({len(lost) / len(negatives):.4%}) | {lost_articles} |")


if __name__ == "__main__":
    main()
