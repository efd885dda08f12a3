"""HTML views of analyses for Jupyter: one article with its removals marked, or a table of many.

>>> from smartnews import analyze
>>> "<table" in table_html([analyze("Jakarta - Isi berita.")])
True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from html import escape

from smartnews.types import Analysis

_STYLE = {
    "duplicate": "color:#999;text-decoration:line-through",
    "near_duplicate": "color:#b07000;text-decoration:line-through",
    "boilerplate": "color:#999;font-style:italic",
}


def analysis_html(analysis: Analysis) -> str:
    """One article: metadata, kept paragraphs numbered, removals struck through with their reason."""
    dateline = analysis.dateline
    head = [f"<h4>{escape(analysis.title or '(untitled)')}</h4>", "<p style='color:#555'>"]
    if analysis.url:
        head.append(f"<a href='{escape(analysis.url)}'>{escape(analysis.source or analysis.url)}</a> · ")
    if analysis.published:
        head.append(escape(analysis.published.isoformat()) + " · ")
    if dateline:
        head.append(f"dateline <b>{escape(dateline.place)}</b> {escape(dateline.agency or '')}")
    head.append("</p>")
    body = [f"<p><sup>{i}</sup> {escape(p)}</p>" for i, p in enumerate(analysis.paragraphs)]
    removed = [
        f"<p style='{_STYLE[r.reason]}'>{escape(r.text)} <small>({r.reason}"
        + (f" of {r.duplicate_of}" if r.duplicate_of is not None else "")
        + ")</small></p>"
        for r in analysis.removed
    ]
    related = [f"<li>{escape(h)}</li>" for h in analysis.related]
    parts = head + body
    if related:
        parts += ["<p><b>Related</b></p><ul>", *related, "</ul>"]
    if removed:
        parts += ["<details><summary>Removed</summary>", *removed, "</details>"]
    return "<div>" + "".join(parts) + "</div>"


def _dateline(analysis: Analysis) -> str:
    d = analysis.dateline
    if d is None:
        return ""
    return f"{d.place} ({d.agency})" if d.agency else d.place


def table_html(analyses: Iterable[Analysis]) -> str:
    """A table with one row per article: title, date, dateline, paragraphs kept, removals by reason."""
    rows = []
    for a in analyses:
        counts = Counter(r.reason for r in a.removed)
        cells = [
            a.title or "",
            a.published.strftime("%Y-%m-%d %H:%M") if a.published else "",
            _dateline(a),
            str(len(a.paragraphs)),
            ", ".join(f"{n} {reason}" for reason, n in sorted(counts.items())),
            str(len(a.related)),
        ]
        rows.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
    header = "".join(
        f"<th>{h}</th>" for h in ("title", "published", "dateline", "paragraphs", "removed", "related")
    )
    return f"<table><thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
