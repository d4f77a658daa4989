"""The result type of the quantity finder: one number found in a text, with its value, range, unit and multiplier.

:class:`QuantityMatch` is a frozen dataclass; every other module of the package builds, checks or merges
these matches, and the component stores them on spans as ``span._.quantity``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class QuantityMatch:
    """A number found in a text: ``text == source[start:end]``.

    ``value`` is scaled by ``multiplier`` ("2.8B": value 2.8e9, multiplier
    1e9); ``high`` is the scaled upper bound of a range, else None; ``unit`` is
    normalised (package docstring); ``measures`` says in a few words what it
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
