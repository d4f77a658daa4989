"""Candidates that name nothing (pure functions of a span, its doc and the cue tables): generic phrases
(:func:`is_generic`), LaTeX source (:data:`LATEX_COMMAND`), a task name that modifies the noun after it
("QA accuracy", :func:`is_attributive_task`) or is glued into a larger coined name ("QA" in "QA-GNN",
:func:`is_name_part`), an error of a task ("over-segmentation", :func:`is_task_error`), a frequent English
word glued to a name because the source lost a space ("likeQwen3-VL", :func:`glued_word`), a hyphen
compound ending in a participle ("U-shaped", :func:`participle_modifier`) and the first part of a suspended
hyphen compound ("MLP-" in "MLP-, KAN- and CNN-based models", :func:`suspended_hyphen`)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from claimgraph.extract.entities.decision.english_words import verb_in_ed
from claimgraph.extract.entities.evidence import get_evidence
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_shapes import glued_extent, hyphen_glued
from claimgraph.extract.lexicons import english_zipf
from claimgraph.extract.pipeline.token_table import span_text, table

LATEX_COMMAND = re.compile(r"\\[A-Za-z]")  # "\ModelName", "\textbf{G}lacial": LaTeX source, never a name


def is_generic(span: Span, generic: frozenset[str]) -> bool:
    """A generic phrase; a lexicon name counts only when written in lowercase ("quality", not "QuALITY")."""
    written = span_text(span)
    if get_evidence(span).startswith("lexicon") and written != written.lower():
        return False
    text = " ".join(written.lower().split())
    return text in generic or (text.endswith("s") and text[:-1] in generic)


def is_attributive_task(doc: Doc, span: Span, cues: NameCues) -> bool:
    """A task name that modifies a following noun ("instruction-following training", "QA accuracy").

    Such a mention names a kind of training, ability or score, not the
    task the work addresses; other mentions of the name still count.
    """
    return span.label_ == "Task" and span.end < len(doc) and doc[span.end].lower_ in cues.task_attributive_nouns


def is_task_error(span: Span, cues: NameCues) -> bool:
    """A task word with an error prefix glued to it ("over-segmentation", "under-segmentation"): it names a
    way the task fails, not a task (pure)."""
    return (
        span.label_ == "Task"
        and len(span) >= 3
        and span[0].lower_ in cues.task_error_prefixes
        and span[1].text == "-"
        and not span[0].whitespace_
    )


def is_name_part(doc: Doc, span: Span, cues: NameCues) -> bool:
    """A task name glued by a hyphen into a larger coined name ("MT" in "MT-DNN", "QA" in "QA-GNN")."""
    return span.label_ == "Task" and glued_extent(doc, span.start, span.end, cues) != (span.start, span.end)


#: a lowercase word of two or more letters glued to a capitalised name ("likeQwen3-VL", "theAD-DualDiff")
_GLUED_WORD = re.compile(r"^([a-z]{2,})[A-Z]")
#: Zipf frequency (``wordfreq``, English) from which a glued lowercase word is a function word of running text
#: ("like" 6.4, "the" 7.7), above the coined prefixes of names ("open" 5.5 in "openPangu", "deep", "meta")
GLUED_WORD_ZIPF = 5.6


def glued_word(span: Span) -> bool:
    """Whether a name found by context starts with a frequent English word glued to a capitalised name because
    the source lost a space ("large-scale models likeQwen3-VL", "theAD-DualDiff"): no name a reader can use.
    Coined prefixes stay ("openPangu", "mBERT", "iPhone"), and so does a word before a single capital ("inD")."""
    if not span[0].text[:1].islower():
        return False
    match = _GLUED_WORD.match(span.text)
    if match is None or get_evidence(span).startswith("lexicon"):
        return False
    if sum(ch.isalpha() for ch in span.text[match.end(1) :]) < 2:
        return False  # "inD", "highD": a word and a capital letter name a dataset of their own
    return english_zipf(match.group(1)) >= GLUED_WORD_ZIPF


def participle_modifier(span: Span) -> bool:
    """Whether a name found by context ends in an English participle glued by a hyphen ("a novel U-shaped
    network", "an Arctic-focused foundation model", "a CLS-protected aggregation", "H&E-stained slides"): the
    compound describes something, it names nothing. Lexicon names stay, and so does a coined word after the
    hyphen ("GLiNER-biomed")."""
    if len(span) < 3 or get_evidence(span).startswith("lexicon"):
        return False
    last = span[-1]
    return hyphen_glued(table(span.doc), last.i) and last.is_alpha and last.is_lower and verb_in_ed(last.text)


def suspended_hyphen(span: Span) -> bool:
    """Whether a span ends in a hyphen glued to its last word ("MLP-" in "we build MLP-, KAN- and CNN-based
    baselines", "CNN-" in "over CNN-, Transformer-, and CLIP-based methods"): the first part of a suspended
    compound whose noun comes later, a modifier and no name as written (pure)."""
    text = span.text
    return len(text) >= 2 and text.endswith("-") and text[-2].isalnum()
