"""The HTML reader: visible text only, paragraphs, entities, hostile markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.documents import read_document
from communique.documents._html import html_to_text
from communique.errors import EmptyDocumentError

from ._make import write

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Press service | Ministry</title>
  <style>p { color: red; } .hidden { display: none }</style>
  <script>var tracker = "analytics"; document.write("<p>injected</p>");</script>
</head>
<body>
  <nav><ul><li>Home</li><li>News</li></ul></nav>
  <h1>Visit to   Ankara</h1>
  <p>The minister met his counterpart
     from T&uuml;rkiye &amp; discussed trade&nbsp;links.</p>
  <p>Both sides signed a memorandum<br>on culture&#8212;and one on youth.</p>
  <noscript>Please enable JavaScript</noscript>
  <template><p>template text</p></template>
  <!-- a comment that must stay hidden -->
  <script type="text/javascript">
    if (a < b && c > d) { alert("</p>never shown"); }
  </script>
  <table><tr><th>Date</th><th>Event</th></tr>
         <tr><td>3 May</td><td>Talks in Baku</td></tr></table>
</body>
</html>
"""


def test_visible_text_only_with_paragraph_breaks() -> None:
    assert html_to_text(PAGE) == (
        "Home\n\nNews\n\n"
        "Visit to Ankara\n\n"
        "The minister met his counterpart from Türkiye & discussed trade links.\n\n"
        "Both sides signed a memorandum\non culture\u2014and one on youth.\n\n"
        "Date\tEvent\n\n3 May\tTalks in Baku"
    )


@pytest.mark.parametrize(
    "needle",
    ["analytics", "injected", "Press service", "color", "JavaScript", "template text",
     "comment", "never shown", "alert"],
)
def test_hidden_content_does_not_leak(needle: str) -> None:
    assert needle not in html_to_text(PAGE)


def test_read_document_html(tmp_path: Path) -> None:
    path = write(tmp_path / "news.htm", PAGE)
    doc = read_document(path)
    assert (doc.kind, doc.encoding, doc.name) == ("html", "utf-8", "news.htm")
    assert doc.text == html_to_text(PAGE)
    assert doc.size == len(PAGE.encode())


def test_declared_legacy_charset_is_used(tmp_path: Path) -> None:
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=windows-1252"></head><body><p>Côte d’Ivoire – talks</p></body></html>')
    doc = read_document(write(tmp_path / "old.html", page, "cp1252"))
    assert doc.text == "Côte d’Ivoire – talks"
    assert doc.encoding == "cp1252"


def test_valid_utf8_wins_over_a_wrong_declaration(tmp_path: Path) -> None:
    page = '<meta charset="iso-8859-1"><p>Visit to Türkiye</p>'
    doc = read_document(write(tmp_path / "mislabelled.html", page, "utf-8"))
    assert (doc.text, doc.encoding) == ("Visit to Türkiye", "utf-8")


def test_declared_cyrillic_charset_is_used(tmp_path: Path) -> None:
    page = "<meta charset=windows-1251><p>Переговоры в Баку</p>"
    doc = read_document(write(tmp_path / "ru.html", page, "cp1251"))
    assert (doc.text, doc.encoding) == ("Переговоры в Баку", "cp1251")


def test_undeclared_legacy_charset_is_detected(tmp_path: Path) -> None:
    page = "<p>Le ministre a reçu à Genève la délégation de Côte d'Ivoire.</p>"
    doc = read_document(write(tmp_path / "fr.html", page, "cp1252"))
    assert doc.text == "Le ministre a reçu à Genève la délégation de Côte d'Ivoire."


def test_page_without_visible_text_is_empty(tmp_path: Path) -> None:
    page = "<html><head><title>App</title></head><body><div id=app></div>" \
           "<script>render()</script></body></html>"
    with pytest.raises(EmptyDocumentError, match="JavaScript"):
        read_document(write(tmp_path / "spa.html", page))


def test_pre_keeps_its_lines() -> None:
    assert html_to_text("<p>Intro</p><pre>\n line one\n   line two\n</pre>") == (
        "Intro\n\n line one\n   line two"
    )


def test_body_text_without_closing_head_is_kept() -> None:
    # No </head> and no <body>: the first body element ends the head, as in browsers.
    assert html_to_text("<head><title>T</title><p>Talks began.</p>") == "Talks began."
    assert html_to_text("<html><head><title>T</title>Loose text") == "Loose text"


def test_head_after_body_content_is_ignored() -> None:
    assert html_to_text("<p>First.</p><head><p>Second.</p>") == "First.\n\nSecond."


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>Kept.</p><script>alert('x')", "Kept."),  # unclosed script swallows the rest
        ("<p>Kept.</p><script/>alert('x')</script><p>After.</p>", "Kept.\n\nAfter."),
        ("<p>Kept.<style>body{}</STYLE >Tail.</p>", "Kept.Tail."),
        # A tag named "scr<script", as browsers read it: what follows is shown, not run.
        ("<p>Kept.</p><scr<script>ipt>alert(1)</script>", "Kept.\n\nipt>alert(1)"),
        ("<p>Kept.<!-- <script>alert(1)</script>", "Kept."),  # unclosed comment
        ("<p>Kept.</p><![CDATA[<script>x</script>]]>", "Kept.\n\nx]]>"),
        ("<p>A<b>B<i>C</p></div></div></span>D", "ABC\n\nD"),  # stray end tags
        ("<p>A &lt;script&gt; tag is text</p>", "A <script> tag is text"),
        ("<p>Tags <a href='x' onclick=\"alert(1)\">link</a>.</p>", "Tags link."),
        ("<p>Half <a href='x", "Half"),  # unterminated tag at the end
        ("<p>1 < 2 and 3 > 2</p>", "1 < 2 and 3 > 2"),
        ("<![if !IE]><p>Conditional</p><![endif]>", "Conditional"),
    ],
)
def test_hostile_or_broken_markup(markup: str, expected: str) -> None:
    assert html_to_text(markup) == expected


def test_huge_nesting_and_unterminated_constructs_do_not_crash() -> None:
    deep = "<div><span>" * 20000 + "Deep text." + "</span></div>" * 20000
    assert html_to_text(deep) == "Deep text."
    for junk in ("<?" * 20000, "</" * 20000, "<![CDATA[" * 5000, "<!" * 20000, "<a b='" * 5000):
        assert html_to_text("<p>Start.</p>" + junk) == "Start."
