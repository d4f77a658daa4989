"""Component ``claimgraph_entities``: the final entity spans of a doc.

Takes the candidates of ``claimgraph_lexicon`` and ``claimgraph_name_patterns``
and decides:

1. generic phrases (``lexicons/generic.txt``) are dropped;
2. overlaps are resolved: the longest span wins, then the stronger evidence
   (lexicon before context cues before bare shapes);
3. a name found once by a context cue (title, "we propose", "termed") is
   also an entity wherever else the same words occur;
4. abbreviations (``doc._.abbreviations``) tie short and long form together:
   both get the type of whichever is known (lexicon or context), an unknown
   pair is typed from the long form's head word, and every later occurrence of
   the short form becomes a mention of the same type;
5. one type per name in a paper: mentions of the same name (and of an
   abbreviation pair) take the type of the strongest evidence: a lexicon
   entry, then a type the text states (a head word, an appositive "X, a
   benchmark ...", a long form's head), then the default guess; ties go to
   the type most mentions have.

The result is ``doc.spans["entities"]`` (``label_`` = type, ``kb_id_`` =
lexicon canonical name or ``""``, ``span._.evidence`` = the rule that found it).

**Modules**, in the order they import each other: :mod:`.english_words` (adjective endings, participles and
verbs in -ing), :mod:`.overlaps` (sentence boundaries, weak task phrases over lexicon names,
:func:`resolve_overlaps`), :mod:`.dropping` (generic phrases, LaTeX, attributive tasks, name parts, glued
words, participle compounds), :mod:`.task_extents` (tasks grown over the words that narrow them,
:func:`task_modifier_start`), :mod:`.model_extents` (versions, variants and releases of model names),
:mod:`.dataset_extents` (subsets and spaced name words of datasets), :mod:`.extents` (where each candidate
starts and ends: :func:`~.extents.grown_span`), :mod:`.task_trimming` (openers trimmed off task phrases, tasks
narrowed in the title or said shorter), :mod:`.long_forms` (what an abbreviation's long form names:
:func:`long_form_typing`), :mod:`.short_forms` (where a short form occurs, a short form the paper redefines),
:mod:`.own_names` (names the paper introduces, typed by what it says), :mod:`.abbreviation_pairs` (the spans
of an abbreviation pair), :mod:`.type_unification` (one type per name, size families: :func:`unify_types`),
:mod:`.metric_names` (names shaped like metrics), :mod:`.name_propagation` (names found once, spread to their
other mentions and to list members), :mod:`.coined_names` (coined words no rule took, typed by their list or a
head noun) and :mod:`.component` (:class:`EntityDecider`, the component, which
runs these steps in order, and :func:`make_entities`, its factory).
"""

from __future__ import annotations

from claimgraph.extract.entities.decision.component import ENTITIES, EntityDecider, make_entities
from claimgraph.extract.entities.decision.dropping import GLUED_WORD_ZIPF
from claimgraph.extract.entities.decision.english_words import VERB_STEM_ZIPF
from claimgraph.extract.entities.decision.long_forms import (
    long_form_type,
    long_form_typing,
    modifier_long_form,
    no_name_long_form,
)
from claimgraph.extract.entities.decision.overlaps import crosses_sentence, resolve_overlaps
from claimgraph.extract.entities.decision.task_extents import task_modifier_start, title_task_start
from claimgraph.extract.entities.decision.task_trimming import drop_shortened_tasks
from claimgraph.extract.entities.decision.type_unification import unify_types

__all__ = [
    "ENTITIES",
    "GLUED_WORD_ZIPF",
    "VERB_STEM_ZIPF",
    "EntityDecider",
    "crosses_sentence",
    "drop_shortened_tasks",
    "long_form_type",
    "long_form_typing",
    "make_entities",
    "modifier_long_form",
    "no_name_long_form",
    "resolve_overlaps",
    "task_modifier_start",
    "title_task_start",
    "unify_types",
]
