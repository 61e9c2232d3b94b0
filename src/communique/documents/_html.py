"""Visible text of an HTML page, with the standard library's ``html.parser``.

Dropped: the contents of script, style, head (title included), template,
noscript and iframe, plus comments and declarations. Block elements end a
paragraph (paragraphs are joined by a blank line), ``<br>`` ends a line,
table cells on a row are joined by a tab. Inside a paragraph, runs of
whitespace (no-break spaces included) become one space; ``<pre>`` keeps its
lines. Entities are decoded.

The parser is a flat state machine (no recursion, no tree), so deep nesting,
unclosed tags or stray end tags cannot crash it, and an unclosed ``<script>``
swallows the rest of the page instead of leaking it.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text", "declared_charset"]

_SKIP = frozenset({"script", "style", "head", "title", "template", "noscript", "iframe"})
# Elements allowed in <head>; any other start tag (or text) means the body has begun.
_HEAD_CONTENT = frozenset({
    "html", "head", "title", "meta", "link", "style", "script", "base", "noscript", "template",
})
_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
    "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot",
    "thead", "tr", "ul",
})
_CELL = frozenset({"td", "th"})
_LINE = "\x00"  # markers inside a paragraph buffer; NUL and SOH never reach the output
_TAB = "\x01"
_SPACES = re.compile(r"[ \t\n\r\f\v\u00a0]+")
_MARKERS = re.compile("[\x00\x01]")
_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)


def declared_charset(data: bytes) -> str | None:
    """The charset named by a ``<meta>`` tag or XML declaration in the first 4 KiB."""
    match = _CHARSET.search(data[:4096])
    if match is None:
        return None
    label = match.group(1) or match.group(2)
    return label.decode("ascii", "replace")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._buffer: list[str] = []
        self._skip: dict[str, int] = {}
        self._in_head = False
        self._body_seen = False  # a <head> after body content is ignored, as browsers do
        self._pre = 0

    # -- state -------------------------------------------------------------------------
    def _skipping(self) -> bool:
        return any(self._skip.values())

    def _leave_head(self) -> None:
        self._body_seen = True
        if self._in_head:
            self._in_head = False
            self._skip.pop("head", None)

    def _flush(self) -> None:
        raw = "".join(self._buffer)
        self._buffer.clear()
        if self._pre:
            text = _MARKERS.sub(lambda m: "\n" if m.group() == _LINE else "\t", raw)
            text = text.removeprefix("\n").rstrip()
            if text.strip():
                self.paragraphs.append(text)
            return
        lines = []
        for line in raw.split(_LINE):
            cells = (_SPACES.sub(" ", cell).strip() for cell in line.split(_TAB))
            joined = "\t".join(cell for cell in cells if cell)
            if joined:
                lines.append(joined)
        if lines:
            self.paragraphs.append("\n".join(lines))

    # -- parser callbacks ----------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body" or tag not in _HEAD_CONTENT:
            self._leave_head()
        if tag in _SKIP:
            if tag == "head":
                if self._in_head or self._body_seen:
                    return
                self._in_head = True
            self._skip[tag] = self._skip.get(tag, 0) + 1
            return
        if self._skipping():
            return
        if tag in _BLOCK:
            self._flush()
            if tag == "pre":
                self._pre += 1
        elif tag == "br":
            self._buffer.append(_LINE)
        elif tag in _CELL:
            self._buffer.append(_TAB)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # "<div/>" or "<script/>" opens the element as browsers do; only void elements close.
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            if self._skip.get(tag):
                self._skip[tag] -= 1
                if tag == "head":
                    self._leave_head()
            return
        if self._skipping():
            return
        if tag in _BLOCK:
            self._flush()
            if tag == "pre" and self._pre:
                self._pre -= 1
        elif tag == "br":  # "</br>" is read as "<br>" by browsers
            self._buffer.append(_LINE)

    def handle_data(self, data: str) -> None:
        if not self._skipping_besides_head() and data.strip():
            self._leave_head()
        if self._skipping():
            return
        self._buffer.append(_MARKERS.sub("", data))

    def _skipping_besides_head(self) -> bool:
        return any(count for tag, count in self._skip.items() if tag != "head")

    def close(self) -> None:
        super().close()
        self._flush()

    # -- hardening ---------------------------------------------------------------------
    # The whole document is fed at once, so "-1: not terminated, wait for more data"
    # can only mean "unterminated until the end". The stock fallback then rescans the rest
    # for every such construct (quadratic on "<?<?<?...") and emits the markup as text;
    # here the construct is skipped up to the next ">" (a comment: to the end, as in
    # browsers), once. Malformed "<![...]" sections, which make Python 3.11 raise
    # AssertionError, are bogus comments (HTML5) ending at the next ">".
    def _skip_to_gt(self, i: int) -> int:
        gt = self.rawdata.find(">", i + 1)
        return gt + 1 if gt >= 0 else len(self.rawdata)

    def parse_starttag(self, i: int) -> int:
        k: int = super().parse_starttag(i)
        return k if k >= 0 else self._skip_to_gt(i)

    def parse_endtag(self, i: int) -> int:
        k: int = super().parse_endtag(i)
        return k if k >= 0 else self._skip_to_gt(i)

    def parse_pi(self, i: int) -> int:
        k: int = super().parse_pi(i)
        return k if k >= 0 else self._skip_to_gt(i)

    def parse_comment(self, i: int, report: int = 1) -> int:
        k: int = super().parse_comment(i, report)
        return k if k >= 0 else len(self.rawdata)

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        return self._skip_to_gt(i)

    def parse_html_declaration(self, i: int) -> int:
        try:
            k: int = super().parse_html_declaration(i)
        except AssertionError:
            k = -1
        return k if k >= 0 else self._skip_to_gt(i)


def html_to_text(markup: str) -> str:
    """The visible text of ``markup``: paragraphs joined by blank lines."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    return "\n\n".join(parser.paragraphs)
