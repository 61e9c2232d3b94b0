"""Guess the encoding of legacy (non-UTF-8) text.

charset-normalizer alone is unreliable on short Western text: it reads
"Türkiye" in cp1252 as cp775 "T³rkiye". So every candidate decoding (the
common Windows code pages plus charset-normalizer's suggestions) is scored
here on the non-ASCII passages, and the most plausible one wins; ties go to
the order of the candidates: cp1252 (the commonest legacy encoding), then
charset-normalizer's guesses in its order, then the other Windows code pages.

The score counts signs of mojibake: symbols glued to letters ("T³rkiye"),
words mixing scripts or cases ("мХМХЯРП"), control or unassigned characters,
Latin words made only of accented letters, too many accented letters overall,
letters rare enough to betray a sibling code page (Icelandic ð ý þ for Turkish
cp1254; õ û beside ö ü for Hungarian cp1250; half-width katakana), plus charset-normalizer's mess
ratio. Known limits (no language model): code pages that map the same bytes
to plausible letters of two scripts can be confused, e.g. Hebrew cp1255 may
read as Cyrillic cp1251 and Chinese GB2312 as Korean cp949, and Icelandic
cp1252 text reads as cp1250. Such files must be re-saved as UTF-8.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator

__all__ = ["best_legacy_decoding", "MAX_IMPLAUSIBILITY"]

#: A decoding whose score is above this is not credible (score 0 = flawless).
MAX_IMPLAUSIBILITY = 0.25

_PRIORITY = (
    "cp1252", "cp1250", "cp1251", "cp1254", "cp1253", "cp1257", "cp1256", "cp1255",
    "koi8_r", "koi8_u", "mac_roman",
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_WORD = re.compile(r"[^\W\d_]+")
_WINDOW = 40
_MIN_LATIN_LETTERS = 100
_MAX_ACCENTED_SHARE = 0.25
_MAX_WINDOWS = 3000
# Letters of Icelandic/Faroese: in a cp1252 reading they mostly betray another code page
# (Turkish cp1254 puts ı ş ğ on these bytes).
_RARE_LETTERS = frozenset("ðýþÐÝÞ")
_HUNGARIAN_IN_CP1252 = frozenset("õûÕÛ")
_UMLAUTS = frozenset("öüÖÜ")
# Non-letters that may touch a letter in ordinary text.
_OK_NEXT_TO_LETTERS = frozenset("\u00a0\u00ad\u2019\u2018\u201c\u201d\u201e\u201a\u00ab\u00bb"
                                "\u2039\u203a\u2013\u2014\u2026\u2010\u2011\u00b7\u2022\u00ae"
                                "\u2122\u00a9\u00b0\u2032\u2033\u00ba\u00aa\u00a7\u20ac\u00a3")
_ALPHABETIC_SCRIPTS = frozenset({
    "LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "THAI", "ARMENIAN", "GEORGIAN",
})
_EAST_ASIAN = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "HALFWIDTH", "FULLWIDTH"})


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0]
    return "EAST_ASIAN" if first in _EAST_ASIAN else first


def _is_east_asian_punct(ch: str) -> bool:
    code = ord(ch)
    return 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF


def _sample(text: str) -> str:
    """The passages around non-ASCII characters, cut at spaces, at most ~3000 of them."""
    pieces: list[str] = []
    last_end = -1
    for n, match in enumerate(_NON_ASCII.finditer(text)):
        if n >= _MAX_WINDOWS:
            break
        start = max(match.start() - _WINDOW, last_end, 0)
        end = min(match.end() + _WINDOW, len(text))
        if start > 0 and start != last_end:
            space = text.find(" ", start, match.start())
            start = space + 1 if space >= 0 else start
        if end < len(text):
            space = text.rfind(" ", match.end(), end)
            end = space if space >= 0 else end
        pieces.append(text[start:end])
        last_end = end
    return "\n".join(pieces)


def _implausibility(sample: str) -> float:
    """0.0 for text that reads naturally, higher the more it looks like mojibake."""
    non_ascii = sum(len(m.group()) for m in _NON_ASCII.finditer(sample))
    if not non_ascii:
        return 0.0
    bad = 0.0
    n = len(sample)
    for match in _NON_ASCII.finditer(sample):
        for i in range(match.start(), match.end()):
            ch = sample[i]
            cat = unicodedata.category(ch)
            if cat[0] in "LM":
                if ch in _RARE_LETTERS:
                    bad += 0.5
                elif "\uff61" <= ch <= "\uff9f":
                    bad += 0.2  # half-width katakana: rare today, common in mis-decodings
                continue
            if cat in ("Cc", "Cs", "Co", "Cn"):
                bad += 1
                continue
            if ch in _OK_NEXT_TO_LETTERS or (cat[0] == "P" and _is_east_asian_punct(ch)):
                continue
            before = sample[i - 1] if i > 0 else " "
            after = sample[i + 1] if i + 1 < n else " "
            if before.isalpha() or after.isalpha():
                bad += 1
    latin = accented = 0
    for word_match in _WORD.finditer(sample):
        word = word_match.group()
        if word.isascii():
            latin += len(word)
            continue
        bad += _word_penalty(word)
        for ch in word:
            if ch.isascii():
                latin += 1
            elif _script(ch) == "LATIN":
                latin += 1
                accented += 1
    return bad / non_ascii + _accent_excess(latin, accented)


def _accent_excess(latin: int, accented: int) -> float:
    """Penalty for Latin text where too many letters carry accents.

    Even near accented passages, European languages keep most letters plain
    (Czech or Slovak stay under ~20%); a third or more is a mis-decoding.
    """
    if latin < _MIN_LATIN_LETTERS:
        return 0.0
    return max(0.0, accented / latin - _MAX_ACCENTED_SHARE) * 4


def _word_penalty(word: str) -> float:
    scripts = {_script(ch) for ch in word}
    alphabetic = scripts & _ALPHABETIC_SCRIPTS
    if len(alphabetic) > 1 or (alphabetic - {"LATIN"} and "EAST_ASIAN" in scripts):
        return 1.0
    penalty = 0.0
    if scripts == {"LATIN"} and len(word) >= 4 and not any(ch.isascii() for ch in word):
        penalty += 1.0  # "Ìèíèñòð": Cyrillic read as cp1252
    if any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False)):
        penalty += 1.0  # "мХМХЯРП": KOI8-R read as cp1251
    if not _HUNGARIAN_IN_CP1252.isdisjoint(word) and not _UMLAUTS.isdisjoint(word):
        penalty += 0.5  # "együttmûködésrõl": Hungarian ő ű (cp1250) read as cp1252 õ û
    return penalty


def _candidates(data: bytes) -> Iterator[str]:
    """Canonical codec names: cp1252, charset-normalizer's guesses, other common code pages."""
    seen: set[str] = set()

    def fresh(name: str) -> str | None:
        try:
            canonical = codecs.lookup(name).name
        except LookupError:
            return None
        if canonical in seen or canonical.startswith("utf"):
            return None
        seen.add(canonical)
        return canonical

    yield fresh(_PRIORITY[0]) or _PRIORITY[0]
    try:
        from charset_normalizer import from_bytes

        guesses = [match.encoding for match in from_bytes(data)]
    except Exception:  # a detector failure only means fewer candidates
        guesses = []
    for name in (*guesses, *_PRIORITY[1:]):
        if (canonical := fresh(name)) is not None:
            yield canonical


def best_legacy_decoding(data: bytes) -> tuple[str, str, float] | None:
    """(text, encoding, score) of the most plausible non-UTF decoding, or None.

    The caller decides whether the score is credible (see ``MAX_IMPLAUSIBILITY``).
    """
    from charset_normalizer.md import mess_ratio

    best: tuple[str, str, float] | None = None
    for encoding in _candidates(data):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        sample = _sample(text)
        score = _implausibility(sample) + mess_ratio(sample, 1.0)
        if best is None or score < best[2]:
            best = (text, encoding, score)
            if score == 0.0:
                break
    return best
