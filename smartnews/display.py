"""HTML views of analyses for Jupyter: a table of many, one article with its removals marked, or with
its pillars' evidence highlighted.

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
            f"{a.relevance.score:.2f}" if a.relevance else "",
            ", ".join(t.pillar for t in a.pillars),
        ]
        rows.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
    header = "".join(
        f"<th>{h}</th>" for h in ("title", "published", "dateline", "paragraphs", "removed", "related")
    )
    return f"<table><thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


_PILLAR_COLOURS = {
    "governance": "#cfe2ff",
    "infrastructure": "#e2d9f3",
    "economy": "#d1e7dd",
    "living": "#fff3cd",
    "people": "#f8d7da",
    "environment": "#d2f4ea",
}


def pillars_html(analysis: Analysis) -> str:
    """The article's paragraphs with each pillar's evidence highlighted in the pillar's colour."""
    marks: dict[int, list[tuple[int, int, str]]] = {}
    for tag in analysis.pillars:
        for ev in tag.evidence:
            if ev.paragraph >= 0:
                marks.setdefault(ev.paragraph, []).append((ev.start, ev.end, tag.pillar))
    legend = " ".join(
        f"<span style='background:{_PILLAR_COLOURS[t.pillar]};padding:2px'>{t.pillar} {t.score:.2f}</span>"
        for t in analysis.pillars
    )
    relevance = analysis.relevance
    head = ""
    if relevance is not None:
        verdict = "relevant" if relevance.relevant else "not relevant"
        head = f"<p><b>relevance</b> {relevance.score:.2f} ({verdict})</p>"
    parts = [f"<div>{head}<p>{legend}</p>"]
    for i, paragraph in enumerate(analysis.paragraphs):
        html, cursor = [], 0
        for start, end, pillar in sorted(marks.get(i, [])):
            if start < cursor:
                continue
            html.append(escape(paragraph[cursor:start]))
            html.append(
                f"<mark style='background:{_PILLAR_COLOURS[pillar]}' title='{pillar}'>"
                f"{escape(paragraph[start:end])}</mark>"
            )
            cursor = end
        html.append(escape(paragraph[cursor:]))
        parts.append(f"<p><sup>{i}</sup> {''.join(html)}</p>")
    return "".join(parts) + "</div>"
