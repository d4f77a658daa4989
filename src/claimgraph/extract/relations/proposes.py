"""Component ``claimgraph_proposes``: what the paper itself introduces.

An entity (Method, Model or Dataset) is proposed when

- it is the coined name before the title's colon ("CItruS: Chunked ..."), or
- it is the first such entity within a few tokens after a proposal verb whose
  subject is the authors ("we propose", "this paper introduces", "our ...",
  "here we present"), or after "dubbed/termed/called"; a name that is the
  first part of a hyphenated modifier ("a Mamba-based tracker") is skipped, or
- its abbreviation is defined in such a sentence.

``doc._.proposes`` gets the first mention of each proposed entity.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

import claimgraph.extract.entities.evidence  # noqa: F401  (registers Span._.evidence)
import claimgraph.extract.pipeline.extensions  # noqa: F401  (registers the shared Doc and Span extensions)
from claimgraph.extract.cues import AuthorCues, author_cues
from claimgraph.extract.entities.decision import ENTITIES
from claimgraph.extract.entities.name_cues import NameCues, name_cues
from claimgraph.extract.pipeline.token_table import TokenTable, table
from claimgraph.vocabulary import PROPOSABLE_TYPES

WINDOW = 12
#: " (ABBR)" right after a name, before a glued "-based".
_ABBREVIATED = re.compile(r" \([^()\s]{1,15}\)(?=-)")
#: Words before a propose verb's form that make it a noun ("our design", "the release").
_NOUN_BEFORE = frozenset({"our", "the", "this", "its", "their", "a", "an"})


def proposed_spans(doc: Doc, cues: NameCues, authors: AuthorCues) -> list[Span]:
    """Return the entity spans the paper introduces, in text order (pure)."""
    entities = [s for s in doc.spans.get(ENTITIES, []) if s.label_ in PROPOSABLE_TYPES]
    if not entities:
        return []
    chosen: dict[int, Span] = {}
    colon = _title_colon(doc)
    for span in entities:
        if span._.evidence == "title" or (span.start == 0 and span.end == colon):
            chosen[span.start] = span
    tokens = table(doc)
    for index, lower in enumerate(tokens.lower):
        if lower in cues.naming_cues:
            _first_after(entities, index, min(index + 4, tokens.sentence_end(index)), chosen)
        elif lower in authors.propose_verbs and _by_authors(tokens, index, authors):
            limit = min(index + WINDOW, tokens.sentence_end(index))
            stop = next((j for j in range(index + 1, limit) if tokens.lower[j] in authors.propose_gap_stops), limit)
            _first_after(
                entities,
                index,
                stop,
                chosen,
                skip=lambda span: _modifier(tokens, span) or _kind_modifier(tokens, span, authors),
            )
        elif lower == "our":
            # "our (multi-agent) framework OMNE": a name right after our type word
            _first_after(
                entities,
                index,
                min(index + 7, tokens.sentence_end(index)),
                chosen,
                only=lambda span: span._.evidence == "head-name",
            )
    return [chosen[start] for start in sorted(chosen)]


def _title_colon(doc: Doc) -> int | None:
    """Token index of the colon that ends a "Name: what it does" title, if any."""
    title_end = doc.user_data.get("cg_title_end") or 0
    tokens = table(doc)
    for index in range(min(8, len(tokens))):
        if tokens.idx[index] >= title_end:
            return None
        if tokens.text[index] == ":":
            return index
    return None


def _by_authors(tokens: TokenTable, verb: int, authors: AuthorCues) -> bool:
    """Whether the authors are the subject: "we", "our", "here", "this paper" shortly before the verb."""
    lower = tokens.lower
    if verb and lower[verb - 1] in _NOUN_BEFORE:
        return False  # "Central to our design is ...": the verb's form used as a noun
    # "we devise a pipeline for ... and propose X": a coordinated verb shares the subject
    reach = 16 if verb and lower[verb - 1] == "and" else 6
    for i in range(max(tokens.sentence_start(verb), verb - reach), verb):
        own_noun = lower[i] in authors.author_nouns and i > 0 and lower[i - 1] in {"this", "our"}
        if lower[i] in authors.author_words or own_noun:
            return True
    return False


def _modifier(tokens: TokenTable, span: Span) -> bool:
    """Whether a name is the first part of a hyphenated modifier ("a Mamba-based tracker",
    "an OpenEnv-compatible environment", "a state space model (SSM)-based strategy"): what
    is proposed is the thing it modifies."""
    text = span.doc.text
    start, end = span.start_char, span.end_char
    after = _ABBREVIATED.match(text, end)
    if after is not None:
        end = after.end()  # "a Vision Transformer (ViT)-based framework"
    elif start and text[start - 1] == "(" and text.startswith(")", end):
        end += 1  # the "(ViT)" of the same modifier
    return end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha()


def _kind_modifier(tokens: TokenTable, span: Span, authors: AuthorCues) -> bool:
    """Whether an established lower-case name only modifies the kind of an unnamed
    contribution ("a self-supervised learning framework", "an OpenEnv-compatible
    reinforcement learning environment"); coined names ("the CItruS framework") are kept."""
    end = span.end
    if end >= len(tokens) or tokens.lower[end] not in authors.kind_nouns:
        return False
    return span.text.islower() and span._.evidence != "head-name"


def _first_after(entities: list[Span], index: int, limit: int, chosen: dict[int, Span], only=None, skip=None) -> None:
    for span in entities:
        if skip is not None and index < span.start < limit and skip(span):
            continue
        if index < span.start < limit:
            if only is None or only(span):
                chosen.setdefault(span.start, span)
            return


@Language.factory("claimgraph_proposes")
def make_proposes(nlp: Language, name: str):
    """Build the proposes component."""
    cues, authors = name_cues(), author_cues()

    def set_proposes(doc: Doc) -> Doc:
        doc._.proposes = proposed_spans(doc, cues, authors)
        return doc

    return set_proposes
