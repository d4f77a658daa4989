"""The named parts a proposal announces in a list (:func:`_announced_parts`): "we introduce three modules to
facilitate ...: the X (XA) Injector, the Y (YA) Injector, and the Z (ZA) module", "we propose a framework
with two modules: a X (XA) and a Y (YA) module". The proposal verb (or a component verb of the paper's own
contribution) takes a plural part noun (``announced_part_nouns``) as its object, or after a linking word
(``announced_part_links``: "with", "comprising", "consisting of" ...), and a colon closes that clause,
right after the noun or after a purpose clause; the list after the colon names the parts."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.cues import AuthorCues
from claimgraph.extract.entities.abbreviation_forms import short_forms
from claimgraph.extract.entities.evidence import get_evidence
from claimgraph.extract.entities.name_shapes import is_coined
from claimgraph.extract.pipeline.extensions import ANNOUNCED_PARTS
from claimgraph.extract.pipeline.list_items import closes_marker, joins_items, past_article
from claimgraph.extract.pipeline.token_table import TokenTable, span_text
from claimgraph.extract.relations.proposes.authorship import _by_authors, _earlier_work
from claimgraph.extract.relations.proposes.cues import ProposeCues, title_case_name
from claimgraph.extract.relations.proposes.parts import _established_short, _own_subject

#: Tokens from the proposal verb to its plural part noun ("introduce three specialized modules", "a hybrid
#: framework for image segmentation, comprising two key modules").
_NOUN_REACH = 30

#: Words of the plural part noun's phrase before it ("three specialized", "two plug-and-play").
_PHRASE_WORDS = 5

#: Tokens from the plural part noun to the colon that closes its clause ("to facilitate the interaction
#: between these two branches:").
_CLAUSE_REACH = 20


def _announced_parts(
    entities: list[Span], tokens: TokenTable, chosen: dict[int, Span], authors: AuthorCues, parts: ProposeCues
) -> None:
    """Named parts listed after a colon that closes the authors' announcement of their plural parts ("we
    introduce three specialized modules to facilitate the interaction between these two branches: the Adaptive
    Temporal Weighting (ATW) Injector, ..., and the Channel Selection Fusion (CSF) module", "we propose a hybrid
    framework with two modules: a Temporal Weighting Injector (TWI) and ...", "X, which consists of three key
    modules: A (AA), B (BB), and C"): each name that opens an item of the list (right after the colon, or after
    a list marker, ";", ",", "and", past an article) and is the paper's own name (a Title Case name of two words
    or more, or a long form with the abbreviation the abstract defines for it; no lexicon name) is proposed.
    Not when a ``prior_part_leads`` word stands before the colon ("we combine two existing modules: ...")."""
    if not entities:
        return
    lower, doc = tokens.lower, entities[0].doc
    for verb in range(len(lower)):
        if not _announcing_verb(tokens, entities, chosen, verb, authors, parts):
            continue
        noun = _announced_noun(tokens, verb, authors, parts)
        if noun is None:
            continue
        colon = _closing_colon(tokens, noun, parts)
        if colon is None:
            continue
        start = tokens.sentence_start(verb)
        written = span_text(doc[start:colon]).lower().split()  # hyphens joined: "state-of-the-art"
        if any(w in parts.prior_part_leads for w in lower[start:colon] + written):
            continue
        end = tokens.sentence_end(verb)
        markers = parts.list_markers
        marked = closes_marker(tokens, colon + 2, markers) or closes_marker(tokens, colon + 3, markers)
        for span in entities:
            if (
                colon < span.start < end
                and _opens_announced_item(tokens, span.start, colon, marked, parts)
                and _own_name(span, entities)
            ):
                if span.start not in chosen:
                    chosen[span.start] = span
                    doc.user_data.setdefault(ANNOUNCED_PARTS, set()).add(span.start)


def _announcing_verb(
    tokens: TokenTable,
    entities: list[Span],
    chosen: dict[int, Span],
    verb: int,
    authors: AuthorCues,
    parts: ProposeCues,
) -> bool:
    """Whether token ``verb`` announces the paper's own parts: the authors' proposal verb ("we introduce"), not
    one of earlier work, or a component verb whose subject is the paper's contribution ("Our framework comprises")."""
    word = tokens.lower[verb]
    if word in authors.propose_verbs:
        return _by_authors(tokens, verb, authors) and not _earlier_work(tokens, verb, parts)
    if word in parts.component_verbs and verb:
        start = tokens.sentence_start(verb)
        return _own_subject(tokens, entities, chosen, max(start, verb - 8), verb, start, authors)
    return False


def _announced_noun(tokens: TokenTable, verb: int, authors: AuthorCues, parts: ProposeCues) -> int | None:
    """The plural part noun the verb at ``verb`` announces, or None: its object ("introduce three specialized
    modules") or the object of a linking word after it ("a framework with two modules", "X, which consists of
    three key modules"); a short phrase of lower-case words, numbers and hyphens before the noun."""
    lower = tokens.lower
    end = min(tokens.sentence_end(verb), verb + _NOUN_REACH)
    for noun in range(verb + 1, end):
        if tokens.text[noun] in (":", ";"):
            return None
        if lower[noun] not in parts.announced_part_nouns:
            continue
        j = noun - 1
        while j > verb and noun - j <= _PHRASE_WORDS and _phrase_word(tokens, j, authors):
            j -= 1
        if lower[j] == "of" and j > verb:
            j -= 1  # "consisting of", "composed of"
        if j == verb or lower[j] in parts.announced_part_links:
            return noun
    return None


def _phrase_word(tokens: TokenTable, j: int, authors: AuthorCues) -> bool:
    """Whether token ``j`` may stand in a plural part noun's phrase: a lower-case word that ends no object (no
    gap stop, clause word or author word), a number or a hyphen ("two plug-and-play", "3 lightweight")."""
    text, word = tokens.text[j], tokens.lower[j]
    if text == "-" or text.isdigit():
        return True
    if not (text.isalpha() and text.islower()):
        return False
    return (
        word not in authors.propose_gap_stops and word not in authors.name_closers and word not in authors.author_words
    )


def _closing_colon(tokens: TokenTable, noun: int, parts: ProposeCues) -> int | None:
    """The colon that closes the clause of the plural part noun at ``noun``: right after it, or after a purpose
    or other clause of a few words with no ";" ("modules to facilitate the interaction between these two
    branches:"); None without one."""
    end = min(tokens.sentence_end(noun), noun + _CLAUSE_REACH)
    for j in range(noun + 1, end):
        if tokens.lower[j] in parts.announced_list_closers:
            return j  # a colon, or "namely" ("three benchmarks, namely X, Y and Z")
        if tokens.text[j] == ";":
            return None
    return None


def _opens_announced_item(tokens: TokenTable, start: int, colon: int, marked: bool, parts: ProposeCues) -> bool:
    """Whether a name at ``start`` opens an item of the announced list after ``colon``: past an article, the colon
    itself or a list marker of ``list_markers`` ("(2)"); in a list without markers, also ";", "," or "and" (in a
    marked list these join words inside an item: "(2) a registration module using the Steger and X algorithms").
    Unlike the entity stage's counted lists (``proposal_lists._opens_counted_item``), a marker opens an item by
    itself: every entity after the colon is tested, not the list read item by item from its opener."""
    j = past_article(tokens, start, colon)
    if j == colon or closes_marker(tokens, j, parts.list_markers):
        return True
    return not marked and joins_items(tokens, j)


def _own_name(span: Span, entities: list[Span]) -> bool:
    """Whether a listed name is one the paper gives its part: no lexicon name (nor one whose abbreviation is),
    not linked to a known entry, and a Title Case name of two words or more ("Channel Selection Fusion") or a long
    form with the abbreviation the abstract defines right after it ("spatial-temporal prompting (STP)")."""
    if get_evidence(span) in ("lexicon", "lexicon-variant") or span.kb_id_ or _established_short(span, entities):
        return False
    doc = span.doc
    text = span_text(span)
    if title_case_name(text) or (" " not in text and is_coined(text)):
        return True  # "Channel Selection Fusion"; "we propose two detectors: ZorbDet and QuuxDet"
    return span.end < len(doc) and doc[span.end].text == "(" and bool(short_forms(doc, span.text))
