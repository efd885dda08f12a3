"""The records smartnews passes between stages: frozen, slotted dataclasses with no behaviour beyond
conversion to and from plain dicts (the JSON shape of :meth:`Analysis.to_dict` is a public contract).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from smartnews.dates import WIB, parse_date

RemovalReason = Literal["duplicate", "near_duplicate", "boilerplate"]
Pillar = Literal["governance", "infrastructure", "economy", "living", "people", "environment"]
RegionKind = Literal["provinsi", "kabupaten", "kota"]
EntityLabel = Literal["PER", "ORG", "LOC"]


def _aware(value: datetime | str | None) -> datetime | None:
    """A timezone-aware datetime from a datetime or a date string; naive values are taken as WIB."""
    if value is None or isinstance(value, str):
        return parse_date(value)
    return value if value.tzinfo is not None else value.replace(tzinfo=WIB)


def text_id(text: str) -> str:
    """A stable id for a text with no URL: the first 16 hex digits of its SHA-256."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article: its body in ``text``, paragraphs separated by line breaks.

    ``html`` keeps the HTML the text came from (a feed's ``content:encoded`` or summary, or the body
    extracted from the article page), so that the cleaning stage can tell link-only paragraphs apart; it
    is None for plain text. ``page_error`` is set by ``read_feed(..., full_text=True)`` when the article
    page could not be used: it says why the feed's summary was kept instead.

    >>> Article.from_text("Sampit (ANTARA) - Isi berita.", title="Judul").title
    'Judul'
    """

    id: str
    url: str | None
    title: str | None
    published: datetime | None
    source: str | None
    text: str
    html: str | None = None
    author: str | None = None
    page_error: str | None = None

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        title: str | None = None,
        url: str | None = None,
        source: str | None = None,
        published: datetime | str | None = None,
    ) -> Article:
        """Build an article from plain text (one paragraph a line); the id is the URL or a text hash."""
        return cls(
            id=url or text_id(text),
            url=url,
            title=title,
            published=_aware(published),
            source=source,
            text=text,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source,
            "text": self.text,
            "html": self.html,
            "author": self.author,
            "page_error": self.page_error,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(
            id=data["id"],
            url=data.get("url"),
            title=data.get("title"),
            published=_aware(data.get("published")),
            source=data.get("source"),
            text=data.get("text", ""),
            html=data.get("html"),
            author=data.get("author"),
            page_error=data.get("page_error"),
        )


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place and news agency that open an article: ``Sampit (ANTARA) -``."""

    place: str
    agency: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"place": self.place, "agency": self.agency}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Dateline:
        return cls(place=data["place"], agency=data.get("agency"))


@dataclass(frozen=True, slots=True)
class Removed:
    """A paragraph the cleaning or dedup stage took out, and why.

    ``duplicate_of`` is the index in ``Analysis.paragraphs`` of the paragraph that was kept.
    """

    text: str
    reason: RemovalReason
    duplicate_of: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason, "duplicate_of": self.duplicate_of}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Removed:
        return cls(text=data["text"], reason=data["reason"], duplicate_of=data.get("duplicate_of"))


@dataclass(frozen=True, slots=True)
class Relevance:
    score: float
    relevant: bool

    def to_dict(self) -> dict[str, Any]:
        return {"score": self.score, "relevant": self.relevant}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Relevance:
        return cls(score=float(data["score"]), relevant=bool(data["relevant"]))


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of text in ``Analysis.paragraphs[paragraph]``, from character ``start`` to ``end``."""

    paragraph: int
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"paragraph": self.paragraph, "start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        return cls(paragraph=data["paragraph"], start=data["start"], end=data["end"], text=data["text"])


@dataclass(frozen=True, slots=True)
class PillarTag:
    pillar: Pillar
    score: float
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"pillar": self.pillar, "score": self.score, "evidence": [e.to_dict() for e in self.evidence]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PillarTag:
        return cls(
            pillar=data["pillar"],
            score=float(data["score"]),
            evidence=tuple(Evidence.from_dict(e) for e in data.get("evidence", [])),
        )


@dataclass(frozen=True, slots=True)
class Official:
    name: str
    title: str
    region_code: str | None
    mentions: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "region_code": self.region_code,
            "mentions": self.mentions,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Official:
        return cls(data["name"], data["title"], data.get("region_code"), int(data["mentions"]))


@dataclass(frozen=True, slots=True)
class Region:
    code: str
    name: str
    kind: RegionKind
    province: str
    mentions: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "kind": self.kind,
            "province": self.province,
            "mentions": self.mentions,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Region:
        return cls(data["code"], data["name"], data["kind"], data["province"], int(data["mentions"]))


@dataclass(frozen=True, slots=True)
class Organization:
    name: str
    acronym: str | None
    mentions: int

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "acronym": self.acronym, "mentions": self.mentions}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Organization:
        return cls(data["name"], data.get("acronym"), int(data["mentions"]))


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    label: EntityLabel
    paragraph: int
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "label": self.label,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        return cls(data["text"], data["label"], data["paragraph"], data["start"], data["end"])


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything smartnews found in one article. :meth:`to_dict` gives the public JSON shape.

    ``language`` (``"id"`` or ``"und"``) and ``warnings`` are run-time information kept out of the
    JSON contract.
    """

    id: str
    url: str | None
    title: str | None
    source: str | None
    published: datetime | None
    dateline: Dateline | None
    paragraphs: tuple[str, ...]
    removed: tuple[Removed, ...] = ()
    related: tuple[str, ...] = ()
    relevance: Relevance | None = None
    pillars: tuple[PillarTag, ...] = ()
    officials: tuple[Official, ...] = ()
    regions: tuple[Region, ...] = ()
    organizations: tuple[Organization, ...] = ()
    entities: tuple[Entity, ...] = ()
    language: str = field(default="id", compare=False)
    warnings: tuple[str, ...] = field(default=(), compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON shape: every key present, later stages' keys empty until they run."""
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "paragraphs": list(self.paragraphs),
            "removed": [r.to_dict() for r in self.removed],
            "related": list(self.related),
            "relevance": self.relevance.to_dict() if self.relevance else None,
            "pillars": [p.to_dict() for p in self.pillars],
            "officials": [o.to_dict() for o in self.officials],
            "regions": [r.to_dict() for r in self.regions],
            "organizations": [o.to_dict() for o in self.organizations],
            "entities": [e.to_dict() for e in self.entities],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        return cls(
            id=data["id"],
            url=data.get("url"),
            title=data.get("title"),
            source=data.get("source"),
            published=_aware(data.get("published")),
            dateline=Dateline.from_dict(data["dateline"]) if data.get("dateline") else None,
            paragraphs=tuple(data.get("paragraphs", [])),
            removed=tuple(Removed.from_dict(r) for r in data.get("removed", [])),
            related=tuple(data.get("related", [])),
            relevance=Relevance.from_dict(data["relevance"]) if data.get("relevance") else None,
            pillars=tuple(PillarTag.from_dict(p) for p in data.get("pillars", [])),
            officials=tuple(Official.from_dict(o) for o in data.get("officials", [])),
            regions=tuple(Region.from_dict(r) for r in data.get("regions", [])),
            organizations=tuple(Organization.from_dict(o) for o in data.get("organizations", [])),
            entities=tuple(Entity.from_dict(e) for e in data.get("entities", [])),
        )


@dataclass(frozen=True, slots=True)
class FeedResult:
    """What :func:`smartnews.read_feed` found. ``error`` is None or a one-line message; it never raises.

    ``articles`` may be non-empty even when ``error`` is set: a malformed feed's recoverable items are kept.
    """

    articles: list[Article]
    status: int | None = None
    etag: str | None = None
    modified: str | None = None
    error: str | None = None
    url: str | None = None
    title: str | None = None
    skipped: tuple[str, ...] = ()
