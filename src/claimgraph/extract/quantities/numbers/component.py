"""The spaCy component ``claimgraph_quantities`` and its factory.

:class:`QuantityFinder` runs :func:`~.finding.find_quantities` over a doc's text and stores the matches as
``doc.spans["quantities"]`` with ``span._.quantity``, dropping any whose number overlaps a span of
``doc.spans["entities"]`` when that group exists; :func:`make_quantity_finder` is the ``Language.factory``
(the ``pyproject.toml`` entry point names it through the package).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

import claimgraph.extract.pipeline.extensions  # noqa: F401  (registers the shared Doc and Span extensions)
from claimgraph.extract.pipeline.token_table import doc_text
from claimgraph.extract.quantities.numbers.finding import find_quantities
from claimgraph.extract.quantities.numbers.quantity_match import QuantityMatch
from claimgraph.extract.quantities.units import MEASURE_UNITS


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
