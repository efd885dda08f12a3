"""HTML from feeds (``content:encoded``, summaries) turned into paragraphs.

Each block element (``<p>``, ``<li>``, headings, ``<br>``-separated lines, ...) becomes one paragraph;
scripts, styles, embeds and figure captions are dropped. A paragraph whose text is nearly all link text
is marked ``link_only``: the cleaning stage treats it as a related-story link.

>>> [b.text for b in html_blocks("<p>Satu <b>dua</b></p><ul><li>tiga</li></ul>")]
['Satu dua', 'tiga']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "tr",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "aside",
        "nav",
        "dd",
        "dt",
        "dl",
        "pre",
        "hr",
        "address",
        "main",
    ]
)
_SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "iframe",
        "svg",
        "template",
        "figcaption",
        "object",
        "embed",
        "video",
        "audio",
    ]
)
_VOID_TAGS = frozenset(
    ["br", "hr", "img", "input", "meta", "link", "source", "wbr", "area", "col", "embed", "param", "track"]
)
_SPACE = re.compile(r"\s+")
# A paragraph whose link text covers at least this share of its characters is a link paragraph.
_LINK_SHARE = 0.8
_LINK_MIN_WORDS = 3


@dataclass(frozen=True, slots=True)
class Block:
    text: str
    link_only: bool = False


class _BlockParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._parts: list[str] = []
        self._link_chars = 0
        self._in_link = 0
        self._skip = 0

    def _flush(self) -> None:
        text = _SPACE.sub(" ", "".join(self._parts)).strip()
        if text:
            letters = len(text) - text.count(" ")
            link_only = self._link_chars >= _LINK_SHARE * letters and len(text.split()) >= _LINK_MIN_WORDS
            self.blocks.append(Block(text, link_only))
        self._parts.clear()
        self._link_chars = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            if tag not in _VOID_TAGS:
                self._skip += 1
            return
        if tag in _BLOCK_TAGS:
            self._flush()
        elif tag == "a":
            self._in_link += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            if tag not in _VOID_TAGS:
                self._skip = max(0, self._skip - 1)
            return
        if tag in _BLOCK_TAGS:
            self._flush()
        elif tag == "a":
            self._in_link = max(0, self._in_link - 1)

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self._parts.append(data)
        if self._in_link:
            self._link_chars += len("".join(data.split()))

    def close(self) -> None:
        super().close()
        self._flush()


_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")


def looks_like_html(text: str) -> bool:
    """True when ``text`` contains at least one HTML tag."""
    return _TAG.search(text) is not None


def html_blocks(html: str) -> list[Block]:
    """The paragraphs of an HTML fragment, in order, with whitespace collapsed."""
    parser = _BlockParser()
    parser.feed(html)
    parser.close()
    return parser.blocks


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment, one paragraph a line."""
    return "\n".join(block.text for block in html_blocks(html))
