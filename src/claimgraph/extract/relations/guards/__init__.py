"""Precision guards: relation arguments that are not whole names of one thing, and sentences misread.

A relation is only as good as its two arguments. These checks look at the characters and tokens around
a head or tail span and say when the span is a piece of a longer name the entity stage did not join
(issue #17: "Real" from Sim-to-Real, "ImageNet" from ImageNet-LT, "Argoverse" from Argoverse 2, "Qwen3"
from Qwen3-VL, "Linear Attention" from Multi-scale Linear Attention Cascade), a generic class ("Video
Large Language Models"), a description or something the lexicon knows to be of another kind. A relation
with such an argument is dropped: a missing fact costs less than a wrong one. Cue words are data in
``cues/relations.json`` (``modifier_suffixes``, ``name_continuations``, ``class_plurals``, ...) and
``cues/relation_reading.json`` (:class:`ReadingCues`, read by the readers of ``relations/pairs/``,
``relations/uses/`` and ``relations/proposes/`` too).

**Modules**, in the order they import each other: :mod:`.reading_cue_words` (:class:`ReadingCues`,
:func:`reading_cues`), :mod:`.word_shapes` (capitalised words, all-capitals codes, :func:`title_like`
sentences), :mod:`.longer_names_before` (names that end a longer name begun by the words before them),
:mod:`.name_fragments` (:func:`fragment`, :func:`cut_from_longer`: pieces of a longer name),
:mod:`.class_mentions` (classes and families, not names: :func:`generic_class`, :func:`paradigm`,
:func:`glued_modifier`, :func:`class_mention`), :mod:`.whole_names` (:func:`whole_arguments`,
:func:`self_alias`: the check every relation passes), :mod:`.known_names` (benchmarks, measured models and
established techniques the lexicon or a name's shape gives away), :mod:`.described_not_named` (descriptions
and phrases, not names) and :mod:`.appositions` (", a/an ..." that says what the name before it is).
The package re-exports what ``relations/pairs/``, ``relations/uses/``, ``relations/proposes/`` and the
tests import.
"""

from __future__ import annotations

from claimgraph.extract.relations.guards.appositions import apposed_kind, opens_apposition
from claimgraph.extract.relations.guards.class_mentions import class_mention, generic_class, glued_modifier, paradigm
from claimgraph.extract.relations.guards.described_not_named import phrase_argument, unnamed_description
from claimgraph.extract.relations.guards.known_names import (
    benchmark_name,
    established_technique,
    lexicon_forms,
    speed_subject,
)
from claimgraph.extract.relations.guards.name_fragments import YEAR, cut_from_longer, fragment
from claimgraph.extract.relations.guards.reading_cue_words import ReadingCues, reading_cues
from claimgraph.extract.relations.guards.whole_names import self_alias, whole_arguments
from claimgraph.extract.relations.guards.word_shapes import title_like

__all__ = [
    "YEAR",
    "ReadingCues",
    "apposed_kind",
    "benchmark_name",
    "class_mention",
    "cut_from_longer",
    "established_technique",
    "fragment",
    "generic_class",
    "glued_modifier",
    "lexicon_forms",
    "opens_apposition",
    "paradigm",
    "phrase_argument",
    "reading_cues",
    "self_alias",
    "speed_subject",
    "title_like",
    "unnamed_description",
    "whole_arguments",
]
