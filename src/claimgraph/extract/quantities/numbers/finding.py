"""The quantity finder: every quantity written in digits in a text, in order, with exact offsets.

:func:`find_quantities` scans the text once with :data:`~.number_syntax.QUANTITY_RE`, skips URLs, reads each
match with :func:`~.candidate.read_candidate`, drops numbers that belong to a name ("Orca 2", "Llama 2
13B"), then lets :mod:`.lists_and_ranges` share units along lists and merge ranges and "out of" counts, and
finally describes what each quantity measures.
"""

from __future__ import annotations

from dataclasses import replace

from claimgraph.extract.quantities.numbers.candidate import read_candidate
from claimgraph.extract.quantities.numbers.lists_and_ranges import (
    merge_out_of,
    merge_ranges,
    share_list_units,
    tokens_by_context,
)
from claimgraph.extract.quantities.numbers.not_quantities import looks_like_name, url_spans
from claimgraph.extract.quantities.numbers.number_syntax import QUANTITY_RE
from claimgraph.extract.quantities.numbers.quantity_match import QuantityMatch
from claimgraph.extract.quantities.units import describe_measure


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
    urls = url_spans(text)
    name_end = -1  # end of the last number excluded as part of a name ("Llama 2 13B")
    for m in QUANTITY_RE.finditer(text):
        if urls and any(a <= m.start() < b for a, b in urls):
            continue
        found = read_candidate(text, m)
        if found is None:
            continue
        q, measured, prev = found
        if not measured and (looks_like_name(prev) or (name_end >= 0 and text[name_end : q.start] == " ")):
            name_end = q.end  # "Orca 2", "Mistral 7B", "Python 3.11", "Llama 2 13B"
            continue
        out.append(q)
    out = share_list_units(text, out)
    out = tokens_by_context(text, out)
    out = merge_ranges(text, out)
    out = merge_out_of(text, out)
    if describe:
        out = [replace(q, measures=describe_measure(text, q.start, q.end, q.unit)) for q in out]
    return out
