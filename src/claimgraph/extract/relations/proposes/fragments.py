"""Names that are only a piece of what is proposed: the first part of a hyphenated modifier
(:func:`_modifier`), the tail of a glued name, the start of a longer abbreviated name
(:func:`_abbreviated_longer`), an established name the authors only train, wrap in a description or
bring into a field (:func:`_fragment`)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from claimgraph.extract.cues import AuthorCues
from claimgraph.extract.entities.evidence import get_evidence
from claimgraph.extract.entities.lexicon_matcher import CANDIDATES
from claimgraph.extract.entities.name_cues import NameCues, name_cues
from claimgraph.extract.pipeline.token_table import TokenTable, doc_text
from claimgraph.extract.relations.proposes.cues import _after_abbreviation, propose_cues

#: " (ABBR)" right after a name, before a glued "-based" or a spaced "based" modifier.
_ABBREVIATED = re.compile(r" \([^()\s]{1,15}\)(?=-| based )")

#: A spaced "based" that modifies the next word as a glued "-based" would ("an RL based method"), not "based on".
#: A possessive after a name ("Seewo's systems"): the name owns what is proposed.
_POSSESSIVE = re.compile(r"['\u2019]s\b")

_SPACED_BASED = re.compile(r" based (?!on\b|upon\b)[A-Za-z]")

#: A hyphen used as a dash before an article ("we introduce MapBench-the first dataset ..."): it opens an
#: apposition, it glues no modifier.
_DASH_ARTICLE = re.compile(r"-(?:the|a|an) ")


def _fragment(tokens: TokenTable, span: Span, verb: int, authors: AuthorCues) -> bool:
    """Whether a name is only a piece of what is proposed.

    - the tail of a glued name ("infty-RoPE" holds "RoPE");
    - the start of a longer name the paper abbreviates ("Slot Attention with re-Initialization
      and self-Distillation (DIAS)");
    - an established (lexicon) name, or the long form of one ("We trained 33 You Only Look
      Once (YOLO) models"), that the authors only train ("we train Vision
      Transformers on ...") or that a longer description wraps: a word before it
      other than a determiner ("grounding-aware reinforcement learning", "a residual
      CNN") or a lower-case word after it that is not a function word ("Tenengrad
      gradient detection", "an encoding-enhanced seq2seq pretraining strategy"), or that the
      authors bring into a field ("introduces NAS to SAR object detection").
    """
    text = doc_text(span.doc)
    start = span.start_char
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalnum():
        return True
    if _abbreviated_longer(tokens, span):
        return True
    evidence = get_evidence(span)
    if evidence not in ("lexicon", "lexicon-variant"):
        if tokens.lower[verb] in authors.training_verbs and _known_at_a_size(span, name_cues()):
            return True  # "we train a Mamba-2 370M with ...": an established model at one size, trained
        # "We trained 33 You Only Look Once (YOLO) models": the long form of an established short form
        return evidence == "abbreviation" and bool(span.kb_id_) and tokens.lower[verb] in authors.training_verbs
    if tokens.lower[verb] in authors.training_verbs:
        return True
    if evidence != "lexicon":
        return False
    before = span.start - 1
    if before > verb and tokens.lower[before] not in authors.name_modifiers:
        return True
    if any(w.endswith("ing") and w.isalpha() and w.islower() for w in tokens.text[verb + 1 : span.start]):
        return True  # "we propose freezing the matrices in the Vision Transformer": the object of an action
    after = _after_abbreviation(tokens, span.end)
    if after < len(tokens) and tokens.sentence_of[after] == tokens.sentence_of[span.start]:
        word = tokens.text[after]
        if word.isalpha() and word.islower() and word not in authors.name_closers:
            return True  # "a Graph Neural Network (GNN) regression model"
        if _brought_to(tokens, after):
            return True  # "this work introduces NAS to SAR object detection": an established name applied
    return False


def _known_at_a_size(span: Span, cues: NameCues) -> bool:
    """Whether a name is an established (lexicon) name and a size: "Mamba-2 370M" is the lexicon's Mamba-2 at
    one size ("we train a Mamba-2 370M": no new model, whatever cue found the whole). Not a name of its own
    that opens with a known one ("ImgEdit-E1", "Mixture-of-Experts Vision Encoders")."""
    doc = span.doc
    return any(
        get_evidence(candidate).startswith("lexicon")
        and candidate.start == span.start
        and candidate.end < span.end
        and all(token.text == "-" or cues.size_suffix.match(token.text) for token in doc[candidate.end : span.end])
        for candidate in doc.spans.get(CANDIDATES, [])
    )


def _brought_to(tokens: TokenTable, after: int) -> bool:
    """Whether the words at ``after`` bring a name into a field ("introduces NAS to SAR object detection",
    "we introduce diffusion models into the restoration pipeline"): "into", or "to" before a name or an
    article; "to" before a lower-case word is a purpose ("we propose LoRA to reduce ...")."""
    if after + 1 >= len(tokens) or tokens.sentence_of[after + 1] != tokens.sentence_of[after]:
        return False
    word, following = tokens.lower[after], tokens.text[after + 1]
    if word == "into":
        return True
    return word == "to" and (following[:1].isupper() or following.lower() in ("the", "a", "an"))


def _abbreviated_longer(tokens: TokenTable, span: Span) -> bool:
    """Whether a name begins a longer name that the paper abbreviates
    ("we propose Slot Attention with re-Initialization and self-Distillation (DIAS)"):
    a linking word right after it, then an abbreviation in parentheses before any
    punctuation, within a few words; or another lower-case word right after it and an abbreviation that opens
    with the name's first word ("we propose Brain ResNet over trained Vision Transformer (BrainRotViT)")."""
    end = span.end
    linked = end < len(tokens) and tokens.lower[end] in propose_cues().name_links
    if end >= len(tokens) or not (linked or tokens.text[end].islower()):
        return False
    first = tokens.text[span.start]
    for j in range(end + 1, min(end + 9, tokens.sentence_end(span.start) - 2)):
        word = tokens.text[j]
        if word == "(":
            inner = tokens.text[j + 1]
            if not (tokens.text[j + 2].startswith(")") and sum(c.isupper() for c in inner) >= 2):
                return False
            # after a linking word any abbreviation; after another lower-case word only one that opens with the
            # name's first word ("Brain ResNet over trained Vision Transformer (BrainRotViT)")
            return linked or (len(first) > 2 and inner.startswith(first) and inner != first)
        if word in (",", ";", ":", ".") or word.lower() in ("which", "that", "to"):
            return False
    return False


def _modifier(tokens: TokenTable, span: Span) -> bool:
    """Whether a name is the first part of a hyphenated modifier ("a Mamba-based tracker",
    "an OpenEnv-compatible environment", "a state space model (SSM)-based strategy"), or of the same
    modifier spelled with a space ("a reinforcement learning (RL) based method", "a VQ-VAE based tokenizer";
    not "X based on Y"), or a possessor ("This paper presents HITSZ's submission"): what is proposed is the
    thing it modifies. A hyphen before an article is a dash ("MapBench-the first dataset"), no modifier."""
    text = doc_text(span.doc)
    start, end = span.start_char, span.end_char
    after = _ABBREVIATED.match(text, end)
    if after is not None:
        end = after.end()  # "a Vision Transformer (ViT)-based framework"
    elif start and text[start - 1] == "(" and text.startswith(")", end):
        end += 1  # the "(ViT)" of the same modifier
    if _SPACED_BASED.match(text, end) or _POSSESSIVE.match(text, end):
        return True  # "This paper presents Seewo's systems": the team that owns what is proposed
    if _DASH_ARTICLE.match(text, end):
        return False  # "MapBench-the first dataset for ...": a dash, not a modifier
    return end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha()
