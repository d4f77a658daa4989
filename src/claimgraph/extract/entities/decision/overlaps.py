"""Overlapping and misplaced candidates: a name never runs over a sentence boundary
(:func:`crosses_sentence`), a task-phrase guess yields to the lexicon name it overlaps unless it names a
narrower task (:func:`drop_weak_overlaps`), a grown lexicon method the text states to be a model is one
(:func:`stated_over_variants`), and of spans that still overlap the longest wins, then the one
with the stronger evidence, then the earliest (:func:`resolve_overlaps`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from claimgraph.extract.entities.evidence import EVIDENCE_RANK, get_evidence
from claimgraph.extract.pipeline.sentences import in_title
from claimgraph.extract.pipeline.token_table import table


def crosses_sentence(doc: Doc, start: int, end: int) -> bool:
    """Whether a sentence starts inside ``doc[start:end]``: no name runs over a sentence boundary."""
    tokens = table(doc)
    return any(tokens.starts_sentence(index) for index in range(start + 1, end))


def resolve_overlaps(spans: list[Span]) -> list[Span]:
    """Keep non-overlapping spans: longest first, then strongest evidence, then earliest."""
    ranked = sorted(spans, key=lambda s: (-(s.end - s.start), EVIDENCE_RANK.get(get_evidence(s), 9), s.start))
    taken: set[int] = set()
    kept = []
    for span in ranked:
        if any(i in taken for i in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def drop_weak_overlaps(spans: list[Span]) -> list[Span]:
    """Drop task-phrase guesses that overlap a lexicon name: the lexicon's extent wins, unless the
    phrase is a lexicon task with modifiers in front ("creative text generation tasks" over "text
    generation"): a narrower task said in lowercase in task context, or a Title Case task of the title
    ("... for Fluoroscopic Image Classification" over "Image Classification"), keeps its whole extent, and so
    does a task written with its short form inside ("text-to-image (T2I) generation" over "text-to-image")."""
    known = [s for s in spans if get_evidence(s).startswith("lexicon")]

    def kept(phrase: Span) -> bool:
        overlapping = [k for k in known if k.start < phrase.end and phrase.start < k.end]
        if not overlapping:
            return True
        if "(" in phrase.text and all(
            k.label_ == "Task" and phrase.start <= k.start and k.end < phrase.end for k in overlapping
        ):
            return True  # "text-to-image (T2I) generation": the task's two forms inside its whole name
        lowercase = (phrase.text[:1].lower() + phrase.text[1:]).islower()  # also at a sentence start
        title = in_title(phrase.doc, phrase.start)
        return (lowercase or title) and all(
            k.label_ == "Task" and k.end == phrase.end and k.start > phrase.start for k in overlapping
        )

    return [s for s in spans if get_evidence(s) != "task-phrase" or kept(s)]


#: Types narrower than a method that a stated type may give a grown method name (a trained model).
_NARROWER = frozenset({"Model"})

#: Cues that state the type of the name they find ("our model, SSL-SaN", "dubbed X", "we fine-tune X").
_STATED = frozenset({"head-name", "naming", "model-verb"})


def stated_over_variants(spans: list[Span]) -> list[Span]:
    """A lexicon method grown past its form ("SSL" + "-SaN") is a new name, not the lexicon's entry: when the text
    states that exactly that name is a model ("Our resulting self-supervised model, SSL-SaN, ...",
    "a ... authentication model, termed X"), the stated type is its type in every mention, not the method type of
    its stem. A stated method or task does not retype a grown model or dataset name ("based on the YOLOv11
    framework", "tasks such as C-MTEB"), nor does a stated dataset, which a comma misleads ("Evaluated on test
    dataset, ProtoBERT-LoRA achieved ...")."""
    stated = {
        (s.text, s.label_)
        for s in spans
        if get_evidence(s) in _STATED
        and any(
            v.start == s.start and v.end == s.end and v.label_ == "Method" and get_evidence(v) == "lexicon-variant"
            for v in spans
        )
        and s.label_ in _NARROWER
    }
    if not stated:
        return spans
    labels = dict(stated)
    out = []
    for span in spans:
        if get_evidence(span) == "lexicon-variant" and span.text in labels:
            if span.label_ != labels[span.text]:
                continue
        out.append(span)
    return out


def head_named_over_variants(doc: Doc, spans: list[Span], dataset_heads: frozenset[str]) -> list[Span]:
    """A lexicon method or model grown over glued parts ("CAI" in "PI-CAI") is no longer the lexicon's entry: when
    exactly that name stands right before a dataset head word ("the PI-CAI dataset", "the RSNA-CAD benchmark"),
    the head says what it names, and the grown reading of that text is dropped in every mention."""
    named = {
        s.text
        for s in spans
        if get_evidence(s) == "dataset-head"
        and s.label_ == "Dataset"
        and s.end < len(doc)
        and doc[s.end].text in dataset_heads
        and any(
            v.start == s.start and v.end == s.end and v.label_ in _GROWN and get_evidence(v) == "lexicon-variant"
            for v in spans
        )
    }
    if not named:
        return spans
    return [s for s in spans if not (get_evidence(s) == "lexicon-variant" and s.label_ in _GROWN and s.text in named)]


#: Types of a grown lexicon name that a dataset head word after it overrides.
_GROWN = frozenset({"Method", "Model"})
