"""What a sentence compares against: the entities after a comparison marker (:func:`compared_after`,
:func:`entities_after`), whether it beats a given name (:func:`compared_against`) and the Method/Model
entities its subject is compared with (:func:`baselines_of`)."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.claims.cues import ClaimCues
from claimgraph.extract.claims.subjects.context import PaperContext
from claimgraph.extract.claims.subjects.cues import _CUES, ACTORS
from claimgraph.extract.claims.subjects.markers import markers
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView


def compared_after(view: SentenceView, index: int, window: int, types: frozenset[str]) -> list[Located]:
    """The entities a comparison marker at ``index`` compares against: :func:`entities_after`
    up to a word after which a name is a setting, not a rival ("over GRPO by 4 points on
    Qwen3", "methods distilled from GPT-4") or an ", -ing" clause ("..., achieving ...")."""
    words = view.words
    found = []
    last = index
    starts = {q.first for q in view.quantities}
    for e in entities_after(view, index, window, types):
        gap = words[last + 1 : e.first]
        stops = [
            j
            for j, w in enumerate(gap)
            if w in _CUES.compare_gap_stops
            and not (j and gap[j - 1] in _CUES.family_markers)  # "models based on X"
            and not (w == "by" and last + 2 + j in starts)  # "X by 3.2 points and Y by 7.7 points"
        ]
        if stops or any(w == "," and j + 1 < len(gap) and gap[j + 1].endswith("ing") for j, w in enumerate(gap)):
            break
        found.append(e)
        last = e.last
    return found


def entities_after(view: SentenceView, index: int, window: int, types: frozenset[str]) -> list[Located]:
    """Entities of ``types`` within ``window`` words after ``index``, up to a clause stop."""
    words = view.words
    limit = min(len(words), index + 1 + window)
    for j in range(index + 1, limit):
        if words[j] in _CUES.clause_stops:
            limit = j
            break
    return [e for e in view.entities if index < e.first < limit and e.label in types]


def compared_against(view: SentenceView, cues: ClaimCues, name: Span) -> bool:
    """Whether the sentence names ``name`` (by its words) as what it beats, after a marker of beating
    ("outperforming", "better than", "over"): "our best model achieved an F1-score of 0.85227, outperforming
    the baseline EVA-02 model": an own reference ("our best model") then stands for something else than that
    name. Not after "compared with" or "improves" ("Compared with prior approaches such as Self-Forcing,
    Mutual Forcing removes ...", "It helps enhance the performance of CogVideoX")."""
    key = name.text.lower()
    for index, kind in markers(view, cues):
        if kind not in ("beat", "than", "over"):
            continue
        if any(located.key == key for located in compared_after(view, index, 14, ACTORS)):
            return True
    return False


def baselines_of(view: SentenceView, ctx: PaperContext, cues: ClaimCues, subject: Span | None) -> tuple[Located, ...]:
    """Method/Model entities the sentence compares its subject against."""
    chosen: dict[int, Located] = {}
    subject_key = subject.text.lower() if subject is not None else None
    for index, kind in markers(view, cues):
        window = 10 if kind == "improve" else 14
        for located in compared_after(view, index, window, ACTORS):
            if located.key == subject_key or ctx.is_proposed(located):
                continue
            chosen.setdefault(located.first, located)
    return tuple(chosen[k] for k in sorted(chosen))
