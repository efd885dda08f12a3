"""Tests of smartnews.dates.parse_date: English, Indonesian and ISO feed dates, and bad input."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartnews.dates import WIB, WIT, WITA, parse_date


def at(hour: int, minute: int = 0, second: int = 0, tz: timezone = WIB, day: int = 11) -> datetime:
    """A moment of 11 January 2023 (or another January ``day``)."""
    return datetime(2023, 1, day, hour, minute, second, tzinfo=tz)


def assert_same(result: datetime | None, expected: datetime) -> None:
    """Same instant *and* same UTC offset: ``==`` alone would accept 14:30+07:00 for 07:30Z."""
    assert result == expected
    assert result is not None and result.utcoffset() == expected.utcoffset()


def test_zone_constants() -> None:
    assert [z.utcoffset(None) for z in (WIB, WITA, WIT)] == [timedelta(hours=h) for h in (7, 8, 9)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wed, 11 Jan 2023 14:30:00 +0700", at(14, 30)),
        ("Wed, 11 Jan 2023 07:30:00 GMT", at(7, 30, tz=UTC)),
        ("Wed, 11 Jan 2023 07:30:00 UTC", at(7, 30, tz=UTC)),
        ("Wed, 11 Jan 2023 07:30:00 UT", at(7, 30, tz=UTC)),
        ("Wed, 11 Jan 2023 07:30:00 Z", at(7, 30, tz=UTC)),
        ("Wed, 11 Jan 2023 07:30:00 -0000", at(7, 30, tz=UTC)),
        ("Wed, 11 Jan 23 07:30:00 GMT", at(7, 30, tz=UTC)),
        ("Wed, 11 Jan 99 07:30:00 GMT", datetime(1999, 1, 11, 7, 30, tzinfo=UTC)),
        ("Wed, 11 Jan 2023 07:30 GMT", at(7, 30, tz=UTC)),
        ("11 Jan 2023 07:30:15 GMT", at(7, 30, 15, tz=UTC)),
        ("Wednesday, 11 January 2023 09:30:00 EST", at(9, 30, tz=timezone(timedelta(hours=-5)))),
        ("Wed, 11 Jan 2023 14:30:00 -0330", at(14, 30, tz=timezone(-timedelta(hours=3, minutes=30)))),
        ("January 11, 2023 14:30 UTC", at(14, 30, tz=UTC)),
        ("Wed, 11-Jan-2023 14:30:00 GMT", at(14, 30, tz=UTC)),
    ],
)
def test_english_rfc822(text: str, expected: datetime) -> None:
    assert_same(parse_date(text), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rabu, 11 Jan 2023 14:30:00 +0700", at(14, 30)),
        ("rabu, 11 januari 2023 14:30:00 +0700", at(14, 30)),
        ("RABU, 11 JANUARI 2023 14:30:00 +0700", at(14, 30)),
        ("Rabu, 11 Jan 2023", at(0)),
        ("11 Januari 2023", at(0)),
        ("Senin, 02 Agu 2023 14:30:00 +0700", datetime(2023, 8, 2, 14, 30, tzinfo=WIB)),
        ("Selasa, 11 Jan 2023 14:30 WIB", at(14, 30)),  # a wrong weekday is ignored, as in feeds
        ("Kamis, 12 Jan 2023 14:30 WIB", at(14, 30, day=12)),
        ("Jumat, 13 Jan 2023 14:30 WIB", at(14, 30, day=13)),
        ("Jum'at, 13 Jan 2023 14:30 WIB", at(14, 30, day=13)),
        ("Jum\u2019at, 13 Jan 2023 14:30 WIB", at(14, 30, day=13)),
        ("Sabtu, 14 Jan 2023 14:30 WIB", at(14, 30, day=14)),
        ("Minggu, 15 Jan 2023 14:30 WIB", at(14, 30, day=15)),
        ("Ahad, 15 Jan 2023 14:30 WIB", at(14, 30, day=15)),
        ("Sen, 16 Jan 2023 14:30 WIB", at(14, 30, day=16)),
    ],
)
def test_indonesian_day_names(text: str, expected: datetime) -> None:
    assert_same(parse_date(text), expected)


MONTHS = {
    1: ["Januari", "Jan"],
    2: ["Februari", "Pebruari", "Feb"],
    3: ["Maret", "Mar"],
    4: ["April", "Apr"],
    5: ["Mei"],
    6: ["Juni", "Jun"],
    7: ["Juli", "Jul"],
    8: ["Agustus", "Agu", "Agt", "Ags"],
    9: ["September", "Sep"],
    10: ["Oktober", "Okt"],
    11: ["November", "Nov"],
    12: ["Desember", "Des"],
}


@pytest.mark.parametrize(
    ("name", "month"), [(name, month) for month, names in MONTHS.items() for name in names]
)
@pytest.mark.parametrize("case", [str, str.lower, str.upper])
def test_indonesian_month_names(name: str, month: int, case: Callable[[str], str]) -> None:
    text = f"Rabu, 05 {case(name)} 2023 14:30:00 +0700"
    assert_same(parse_date(text), datetime(2023, month, 5, 14, 30, tzinfo=WIB))


@pytest.mark.parametrize(
    ("text", "tz"),
    [
        ("11 Jan 2023 14:30 WIB", WIB),
        ("11 Jan 2023 14:30 WITA", WITA),
        ("11 Jan 2023 14:30 WIT", WIT),
        ("11 Jan 2023 14:30 wita", WITA),
        ("11 Jan 2023 14:30 +0800", WITA),
        ("11 Jan 2023 14:30 +08:00", WITA),
        ("11 Jan 2023 14:30 +08", WITA),
        ("11 Jan 2023 14:30 GMT+8", WITA),
        ("11 Jan 2023 14:30 GMT+08:00", WITA),
        ("11 Jan 2023 14:30 UTC+9", WIT),
        ("11 Jan 2023 14:30 GMT+7", WIB),
    ],
)
def test_zones(text: str, tz: timezone) -> None:
    assert_same(parse_date(text), at(14, 30, tz=tz))


def test_named_zones_keep_their_name() -> None:
    result = parse_date("11 Jan 2023 14:30 WITA")
    assert result is not None and result.tzname() == "WITA"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-01-11T14:30:00+07:00", at(14, 30)),
        ("2023-01-11T07:30:00Z", at(7, 30, tz=UTC)),
        ("2023-01-11T07:30:00.250Z", at(7, 30, tz=UTC).replace(microsecond=250000)),
        ("2023-01-11T14:30:00+0900", at(14, 30, tz=WIT)),
        ("2023-01-11T14:30+08:00", at(14, 30, tz=WITA)),
        ("2023-01-11 14:30:00", at(14, 30)),
        ("2023-01-11", at(0)),
    ],
)
def test_iso8601(text: str, expected: datetime) -> None:
    assert_same(parse_date(text), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11 Januari 2023 14:30 WIB", at(14, 30)),
        ("Rabu, 11 Januari 2023 | 14:30 WIB", at(14, 30)),
        ("Rabu, 11/01/2023 14:30 WIB", at(14, 30)),
        ("Rabu, 05/01/2023 14:30 WIB", at(14, 30, day=5)),  # day first: 5 January, not 1 May
        ("11-01-2023 14.30 WIB", at(14, 30)),
        ("11.01.2023 14.30.05 WITA", at(14, 30, 5, tz=WITA)),
        ("Rabu 11 Jan 2023, 14:30 WIB", at(14, 30)),
        ("Rabu, 11 Januari 2023 - 14:30 WIB", at(14, 30)),
        ("Rabu, 11 Januari 2023 \u2013 14:30 WIB", at(14, 30)),
        ("Rabu, 11 Januari 2023, pukul 14.30 WIT", at(14, 30, tz=WIT)),
        ("  Rabu,\u00a011 Januari 2023\n14:30\tWIB  ", at(14, 30)),
    ],
)
def test_indonesian_outlet_formats(text: str, expected: datetime) -> None:
    assert_same(parse_date(text), expected)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        None,
        "kemarin",
        "2 jam yang lalu",
        "32 Januari 2023",
        "29 Februari 2023",
        "2023-13-45",
        "11/13/2023",  # no 13th month: numeric dates are day first
        "Wed, 99 Foo 2023",
        "Foo, 11 Jan 2023",
        "11 Jan 2023 25:00 WIB",
        "11 Jan 2023 14:30 XYZ",
        "11 Jan 2023 14:30 +9900",
        "11 Januari 2023 tadi 14:30",
        "11 Januari 2023 14:30 WIB" + " " * 300,
        "x" * 10_000,
        "11 Januari 2023 " * 1_000,
        "\x00\xff\xfe\x89PNG\r\n\x1a\n\ufffd",
    ],
)
def test_invalid_gives_none(text: str | None) -> None:
    assert parse_date(text) is None


def test_bytes_give_none() -> None:
    assert parse_date(b"Wed, 11 Jan 2023 14:30:00 +0700") is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "default_tz", "expected"),
    [
        ("11 Januari 2023 14:30", None, at(14, 30)),
        ("11 Januari 2023 14:30", UTC, at(14, 30, tz=UTC)),
        ("11 Januari 2023 14:30", WITA, at(14, 30, tz=WITA)),
        ("2023-01-11", WIT, at(0, tz=WIT)),
        ("11 Januari 2023 14:30 WIB", UTC, at(14, 30)),  # a zone in the string wins
    ],
)
def test_default_tz(text: str, default_tz: timezone | None, expected: datetime) -> None:
    assert_same(parse_date(text, default_tz=default_tz), expected)


# Fragments of real dates, so that hypothesis also explores strings that get deep into the parser.
FRAGMENTS = st.sampled_from(
    ["Rabu", "Jum'at", "Wed", "11", "99", "2023", "23", "Januari", "Agu", "Foo", "14:30", "14.30",
     "07:30:00", "WIB", "WITA", "GMT", "Z", "+0700", "+07:00", "-99", "|", ",", "-", "/", ":", ".", "T"]
)  # fmt: skip


@given(st.text(max_size=300))
def test_never_raises_on_any_text(text: str) -> None:
    result = parse_date(text)
    assert result is None or result.utcoffset() is not None


@given(st.lists(FRAGMENTS, max_size=12), st.sampled_from(["", " ", ", "]))
def test_never_raises_on_date_like_text(fragments: list[str], separator: str) -> None:
    result = parse_date(separator.join(fragments))
    assert result is None or result.utcoffset() is not None


@given(
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31)),
    st.sampled_from([WIB, WITA, WIT, UTC, timezone(timedelta(hours=-5))]),
)
def test_rfc2822_round_trip(moment: datetime, tz: timezone) -> None:
    expected = moment.replace(microsecond=0, tzinfo=tz)
    assert_same(parse_date(format_datetime(expected)), expected)
    assert_same(parse_date(expected.isoformat()), expected)
