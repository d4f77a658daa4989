"""One number candidate read into a quantity: its value, range, multiplier and unit, or rejected.

:func:`read_candidate` takes one match of :data:`~.number_syntax.QUANTITY_RE` and applies the checks of
:mod:`.not_quantities`, finds the unit (glued, written after the number, implied by the words before it or
by a billions multiplier) and scales the value; it also says whether a unit was written and which word came
before, so that :func:`~.finding.find_quantities` can drop numbers that are part of a name.
"""

from __future__ import annotations

import re

from claimgraph.extract.quantities.numbers.latex_math import (
    CLOSE_THEN_PERCENT_RE,
    LATEX_SPACE,
    MATH_DASH_RE,
    MATH_OPEN_RE,
    MATH_VALUE_RE,
    PLUS_MINUS_RE,
    unit_after_latex_space,
)
from claimgraph.extract.quantities.numbers.not_quantities import (
    ASSIGNED_RE,
    DATE_AFTER_RE,
    DIGIT_NEXT_RE,
    FORMULA_BEFORE_RE,
    LATEX_DIGIT_NEXT_RE,
    SHAPE_AFTER_RE,
    SHAPE_BEFORE_RE,
    SHAPE_GLUED_BEFORE_RE,
    SHAPE_GLUED_RE,
    glued_on_left,
    glued_on_right,
    in_citation_brackets,
    is_year,
    previous_word,
)
from claimgraph.extract.quantities.numbers.number_syntax import glued_unit, number_value
from claimgraph.extract.quantities.numbers.quantity_match import QuantityMatch
from claimgraph.extract.quantities.units import (
    _MULT_SUFFIX,
    _PRECEDING,
    _REFERENCE,
    _YEAR_CONTEXT,
    MEASURE_UNITS,
    _unit_after,
)


def read_candidate(text: str, m: re.Match) -> tuple[QuantityMatch, bool, str] | None:
    """Check one regex match: (quantity, unit written in the text?, word before) or None."""
    start, end = m.span()
    pre = m.group("pre")
    math = pre == "$" and text[end : end + 1] == "$"  # "$2.74$ years": the math closes before the unit
    math = math or (text[end : end + 2] == "$ " and MATH_VALUE_RE.search(text, max(0, start - 3), start) is not None)
    if pre == "$" and (text[end : end + 1] == "$" or text[end : end + 1] == "\\"):
        start, pre = start + 1, None  # LaTeX math "$27.2$", "$1.3\\times$": not dollars
    if pre and pre[0] == "x" and start and text[start - 1].isalnum():
        return None
    if glued_on_left(text, start, pre) or glued_on_right(text, end) or SHAPE_GLUED_RE.match(text, end):
        return None
    if SHAPE_GLUED_BEFORE_RE.search(text, max(0, start - 10), start):
        return None
    if FORMULA_BEFORE_RE.search(text, max(0, start - 16), start):
        return None  # "2^k - 1 possible inputs", "n + 1 layers": a term of a formula
    if ASSIGNED_RE.search(text, max(0, start - 8), start):
        return None  # "$T{=}1$", "$K=8$": a value assigned to a symbol in LaTeX math, a setting
    ranged = m.group("bnum") is not None
    low, high = number_value(m, "a"), (number_value(m, "b") if ranged else None)
    if ranged and (high < low or (is_year(m, "a") and is_year(m, "b"))):
        return None
    mult_raw = (m.group("bmult") if ranged else None) or m.group("amult")
    mult = _MULT_SUFFIX[mult_raw] if mult_raw else None
    unit = (glued_unit(m.group("bgu") or m.group("bgu2")) if ranged else None) or glued_unit(
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
        if excluded and math and MATH_DASH_RE.match(text, end):
            unit, found_end, excluded = None, after, False  # "$31.0$-$42.4%$": a range in math, no hyphenated unit
        if excluded:
            return None
        if unit == "$" and (PLUS_MINUS_RE.match(text, after) or MATH_OPEN_RE.match(text, after)):
            unit, found_end = None, after  # "85.2 $\\pm$ 0.3", "0.73 $\\rightarrow$ 0.90": LaTeX math, no dollars
        if unit is None and before_brace and (pct := CLOSE_THEN_PERCENT_RE.match(text, end)):
            unit, found_end = "%", pct.end()  # "\\textbf{11.9}\\%": the percent sign after the closing brace
        if unit is None and text.startswith(LATEX_SPACE, end):
            unit, found_end, mult, factor = unit_after_latex_space(text, end, mult, low)
        end = found_end if found_end > after else end
        written = end > m.end()
    if unit is None and (pm := PLUS_MINUS_RE.match(text, end)):
        # "0.79 +- 0.24 mm", "85.2 ± 0.3%", "$64.6\\pm6.3$%": the spread's unit is the value's
        unit = "%" if CLOSE_THEN_PERCENT_RE.match(text, pm.end()) else _unit_after(text, pm.end(), mult, low)[0]
    if unit == "x" and (DIGIT_NEXT_RE.match(text, end) or LATEX_DIGIT_NEXT_RE.match(text, end)):
        return None  # "256 times 256", "3 × 4", "256\\(\\times\\)256": a shape, not a factor
    if SHAPE_AFTER_RE.match(text, m.end()) or SHAPE_BEFORE_RE.search(text, max(0, start - 16), start):
        return None  # either side of a LaTeX shape: "256\\(\\times\\)256", "384$\\times$384"
    prev = previous_word(text, start)
    prev_low = prev.lower()
    if prev_low in _REFERENCE or prev_low + "." in _REFERENCE:
        return None
    if prev_low in ("times", "×", "x") and start > len(prev) + 2 and text[start - len(prev) - 3].isdigit():
        return None
    before = text[start - 1] if start else ""
    if not mult and not pre and m.group("anum").isdigit() and not m.group("aexp") and not ranged:
        if is_year(m, "a") and unit == "s" and m.group("agu"):
            return None  # "the 1990s"
        if is_year(m, "a") and unit not in MEASURE_UNITS:
            if unit is None or prev_low in _YEAR_CONTEXT or before in ("(", ","):
                return None
        if unit is None and text[end : end + 1] == ")":
            opener = text.rfind("(", max(0, start - 40), start)
            if before == "(" or opener < 0 or ")" in text[opener:start]:
                return None  # "(1)" or "1)"
    if in_citation_brackets(text, start, end):
        return None
    if unit is None and not mult and m.group("anum").isdigit() and not ranged and DATE_AFTER_RE.match(text, end):
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
