"""Numbers written in LaTeX math: math delimiters that are not dollars, and units after a control space or a spread.

The patterns tell a ``$`` opening or closing LaTeX math from a dollar sign, find a percent sign after a
closing brace, and read a ``±`` spread after a value; :func:`unit_after_latex_space` reads the unit after a
LaTeX control space ("0.1\\ ms", "1.01\\ \\text{cm}", or a percent sign LaTeX lost).
"""

from __future__ import annotations

import re

from claimgraph.extract.quantities.units import _unit_after

PLUS_MINUS_RE = re.compile(r"\s?(?:\+-|\+/-|±|\$\\pm\$|\\pm)\s?\d+(?:\.\d+)?")
MATH_OPEN_RE = re.compile(r"\s?\$\s?\\[A-Za-z]")  # "0.73 $\\rightarrow$": a "$" opening LaTeX math, no dollars
CLOSE_THEN_PERCENT_RE = re.compile(r"(?:\$|\\\)|\})?\s?(\\?%)")  # "$64.6\\pm6.3$%", "\\textbf{11.9}\\%"
#: A dash between two numbers each set in LaTeX math: "$31.0$-$42.4%$" (the "$" after the first number).
MATH_DASH_RE = re.compile(r"\$\s?(?:-{1,2}|\u2013|\u2014)\s?\$\s?\d")
LATEX_SPACE = "\\ "  # a backslash before a space, glued to a number: "92.2\\ accuracy", "0.1\\ ms"
#: The math before a number that closes right after it: "RMSE $= 1.01$ cm" (the unit follows the "$").
MATH_VALUE_RE = re.compile(r"\$\s?[=<>]\s?$")
#: A unit written as LaTeX text after a control space: "\\text{cm}", "\\mathrm{ms}".
_LATEX_TEXT_UNIT_RE = re.compile(r"\\(?:text|mathrm|textrm|rm|mbox)\{([^{}]*)\}")


def unit_after_latex_space(
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
