"""The hand-labelled entity sets in corpora/labels: well-formed, codes that exist, and dev samples disjoint."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smartnews.regions import lokal_data

LABELS = Path(__file__).resolve().parent.parent / "corpora" / "labels"
FILES = sorted(LABELS.glob("news-id-*-entities.jsonl"))


def _read(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_labelled_set_is_there() -> None:
    names = {p.name for p in FILES}
    assert {f"news-id-{s}-entities.jsonl" for s in ("dev", "dev2", "dev3", "train")} <= names


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_labels_are_well_formed(path: Path) -> None:
    codes = lokal_data("wilayah")
    rows = _read(path)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for row in rows:
        assert set(row) == {"id", "officials", "regions", "note"}, row["id"]
        officials = row["officials"]
        regions = row["regions"]
        assert isinstance(officials, list) and isinstance(regions, list)
        names = [o["name"] for o in officials]
        assert all(isinstance(n, str) and n.strip() for n in names), row["id"]
        assert len(names) == len(set(names)), row["id"]
        for region in regions:
            assert region["code"] in codes and region["code"].count(".") <= 1, (row["id"], region)
        assert len({r["code"] for r in regions}) == len(regions), row["id"]


def test_the_dev_samples_and_the_train_draws_do_not_overlap() -> None:
    seen: dict[str, str] = {}
    for path in FILES:
        for row in _read(path):
            assert row["id"] not in seen, (row["id"], path.name, seen.get(str(row["id"])))
            seen[str(row["id"])] = path.name
