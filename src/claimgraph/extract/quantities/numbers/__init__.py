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

**Modules**, in the order they import each other: :mod:`.quantity_match` (:class:`QuantityMatch`, the result
type), :mod:`.number_syntax` (the candidate regex, number values and glued units), :mod:`.not_quantities`
(names, years, citations, shapes, formulas, dates and URLs), :mod:`.latex_math` (LaTeX math delimiters,
control spaces and spreads), :mod:`.candidate` (one regex match read into a quantity or rejected),
:mod:`.lists_and_ranges` (units shared along lists, token counts, ranges and "out of" counts),
:mod:`.finding` (:func:`find_quantities`) and :mod:`.component` (:class:`QuantityFinder`, the component, and
:func:`make_quantity_finder`, its factory).
"""

from __future__ import annotations

from claimgraph.extract.quantities.numbers.component import QuantityFinder, make_quantity_finder
from claimgraph.extract.quantities.numbers.finding import find_quantities
from claimgraph.extract.quantities.numbers.quantity_match import QuantityMatch
from claimgraph.extract.quantities.units import MEASURE_UNITS, describe_measure

__all__ = [
    "MEASURE_UNITS",
    "QuantityFinder",
    "QuantityMatch",
    "describe_measure",
    "find_quantities",
    "make_quantity_finder",
]
