"""Typed pyoxigraph literals of graph attribute values; None where a value does not fit the type.

The mapping leaves out a statement whose literal is None, so a missing or
malformed attribute writes nothing rather than a badly typed value.
"""

from __future__ import annotations

import math
from datetime import date
from decimal import Decimal

from pyoxigraph import Literal

from claimgraph.export.vocabulary import xsd

_TRUE = Literal("true", datatype=xsd.boolean)
_FALSE = Literal("false", datatype=xsd.boolean)


def string_literal(value: object) -> Literal | None:
    """Return an ``xsd:string`` literal, or None for None and empty strings."""
    if value is None:
        return None
    text = str(value)
    return Literal(text) if text else None


def integer_literal(value: object) -> Literal | None:
    """Return an ``xsd:integer`` literal for an int (or integral float), else None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        value = round(value)
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None
    return Literal(str(number), datatype=xsd.integer)


def decimal_literal(value: object) -> Literal | None:
    """Return an ``xsd:decimal`` literal for a finite number, else None.

    The lexical form always has a ``.`` and no exponent.

    Examples
    --------
    >>> [decimal_literal(x).value for x in (7e9, 1e-7, -0.0, 4.2, 3)]
    ['7000000000.0', '0.0000001', '0.0', '4.2', '3.0']
    >>> decimal_literal(float("nan")), decimal_literal(True), decimal_literal("x")
    (None, None, None)
    """
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if not math.isfinite(number):
        return None
    text = format(Decimal(repr(number)), "f")
    if "." not in text:
        text += ".0"
    if text.startswith("-") and text.strip("-0.") == "":
        text = text[1:]
    return Literal(text, datatype=xsd.decimal)


def boolean_literal(value: object) -> Literal | None:
    """Return an ``xsd:boolean`` literal for a bool, else None."""
    if isinstance(value, bool):
        return _TRUE if value else _FALSE
    return None


def date_literal(value: object) -> Literal | None:
    """Return an ``xsd:date`` literal for an ISO ``yyyy-mm-dd`` string, else None."""
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        date.fromisoformat(value)
    except ValueError:
        return None
    return Literal(value, datatype=xsd.date)


def anyuri_literal(value: object) -> Literal | None:
    """Return an ``xsd:anyURI`` literal for a non-empty string, else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    return Literal(value.strip(), datatype=xsd.anyURI)
