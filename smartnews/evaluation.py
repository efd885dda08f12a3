"""Measuring smartnews against hand labels: officials (by name) and regions (by code).

The labels (``corpora/labels/news-id-dev-entities.jsonl``) hold article ids only; the texts are read from
the news-id corpus at ``--data``. Names are compared without case, punctuation, honorifics and ranks, and a
name matches when one's words are all in the other's (the text may give "Anies" where the label has
"Anies Baswedan", or the reverse), initials read as the words they stand for ("BJ Habibie" is
"Bacharuddin Jusuf Habibie").

>>> same_name("H. Anies Baswedan", "anies baswedan"), same_name("Anies", "Anies Baswedan")
(True, True)
>>> same_name("BJ Habibie", "Bacharuddin Jusuf Habibie"), same_name("BJ Habibie", "Bacharuddin Habibie")
(True, False)
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smartnews import newsid
from smartnews.pipeline import analyze_many
from smartnews.types import Analysis, Official

_HONORIFIC = re.compile(
    r"\b(?:h|hj|dr|drs|dra|ir|prof|kh|irjen|brigjen|kombes|akbp|kompol|akp|letkol|kolonel|mayjen|letjen|"
    r"jenderal|laksamana|marsekal|pol|tni|se|sh|mh|mm|msi|mt|phd)\b"
)


def name_words(name: str) -> frozenset[str]:
    words = re.sub(r"[^\w\s]", " ", name.casefold())
    return frozenset(_HONORIFIC.sub(" ", words).split())


def same_name(a: str, b: str) -> bool:
    return any(
        bool(wa and wb) and (wa <= wb or wb <= wa)
        for wa, wb in (
            (name_words(a), name_words(b)),
            (name_words(_initialled(a, b)), name_words(b)),
            (name_words(a), name_words(_initialled(b, a))),
        )
    )


_INITIALS = re.compile(r"(?<![\w'-])[A-Z]{2,4}(?![\w'-])")


def _initialled(name: str, other: str) -> str:
    """``name`` with each run of capitalised words whose initials are a word of capitals in ``other`` written
    as that word: "Bacharuddin Jusuf Habibie" as "BJ Habibie" beside "BJ Habibie", "Susilo Bambang
    Yudhoyono" as "SBY"."""
    words = name.split()
    for initials in _INITIALS.findall(other):
        n = len(initials)
        for i in range(len(words) - n + 1):
            run = words[i : i + n]
            if all(w[0].isupper() for w in run) and "".join(w[0] for w in run) == initials:
                words[i : i + n] = [initials]
                break
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class Score:
    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "true_positives": self.true_positives,
            "predicted": self.predicted,
            "gold": self.gold,
        }


def _match(
    predicted: Sequence[Official], gold: Sequence[dict[str, Any]]
) -> list[tuple[Official, dict[str, Any]]]:
    """Pairs of a found official and the label it matches by name (each label used once)."""
    left = list(gold)
    pairs = []
    for official in predicted:
        match = next((g for g in left if same_name(official.name, g["name"])), None)
        if match is not None:
            left.remove(match)
            pairs.append((official, match))
    return pairs


def _same_text(a: str | None, b: str | None) -> bool:
    return " ".join((a or "").casefold().split()) == " ".join((b or "").casefold().split())


def score_entities(pairs: Iterable[tuple[Analysis, dict[str, Any]]]) -> dict[str, Any]:
    """Micro precision/recall/F1 of officials and regions, with the errors per article."""
    off = [0, 0, 0]
    reg = [0, 0, 0]
    agree: Counter[str] = Counter()
    errors = []
    articles = 0
    for analysis, label in pairs:
        articles += 1
        got_names = [o.name for o in analysis.officials]
        want_names = [o["name"] for o in label["officials"]]
        matched = _match(analysis.officials, label["officials"])
        off = [off[0] + len(matched), off[1] + len(got_names), off[2] + len(want_names)]
        for official, gold in matched:
            agree["pairs"] += 1
            agree["same_name"] += name_words(official.name) == name_words(gold["name"])
            agree["same_title"] += _same_text(official.title, gold.get("title"))
        got_codes = {r.code for r in analysis.regions}
        want_codes = {r["code"] for r in label["regions"]}
        reg = [reg[0] + len(got_codes & want_codes), reg[1] + len(got_codes), reg[2] + len(want_codes)]
        missed = [n for n in want_names if not any(same_name(n, g) for g in got_names)]
        extra = [n for n in got_names if not any(same_name(n, w) for w in want_names)]
        if missed or extra or got_codes != want_codes:
            errors.append(
                {
                    "id": analysis.id,
                    "officials_missed": missed,
                    "officials_extra": extra,
                    "regions_missed": sorted(want_codes - got_codes),
                    "regions_extra": sorted(got_codes - want_codes),
                }
            )
    return {
        "articles": articles,
        "officials": Score(*off).to_dict(),
        "regions": Score(*reg).to_dict(),
        # of the officials matched by name, how many also have the label's words exactly and its title as
        # written (case and spacing aside): the name match alone is lenient. (The labels hold no region code.)
        "officials_agreement": {k: agree[k] for k in ("pairs", "same_name", "same_title")},
        "errors": errors,
    }


def evaluate_entities(data: Path, labels: Path) -> dict[str, Any]:
    """Score the pipeline's officials and regions on the labelled articles of news-id."""
    wanted = {
        json.loads(line)["id"]: json.loads(line) for line in labels.read_text("utf-8").splitlines() if line
    }
    records = {r["id"]: r for r in newsid.records(data, ("dev", "train")) if r["id"] in wanted}
    missing = sorted(set(wanted) - set(records))
    if missing:
        raise ValueError(f"{len(missing)} labelled ids are not in {data} (first: {missing[0]})")
    ids = list(wanted)
    analyses = analyze_many(newsid.to_article(records[i]) for i in ids)
    return score_entities(zip(analyses, (wanted[i] for i in ids), strict=True))
