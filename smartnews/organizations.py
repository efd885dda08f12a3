"""Organisations: ministries, dinas, badan, commissions, parliaments and regional governments, by full
name or acronym (``Kominfo`` ⇄ ``Kementerian Komunikasi dan Informatika``), from ``data/organizations.toml``.

A regional body is named with its region (``Dinas Komunikasi dan Informatika Kotawaringin Timur``); a body
the lexicon lacks is found where the text defines it: ``Komisi Informasi Daerah (KID)``.

>>> [(o.name, o.acronym, o.mentions) for o in find_organizations("Kementerian Kominfo dan Kominfo menilai.")]
[('Kementerian Komunikasi dan Informatika', 'Kominfo', 2)]
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from smartnews.regions import RegionMention, find_region_mentions, region_info
from smartnews.types import Organization


@dataclass(frozen=True, slots=True)
class OrgInfo:
    name: str
    acronym: str | None
    regional: bool
    subject: str | None
    minister: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OrgMention:
    start: int
    end: int
    name: str  # full name, with the region for a regional body
    acronym: str | None


@dataclass(frozen=True, slots=True)
class _Lexicon:
    orgs: tuple[OrgInfo, ...]
    exact: re.Pattern[str]  # acronyms and one-word names: case-sensitive
    folded: re.Pattern[str]  # names and aliases of several words: any case
    surface: dict[str, OrgInfo]  # casefolded surface form -> org
    definition: re.Pattern[str]
    head: re.Pattern[str]  # a body's head word ("Badan", "Kantor") at the start of a name
    government: re.Pattern[str]
    inner_acronyms: frozenset[str]
    regional_names: frozenset[str]  # bodies that exist per region: "Dinas Sosial" ("Dinas Sosial Asmat")


def _alternation(forms: Sequence[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))


@functools.cache
def lexicon() -> _Lexicon:
    data: dict[str, Any] = tomllib.loads(
        (files("smartnews") / "data" / "organizations.toml").read_text("utf-8")
    )
    orgs = []
    surface: dict[str, OrgInfo] = {}
    exact_forms: list[str] = []
    folded_forms: list[str] = []
    for entry in data["org"]:
        org = OrgInfo(
            name=entry["name"],
            acronym=entry.get("acronym"),
            regional=entry.get("regional", False),
            subject=entry.get("subject"),
            minister=tuple(entry.get("minister", ())),
        )
        orgs.append(org)
        for form in [org.name, *(entry.get("aliases", [])), *([org.acronym] if org.acronym else [])]:
            surface[form.casefold()] = org
            (folded_forms if " " in form else exact_forms).append(form)
    heads = _alternation(data["heads"])
    return _Lexicon(
        orgs=tuple(orgs),
        exact=re.compile(rf"(?<![\w-])(?:{_alternation(exact_forms)})(?![\w-])"),
        folded=re.compile(rf"(?<![\w-])(?:{_alternation(folded_forms)})(?![\w-])", re.IGNORECASE),
        surface=surface,
        definition=re.compile(
            rf"\b((?:{heads})(?:\s+(?:[A-Z][\w/.-]*|dan|&|,(?=\s+[A-Z])))+)\s*\(([A-Z][A-Za-z-]{{1,14}})\)"
        ),
        head=re.compile(rf"(?:{heads})(?![\w-])"),
        government=re.compile(
            r"\b(?:Pemerintah\s+(?:Kabupaten|Kota|Provinsi)|Pemkab|Pemkot|Pemprov)\s+(?=[A-Z])"
        ),
        inner_acronyms=frozenset(data.get("inner_acronyms", ())),
        regional_names=frozenset(o.name for o in orgs if o.regional),
    )


def find_organization_mentions(
    text: str, *, region_mentions: Sequence[RegionMention] | None = None
) -> list[OrgMention]:
    """Every organisation named in ``text``, in order, overlapping forms resolved to the longest."""
    lex = lexicon()
    regions = list(region_mentions) if region_mentions is not None else find_region_mentions(text)
    found: list[OrgMention] = []
    for pattern in (lex.folded, lex.exact):
        for match in pattern.finditer(text):
            org = lex.surface[match.group().casefold()]
            if pattern is lex.exact and match.group().islower():
                continue  # "ma", "bi": not acronyms when lowercase
            end, name = match.end(), org.name
            if org.regional:
                region = _region_right_after(regions, match.end(), text)
                if region is not None:
                    end, name = region.end, f"{org.name} {_region_label(region.code)}"
            found.append(OrgMention(match.start(), end, name, org.acronym))
    for match in lex.government.finditer(text):
        # the region mention may include the cue ("Pemkab Kotim") or start after it
        region = next((r for r in regions if r.start <= match.end() < r.end), None)
        if region is None:
            continue
        info = region_info(region.code)
        short = {"kabupaten": "Pemkab", "kota": "Pemkot", "provinsi": "Pemprov"}[info.kind]
        full = info.name if info.kind != "provinsi" else f"Provinsi {info.name}"
        found.append(OrgMention(match.start(), region.end, f"Pemerintah {full}", f"{short} {info.base}"))
    known = {org.name.casefold() for org in lex.orgs} | {o.acronym.casefold() for o in lex.orgs if o.acronym}
    for match in lex.definition.finditer(text):
        name, acronym, end = " ".join(match.group(1).split()), match.group(2), match.end()
        if acronym in lex.inner_acronyms:
            # "Direktorat Jenderal (Ditjen) Bea dan Cukai": the bracket shortens the head, the name goes on
            rest = _INNER_REST.match(text, end)
            if rest is None:
                continue
            words = " ".join(rest.group(1).split())
            name, acronym, end = f"{name} {words}", f"{acronym} {words}", rest.end()
        dropped = _words_before_the_body(name, acronym)
        starts = [w.start() for w in re.finditer(r"\S+", match.group(1))]
        if dropped is None or dropped >= len(starts):
            continue
        name = " ".join(name.split()[dropped:])
        start = match.start(1) + starts[dropped]
        if name.casefold() not in known and acronym.casefold() not in known:
            found.append(OrgMention(start, end, name, acronym))
    return _longest(found)


def _words_before_the_body(name: str, acronym: str) -> int | None:
    """How many leading words of ``name`` the acronym in brackets after it leaves out: none when it is the
    initials of all the words after the head ("Dinas Perumahan Kawasan Permukiman dan Penataan Ruang
    (PKPPR)"); else the body starts at the first word with the acronym's initial, and must still start with
    a body's head ("Kantor Otoritas Bandar Udara (OBU)": 1). None when the bracket defines no body: a rank
    ("Humas Polri Brigjen (Pol)"), a country in a list ("Otoritas Malaysia dan Amerika Serikat (AS)"), a
    report or a title ("Laporan Keuangan Pemerintah Daerah (LKPD)", "Pusat Kesehatan (Kapuskes)")."""
    words = name.split()
    if acronym.casefold() == "".join(w[0] for w in words[1:] if w[0].isupper()).casefold():
        return 0  # "Dinas Perumahan Kawasan Permukiman dan Penataan Ruang (PKPPR)": all but the head
    for dropped, word in enumerate(words[:-1]):  # a head alone ("Kementerian Lembaga (LKKL)") is no body
        if word[0].casefold() == acronym[0].casefold():
            return dropped if lexicon().head.match(" ".join(words[dropped:])) else None
    return None


# The rest of a body's name after a bracketed short head: capitalised words (joined by "dan"), up to a
# bracket, a comma or the ministry it belongs to ("Ditjen) Pajak, Kementerian", "Ditjen) Bina Marga,").
_NAME_WORD = r"(?!Kementerian\b|Kemen[A-Z]|Kemen[a-z]+\b)[A-Z][\w-]*"  # not the ministry it belongs to
_INNER_REST = re.compile(rf"\s+({_NAME_WORD}(?:\s+(?:dan\s+)?{_NAME_WORD}){{0,5}})")


def _region_label(code: str) -> str:
    info = region_info(code)
    if info.kind == "kabupaten":
        return info.base
    return f"Kota {info.base}" if info.kind == "kota" else f"Provinsi {info.name}"


def _region_right_after(
    regions: Sequence[RegionMention], position: int, text: str, gap: int = 12
) -> RegionMention | None:
    for region in regions:
        between = text[position : region.start]
        near = region.start >= position and len(between) <= gap and not re.search(r"[^\s\w]|\n", between)
        if near and between.strip() in ("", "Kabupaten", "Kota", "Provinsi", "Kab."):
            return region
    return None


def _longest(mentions: list[OrgMention]) -> list[OrgMention]:
    kept: list[OrgMention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


def summarize(mentions: Sequence[OrgMention]) -> tuple[Organization, ...]:
    """One :class:`~smartnews.types.Organization` per name, most mentioned first."""
    counts: Counter[str] = Counter(m.name for m in mentions)
    acronyms = {m.name: m.acronym for m in mentions}
    for name in [n for n in counts if n in lexicon().regional_names]:
        # "Dinas Sosial" and "Dinas Sosial Asmat": the bare name is the same body as its one regional form
        specific = [n for n in counts if n.startswith(f"{name} ")]
        if len(specific) == 1:
            counts[specific[0]] += counts.pop(name)
    order = {m.name: i for i, m in reversed(list(enumerate(mentions)))}
    return tuple(
        Organization(name, acronyms[name], counts[name])
        for name in sorted(counts, key=lambda n: (-counts[n], order[n]))
    )


def find_organizations(text: str | Sequence[str]) -> tuple[Organization, ...]:
    """The organisations of a text (or of paragraphs, read as one text), most mentioned first."""
    joined = text if isinstance(text, str) else "\n".join(text)
    return summarize(find_organization_mentions(joined))
