"""What is never a quantity: numbers glued to names or formulas, years, citations, shapes, dates and URLs.

Plain checks on the characters and words around a number candidate: digits glued to a name ("GPT-3",
"pass@1"), the word before a bare number that looks like a name ("Orca 2"), years, reference numbers in
citation brackets, image shapes ("256\\times256"), terms of a formula, values assigned to a symbol in LaTeX
math, the day of a date, and the words of a URL. :mod:`.candidate` applies them to each regex match.
"""

from __future__ import annotations

import re

from claimgraph.extract.quantities.units import _LATEX, _NOT_NAMES, CUES

DIGIT_NEXT_RE = re.compile(r"\s?\d")
SHAPE_AFTER_RE = re.compile(r"\s?(?:\\\(|\$)\s?(?:\\times|×)\s?(?:\\\)|\$)\s?\d")
SHAPE_BEFORE_RE = re.compile(r"\d\s?(?:\\\(|\$)\s?(?:\\times|×)\s?(?:\\\)|\$)\s?$")
SHAPE_GLUED_RE = re.compile(r"\s?(?:\\times|×)\s?\d")  # "256\\times256", "512 × 512": a shape, never a number
SHAPE_GLUED_BEFORE_RE = re.compile(r"\d\s?(?:\\times|×)\s?$")
LATEX_DIGIT_NEXT_RE = re.compile(r"(?:\\\)|\$|\})\s?\d")  # "\\times\\)256", "$\\times$256"
FORMULA_BEFORE_RE = re.compile(r"(?:\^\{?\w+\}?|(?<![\w.])[a-zA-Z])\s[-+*/\u2212]\s$")
# "$T{=}1$", "$K=8$": a value given to a symbol in LaTeX math, a setting (not "$r=0.9$", a correlation)
ASSIGNED_RE = re.compile(r"(?:(?<![\w\\])[A-QS-Za-qs-z]\s?\{=\}|\$\s?[A-QS-Za-qs-z]\s?=)\s?$")
_ARROW_AFTER_RE = re.compile(  # "0.73rightarrow0.90", "0.73\\rightarrow 0.90": an arrow glued after the number
    r"\\?(?:" + "|".join(re.escape(a) for a in sorted(CUES.latex_arrows, key=len, reverse=True)) + r")(?![A-Za-z])"
)
DATE_AFTER_RE = re.compile(
    r"\s(?:" + "|".join(re.escape(m) for m in sorted(CUES.month_words, key=len, reverse=True)) + r")\s\d{4}\b"
)  # "as of 5 Mar 2025": a day of a date
_URL_HINTS = ("://", "www.", ".com", ".org", ".io/", ".ai/", ".net", ".edu")


def previous_word(text: str, start: int) -> str:
    """The word ending one space before ``start`` ("" when not directly adjacent)."""
    if start < 2 or text[start - 1] != " " or text[start - 2].isspace() or text[start - 2] in ',;:()[]"':
        return ""
    k = start - 2
    while k > 0 and not text[k - 1].isspace():
        k -= 1
    return text[k : start - 1].lstrip("([\"'")


def looks_like_name(word: str) -> bool:
    """Does the word before a bare number look like a name ("Orca", "GPT", "Llama-2")?"""
    if not word or not any(c.isalpha() for c in word) or word.lower() in _NOT_NAMES:
        return False
    if any(c.isdigit() for c in word):
        return True
    if not word[0].isupper():
        return False
    return not (word.endswith(("ing", "ed")) and word[1:].islower())  # "Training", "Scaled"


def glued_on_left(text: str, start: int, pre: str | None) -> bool:
    if start == 0:
        return False
    ch = text[start - 1]
    if ch.isalpha():
        k = start - 1
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        return text[k:start] not in _LATEX or (text[k:start] == "times" and k > 0 and text[k - 1].isdigit())
    if ch.isdigit() or ch in "_@#/§&'\u2019^":
        return True
    if ch == "{" and start >= 2 and text[start - 2] in "_^":
        return True  # a LaTeX sub- or superscript: "mAP_{0.5}", "IoU^{0.7}"
    if ch in ".-\u2013" and start >= 2 and text[start - 2].isalnum():
        return True
    if ch == ":" and start >= 2 and text[start - 2].isdigit():
        return True  # "mAP@0.5:0.95", "1:1": the second half of a range or ratio name
    return bool(pre) and pre in "+-\u2212\u2013±" and ch in ")]"


def glued_on_right(text: str, end: int) -> bool:
    if end >= len(text):
        return False
    ch = text[end]
    if ch in "\\rRl" and _ARROW_AFTER_RE.match(text, end):
        return False  # "0.73rightarrow0.90": the number before an arrow
    if ch.isalnum() or ch in "_@":
        return True
    if ch == "^" and end + 1 < len(text) and (text[end + 1].isalpha() or text[end + 1] == "{"):
        return True  # "2^k", "2^{n}": a power of a symbol, a formula
    nxt = text[end + 1] if end + 1 < len(text) else ""
    return ch in "./-\u2013:" and nxt.isdigit()


def is_year(m: re.Match, side: str) -> bool:
    num = m.group(side + "num")
    return len(num) == 4 and num.isdigit() and 1900 <= int(num) <= 2099 and not m.group(side + "mult")


def in_citation_brackets(text: str, start: int, end: int) -> bool:
    k = text.rfind("[", max(0, start - 40), start)
    if k < 0 or "]" in text[k:start]:
        return False
    close = text.find("]", end, end + 40)
    if close < 0:
        return False
    inside = text[k + 1 : close]
    marker = next((m for m in CUES.citation_markers if inside.lower().startswith(m)), "")  # "[cite: 9]"
    return all(c.isdigit() or c in ",;- \u2013" for c in inside[len(marker) :])


def url_spans(text: str) -> list[tuple[int, int]]:
    """The whitespace-delimited words holding "://", "www." or a web domain ending."""
    spans = []
    for hint in _URL_HINTS:
        i = text.find(hint)
        while i >= 0:
            a = i
            while a > 0 and not text[a - 1].isspace():
                a -= 1
            b = i + len(hint)
            while b < len(text) and not text[b].isspace():
                b += 1
            spans.append((a, b))
            i = text.find(hint, b)
    return spans
