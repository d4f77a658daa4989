"""The text spans evidence points to: a field's [start, end) of a paper, with its selectors.

A span (``cg:TextSpan``) has a position selector (``oa:start``/``oa:end``) and,
when there is a quote, a quote selector (``oa:exact``); a claim's evidence span
has its position selector only, since the claim's ``schema:text`` is the quote
(docs/ontology.md, "Each value once").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyoxigraph import Literal, NamedNode

from claimgraph.export.literals import integer_literal, string_literal
from claimgraph.export.statements import GraphStatements
from claimgraph.export.vocabulary import cg, oa, rdf

if TYPE_CHECKING:
    from claimgraph.export.mapping.mapper import RdfMapper


def add_span(
    mapper: RdfMapper,
    out: GraphStatements,
    paper: str,
    field: Any,
    start: Any,
    end: Any,
    quote: Any,
    *,
    quoted: bool = True,
) -> str | None:
    """Add (once) the span of ``paper``'s ``field`` [start, end) with its selectors; return its IRI.

    The position selector is ``<span>/position``, the quote selector (when
    there is a quote, else the text at the offsets) ``<span>/quote``. A
    selector is told by its properties (``oa:start``/``oa:end``, or
    ``oa:exact``), so it states no ``rdf:type``. Without ``quoted`` (the
    span of a claim, whose ``schema:text`` is the quote) there is no quote
    selector. The first call for a span decides; claims are mapped first.
    """
    if field is None or start is None or end is None:
        return None
    start, end, field = int(start), int(end), str(field)
    iri = mapper.mint.span(paper, field, start, end)
    if out.has(iri):
        return iri
    if quote is None:
        text = mapper.papers.get(paper, {}).get(field)
        quote = text[start:end] if isinstance(text, str) else None
    exact = string_literal(quote) if quote and quoted else None
    position, quote_iri = f"{iri}/position", f"{iri}/quote"
    out.add(
        iri,
        [
            (rdf.type, cg.TextSpan),
            (oa.hasSource, NamedNode(mapper.paper_iri(paper))),
            (cg.field, Literal(field)),
            (oa.hasSelector, NamedNode(position)),
            (oa.hasSelector, NamedNode(quote_iri) if exact is not None else None),
        ],
    )
    out.add(
        position,
        [(oa.start, integer_literal(start)), (oa.end, integer_literal(end))],
    )
    if exact is not None:
        out.add(quote_iri, [(oa.exact, exact)])
    return iri
