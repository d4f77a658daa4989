"""Hand-built docs for the claims and relations tests (no lexicon, no upstream rules).

Sentences come from ``claimgraph_sentences``; entities, quantities and proposes
are set by hand so the tests exercise only the claims/relations logic.
"""

from __future__ import annotations

from dataclasses import dataclass

import spacy
from spacy.tokens import Doc, Span

from claimgraph.extract.pipeline.sentences import TITLE_END
from claimgraph.extract.pipeline.tokenizer import build_tokenizer

if not Span.has_extension("quantity"):
    Span.set_extension("quantity", default=None)
if not Doc.has_extension("proposes"):
    Doc.set_extension("proposes", default=None)


@dataclass(frozen=True)
class FakeQuantity:
    """Stand-in for the quantities component's match object."""

    value: float
    high: float | None = None
    unit: str | None = None
    multiplier: float = 1.0
    text: str = ""


_NLP = spacy.blank("en")
_NLP.tokenizer = build_tokenizer(_NLP)
_SENTENCES = _NLP.add_pipe("claimgraph_sentences")


def _span(doc: Doc, text: str, label: str = "", occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(text, start + 1)
    span = doc.char_span(start, start + len(text), label=label, alignment_mode="expand")
    assert span is not None, text
    return span


def build(
    abstract: str,
    *,
    title: str = "",
    entities: dict[str, str] | None = None,
    quantities: dict[str, tuple[float, str | None]] | None = None,
    proposes: tuple[str, ...] = (),
) -> Doc:
    """A doc of ``title + " " + abstract`` with every mention of ``entities`` labelled.

    ``entities`` maps surface text -> type; ``quantities`` maps text -> (value, unit);
    ``proposes`` lists entity texts (their first mention becomes ``doc._.proposes``).
    """
    text = f"{title} {abstract}" if title else abstract
    doc = _NLP.make_doc(text)
    doc.user_data[TITLE_END] = len(title) if title else None
    doc = _SENTENCES(doc)
    spans = []
    for surface, label in (entities or {}).items():
        position = text.find(surface)
        while position >= 0:
            span = doc.char_span(position, position + len(surface), label=label, alignment_mode="expand")
            if span is not None and not any(s.start < span.end and span.start < s.end for s in spans):
                spans.append(span)
            position = text.find(surface, position + len(surface))
    doc.spans["entities"] = sorted(spans, key=lambda s: s.start)
    quantity_spans = []
    for surface, (value, unit) in (quantities or {}).items():
        span = _span(doc, surface)
        span._.quantity = FakeQuantity(value=value, unit=unit, text=surface)
        quantity_spans.append(span)
    doc.spans["quantities"] = sorted(quantity_spans, key=lambda s: s.start)
    doc._.proposes = [next(s for s in doc.spans["entities"] if s.text == p) for p in proposes]
    return doc


def relation_triples(abstract: str, entities: dict[str, str], proposes=("FooNet",)) -> set[tuple[str, str, str]]:
    """(head, relation, tail) texts that relations/pairs/ finds in a hand-built doc of ``abstract``."""
    from claimgraph.extract.relations.pairs import find_relations

    doc = build(abstract, entities=entities, proposes=proposes)
    return {(r.head.text, r.relation, r.tail.text) for r in find_relations(doc)}


def pairs_of(found: set[tuple[str, str, str]], relation: str) -> set[tuple[str, str]]:
    """The (head, tail) pairs of one relation among ``relation_triples``."""
    return {(head, tail) for head, name, tail in found if name == relation}


@dataclass(frozen=True)
class RelationReader:
    """The relations of relations/pairs/ in ``lead`` followed by a test sentence, over fixed ``entities``
    (an empty ``lead``: the text is the whole abstract)."""

    lead: str
    entities: dict[str, str]

    def triples(self, text: str, proposes=("FooNet",)) -> set[tuple[str, str, str]]:
        return relation_triples(f"{self.lead} {text}" if self.lead else text, self.entities, proposes)

    def outperforms(self, text: str, proposes=("FooNet",)) -> set[tuple[str, str]]:
        return pairs_of(self.triples(text, proposes), "outperforms")

    def evaluated(self, text: str, proposes=("FooNet",)) -> set[tuple[str, str]]:
        return pairs_of(self.triples(text, proposes), "evaluated_on")

    def tails(self, text: str, relation: str, proposes=("FooNet",)) -> set[str]:
        """The tails of one relation, whatever its head ("what FooNet beats")."""
        return {tail for _, tail in pairs_of(self.triples(text, proposes), relation)}
