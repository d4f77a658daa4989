"""Names that only describe an unnamed or later named contribution: its purpose after "for"
(:func:`_purpose`), a description the authors then name (:func:`_named_after`), the modifier of its kind
(:func:`_kind_modifier`) and the short form of its field or task (:func:`_field_short_form`)."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.cues import AuthorCues
from claimgraph.extract.entities.abbreviation_forms import long_forms
from claimgraph.extract.entities.decision import ENTITIES
from claimgraph.extract.entities.decision.english_words import adjective_shaped
from claimgraph.extract.entities.evidence import get_evidence
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.pipeline.token_table import TokenTable
from claimgraph.extract.relations.proposes.cues import ProposeCues, _after_abbreviation


def _purpose(tokens: TokenTable, span: Span, authors: AuthorCues) -> bool:
    """Whether a name after "for" is what the contribution is for, not its name: a lower-case
    phrase ("a method for video frame interpolation (VFI)") or one a lower-case noun follows
    ("a network for the HSU task"); "an algorithm for Online Data Mixing (ODM) that" names it. A lower-case
    phrase is a purpose after lower-case words after "for" too ("a framework for real-time foreign object
    intrusion (FOI) detection")."""
    if span.text.islower() and _after_for(tokens, span.start):
        return True
    if tokens.lower[span.start - 1] != "for":
        return False
    after = _after_abbreviation(tokens, span.end)
    word = tokens.text[after] if after < len(tokens) else ""
    return word.isalpha() and word.islower() and word not in authors.name_closers


#: Lower-case words that may stand between "for" and the lower-case phrase it opens.
_PURPOSE_GAP = 3


def _after_for(tokens: TokenTable, start: int) -> bool:
    """Whether "for" and at most ``_PURPOSE_GAP`` lower-case words (hyphens not counted) come right before
    ``start`` in its sentence ("for real-time foreign object intrusion", "for evaluating central nervous
    system")."""
    words = 0
    j = start - 1
    first = tokens.sentence_start(start)
    while j >= first and words <= _PURPOSE_GAP:
        word = tokens.text[j]
        if word.lower() == "for":
            return True
        if word != "-":
            if not (word.isalpha() and word.islower()):
                return False
            words += 1
        j -= 1
    return False


def _named_after(tokens: TokenTable, span: Span, starts: frozenset[int], cues: NameCues, authors: AuthorCues) -> bool:
    """Whether a name is followed by the name the authors give their contribution (an entity
    starting right after a naming cue): it only describes it ("the first process reward model
    (PRM) called Web-Shepherd", "a controllable T2I approach, termed TraDiffusion")."""
    after = _after_abbreviation(tokens, span.end)
    if after < len(tokens) and tokens.lower[after] in authors.kind_nouns:
        after += 1
    if after < len(tokens) and tokens.text[after] == ",":
        after += 1
    return after + 1 < len(tokens) and tokens.lower[after] in cues.naming_cues and after + 1 in starts


def _kind_modifier(tokens: TokenTable, span: Span, authors: AuthorCues, parts: ProposeCues) -> bool:
    """Whether an established lower-case name only modifies the kind of an unnamed
    contribution ("a self-supervised learning framework", "an OpenEnv-compatible
    reinforcement learning environment"); so does one capitalised word that ends like an adjective
    (:func:`adjective_shaped`) after "a"/"an": "a Bayesian framework", "a new Phenotypic dataset"; coined
    names ("the CItruS framework", "the Vorbatic framework") are kept. Any
    name before a kind noun and a colon that another name follows modifies that kind: the contribution
    is named after the colon ("we propose a robust RGB-only outdoor 3DGS SLAM method: S3PO-GS")."""
    end = span.end
    if get_evidence(span) in ("lexicon", "lexicon-variant"):
        end = _after_abbreviation(tokens, end)  # "a reinforcement learning (RL) framework"
    if end >= len(tokens) or tokens.lower[end] not in authors.kind_nouns:
        return False
    if tokens.text[end + 1 : end + 2] == [":"] and any(e.start == end + 2 for e in span.doc.spans.get(ENTITIES, ())):
        return True  # not "we introduce the SoftGovScore method: this method trains ..."
    return (span.text.islower() or _proper_adjective(tokens, span, parts)) and get_evidence(span) != "head-name"


def _proper_adjective(tokens: TokenTable, span: Span, parts: ProposeCues) -> bool:
    """Whether a name is one capitalised word that ends like an adjective after "a"/"an" and any
    ``novelty_words`` ("a Bayesian", "a new Phenotypic"); not without the article ("we present Mondrian
    framework", "the Vorbatic framework" name a contribution)."""
    text = span.text
    if not (len(span) == 1 and text.isalpha() and text[:1].isupper() and text[1:].islower()):
        return False
    if not adjective_shaped(text):
        return False
    before = span.start - 1
    while before >= 0 and tokens.lower[before] in parts.novelty_words:
        before -= 1
    return before >= 0 and tokens.lower[before] in ("a", "an")


def _field_short_form(tokens: TokenTable, span: Span, authors: AuthorCues) -> bool:
    """Whether a short form in capitals only names the field or task of an unnamed contribution: it stands
    before a lower-case word that is no kind noun and then a kind noun ("an HSI denoising framework", "a novel
    KP extraction dataset", "the SH attention module"); the contribution is the framework, dataset or module.
    A short form the abstract spells out as a Title-Case name ("Gradient-Based Feature Fusion (GBFF)", then
    "the GBFF fusion method") names the contribution and stays."""
    text = span.text
    end = span.end
    if len(span) != 1 or not (text.isalpha() and text.isupper()) or end + 1 >= len(tokens):
        return False
    if tokens.sentence_of[end + 1] != tokens.sentence_of[span.start]:
        return False
    word = tokens.text[end]
    if not (word.isalpha() and word.islower()) or word in authors.kind_nouns or word in authors.name_closers:
        return False
    if tokens.lower[end + 1] not in authors.kind_nouns:
        return False
    return all(long == long.lower() for long in long_forms(span.doc, text))
