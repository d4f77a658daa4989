"""Component ``claimgraph_proposes``: what the paper itself introduces.

An entity (Method, Model or Dataset) is proposed when

- it is the coined name before the title's colon ("CItruS: Chunked ..."), or
- it is the first such entity within a few tokens after a proposal verb whose
  subject is the authors ("we propose", "this paper introduces", "our ...",
  "here we present"), or after "dubbed/termed/called", or
- its abbreviation is defined in such a sentence.

``doc._.proposes`` gets the first mention of each proposed entity.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimgraph.extract.entities import ENTITIES
from claimgraph.extract.patterns import NameCues, load_cues

PROPOSABLE = frozenset({"Method", "Model", "Dataset"})
AUTHOR_WORDS = frozenset({"we", "our", "us", "here"})
AUTHOR_NOUNS = frozenset({"paper", "work", "study", "article", "report"})
WINDOW = 12

if not Doc.has_extension("proposes"):
    Doc.set_extension("proposes", default=None)


def proposed_spans(doc: Doc, cues: NameCues) -> list[Span]:
    """Return the entity spans the paper introduces, in text order (pure)."""
    entities = [s for s in doc.spans.get(ENTITIES, []) if s.label_ in PROPOSABLE]
    if not entities:
        return []
    chosen: dict[int, Span] = {}
    colon = _title_colon(doc)
    for span in entities:
        if span.id_ == "title" or (span.start == 0 and span.end == colon):
            chosen[span.start] = span
    for token in doc:
        lower = token.lower_
        limit = token.sent.end if doc.has_annotation("SENT_START") else len(doc)
        if lower in cues.naming_cues:
            _first_after(entities, token.i, min(token.i + 4, limit), chosen)
        elif lower in cues.propose_verbs and _by_authors(doc, token):
            _first_after(entities, token.i, min(token.i + WINDOW, limit), chosen)
    return [chosen[start] for start in sorted(chosen)]


def _title_colon(doc: Doc) -> int | None:
    """Token index of the colon that ends a "Name: what it does" title, if any."""
    title_end = doc.user_data.get("cg_title_end") or 0
    for token in doc[:8]:
        if token.idx >= title_end:
            return None
        if token.text == ":":
            return token.i
    return None


def _by_authors(doc: Doc, verb) -> bool:
    sentence_start = verb.sent.start if doc.has_annotation("SENT_START") else 0
    window = doc[max(sentence_start, verb.i - 6) : verb.i]
    return any(
        t.lower_ in AUTHOR_WORDS or (t.lower_ in AUTHOR_NOUNS and t.i > 0 and doc[t.i - 1].lower_ in {"this", "our"})
        for t in window
    )


def _first_after(entities: list[Span], index: int, limit: int, chosen: dict[int, Span]) -> None:
    for span in entities:
        if index < span.start < limit:
            chosen.setdefault(span.start, span)
            return


@Language.factory("claimgraph_proposes")
def make_proposes(nlp: Language, name: str):
    """Build the proposes component."""
    cues = load_cues()

    def set_proposes(doc: Doc) -> Doc:
        doc._.proposes = proposed_spans(doc, cues)
        return doc

    return set_proposes
