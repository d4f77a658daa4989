"""Arguments whose name says they are something other than the relation needs.

The packaged lexicon and the shape of a name tell what a name is although the sentence reads it
otherwise: a Method/Model named like a benchmark (:func:`benchmark_name`: "VSI-Bench-Debiased",
"MMBench"), a Dataset after "speedup(s) on" that names a model whose speed is measured
(:func:`speed_subject`: "1.35x speedups on LongLive") and a proposal that is an established technique of
the lexicon, not the paper's own method (:func:`established_technique`: "reinforcement learning").
:func:`lexicon_forms` (the lexicons package's) gives the lexicon's names of one type.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from claimgraph.extract.entities.abbreviation_forms import long_forms
from claimgraph.extract.lexicons import lexicon_forms
from claimgraph.extract.relations.guards.reading_cue_words import ReadingCues


def benchmark_name(span: Span, reading: ReadingCues) -> bool:
    """Whether a Method/Model argument is named like a benchmark: a part of its name ends with
    "Bench", "Dataset" ... ("VSI-Bench-Debiased", "LED-Dataset", "MMBench"; not "Benchmarking")."""
    parts = re.split(r"[\s\-_/]+", span.text)
    return any(p.endswith(end) for p in parts for end in reading.benchmark_name_endings)


def speed_subject(span: Span, reading: ReadingCues) -> bool:
    """Whether a Dataset argument after "speedup(s) on" names a model whose speed is measured
    ("7 times speedup on HunyuanVideo", "1.35x speedups on LongLive"): a known model, or a name
    that is neither named like a benchmark nor a lexicon dataset ("a 3x speedup on MMLU" keeps MMLU)."""
    name = span.text.lower()
    if benchmark_name(span, reading):
        return False
    return name in lexicon_forms("Model") or name not in lexicon_forms("Dataset")


def established_technique(span: Span) -> bool:
    """Whether a proposal is a Method of the packaged lexicon, an established technique ("prompt
    engineering", "retrieval-augmented generation", "reinforcement learning", "convolutional neural
    network (CNN)"): the paper builds its own method with it. A relation read for "our method", "the
    framework", "it" or "This" must not make that technique the head ("This leads to gains over standard
    RLVR" in a paper whose only named proposal is reinforcement learning); a sentence naming it keeps it.
    A short form the paper defines for a long form of its own ("Syzygy of Thoughts (SoT)") is coined
    there, and so is an acronym it does not spell out as the lexicon's ("we introduce DAPO, a novel
    approach for Defect-aware Prompt Optimization")."""
    methods = lexicon_forms("Method")
    name = span.text.lower()
    if span.label_ != "Method" or name not in methods:
        return False
    longs = [long.lower() for long in long_forms(span.doc, name)]
    if longs:
        return all(long in methods for long in longs)
    return not span.text.isupper()
