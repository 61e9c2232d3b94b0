"""Segment a text into paragraphs and sentences, keeping character offsets.

Sentences end at ``.``, ``!`` or ``?`` followed by space and a capital, a
digit or a quote, except after abbreviations and initials ("Mr.", "Dr.",
"U.S.", "A. K."); a news listing's headline glued to its day and run into its lead
("05.09.2023Minister A meets BThe Minister ...") ends where the lead begins. Paragraph
breaks (blank lines, or a newline after a sentence end) always end a sentence. Works
paragraph by paragraph, so a 10 MB text never needs more than one paragraph's work at
a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["GLUED_DAY_LINE", "Span", "paragraphs", "sentences"]

_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "lt", "gen", "col", "maj", "capt",
    "sen", "rep", "gov", "amb", "h.e", "hon", "jr", "sr", "vs", "etc", "e.g", "i.e", "inc",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "art", "para", "ft", "approx", "mt", "sh", "h.h", "h.m",
    "smt", "kum", "sra", "srta", "mme", "mlle", "messrs", "rt", "adm", "brig", "cdr", "dep",
    # "H.E. Md. Golam Sarwar", "Dato' Sri Mohd. Hasan": forms of Muhammad in names
    "md", "mohd", "muhd",
    # degrees among the letters after a name: "GCMG, QC, LL. D", "Ph. D"
    "ll", "ph",
}

_PARA = re.compile(r"\n[ \t]*\n+|\r\n[ \t]*\r\n+")
#: (a sentence may open on a capital of Latin Extended-A: "Đurić thanked ..."; an
#: ellipsis right after a word ends one too: "... for small states… The Minister", not
#: a transcript's "…(Inaudible)…")
_END = re.compile(r"(?:[.!?]+|…)[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9À-Ý"
                  r"ĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ])")
_LINE = re.compile(r"\n")
_LINE_START = re.compile(r"^", re.M)
#: a line that opens or continues a list ("met with:", "- the Minister of X;") and a
#: line that is an item of it
_LIST_GOES_ON = re.compile(r"(?:.*\b(?:with|on|to|met|received)\s*:|\s*[-–•*·]\s.*[;,])$")
#: any line ending with a colon opens a list whose items end with ";" or ","
#: ("the letters of credence of five Ambassadors:\n- H.E. A, Ambassador of X;"); a
#: list of full sentences ("Highlights:\n- On 3 May, ... .") keeps them apart
_COLON_LINE = re.compile(r".*:$")
_ITEM_GOES_ON = re.compile(r"[ \t]*[-–•*·][ \t][^\n]*[;,][ \t]*(?:\n|$)")
_BULLET = re.compile(r"[ \t]*[-–•*·][ \t]")
#: the end of a block that a bulleted list continues: a line ending with a colon, or
#: an item of the list ending with ";" or ","
_OPENS_LIST = re.compile(r"(?:[^\n]*:|[ \t]*[-–•*·][ \t][^\n]*[;,])[ \t]*")


#: a month after a day's stop ("25. September", "7. October", "30. Nov 2023", "4. Sept."),
#: and the day before it
_DAY_STOP = re.compile(r"\s+(?:January|February|March|April|May|June|July|August|September|"
                       r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|"
                       r"Oct|Nov|Dec)\b")
#: (the next word may be a short one: "...cooperation.In the meeting", "...trade.To that
#: end")
_GLUED = re.compile(r"[.!?](?<=[a-zß-ÿā-ž]{3}[.!?])(?=[A-ZÀ-ÝĀ-Ž](?:[a-zß-ÿā-ž]{2}|[a-z]\s))")
#: the small-letter word before such a stop, from its start (which must not follow a
#: letter, a digit, a dot, a slash, "@" or "-": "www.mfa.Gov" is an address)
#: (the word may open with a capital, a name's: "... in North Korea.Joly agreed")
_GLUED_WORD = re.compile(r"(?<![\w./@-])[A-ZÀ-ÝĀ-Ž]?[a-zß-ÿā-ž]{3,}$")
#: the same after a closing bracket: "... the World Health Organization (WHO).The year"
_GLUED_BRACKET = re.compile(r"(?<=\w\))[.!?](?=[A-ZÀ-ÝĀ-Ž][a-zß-ÿā-ž]{2})")
_DAY_BEFORE = re.compile(r"(?<![\d.,])\b\d{1,2}$")
#: a line of a news listing copied without its layout: the item's day in figures glued
#: to its headline ("05.09.2023Deputy Minister A meets ..."), and the headline run into
#: its lead at a small letter right before a capital ("... Ambassador Juan SotoDeputy
#: Minister A met ...", "... visits LimaThe Minister ..."): the lead's first word
GLUED_DAY_LINE = re.compile(r"(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)"
                             r"(?=[^\W\d_])")
#: (four letters at least before it, the last three small: not "McCain", "DeSantis";
#: which letters are small or capital is :func:`_run_on`'s to check)
_RUN_ON = re.compile(r"(?<=[^\W\d_]{4})(?=[^\W\d_](?:[^\W\d_]|\s))")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def paragraphs(text: str) -> Iterator[Span]:
    """Blocks of text separated by blank lines, stripped of outer space. A
    bulleted list set off by a blank line after the line that opens it ("received
    the letters of credence of five Ambassadors:") stays in that line's block."""
    pos = 0
    for m in _PARA.finditer(text):
        if _ITEM_GOES_ON.match(text, m.end()) and _OPENS_LIST.fullmatch(
                text[max(pos, m.start() - 400):m.start()].rsplit("\n", 1)[-1]):
            continue
        if _goes_on(text, m.start(), m.end()):
            continue  # "... Understanding (MoU)\n\non Political Consultations": one sentence
        yield from _strip(text, pos, m.start())
        pos = m.end()
    yield from _strip(text, pos, len(text))


def _goes_on(text: str, brk: int, nxt: int) -> bool:
    """Whether the line break from ``brk`` to ``nxt`` falls in mid-sentence: the
    text before it ends in a word, a figure, a comma or a bracket (no closing
    punctuation) and the text after it goes on in lower case (a PDF's or a
    hard-wrapped page's line, "the Memorandum (MoU)\n\non Consultations")."""
    if nxt >= len(text):
        return False
    i = brk
    while i > 0 and text[i - 1] in " \t\r\n":
        i -= 1
    if not text[nxt].islower():
        # "... signed Memoranda of Understanding with\n\nMadam A, the Foreign Minister
        # of X": a line that ends on a word no sentence ends on goes on whatever follows
        return _OPEN_WORD.search(text, max(0, i - 12), i) is not None
    return i > 0 and (text[i - 1].isalnum() or text[i - 1] in ",)")


#: a bulleted line's opening, up to its text
_BULLET_OPEN = re.compile(r"[ \t]*[-–•*·][ \t]+(?=\S)")
_INDENT = re.compile(r"[ \t]*")


def _hangs_under(text: str, line_start: int, pos: int, end: int) -> bool:
    """Whether the line after the one from ``line_start`` to ``pos`` goes on a bulleted
    item: the item has no closing stop, and the next line is no item of its own and is
    indented as far as the item's text (a hanging indent)."""
    bullet = _BULLET_OPEN.match(text, line_start, pos)
    if bullet is None or text[line_start:pos].rstrip()[-1:] in ".!?:;":
        return False
    nxt = pos + 1
    indent = _INDENT.match(text, nxt, end)
    if indent is None or nxt >= end or text[nxt] in "\r\n":
        return False
    return indent.end() - nxt >= bullet.end() - line_start \
        and not _BULLET.match(text, nxt, end) and indent.end() < end


def _wrap_width(text: str, para: Span) -> int:
    """The width of a hard-wrapped block (a page wrapped at a fixed width: three
    lines or more, one of them wrapped in mid-phrase before a small letter): its
    longest line; 0 for a block of lines that are not wrapped so."""
    lines = text[para.start:para.end].split("\n")
    if len(lines) < 3 or not any(a.rstrip()[-1:].isalnum() and b[:1].islower()
                                 for a, b in zip(lines, lines[1:], strict=False)):
        return 0
    width = max(len(line.rstrip()) for line in lines)
    return width if width >= 60 else 0


#: a last word that leaves its sentence open (a preposition, an article, "and")
_OPEN_WORD = re.compile(r"(?<![\w.-])(?-i:with|between|and|of|the|by|to|for|from|on|a|an)$")


def _strip(text: str, start: int, end: int) -> Iterator[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield Span(start, end)


def _is_abbrev(text: str, dot: int) -> bool:
    """Is the period at ``dot`` part of an abbreviation or an initial?"""
    i = dot
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot].lower()
    if not word:
        return False
    if word in _ABBREV:
        return True
    if len(word) == 1 and word.isalpha():  # an initial: "A. K. Momen"
        # (not a letter after a figure: "in the 1990s. Trade")
        return not (i > 0 and text[i - 1].isdigit())
    return "." in word and len(word) <= 5  # "u.s", "e.g"


def _run_on(text: str, start: int, end: int) -> int | None:
    """Where in ``text[start:end]`` a word first runs into the next: three small letters
    then a capital, and a small letter or a space after it ("SotoDeputy", "LimaThe",
    "ArgentinaA new ...")."""
    for m in _RUN_ON.finditer(text, start, end):
        i = m.start()
        if text[i].isupper() and text[i - 3:i].islower() and (
                text[i + 1].islower() or text[i + 1].isspace()):
            return i
    return None


#: the last word of a line that leaves its sentence open (an article, a possessive, a
#: preposition, a conjunction or a relative)
_OPEN_TAIL = re.compile(r"(?<![\w.-])(?-i:with|between|and|or|of|the|by|to|for|from|on|a|an|"
                        r"its|his|her|their|our|at|in|into|as|than|that|which|who|whose)$")
#: how many words the line after a long headline runs at least before its first stop
_LEAD_WORDS = 6


def _long_headline(line: str, after: str, width: int) -> bool:
    """Whether the text's first line, 120 characters or more, is a headline in sentence
    case over its lead ("Information of the Press Service of the Ministry ... on the
    meeting of Minister A with the Foreign Minister of B" then "On 10 March, ..."): no
    stop at its end nor a sentence's end within it, a capital opening the next line, and
    not a full line of a hard-wrapped block; nor a line that breaks off a sentence: one
    that ends on a word that leaves it open ("... two other members of its" /
    "Foreign Affairs Committee. The talks ...") or whose next line ends that sentence
    with a stop within a few words."""
    if not (len(line) < 300 and line[-1:].isalnum() and after[:1].isupper()
            and _END.search(line) is None and not (width and len(line) >= 0.8 * width)
            and _OPEN_TAIL.search(line) is None):
        return False
    nl, stop = after.find("\n"), _END.search(after)
    if stop is None or 0 <= nl < stop.start():
        return True  # (the next line runs on, or is a line of its own: "Baghdad - 2 March")
    return len(after[:stop.start()].split()) >= _LEAD_WORDS


def sentences(text: str, para: Span) -> Iterator[Span]:
    """Sentences of one paragraph. Single newlines end a sentence when the
    line before looks finished (ends with punctuation) or is a short heading (or the
    text's long headline in sentence case, see :func:`_long_headline`)."""
    start = para.start
    chunk = text[para.start:para.end]
    cuts: list[int] = []
    for m in _END.finditer(chunk):
        dot = para.start + m.start()
        if text[dot] == "…" and (dot == 0 or not (text[dot - 1].isalnum() or text[dot - 1] == "_")):
            continue  # (an ellipsis ends a sentence only right after a word)
        if text[dot] == "." and (_is_abbrev(text, dot) or _DAY_STOP.match(text, dot + 1)
                                 and _DAY_BEFORE.search(text, max(0, dot - 4), dot)):
            continue  # ("On Tuesday, 25. September": a day written with a stop)
        cuts.append(para.start + m.end())
    # "... on the EU agenda.Linkevičius called ...": a page that lost the space after
    # a stop (a word of three small letters before it, a capitalised word after)
    cuts += [para.start + m.end() for m in _GLUED.finditer(chunk)
             if _GLUED_WORD.search(chunk, max(0, m.start() - 40), m.start())]
    cuts += [para.start + m.end() for m in _GLUED_BRACKET.finditer(chunk)]
    for m in _LINE_START.finditer(chunk):
        day = GLUED_DAY_LINE.match(chunk, m.start())
        if day is not None:  # (the headline of an item glued to its day ends at its lead)
            line_end = chunk.find("\n", day.end())
            run = _run_on(chunk, day.end(), len(chunk) if line_end < 0 else line_end)
            if run is not None:
                cuts.append(para.start + run)
    width = _wrap_width(text, para)
    # (the text's first block may open with its headline: that line ends there)
    headed = para.start < 2000 and not text[:para.start].strip()
    repeated: set[int] = set()  # the ends of lead lines the next line repeats
    for m in _LINE.finditer(chunk):
        pos = para.start + m.start()
        line_start = text.rfind("\n", para.start, pos) + 1
        line = text[max(line_start, para.start):pos].rstrip()
        nxt = pos + 1
        while nxt < para.end and text[nxt] in "\r\n":
            nxt += 1  # (a blank line may set the list off)
        before = line or text[para.start:pos].rstrip().rsplit("\n", 1)[-1]
        if (_LIST_GOES_ON.match(before) and _BULLET.match(text, nxt, para.end)) or (
                _COLON_LINE.match(before) and _ITEM_GOES_ON.match(text, nxt, para.end)):
            continue  # "met with:" and its bulleted list ("- the Minister of X;") are one
        if _goes_on(text, pos, nxt):
            continue  # "the Foreign Minister\nof Peru": a line wrapped in mid-phrase
        if _hangs_under(text, line_start, pos, para.end):
            continue  # "  • An audience with King A\n    B and Queen C": the item goes on
        if width and (line_start > para.start or not headed) and line[-1:].isalnum() \
                and len(line) >= 0.8 * width and text[nxt:nxt + 1].isupper():
            continue  # "held the 3rd Joint\nCommission": a full line of a wrapped block
        # (a teaser cut off with an ellipsis, "... on climate finance…", is finished too)
        if len(line) > 40 and text.startswith(line.lstrip(), nxt):
            # "A met B in C\nA met B in C. The talks ...": a page's lead line that the
            # body repeats before going on is told once, by the body
            repeated.add(pos)
            cuts.append(pos)
        elif not line or line[-1] in ".!?:;\"”…" or len(line) < 120 or line.endswith(")") \
                or line.endswith(("[…]", "[...]")) \
                or _BULLET.match(text, nxt, para.end) \
                or (headed and line_start <= para.start
                    and _long_headline(line, text[nxt:para.end], width)):  # (a teaser cut
            # off in brackets too; a long line before a bulleted item: the item opens a
            # sentence; and a long headline over its lead)
            cuts.append(pos)
    for cut in sorted(set(cuts)):
        if cut <= start:
            continue
        if cut not in repeated:
            yield from _strip(text, start, cut)
        start = cut
    yield from _strip(text, start, para.end)
