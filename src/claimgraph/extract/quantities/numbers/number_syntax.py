"""How a number is written: the regex that finds number candidates, and the value of what it matched.

:data:`QUANTITY_RE` matches a sign or ``$``/``×`` prefix, the number (with thousands separators, a European
decimal comma or a decimal broken by a space), an exponent, a glued multiplier ``K``/``M``/``B``/``T`` or a
glued unit, and an optional dash range; :func:`number_value` reads one side's value and :func:`glued_unit`
normalises a unit glued to it.
"""

from __future__ import annotations

import re

from claimgraph.extract.quantities.units import _MULT_SUFFIX, CUES, unit_of

# "99,5%", "4,6k images": a European decimal comma, one or two digits between the comma and a percent sign or
# a multiplier (a thousands separator is always followed by three digits); LaTeX writes the comma "{,}"
# ("99{,}5\\%", "1{,}500 images")
_COMMA = r"(?:,|\{,\})"
_COMMA_DECIMAL = rf"(?<![\d,.}}])\d{{1,3}}{_COMMA}\d{{1,2}}(?=\s?\\?%|[kKMB](?![A-Za-z]))"
_COMMA_DECIMAL_RE = re.compile(r"\d{1,3},\d{1,2}")
_NUM = (
    _COMMA_DECIMAL
    # "23. 0%", "an F1 of 98. 7, recall ...": a decimal broken by a space (a period between digits ends no sentence,
    # see pipeline.sentences); not a year "2021. 3", an enumerator "1. 2)" or "12. 7 Ways"
    + r"|(?<![\d.,])\d{1,3}\. \d{1,3}(?=\s?\\?%|[,;]|\.(?!\d)|\s[a-z])"
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


QUANTITY_RE = re.compile(  # the lookahead lets the scan skip most positions at C speed
    r"(?=[\d$×xU+±\-\u2212\u2013.])(?P<pre>US\$|\$|×\s?|x(?=\d)|[+±]|[-\u2212\u2013](?=\.?\d))?"
    + _side("a")
    + r"(?:(?P<dash>\s?(?:-{1,2}|[\u2013\u2014])\s?|\s?~\s?(?=\d))(?:\$|×)?"
    + _side("b")
    + r")?"
)


def number_value(m: re.Match, side: str) -> float:
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


def glued_unit(raw: str | None) -> str | None:
    if not raw:
        return None
    raw = raw.strip()
    return "%" if raw in ("%", "\\%") else unit_of(raw)
