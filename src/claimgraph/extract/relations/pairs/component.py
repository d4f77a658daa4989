"""The component's entry point: :func:`find_relations` reads the sentences of a doc (background,
claims, compared entities) and calls the readings; ``claimgraph_relations`` (:func:`make_relations`) sets
``doc._.relations``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

import claimgraph.extract.pipeline.extensions  # noqa: F401  (registers the shared Doc and Span extensions)
from claimgraph.extract.claims.cues import claim_cues, relation_cues
from claimgraph.extract.claims.detection import ClaimMatch, find_claims
from claimgraph.extract.claims.subjects import (
    ACTORS,
    entities_after,
    is_background,
    markers,
    own_reference,
    paper_context,
)
from claimgraph.extract.pipeline.sentence_view import SentenceView, release_context, sentence_views
from claimgraph.extract.relations.guards import benchmark_name, paradigm, phrase_argument, reading_cues, whole_arguments
from claimgraph.extract.relations.pairs.benchmarks import _own_system, _shown_with_benchmark, benchmarked
from claimgraph.extract.relations.pairs.best_of_set import best_of_set
from claimgraph.extract.relations.pairs.comparisons import outperforms
from claimgraph.extract.relations.pairs.evaluations import evaluated_on
from claimgraph.extract.relations.pairs.pointed import implied_benchmark, pointed_benchmark
from claimgraph.extract.relations.pairs.rivals import compared_set
from claimgraph.extract.relations.pairs.sentences import RelationMatch, _Sentence
from claimgraph.extract.relations.pairs.used import uses

#: After the propose sentence, background words count only among a sentence's first words.
OPENING = 6


def _compared(view: SentenceView, marks: list[tuple[int, str]]) -> frozenset[int]:
    return frozenset(
        e.first for index, kind in marks if kind != "improve" for e in entities_after(view, index, 14, ACTORS)
    )


def find_relations(doc: Doc, claims: list[ClaimMatch] | None = None) -> list[RelationMatch]:
    """Return the evaluated_on, outperforms and uses relations of a doc (pure)."""
    cues = claim_cues()
    rc = relation_cues()
    views = sentence_views(doc)
    ctx = paper_context(doc, views, cues)
    if claims is None:
        claims = find_claims(doc, cues, views)
    by_start = {c.sentence.start: c for c in claims}
    found: list[RelationMatch] = []
    implicit: list[RelationMatch] = []  # models a benchmark paper reports on its benchmark, unnamed there
    # the sentence views stay cached: the readings below ask for them again (the paper's context and facts go)
    release_context(doc)
    carried: list[Span] = []  # the rivals the sentence before set the paper's entity against
    for view in views:
        claim = by_start.get(view.sentence.start)
        own = own_reference(view, ctx, cues)
        after = ctx.propose_index is not None and view.index >= ctx.propose_index
        if claim is None and not own and (not after or is_background(view, cues, OPENING)):
            if view.entities:  # "... the strongest evaluated model, Gemini 3.1 Pro, achieves 71.1% on X"
                s = _Sentence(view, None, False, after, view.has_any(cues.hedges))
                found += evaluated_on(s, ctx, rc, True)
                implicit += _shown_with_benchmark(benchmarked(s, ctx, rc), views, view, ctx)
            carried = []
            continue
        hedged = claim.hedged if claim is not None else view.has_any(cues.hedges)
        marks = markers(view, cues) if view.entities or carried else []
        s = _Sentence(view, claim, own, after, hedged, tuple(marks), _compared(view, marks))
        found += evaluated_on(s, ctx, rc)
        found += pointed_benchmark(s, views, ctx, rc)
        found += implied_benchmark(s, views, ctx, rc)
        implicit += _shown_with_benchmark(benchmarked(s, ctx, rc), views, view, ctx)
        found += outperforms(s, ctx, cues, rc, carried)
        carried = compared_set(s, ctx, rc)
        found += uses(s, ctx, rc, rc.next_words, cues.self_heads)
    found += best_of_set(views, rc)
    evaluated = {r.head.text.lower() for r in found if r.relation == "evaluated_on"}
    if implicit and not _own_system(views):
        found += [r for r in implicit if r.head.text.lower() not in evaluated]  # a named dataset comes first
    starts = frozenset(e.span.start for view in views for e in view.entities)
    pairs = doc._.abbreviations
    longs = {short.text.lower(): long.text for long, short in pairs or ()}
    reading = reading_cues()
    return [
        r
        for r in found
        if whole_arguments(r.head, r.tail, rc, starts, ctx.keys, longs)
        and not (
            r.relation == "outperforms" and r.tail.text.lower() not in ctx.keys and paradigm(r.tail, reading, longs)
        )
        and not (
            r.relation in ("evaluated_on", "outperforms")
            and r.head.text.lower() not in ctx.keys
            and paradigm(r.head, reading, longs)
        )
        and not (
            r.relation in ("evaluated_on", "outperforms")
            and any(a.text.lower() not in ctx.keys and phrase_argument(a, reading) for a in (r.head, r.tail))
        )
        and not (r.relation == "evaluated_on" and benchmark_name(r.head, reading))
        and not (r.relation == "outperforms" and any(benchmark_name(a, reading) for a in (r.head, r.tail)))
        and not (r.relation == "outperforms" and any(reading.metric_shape.search(a.text) for a in (r.head, r.tail)))
        and not (
            r.relation == "outperforms" and any(reading.quantity_shape.fullmatch(a.text) for a in (r.head, r.tail))
        )
    ]


@Language.factory("claimgraph_relations")
def make_relations(nlp: Language, name: str):
    """Build the relations component (sets ``doc._.relations``)."""
    claim_cues()
    relation_cues()

    def set_relations(doc: Doc) -> Doc:
        claims = doc._.claims
        doc._.relations = find_relations(doc, claims)
        return doc

    return set_relations
