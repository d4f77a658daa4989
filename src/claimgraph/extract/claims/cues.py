"""Loading the cue lists of ``data/claims.json`` and ``data/relations.json``.

Both files are plain data (word lists and the metric-direction table); this
module turns them into frozensets once per process.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class MetricInfo:
    """One row of the metric table: direction of improvement and scale."""

    higher_is_better: bool | None
    percent: bool


class ClaimCues:
    """Word sets from ``data/claims.json`` as attributes (see claims.py for their use).

    Every list of the file becomes a frozenset attribute of the same name;
    ``sota_phrases`` holds the phrases joined by spaces, ``sota_first`` their
    first words, and ``metrics`` the metric table.
    """

    def __init__(self, words: dict[str, frozenset[str]], sota_phrases: tuple[str, ...], metrics: dict[str, MetricInfo]):
        self.__dict__.update(words)
        self.sota_phrases = frozenset(sota_phrases)
        self.sota_first = frozenset(p.split(" ")[0] for p in sota_phrases)
        self.metrics = metrics
        self.metric_first = frozenset(name.split(" ")[0] for name in metrics)
        w = words
        self.result_words = (
            w["achieve_cues"] | w["improvement_cues"] | w["decrease_cues"] | w["efficiency_strong"] | {"better"}
        )
        self.efficiency_words = w["efficiency_strong"] | w["efficiency_objects"]
        self.any_cue = (
            self.result_words | w["finding_verbs"] | self.sota_first | w["comparison_cues"] | w["title_verbs"]
        )
        self.marker_words = (
            w["beat_verbs"] | w["match_verbs"] | w["improve_verbs"] | w["compare_openers"] | {"than", "over", "within"}
        )


def _read(name: str) -> dict:
    path = resources.files("claimgraph.extract.cues") / name
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load_claim_cues() -> ClaimCues:
    """Load ``data/claims.json`` once per process."""
    raw = _read("claims.json")
    words = {key: frozenset(value) for key, value in raw.items() if isinstance(value, list) and key != "sota_phrases"}
    # Phrases are matched over hyphen-joined words, so "state of the art" and
    # "state-of-the-art" are both written as word sequences joined by spaces.
    phrases = tuple(sorted({" ".join(p).replace(" - ", "-") for p in raw["sota_phrases"]}))
    metrics = {
        name.lower(): MetricInfo(row.get("higher_is_better"), bool(row.get("percent", False)))
        for name, row in raw["metrics"].items()
    }
    return ClaimCues(words, phrases, metrics)


@lru_cache(maxsize=1)
def load_relation_cues() -> dict[str, frozenset[str]]:
    """Load ``data/relations.json`` once per process (lists become frozensets)."""
    raw = _read("relations.json")
    return {key: frozenset(value) for key, value in raw.items() if isinstance(value, list)}
