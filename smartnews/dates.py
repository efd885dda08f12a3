"""Parse the publication dates of Indonesian and international news feeds.

feedparser reads the zones ``WIB``/``WITA``/``WIT`` as UTC and gives up on Indonesian day and month
names, so smartnews parses the raw ``published``/``updated`` string itself. The words it knows (day
names, month names, zone abbreviations) live in ``smartnews/data/dates.toml``; this module holds only
the patterns. Numeric dates are read day first (``11/01/2023`` is 11 January), as in Indonesia.

>>> parse_date("Rabu, 11 Januari 2023 | 14:30 WIB").isoformat()
'2023-01-11T14:30:00+07:00'
>>> parse_date("Wed, 11 Jan 2023 07:30:00 GMT") == parse_date("11-01-2023 14.30 WIB")
True
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import cache
from importlib.resources import files

__all__ = ["WIB", "WIT", "WITA", "parse_date"]

WIB = timezone(timedelta(hours=7), "WIB")  # Waktu Indonesia Barat
WITA = timezone(timedelta(hours=8), "WITA")  # Waktu Indonesia Tengah
WIT = timezone(timedelta(hours=9), "WIT")  # Waktu Indonesia Timur

_MAX_LENGTH = 200  # real feed dates stay under 60 characters; longer input is not a date

# The input is lower-cased and its whitespace collapsed to single spaces before matching. Words are
# matched as ``[a-z]+`` and looked up in dates.toml afterwards, so the patterns need no word lists.
_WEEKDAY = r"(?:(?P<weekday>[a-z']+)(?:[.,] ?| ))?"  # "Rabu, " "Wed " "Jum'at,"
_DATES = (
    r"(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})",  # 2023-01-11 (ISO 8601)
    r"(?P<day>\d{1,2})[-/.](?P<month>\d{1,2})[-/.](?P<year>\d{4}|\d{2})",  # 11/01/2023, day first
    r"(?P<day>\d{1,2})[ -]?(?P<month>[a-z]+)\.?[ -]?(?P<year>\d{4}|\d{2})",  # 11 Januari 2023, 11-Jan-23
    r"(?P<month>[a-z]+)\.? ?(?P<day>\d{1,2}),? ?(?P<year>\d{4})",  # January 11, 2023
)
_TIME = (
    r"(?:t| ?[,|\u2013\u2014-] ?| )(?:(?P<time_word>[a-z]+) )?"  # "T", " | ", " - ", ", pukul "
    r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2})(?:[.,](?P<fraction>\d+))?)?"
)
_ZONE = r"(?: ?(?P<zone>[a-z]+))?(?: ?(?P<sign>[+-])(?P<off_hours>\d{1,2})(?::?(?P<off_minutes>\d{2}))?)?"
_PATTERNS = tuple(re.compile(f"{_WEEKDAY}{date}(?:{_TIME})?{_ZONE}", re.ASCII) for date in _DATES)


@dataclass(frozen=True)
class _Words:
    """The words of dates.toml, lower case."""

    weekdays: frozenset[str]
    time_words: frozenset[str]
    months: dict[str, int]
    zones: dict[str, timedelta]


@cache
def _words() -> _Words:
    """Load ``smartnews/data/dates.toml`` once."""
    data = tomllib.loads((files("smartnews") / "data" / "dates.toml").read_text(encoding="utf-8"))
    return _Words(
        weekdays=frozenset(data["weekdays"]),
        time_words=frozenset(data["time_words"]),
        months={name: int(number) for number, names in data["months"].items() for name in names},
        zones={name: timedelta(hours=hours) for name, hours in data["zones"].items()},
    )


def is_month(word: str) -> bool:
    """Whether ``word`` names a month, in Indonesian or English, full or short ("Juli", "Agt", "Sep").

    >>> is_month("Juli"), is_month("Agt."), is_month("Julia")
    (True, True, False)
    """
    return word.casefold().rstrip(".") in _words().months


def parse_date(value: str | None, *, default_tz: tzinfo | None = None) -> datetime | None:
    """Parse a date string from an Indonesian or international feed into a timezone-aware datetime.

    Returns None when the value is empty or cannot be parsed (never raises for bad input).
    default_tz (used when the string carries no zone) defaults to WIB, UTC+07:00.

    >>> parse_date("Senin, 02 Agu 2023 14:30:00 +0700")
    datetime.datetime(2023, 8, 2, 14, 30, tzinfo=datetime.timezone(datetime.timedelta(seconds=25200)))
    >>> parse_date("11 Januari 2023 14:30", default_tz=UTC)
    datetime.datetime(2023, 1, 11, 14, 30, tzinfo=datetime.timezone.utc)
    >>> parse_date("kemarin") is None
    True
    """
    if not isinstance(value, str) or len(value) > _MAX_LENGTH:
        return None
    text = " ".join(value.replace("\u2019", "'").split()).lower()
    match = next((m for m in (p.fullmatch(text) for p in _PATTERNS) if m), None)
    if match is None:
        return None
    try:
        return _build(match, _words(), default_tz or WIB)
    except (KeyError, ValueError, OverflowError):  # unknown word, day 32, offset +99:00, ...
        return None


def _build(match: re.Match[str], words: _Words, default_tz: tzinfo) -> datetime:
    """Turn a match of one of ``_PATTERNS`` into a datetime; KeyError or ValueError if it is none."""
    for group, known in (("weekday", words.weekdays), ("time_word", words.time_words)):
        if match[group] and match[group] not in known:
            raise KeyError(match[group])
    year, month = int(match["year"]), match["month"]
    if len(match["year"]) == 2:  # RFC 2822 section 4.3: 00-49 is 20xx, 50-99 is 19xx
        year += 2000 if year < 50 else 1900
    return datetime(
        year,
        int(month) if month.isdigit() else words.months[month],
        int(match["day"]),
        int(match["hour"] or 0),
        int(match["minute"] or 0),
        int(match["second"] or 0),
        int((match["fraction"] or "")[:6].ljust(6, "0")),
        tzinfo=_zone(match, words) or default_tz,
    )


def _zone(match: re.Match[str], words: _Words) -> tzinfo | None:
    """The zone a match names: a numeric offset wins over a name ("GMT+7"); None if there is neither."""
    if match["sign"]:
        offset = timedelta(hours=int(match["off_hours"]), minutes=int(match["off_minutes"] or 0))
        return timezone(-offset if match["sign"] == "-" else offset)
    if match["zone"]:
        offset = words.zones[match["zone"]]
        return timezone(offset, match["zone"].upper()) if offset else UTC
    return None
