"""Access to the name-shape and context-cue data file ``data/names.json``."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class NameCues:
    """Compiled shapes and word lists from ``data/names.json``."""

    size_suffix: re.Pattern[str]
    glued_variant: re.Pattern[str]
    model_shape: re.Pattern[str]
    version: re.Pattern[str]
    suffix_stoplist: frozenset[str]
    variant_words: frozenset[str]
    propose_verbs: frozenset[str]
    naming_cues: frozenset[str]
    dataset_heads: frozenset[str]
    model_heads: frozenset[str]
    method_heads: frozenset[str]
    metric_heads: frozenset[str]
    task_heads: frozenset[str]
    comparison_cues: frozenset[str]
    acronym_stoplist: frozenset[str]
    task_context_before: frozenset[str]
    task_phrase_heads: frozenset[str]
    task_context_after: frozenset[str]
    task_modifier_stoplist: frozenset[str]


@lru_cache(maxsize=1)
def load_cues() -> NameCues:
    """Load and compile ``data/names.json`` once per process."""
    path = resources.files("claimgraph.extract.cues") / "names.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    words = {key: frozenset(value) for key, value in raw.items() if isinstance(value, list)}
    return NameCues(
        size_suffix=re.compile(raw["size_suffix"]),
        glued_variant=re.compile(raw["glued_variant"]),
        model_shape=re.compile(raw["model_shape"]),
        version=re.compile(raw["version"]),
        suffix_stoplist=words["suffix_stoplist"],
        variant_words=words["variant_words"],
        propose_verbs=words["propose_verbs"],
        naming_cues=words["naming_cues"],
        dataset_heads=words["dataset_heads"],
        model_heads=words["model_heads"],
        method_heads=words["method_heads"],
        metric_heads=words["metric_heads"],
        task_heads=words["task_heads"],
        comparison_cues=words["comparison_cues"],
        acronym_stoplist=words["acronym_stoplist"],
        task_context_before=words["task_context_before"],
        task_phrase_heads=words["task_phrase_heads"],
        task_context_after=words["task_context_after"],
        task_modifier_stoplist=words["task_modifier_stoplist"],
    )
