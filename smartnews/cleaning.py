"""Cleaning: mojibake and Unicode repair, HTML to paragraphs, outlet boilerplate, the dateline.

The phrases and patterns are data (``data/boilerplate.toml``, ``data/datelines.toml``); this module only
applies them. :func:`clean` is a pure function of the article: nothing is cached between articles except
the compiled patterns.

>>> result = clean_text("Sampit (ANTARA) - Isi berita pertama.\\nBaca juga: Judul lain\\nEditor: Budi")
>>> result.dateline, result.paragraphs, result.related
(Dateline(place='Sampit', agency='ANTARA'), ['Isi berita pertama.'], ['Judul lain'])
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.resources import files

import ftfy

from smartnews.htmltext import Block, html_blocks
from smartnews.types import Article, Dateline, Removed

_SPACE = re.compile(r"[^\S\n]+")
# Zero-width and other invisible format characters that survive NFC.
_INVISIBLE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]")
# A speech verb after a quote run together with the name or title that follows: '," ujarKasat Reskrim'.
_GLUED_SAID = re.compile(
    r"([,\"”'’]\s*)(kata|ujar|ucap|tutur|ungkap|imbuh|tambah|tegas|jelas|sebut)(nya)?(?=[A-Z][a-z])"
)


@dataclass(frozen=True, slots=True)
class _Rules:
    related: tuple[re.Pattern[str], ...]
    boilerplate: tuple[tuple[re.Pattern[str], int], ...]
    trailing_credit: re.Pattern[str]
    trailing_widget: re.Pattern[str]
    datelines: tuple[re.Pattern[str], ...]
    dash_residue: re.Pattern[str]
    agency: re.Pattern[str]


@functools.cache
def _rules() -> _Rules:
    data = files("smartnews") / "data"
    bp = tomllib.loads((data / "boilerplate.toml").read_text(encoding="utf-8"))
    dl = tomllib.loads((data / "datelines.toml").read_text(encoding="utf-8"))
    pieces = dl["pieces"]
    datelines = tuple(re.compile(p["regex"].format(**pieces)) for p in dl["pattern"])
    return _Rules(
        related=tuple(re.compile(p, re.IGNORECASE) for p in bp["related"]),
        boilerplate=tuple(
            (re.compile(b["pattern"], re.IGNORECASE), b["max_chars"]) for b in bp["boilerplate"]
        ),
        trailing_credit=re.compile(bp["trailing_credit"]["pattern"]),
        trailing_widget=re.compile(bp["trailing_widget"]["pattern"], re.IGNORECASE),
        datelines=datelines,
        dash_residue=re.compile(dl["residue"]["pattern"].format(**pieces)),
        agency=re.compile(pieces["agency"]),
    )


@dataclass(slots=True)
class Cleaned:
    """Body paragraphs (not yet deduplicated), what was removed, related headlines and the dateline."""

    paragraphs: list[str] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    dateline: Dateline | None = None


def fix_text(text: str) -> str:
    """Repair mojibake (``‚Äú`` → ``“``), normalise Unicode (NFC) and collapse spaces within lines.

    Typography is kept as written (curly quotes stay curly).

    >>> fix_text("‚ÄúKami siap,‚Äù kata dia.¬†Jakarta")
    '“Kami siap,” kata dia. Jakarta'
    >>> fix_text('"Kami siap," ujarKasat Reskrim Budi.')
    '"Kami siap," ujar Kasat Reskrim Budi.'
    """
    text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)
    text = _INVISIBLE.sub("", text)
    text = _GLUED_SAID.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3) or ''} ", text)
    return _SPACE.sub(" ", text).strip()


def _headline_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def parse_dateline(paragraph: str) -> tuple[Dateline | None, str]:
    """Split a leading dateline off a paragraph.

    >>> parse_dateline("JAKARTA, KOMPAS.com - Pemerintah kota ...")
    (Dateline(place='Jakarta', agency='KOMPAS.com'), 'Pemerintah kota ...')
    """
    for pattern in _rules().datelines:
        match = pattern.match(paragraph)
        if match and not _rules().agency.fullmatch(match.group("place").strip()):  # "KOMPAS.com -"
            place = match.group("place").strip()
            if place.isupper():
                place = place.title()
            agency = match.groupdict().get("agency")
            return Dateline(place=place, agency=agency.strip() if agency else None), paragraph[match.end() :]
    return None, paragraph


def related_headline(text: str) -> str | None:
    """The headline of a related-story line (``Baca juga: X`` → ``X``), "" when it has none, else None.

    >>> related_headline("Baca juga: Wali kota resmikan ruang kendali"), related_headline("Isi berita.")
    ('Wali kota resmikan ruang kendali', None)
    """
    for pattern in _rules().related:
        match = pattern.match(text)
        if match:
            return match.group("headline").strip(" ,\"'“”:-–—")
    return None


# Where a scraper stripped a link's text, "Baca juga:" is left with commas and the next paragraph joined on
# ("Baca juga:,,Isi berita."), or the headline is joined to the next paragraph by two commas.
_JOINED_LINK = re.compile(r"^[\s,;]*,[\s,;]*|\s*,{2,}\s*")


# A related-story link or a syndication footer that a scraper glued to the end of the sentence before it
# ("... Indonesia.”,Baca juga:,,Isi", "... (Rilis Humas)),Artikel ini telah tayang di ...").
_GLUED_LINK = re.compile(
    r"(?<=[.!?\"”’)])\s*,\s*"
    r"(?=(?:Baca|Simak|Lihat)\s+(?:[Jj]uga|[Pp]ula)\b|Artikel ini (?:telah|sudah) tayang\b)"
)


def split_joined_link(text: str) -> list[str]:
    """A related-story line and the body paragraph a scraper joined to it, as two paragraphs.

    >>> split_joined_link("Baca juga:,,Wali kota meresmikan ruang kendali.")
    ['Baca juga:', 'Wali kota meresmikan ruang kendali.']
    >>> split_joined_link("Baca juga: Judul lain,,Isi berita.")
    ['Baca juga: Judul lain', 'Isi berita.']
    >>> split_joined_link("Kata dia.,Baca juga:,,Isi berita.")
    ['Kata dia.', 'Baca juga:', 'Isi berita.']
    """
    glued = _GLUED_LINK.split(text)
    if len(glued) > 1:
        return [piece for part in glued for piece in split_joined_link(part)]
    for pattern in _rules().related:
        match = pattern.match(text)
        if match:
            joined = _JOINED_LINK.search(match.group("headline"))
            if joined is None or not match.group("headline")[joined.end() :].strip():
                return [text]
            cut = match.start("headline")
            # the paragraph joined on may be another stripped link: "Baca juga:,Baca juga:,,Isi berita."
            return [
                text[: cut + joined.start()].rstrip(),
                *split_joined_link(text[cut + joined.end() :].strip()),
            ]
    return [text]


# A related-story link in brackets inside a body paragraph: "... kata dia. (Baca juga: Judul lain) Lalu ...".
_INLINE_RELATED = re.compile(r"\s*\(\s*((?:baca|simak|lihat)\s+(?:juga|pula)\b[^()]{0,300})\)", re.IGNORECASE)


def cut_inline_related(text: str) -> tuple[str, list[str]]:
    """A paragraph without the bracketed related-story links inside it, and their headlines.

    >>> cut_inline_related("Warga antre. (Baca juga: Pasar murah digelar) Petugas berjaga.")
    ('Warga antre. Petugas berjaga.', ['Pasar murah digelar'])
    """
    headlines = [related_headline(m.group(1)) or "" for m in _INLINE_RELATED.finditer(text)]
    # ("(baca juga: ,t)": what the scraper left of a link is no headline)
    return _INLINE_RELATED.sub("", text).strip(), [h for h in headlines if len(h) > 2]


def _classify(text: str) -> tuple[str, str] | None:
    """("related", headline) or ("boilerplate", text) for a non-body paragraph, else None."""
    headline = related_headline(text)
    if headline is not None:
        return ("related", headline) if headline else ("boilerplate", text)
    for pattern, max_chars in _rules().boilerplate:
        if len(text) <= max_chars and pattern.match(text):
            return ("boilerplate", text)
    return None


def clean_blocks(blocks: Iterable[Block]) -> Cleaned:
    """Clean paragraphs given as blocks: repair text, sort out links and boilerplate, take the dateline."""
    result = Cleaned()
    seen_related: set[str] = set()
    rules = _rules()
    for block in blocks:
        text = fix_text(block.text)
        if not text:
            continue
        for piece in split_joined_link(text):
            kind = _classify(piece)
            if kind is None and block.link_only:
                kind = ("related", piece)
            inline: list[str] = []
            if kind is None:
                piece, inline = cut_inline_related(piece)
                if piece:
                    result.paragraphs.append(piece)
            elif kind[0] == "related":
                inline = [kind[1]]
            else:
                result.removed.append(Removed(text=piece, reason="boilerplate"))
            for headline in inline:
                key = _headline_key(headline)
                if key not in seen_related:
                    seen_related.add(key)
                    result.related.append(headline)
    if result.paragraphs:
        result.paragraphs = [
            rules.trailing_credit.sub("", rules.trailing_widget.sub("", p)) for p in result.paragraphs
        ]
        result.paragraphs = [p for p in result.paragraphs if p]
    if result.paragraphs:
        result.dateline, rest = parse_dateline(result.paragraphs[0])
        if result.dateline is not None:
            prefix = result.paragraphs[0][: len(result.paragraphs[0]) - len(rest)]
            # A whole-article repeat prints the dateline again: strip it there too, so that the copy
            # is recognised as a duplicate of the first paragraph.
            result.paragraphs = [p.removeprefix(prefix).strip() for p in result.paragraphs]
            result.paragraphs = [p for p in result.paragraphs if p]
        elif rules.dash_residue.match(result.paragraphs[0]):
            # "- Kepala Dinas ...": the dash of a dateline whose place the scraper stripped
            result.paragraphs[0] = rules.dash_residue.sub("", result.paragraphs[0], count=1)
            result.paragraphs = [p for p in result.paragraphs if p]
    return result


def clean_text(text: str) -> Cleaned:
    """Clean plain text, one paragraph a line."""
    return clean_blocks(Block(line) for line in text.splitlines())


def clean(article: Article) -> Cleaned:
    """Clean an article, from its HTML when it has some (link paragraphs are recognised there)."""
    if article.html:
        return clean_blocks(html_blocks(article.html))
    return clean_text(article.text)
