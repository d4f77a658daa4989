"""Chosen names that are no proposal after all: the short form of an established long form
(:func:`_established_short_form`), a name apposed to a task or metric (:func:`_apposed_non_proposal`), the
kind of another proposal (:func:`_kinds_of_named`), undefined initials of an established name
(:func:`_known_initials`), a task (:func:`_task_names`), a coined name run on (:func:`_run_on`) and a
description the authors name later (:func:`_described_then_named`); and the proposals the paper's record lists
(:func:`listed_proposals`: no lower-case description of a part)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from claimgraph.extract.cues import AuthorCues
from claimgraph.extract.entities.abbreviation_forms import defined_short_forms, form_key, other_forms
from claimgraph.extract.entities.evidence import get_evidence
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_shapes import initials, is_coined
from claimgraph.extract.pipeline.token_table import TokenTable, doc_text, span_text
from claimgraph.extract.relations.proposes.appositives import _apposition_head
from claimgraph.extract.relations.proposes.cues import (
    APPOSITIVE_HEAD,
    ProposeCues,
    _after_abbreviation,
    propose_cues,
)


def _established_short_form(
    tokens: TokenTable, span: Span, chosen: dict[int, Span], colon: int | None, authors: AuthorCues
) -> bool:
    """Whether a proposed name is the short form of an established lower-case long form that the abstract
    defines without proposing it: after "... through supervised learning (SL) from human data", "upsampling
    rare terms during SL" proposes no SL; after "maximum distance separable (MDS) codes arising from ...",
    "we construct MDS codes" proposes no MDS. A definition that is itself proposed, or that follows a
    propose verb in its sentence ("we propose a method that combines ... deep network (SpecMCD)"), and a
    title name before the colon ("HCL: ...") stay."""
    if colon is not None and span.end <= colon:
        return False
    for long_form, short_form in span.doc._.abbreviations or ():
        if short_form.text != span.text or short_form.start == span.start or long_form.text != long_form.text.lower():
            continue
        if any(start in chosen for start in (long_form.start, short_form.start)):
            continue
        opening = tokens.sentence_start(long_form.start)
        if not any(tokens.lower[j] in authors.propose_verbs for j in range(opening, long_form.start)):
            return True
    return False


def _apposed_non_proposal(tokens: TokenTable, span: Span, parts: ProposeCues, authors: AuthorCues) -> bool:
    """Whether the apposition right after a name (past its abbreviation) says it is no method, model or
    dataset: its head (:func:`_apposition_head`) is one of ``appositive_not_proposable`` ("we propose
    \\textbf{stReaming drag-oriEnted ... (REVEL)}, a new task that ...", ", a novel metric"), not a kind
    noun (", a training-free score calibration module designed to ..."). So does such a head right after the
    name ("we introduce Calibration Shift metric", "the Affective Image Filter (AIF) task": a metric, a task)."""
    comma = _after_abbreviation(tokens, span.end)
    if tokens.text[comma : comma + 1] == ["}"]:
        comma += 1  # the closing brace of text markup around the name
    if comma < len(tokens) and tokens.lower[comma] in parts.appositive_not_proposable:
        return tokens.sentence_of[comma] == tokens.sentence_of[span.start]
    if comma + 1 >= len(tokens) or tokens.text[comma] != "," or tokens.lower[comma + 1] not in ("a", "an"):
        return False
    head = _apposition_head(tokens, comma + 2, 2 * APPOSITIVE_HEAD, parts, authors)
    return head in parts.appositive_not_proposable


def _kinds_of_named(
    tokens: TokenTable, entities: list[Span], chosen: dict[int, Span], cues: NameCues, authors: AuthorCues
) -> frozenset[str]:
    """Keys (:func:`form_key`) of chosen names that the paper uses as the kind of another proposal it names:
    "we introduce a novel paradigm, continued fine-tuning (CFT) ... We propose a simple CFT strategy (named
    MERGETUNE)": CFT is what MERGETUNE is an instance of, not the paper's method. A mention of the name
    (or of its short form), a kind noun, then a naming cue and another chosen name that is no form of it."""
    starts = {span.start for span in chosen.values()}
    lower = tokens.lower
    found = set()
    for span in entities:
        j = span.end
        if j >= len(lower) or lower[j] not in authors.kind_nouns:
            continue
        j += 1
        if j < len(lower) and tokens.text[j] in ("(", ","):
            j += 1
        if j + 1 >= len(lower) or lower[j] not in cues.naming_cues or j + 1 not in starts:
            continue
        forms = {form_key(span.text)} | {form_key(form) for form in other_forms(span.doc, span.text)}
        if any(c.start == j + 1 and form_key(c.text) in forms for c in chosen.values()):
            continue  # "a novel content-aware speculative decoding algorithm, termed CSD": one name
        found |= forms
    return frozenset(found)


def _known_initials(doc: Doc, entities: list[Span]) -> frozenset[str]:
    """Undefined abbreviations that are the initials of an established (lexicon) name of the
    paper ("we introduce an EBM in a residual form" after "an energy-based model"): the
    established thing, not a coined name. An abbreviation the paper defines is left alone."""
    defined = defined_short_forms(doc)
    return frozenset(
        initials(text)
        for span in entities
        if get_evidence(span) == "lexicon"
        and " " in (text := span_text(span)).replace("-", " ")
        and initials(text) not in defined
    )


#: "the task of X", "a new problem we term X", "a setting called X": what follows names a task.
_TASK_INTRO = re.compile(
    r"\b(?:task|problem|setting|phenomenon)s?\b"
    r"(?: of| (?:that )?we (?:call|term|name|dub)| (?:called|named|termed|dubbed))\b"
    r"|\b(?:the|a new) term\b",
    re.IGNORECASE,
)


def _task_names(doc: Doc, spans: list[Span], breaks: frozenset[str] = frozenset()) -> frozenset[str]:
    """Keys (:func:`form_key`) of chosen names that the paper introduces as a task ("we introduce
    the task of Long-form Generation with Uncertainty (LoGU)", "a family of problems we term
    in context language learning (ICLL)"); a task is not a proposed method. A name that a
    means word (``breaks``) separates from the task is how the task is done ("the task of
    unpaired recognition using FSSUAVL")."""
    text = doc_text(doc)
    found = set()
    for span in spans:
        for name in {span.text, *other_forms(doc, span.text)}:
            start = text.find(name)
            while start >= 0:
                sentence = text.rfind(". ", 0, start) + 1
                prefix = text[max(sentence, start - 90) : start]
                prefix = prefix[max(prefix.rfind(","), prefix.rfind(";")) + 1 :]
                intro = _TASK_INTRO.search(prefix)
                if intro and breaks.isdisjoint(prefix[intro.end() :].split()):
                    found.add(form_key(span.text))
                    break
                start = text.find(name, start + len(name))
    return frozenset(found)


def _run_on(span: Span, names: list[Span]) -> bool:
    """Whether a name runs a proposed coined name on into what it is built with or for: a one-word coined name
    that the paper proposes on its own, then a linking word ("we introduce PanoWorld with Spherical Spatial
    Cross-Attention, which ..." beside the title's "PanoWorld"; "SD-ReID for AG-ReID"). The coined name is
    the proposal; "Slot Attention with Re-Initialization ..." (no coined word) stays whole, and so does a name
    the paper abbreviates ("the PMC with privileged information (PMC-PI) method": a variant of its own)."""
    if len(span) < 3 or span[1].lower_ not in propose_cues().name_links or not is_coined(span[0].text):
        return False
    if span.end < len(span.doc) and span.doc[span.end].text == "(":
        return False
    return any(len(other) == 1 and other.text == span[0].text for other in names)


def _described_then_named(
    tokens: TokenTable, span: Span, chosen: dict[int, Span], cues: NameCues, authors: AuthorCues
) -> bool:
    """Whether a lower-case proposal is the description of a name the authors give later in its
    sentence: a naming cue after a comma or an opening parenthesis, then another proposed name, no
    proposal verb between ("We introduce a logical prompting strategy that fuses CoT reasoning with
    VQD, termed CoVQD": the proposal is CoVQD; "a mutually causal semantic distillation network
    (termed MSDN++)"). A description ending in a kind noun is the kind of a proposed name right after its comma
    too ("we propose a novel safety alignment strategy, Constrained Knowledge Unlearning (CKU)": the proposal is
    CKU). A capitalised proposal stays ("a Mask-guided Refinement module, termed MgR")."""
    if not span.text.islower():
        return False
    if _kind_of_apposed_name(tokens, span, chosen, authors):
        return True
    end = tokens.sentence_end(span.start)
    for j in range(span.end, end - 1):
        if tokens.lower[j] in authors.propose_verbs:
            return False
        if tokens.lower[j] in cues.naming_cues and tokens.text[j - 1] in (",", "("):
            named = chosen.get(j + 1)
            return named is not None and named.start != span.start
    return False


def _kind_of_apposed_name(tokens: TokenTable, span: Span, chosen: dict[int, Span], authors: AuthorCues) -> bool:
    """Whether a description ending in a kind noun stands before a comma and another proposed name
    ("a training-free token pruning strategy, Pyramid Token Pruning"): it says what kind that name is."""
    after = span.end + 1
    if after >= len(tokens) or tokens.text[span.end] != "," or tokens.lower[span.end - 1] not in authors.kind_nouns:
        return False
    named = chosen.get(after)
    return named is not None and tokens.sentence_of[after] == tokens.sentence_of[span.start]


def listed_proposals(spans: list[Span], heads: frozenset[str] | None = None) -> list[Span]:
    """The proposals a paper's record lists: a lower-case description that ends in one of ``heads``
    (``unnamed_part_heads``: "an adaptive multi-reward mechanism") is an unnamed part of the paper's method,
    not a proposal of its own, whether or not the paper also names its method ("MORE"). ``doc._.proposes``
    keeps such parts: the readings of uses and claims need them."""
    heads = propose_cues().unnamed_part_heads if heads is None else heads

    texts = [span_text(span) for span in spans]
    lower = [text == text.lower() for text in texts]
    kept = zip(spans, texts, lower, strict=True)
    return [span for span, text, low in kept if not (low and text.split()[-1] in heads)]
