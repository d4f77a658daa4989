"""Who a sentence is about and whom it compares against (token patterns only).

Shared by the claims and relations components:

- :func:`paper_context` finds the paper's proposed entity (the first proposed
  Method/Model, else the first proposed entity) and the index of the sentence
  that proposes it;
- :func:`resolve_subject` picks the entity in subject position before the main
  cue, resolving "our method", "it", "this approach", "we" to the proposed
  entity;
- :func:`markers` and :func:`baselines_of` find the entities after
  "outperforms", "than", "over", "compared to", "versus", "improves" ...

**Modules**, in the order they import each other: :mod:`.cues` (the word sets of
``cues/subjects.json`` and those all share, :data:`ACTORS`, :data:`PROPOSE_VERBS`,
:func:`entity_mask`), :mod:`.context` (the paper's context of its own names:
:class:`PaperContext`, :func:`paper_context`, :func:`is_component`), :mod:`.clauses`
(where a clause starts and which names stand in its subject position), :mod:`.own_work`
(whether a sentence speaks of the authors' own work, :func:`own_reference`, or carries
background words, :func:`is_background`), :mod:`.self_references` (what "we", "it", "our
method" stand for), :mod:`.named` (whether a named candidate is the subject),
:mod:`.reporters` (the subject read from a clause's reporter or a merit noun),
:mod:`.sentence_subject` (:func:`resolve_subject`), :mod:`.markers` (comparison markers
and their kinds, infinitives of purpose) and :mod:`.baselines` (the entities a sentence
compares against).
"""

from __future__ import annotations

from claimgraph.extract.claims.subjects.baselines import baselines_of, compared_after, compared_against, entities_after
from claimgraph.extract.claims.subjects.clauses import clause_start, in_subject_position, opening_end
from claimgraph.extract.claims.subjects.context import PaperContext, is_component, paper_context, spelled
from claimgraph.extract.claims.subjects.cues import ACTORS, PROPOSE_VERBS, SubjectCues, entity_mask
from claimgraph.extract.claims.subjects.markers import enabled_actor, is_purpose, markers, purpose_gerund
from claimgraph.extract.claims.subjects.named import names_proposed
from claimgraph.extract.claims.subjects.own_work import is_background, own_reference
from claimgraph.extract.claims.subjects.sentence_subject import resolve_subject

__all__ = [
    "ACTORS",
    "PROPOSE_VERBS",
    "PaperContext",
    "SubjectCues",
    "baselines_of",
    "clause_start",
    "compared_after",
    "compared_against",
    "enabled_actor",
    "entities_after",
    "entity_mask",
    "in_subject_position",
    "is_background",
    "is_component",
    "is_purpose",
    "markers",
    "names_proposed",
    "opening_end",
    "own_reference",
    "paper_context",
    "purpose_gerund",
    "resolve_subject",
    "spelled",
]
