"""Quantities: numbers written in digits, with multiplier, unit and range.

:func:`find_quantities` is a pure function over a string: one compiled regex
pass finds number candidates (sign or ``$``/``×`` prefix, the number, an
exponent, a glued multiplier ``K``/``M``/``B``/``T`` or a glued unit such as
``%``, ``x``, ``GB``, and an optional dash range), then cheap checks look at
the characters and words around each candidate. A comma with one or two
digits after it and a percent sign or multiplier is a European decimal comma
("99,5%" is 99.5); LaTeX writes a comma "{,}" ("1{,}500", "99{,}5\\%").

Normalised units (aliases in ``data/units.json``): ``%``, ``x``, ``points``,
``parameters``, ``tokens``, ``bits``, ``KB``, ``MB``, ``GB``, ``TB``, ``ms``,
``s``, ``minutes``, ``hours``, ``days``, ``FLOPs``, ``$``; for a count, the
counted head noun in lowercase as written ("1,000 problems" -> ``problems``);
``None`` when nothing fitting follows. A size multiplier before a model noun
("a 7B model") gives ``parameters``; before "context", ``tokens``.

Never quantities: years and citations, bracketed reference numbers,
enumerators "(1)" and "1)", numbers after "Section", "Table", "Eq." and the
like, digits glued to a name ("GPT-3", "T5", "pass@1", "Llama-2-7b"), a bare
number right after a capitalised name ("Orca 2", "Python 3.11", "Mistral 7B"),
versions ("v2", "1.2.3"), ordinals ("1st"), and anything inside a URL.

The component ``claimgraph_quantities`` stores the matches as
``doc.spans["quantities"]`` with ``span._.quantity``, dropping any that
overlap a span of ``doc.spans["entities"]`` when that group exists.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc

import claimgraph.extract.pipeline.extensions  # noqa: F401  (registers the shared Doc and Span extensions)
from claimgraph.extract.pipeline.token_table import doc_text
from claimgraph.extract.quantities.units import (
    _LATEX,
    _MULT_SUFFIX,
    _NOT_NAMES,
    _PRECEDING,
    _REFERENCE,
    _STOP_WORDS,
    _YEAR_CONTEXT,
    CUES,
    MEASURE_UNITS,
    _unit_after,
    describe_measure,
    unit_of,
)

__all__ = ["QuantityMatch", "find_quantities", "describe_measure", "QuantityFinder", "MEASURE_UNITS"]


# "99,5%", "4,6k images": a European decimal comma, one or two digits between the comma and a percent sign or
# a multiplier (a thousands separator is always followed by three digits); LaTeX writes the comma "{,}"
# ("99{,}5\\%", "1{,}500 images")
_COMMA = r"(?:,|\{,\})"
_COMMA_DECIMAL = rf"(?<![\d,.}}])\d{{1,3}}{_COMMA}\d{{1,2}}(?=\s?\\?%|[kKMB](?![A-Za-z]))"
_COMMA_DECIMAL_RE = re.compile(r"\d{1,3},\d{1,2}")
_NUM = (
    _COMMA_DECIMAL
    + r"|\d{1,3}\. \d{1,3}(?=\s?\\?%)"  # "23. 0%": a decimal broken by a space
    + rf"|(?:\d{{1,3}}(?:{_COMMA}\d{{3}})+|\d+)(?:\.\d+)?|\.\d+"
)
_EXP = r"[eE][-+]?\d+|\^\{?[-+\u2212]?\d+\}?"
_GLUED = "|".join(
    re.escape(u)
    for u in sorted(CUES.glued_units + CUES.glued_physical_units, key=len, reverse=True)
    if u not in ("%", "\\%", "×")
)
_MULT = "|".join(re.escape(u) for u in sorted(_MULT_SUFFIX, key=len, reverse=True))


def _side(p: str) -> str:
    unit = rf"(?:\s?(?:\\?%|×)|(?:{_GLUED})(?![A-Za-z]))"
    return (
        rf"(?P<{p}num>{_NUM})(?P<{p}exp>{_EXP})?"
        rf"(?:(?P<{p}gu>{unit})|(?P<{p}mult>{_MULT})(?P<{p}gu2>{unit})?)?"
    )


_QUANTITY_RE = re.compile(  # the lookahead lets the scan skip most positions at C speed
    r"(?=[\d$×xU+±\-\u2212\u2013.])(?P<pre>US\$|\$|×\s?|x(?=\d)|[+±]|[-\u2212\u2013](?=\.?\d))?"
    + _side("a")
    + r"(?:(?P<dash>\s?(?:-{1,2}|[\u2013\u2014])\s?|\s?~\s?(?=\d))(?:\$|×)?"
    + _side("b")
    + r")?"
)
_DIGIT_NEXT_RE = re.compile(r"\s?\d")
_LEVEL_AFTER_RE = re.compile(r"\s?(?:CI|C\.I\.|confidence)\b")
_PLUS_MINUS_RE = re.compile(r"\s?(?:\+-|\+/-|±|\$\\pm\$|\\pm)\s?\d+(?:\.\d+)?")
_SHAPE_AFTER_RE = re.compile(r"\s?(?:\\\(|\$)\s?(?:\\times|×)\s?(?:\\\)|\$)\s?\d")
_SHAPE_BEFORE_RE = re.compile(r"\d\s?(?:\\\(|\$)\s?(?:\\times|×)\s?(?:\\\)|\$)\s?$")
_SHAPE_GLUED_RE = re.compile(r"\s?(?:\\times|×)\s?\d")  # "256\\times256", "512 × 512": a shape, never a number
_SHAPE_GLUED_BEFORE_RE = re.compile(r"\d\s?(?:\\times|×)\s?$")
_LATEX_DIGIT_NEXT_RE = re.compile(r"(?:\\\)|\$|\})\s?\d")  # "\\times\\)256", "$\\times$256"
_JOIN_RE = re.compile(r"\s*(?:,|and|or|to|-{1,2}|\u2013|\u2014)(?:\s*(?:,|and|or))*\s*")
_FORMULA_BEFORE_RE = re.compile(r"(?:\^\{?\w+\}?|(?<![\w.])[a-zA-Z])\s[-+*/\u2212]\s$")
# "$T{=}1$", "$K=8$": a value given to a symbol in LaTeX math, a setting (not "$r=0.9$", a correlation)
_ASSIGNED_RE = re.compile(r"(?:(?<![\w\\])[A-QS-Za-qs-z]\s?\{=\}|\$\s?[A-QS-Za-qs-z]\s?=)\s?$")
_ARROW_AFTER_RE = re.compile(  # "0.73rightarrow0.90", "0.73\\rightarrow 0.90": an arrow glued after the number
    r"\\?(?:" + "|".join(re.escape(a) for a in sorted(CUES.latex_arrows, key=len, reverse=True)) + r")(?![A-Za-z])"
)
_MATH_OPEN_RE = re.compile(r"\s?\$\s?\\[A-Za-z]")  # "0.73 $\\rightarrow$": a "$" opening LaTeX math, no dollars
_CLOSE_THEN_PERCENT_RE = re.compile(r"(?:\$|\\\)|\})?\s?(\\?%)")  # "$64.6\\pm6.3$%", "\\textbf{11.9}\\%"
_LATEX_SPACE = "\\ "  # a backslash before a space, glued to a number: "92.2\\ accuracy", "0.1\\ ms"
#: The math before a number that closes right after it: "RMSE $= 1.01$ cm" (the unit follows the "$").
_MATH_VALUE_RE = re.compile(r"\$\s?[=<>]\s?$")
#: A unit written as LaTeX text after a control space: "\\text{cm}", "\\mathrm{ms}".
_LATEX_TEXT_UNIT_RE = re.compile(r"\\(?:text|mathrm|textrm|rm|mbox)\{([^{}]*)\}")
_DATE_AFTER_RE = re.compile(
    r"\s(?:" + "|".join(re.escape(m) for m in sorted(CUES.month_words, key=len, reverse=True)) + r")\s\d{4}\b"
)  # "as of 5 Mar 2025": a day of a date
_URL_HINTS = ("://", "www.", ".com", ".org", ".io/", ".ai/", ".net", ".edu")


@dataclass(frozen=True, slots=True)
class QuantityMatch:
    """A number found in a text: ``text == source[start:end]``.

    ``value`` is scaled by ``multiplier`` ("2.8B": value 2.8e9, multiplier
    1e9); ``high`` is the scaled upper bound of a range, else None; ``unit`` is
    normalised (module docstring); ``measures`` says in a few words what it
    measures, or None.
    """

    start: int
    end: int
    text: str
    value: float
    high: float | None
    unit: str | None
    multiplier: float = 1.0
    measures: str | None = None


def _prev_word(text: str, start: int) -> str:
    """The word ending one space before ``start`` ("" when not directly adjacent)."""
    if start < 2 or text[start - 1] != " " or text[start - 2].isspace() or text[start - 2] in ',;:()[]"':
        return ""
    k = start - 2
    while k > 0 and not text[k - 1].isspace():
        k -= 1
    return text[k : start - 1].lstrip("([\"'")


def _is_name(word: str) -> bool:
    """Does the word before a bare number look like a name ("Orca", "GPT", "Llama-2")?"""
    if not word or not any(c.isalpha() for c in word) or word.lower() in _NOT_NAMES:
        return False
    if any(c.isdigit() for c in word):
        return True
    if not word[0].isupper():
        return False
    return not (word.endswith(("ing", "ed")) and word[1:].islower())  # "Training", "Scaled"


def _left_glued(text: str, start: int, pre: str | None) -> bool:
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


def _right_glued(text: str, end: int) -> bool:
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


def _is_year(m: re.Match, side: str) -> bool:
    num = m.group(side + "num")
    return len(num) == 4 and num.isdigit() and 1900 <= int(num) <= 2099 and not m.group(side + "mult")


def _in_citation_brackets(text: str, start: int, end: int) -> bool:
    k = text.rfind("[", max(0, start - 40), start)
    if k < 0 or "]" in text[k:start]:
        return False
    close = text.find("]", end, end + 40)
    if close < 0:
        return False
    inside = text[k + 1 : close]
    marker = next((m for m in CUES.citation_markers if inside.lower().startswith(m)), "")  # "[cite: 9]"
    return all(c.isdigit() or c in ",;- \u2013" for c in inside[len(marker) :])


def _number(m: re.Match, side: str) -> float:
    raw = m.group(side + "num").replace("{,}", ",")
    if _COMMA_DECIMAL_RE.fullmatch(raw):
        raw = raw.replace(",", ".")  # "99,5%" is 99.5
    base = float(raw.replace(",", "").replace(" ", ""))
    exp = m.group(side + "exp")
    if exp:
        if exp[0] in "eE":
            return base * 10.0 ** int(exp[1:])
        return base ** int(exp.strip("^{}").replace("\u2212", "-"))
    return base


def _glued_unit(raw: str | None) -> str | None:
    if not raw:
        return None
    raw = raw.strip()
    return "%" if raw in ("%", "\\%") else unit_of(raw)


def _url_spans(text: str) -> list[tuple[int, int]]:
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


def _after_latex_space(
    text: str, end: int, mult: float | None, value: float
) -> tuple[str | None, int, float | None, float]:
    """The unit of a number glued to a backslash before a space (``end`` at the backslash): the unit after
    it when there is one ("0.1\\ ms": a LaTeX control space), also set as LaTeX text ("1.01\\ \\text{cm}");
    none when a LaTeX command we cannot read follows ("4.98\\ \\mu\\text{g}/\\text{m}^3"); else a percent
    ("92.2\\ accuracy": the percent sign of a LaTeX "\\%" was lost, as "%" starts a LaTeX comment; a bare
    number would not be followed by a control space)."""
    unit, found_end, mult, factor, excluded = _unit_after(text, end + 1, mult, value)
    if unit is not None and not excluded:
        return unit, found_end, mult, factor
    if text.startswith("\\", end + 2):  # "4.98\ \text{cm}", "4.98\ \mu\text{g}/\text{m}^3": a unit in LaTeX
        if (boxed := _LATEX_TEXT_UNIT_RE.match(text, end + 2)) is not None:
            unit, _, mult, factor, excluded = _unit_after(" " + boxed.group(1), 0, mult, value)
            if unit is not None and not excluded:
                return unit, boxed.end(), mult, factor
        return None, end, mult, 1.0  # a unit we cannot read, never a lost percent sign
    return "%", end + 1, mult, 1.0


def _candidate(text: str, m: re.Match) -> tuple[QuantityMatch, bool, str] | None:
    """Check one regex match: (quantity, unit written in the text?, word before) or None."""
    start, end = m.span()
    pre = m.group("pre")
    math = pre == "$" and text[end : end + 1] == "$"  # "$2.74$ years": the math closes before the unit
    math = math or (text[end : end + 2] == "$ " and _MATH_VALUE_RE.search(text, max(0, start - 3), start) is not None)
    if pre == "$" and (text[end : end + 1] == "$" or text[end : end + 1] == "\\"):
        start, pre = start + 1, None  # LaTeX math "$27.2$", "$1.3\\times$": not dollars
    if pre and pre[0] == "x" and start and text[start - 1].isalnum():
        return None
    if _left_glued(text, start, pre) or _right_glued(text, end) or _SHAPE_GLUED_RE.match(text, end):
        return None
    if _SHAPE_GLUED_BEFORE_RE.search(text, max(0, start - 10), start):
        return None
    if _FORMULA_BEFORE_RE.search(text, max(0, start - 16), start):
        return None  # "2^k - 1 possible inputs", "n + 1 layers": a term of a formula
    if _ASSIGNED_RE.search(text, max(0, start - 8), start):
        return None  # "$T{=}1$", "$K=8$": a value assigned to a symbol in LaTeX math, a setting
    ranged = m.group("bnum") is not None
    low, high = _number(m, "a"), (_number(m, "b") if ranged else None)
    if ranged and (high < low or (_is_year(m, "a") and _is_year(m, "b"))):
        return None
    mult_raw = (m.group("bmult") if ranged else None) or m.group("amult")
    mult = _MULT_SUFFIX[mult_raw] if mult_raw else None
    unit = (_glued_unit(m.group("bgu") or m.group("bgu2")) if ranged else None) or _glued_unit(
        m.group("agu") or m.group("agu2")
    )
    if pre and pre.strip() in ("$", "US$", "×"):  # a prefix unit
        unit = "$" if "$" in pre else "x"
    factor, written = 1.0, unit is not None
    before_brace = start > 0 and text[start - 1] == "{"
    if unit is None:
        # "\\textbf{15.86}$ points": the unit after a LaTeX group's closing brace (and math "$")
        after = end + 1 + (text[end + 1 : end + 2] == "$") if text[end : end + 1] == "}" and before_brace else end
        after = end + 1 if math else after  # "$2.74$ years", "$1.77$ m": the unit after the closing "$"
        unit, found_end, mult, factor, excluded = _unit_after(text, after, mult, low)
        if excluded:
            return None
        if unit == "$" and (_PLUS_MINUS_RE.match(text, after) or _MATH_OPEN_RE.match(text, after)):
            unit, found_end = None, after  # "85.2 $\\pm$ 0.3", "0.73 $\\rightarrow$ 0.90": LaTeX math, no dollars
        if unit is None and before_brace and (pct := _CLOSE_THEN_PERCENT_RE.match(text, end)):
            unit, found_end = "%", pct.end()  # "\\textbf{11.9}\\%": the percent sign after the closing brace
        if unit is None and text.startswith(_LATEX_SPACE, end):
            unit, found_end, mult, factor = _after_latex_space(text, end, mult, low)
        end = found_end if found_end > after else end
        written = end > m.end()
    if unit is None and (pm := _PLUS_MINUS_RE.match(text, end)):
        # "0.79 +- 0.24 mm", "85.2 ± 0.3%", "$64.6\\pm6.3$%": the spread's unit is the value's
        unit = "%" if _CLOSE_THEN_PERCENT_RE.match(text, pm.end()) else _unit_after(text, pm.end(), mult, low)[0]
    if unit == "x" and (_DIGIT_NEXT_RE.match(text, end) or _LATEX_DIGIT_NEXT_RE.match(text, end)):
        return None  # "256 times 256", "3 × 4", "256\\(\\times\\)256": a shape, not a factor
    if _SHAPE_AFTER_RE.match(text, m.end()) or _SHAPE_BEFORE_RE.search(text, max(0, start - 16), start):
        return None  # either side of a LaTeX shape: "256\\(\\times\\)256", "384$\\times$384"
    prev = _prev_word(text, start)
    prev_low = prev.lower()
    if prev_low in _REFERENCE or prev_low + "." in _REFERENCE:
        return None
    if prev_low in ("times", "×", "x") and start > len(prev) + 2 and text[start - len(prev) - 3].isdigit():
        return None
    before = text[start - 1] if start else ""
    if not mult and not pre and m.group("anum").isdigit() and not m.group("aexp") and not ranged:
        if _is_year(m, "a") and unit == "s" and m.group("agu"):
            return None  # "the 1990s"
        if _is_year(m, "a") and unit not in MEASURE_UNITS:
            if unit is None or prev_low in _YEAR_CONTEXT or before in ("(", ","):
                return None
        if unit is None and text[end : end + 1] == ")":
            opener = text.rfind("(", max(0, start - 40), start)
            if before == "(" or opener < 0 or ")" in text[opener:start]:
                return None  # "(1)" or "1)"
    if _in_citation_brackets(text, start, end):
        return None
    if unit is None and not mult and m.group("anum").isdigit() and not ranged and _DATE_AFTER_RE.match(text, end):
        return None  # "5 Mar 2025"
    if unit is None:
        for key, implied in _PRECEDING.items():  # "seq. length 32k", "a factor of 30"
            if text[max(0, start - len(key) - 1) : start].lower() == key + " ":
                unit = implied
    if (
        unit is None
        and not pre
        and (mult_raw in ("B", "b") or (mult == 1e9 and not mult_raw))
        and (not ranged or m.group("amult") in ("B", "b"))
    ):
        unit = "parameters"  # "GPT3-Large (1.3B)", "sizes from 7B - 65B": a bare billions count is a model size
    scale = (mult or 1.0) * factor
    sign = -1.0 if pre and pre in "-\u2212\u2013" else 1.0
    q = QuantityMatch(
        start=start,
        end=end,
        text=text[start:end],
        value=sign * low * scale,
        high=high * scale if high is not None else None,
        unit=unit,
        multiplier=scale,
    )
    return q, (written and unit in MEASURE_UNITS) or bool(pre), prev


def find_quantities(text: str, describe: bool = True) -> list[QuantityMatch]:
    """Find every quantity written in digits in ``text``.

    Parameters
    ----------
    text : str
        Any text (a title, an abstract, a sentence).
    describe : bool
        Fill ``measures`` with :func:`describe_measure` (a little slower).

    Returns
    -------
    list of QuantityMatch
        In text order, non-overlapping, with exact character offsets.
    """
    out: list[QuantityMatch] = []
    urls = _url_spans(text)
    name_end = -1  # end of the last number excluded as part of a name ("Llama 2 13B")
    for m in _QUANTITY_RE.finditer(text):
        if urls and any(a <= m.start() < b for a, b in urls):
            continue
        found = _candidate(text, m)
        if found is None:
            continue
        q, measured, prev = found
        if not measured and (_is_name(prev) or (name_end >= 0 and text[name_end : q.start] == " ")):
            name_end = q.end  # "Orca 2", "Mistral 7B", "Python 3.11", "Llama 2 13B"
            continue
        out.append(q)
    for i in range(len(out) - 2, -1, -1):  # "7B and 13B models", "3 or 4 bits", "128K to 512K context"
        q, nxt = out[i], out[i + 1]
        if q.unit is None and nxt.unit and (q.multiplier == 1) == (nxt.multiplier == 1):
            if _JOIN_RE.fullmatch(text, q.end, nxt.start) and not _LEVEL_AFTER_RE.match(text, nxt.end):
                if not _fraction_beside_percent(text, q, nxt):
                    out[i] = replace(q, unit=nxt.unit)  # not "AUC: 0.80, 95% CI": a confidence level
    out = _tokens_by_context(text, out)
    out = _merge_ranges(text, out)
    out = _merge_out_of(text, out)
    if describe:
        out = [replace(q, measures=describe_measure(text, q.start, q.end, q.unit)) for q in out]
    return out


_LIST_JOIN_RE = re.compile(r"\s*(?:,|and|or)(?:\s*(?:,|and|or))*\s*")


def _fraction_beside_percent(text: str, q: QuantityMatch, nxt: QuantityMatch) -> bool:
    """Whether a bare fraction below one is listed (",", "and", "or"; not a range) before a percentage of at
    least ten: another scale, so another measure ("an F1-score of 0.71 and 83% recall", "R2 = 0.729 and
    98.1% top-1 retrieval", "0.9487 or 94.87%"), which keeps no unit; not "0.5 to 1% labeled data", "gains
    of 0.5 and 1.5%"."""
    fraction = q.text.startswith(("0.", ".")) and q.value < 1
    return fraction and nxt.unit == "%" and nxt.value >= 10 and bool(_LIST_JOIN_RE.fullmatch(text, q.end, nxt.start))


_OUT_OF_RE = re.compile(r"\s(?:out\s)?of\s")


def _tokens_by_context(text: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """A thousands or millions count with no unit and no noun after it counts tokens after a context word
    ("a token length of 20K", "the context window exceeds 20K"), and so does the count a list joins to it
    ("ranging from 2k to 32k")."""
    out = list(found)
    for i, q in enumerate(out):
        if q.unit is not None or q.multiplier not in (1e3, 1e6) or not q.text[:1].isdigit():
            continue
        nxt = re.match(r"\s*([A-Za-z]+)", text[q.end : q.end + 30])
        if nxt and nxt.group(1).lower() not in _STOP_WORDS:
            continue  # "2K resolution": a noun says what it counts
        joined = i > 0 and out[i - 1].unit == "tokens" and _JOIN_RE.fullmatch(text, out[i - 1].end, q.start)
        if joined or _token_context(text, q.start):
            out[i] = replace(q, unit="tokens")
    return out


def _token_context(text: str, start: int) -> bool:
    """Whether a word of ``token_context_words`` stands in the five words before ``start`` (same sentence)."""
    before = text[max(0, start - 60) : start]
    cut = max(before.rfind(". "), before.rfind("; "))
    words = before[cut + 1 :].lower().replace("(", " ").replace(")", " ").split()[-5:]
    return any(w.strip(",:") in CUES.token_context_words for w in words)


def _merge_neighbours(
    found: list[QuantityMatch], join: Callable[[QuantityMatch, QuantityMatch], QuantityMatch | None]
) -> list[QuantityMatch]:
    """``found`` with each quantity merged into the one before it where ``join(before, it)`` gives the merge."""
    merged: list[QuantityMatch] = []
    for q in found:
        joined = join(merged[-1], q) if merged else None
        if joined is None:
            merged.append(q)
        else:
            merged[-1] = joined
    return merged


def _merge_out_of(text: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """ "4 out of 5 tasks", "solves 45 of 50 problems": one count, of the noun after the total ("tasks")."""

    def join(last: QuantityMatch, q: QuantityMatch) -> QuantityMatch | None:
        if (
            last.unit is None
            and last.high is None
            and q.high is None
            and last.multiplier == 1.0
            and q.multiplier == 1.0
            and float(last.value).is_integer()
            and float(q.value).is_integer()
            and 0 <= last.value <= q.value
            and q.unit not in MEASURE_UNITS
            and (m := _OUT_OF_RE.fullmatch(text, last.end, q.start))
            and (" out " in m.group(0) or q.unit is not None)
        ):
            return replace(last, end=q.end, text=text[last.start : q.end], unit=q.unit)
        return None

    return _merge_neighbours(found, join)


def _merge_ranges(text: str, found: list[QuantityMatch]) -> list[QuantityMatch]:
    """Join "2x to 5x", "ranging from 6 billion to 13 billion", "between 3 and 4 bits" into one range.

    "from X to Y" of a score (%, points, x, no unit) is a change, two
    quantities ("improves accuracy from 61% to 75%"), unless "ranging" or
    "varying" comes first; of a size (parameters, tokens, GB) it is a range.
    """

    def join(last: QuantityMatch, q: QuantityMatch) -> QuantityMatch | None:
        if (
            last.high is None
            and q.high is None
            and q.value >= last.value
            and last.unit in (None, q.unit)
            and _is_range_join(text, last, q)
        ):
            return replace(last, end=q.end, text=text[last.start : q.end], high=q.value, unit=q.unit)
        return None

    return _merge_neighbours(found, join)


def _is_range_join(text: str, low: QuantityMatch, high: QuantityMatch) -> bool:
    between = text[low.end : high.start]
    before = [w.lstrip("([{") for w in text[max(0, low.start - 24) : low.start].lower().split()]  # "(from 80%"
    if between.strip() == "and":
        return bool(before) and before[-1] == "between"
    if between.strip() not in ("to", "\u2013", "\u2014"):
        return False
    if before and before[-1] == "from":
        # "ranging from 6B to 13B", "models from 125M to 2.7B parameters": a range of sizes;
        # "improves accuracy from 61% to 75%": a change, two quantities
        return (len(before) > 1 and before[-2] in _RANGE_VERBS) or high.unit not in _CHANGE_UNITS
    return True


_CHANGE_UNITS = frozenset({None, "%", "points", "x", "dB"})


_RANGE_VERBS = frozenset(
    {"ranging", "range", "ranges", "ranged", "varying", "vary", "varies", "spanning", "span", "spans"}
)


def _number_end(q: QuantityMatch) -> int:
    """The end of the number (and glued unit) of a quantity, before the counted noun: a name inside the
    noun phrase ("16 NER models") does not make the number part of a name."""
    if q.unit is None or q.unit in MEASURE_UNITS or " " not in q.text:
        return q.end
    return q.start + len(q.text.split(" ", 1)[0])


class QuantityFinder:
    """spaCy component: ``doc.spans[spans_key]`` with ``span._.quantity``."""

    def __init__(self, spans_key: str = "quantities", entities_key: str = "entities", describe: bool = True):
        self.spans_key = spans_key
        self.entities_key = entities_key
        self.describe = describe

    def __call__(self, doc: Doc) -> Doc:
        found = find_quantities(doc_text(doc), describe=self.describe)
        if self.entities_key in doc.spans:
            taken = [(s.start_char, s.end_char) for s in doc.spans[self.entities_key]]
            found = [q for q in found if not any(q.start < e and s < _number_end(q) for s, e in taken)]
        spans = []
        for q in found:
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is not None:
                span._.quantity = q
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    "claimgraph_quantities",
    default_config={"spans_key": "quantities", "entities_key": "entities", "describe": True},
)
def make_quantity_finder(nlp: Language, name: str, spans_key: str, entities_key: str, describe: bool) -> QuantityFinder:
    """Build the ``claimgraph_quantities`` component (see :class:`QuantityFinder`)."""
    return QuantityFinder(spans_key=spans_key, entities_key=entities_key, describe=describe)
