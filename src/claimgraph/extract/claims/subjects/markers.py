"""Comparison markers and their kinds (:func:`markers`): beat, than (ahead, behind or a comparison of
cost: :func:`_than_kind`), over, compare, match, improve; a cue word in an infinitive of purpose
(:func:`is_purpose`) is none, unless it follows "enables X to" (:func:`enabled_actor`); a gerund of purpose
(:func:`purpose_gerund`: "a framework for improving X") states no gain."""

from __future__ import annotations

from claimgraph.extract.claims.cues import ClaimCues
from claimgraph.extract.claims.subjects.cues import _CUES, _ENABLE, ACTORS
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView


def is_purpose(words: tuple[str, ...], i: int) -> bool:
    """Whether ``words[i]`` is an infinitive of purpose: "to improve", "to further improve",
    or coordinated with one ("to reduce hallucination and enhance ...")."""
    if i > 1 and words[i - 1] in ("for", "at") and words[i - 2] in _CUES.aim_words:
        return True  # "aiming for increased performance", "aimed at improving ..."
    if i == 0 or words[i].endswith(("s", "ment", "ion", "ed")):
        return False
    before = words[i - 1]
    if before == "to":
        return True
    if i > 1 and words[i - 2] == "to" and (before.endswith("ly") or before in _CUES.infinitive_adverbs):
        return True  # "to further enhance", "to significantly improve"
    if before in ("and", "or"):
        for j in range(i - 2, max(-1, i - 7), -1):
            if words[j] in (",", ";", ":", "that", "which"):
                return False
            if words[j] == "to" and j + 1 < i - 1 and words[j + 1].isalpha():
                return not words[j + 1].endswith(("s", "ment", "ion", "ed")) and words[j + 1] not in ("the", "a", "an")
    return False


def purpose_gerund(words: tuple[str, ...], i: int) -> bool:
    """Whether ``words[i]`` is a gerund of purpose after a preposition ("a framework for improving
    trackers", "a solution for further enhancing ..."): an aim, not a gain or a saving (the sentence
    may still state a result)."""
    if not i or not words[i].endswith("ing"):
        return False
    before = i - 1
    if before > 0 and (words[before].endswith("ly") or words[before] in _CUES.infinitive_adverbs):
        before -= 1  # "for further improving", "for significantly reducing"
    if words[before] not in _CUES.purpose_gerund_preps:
        return False
    return before == 0 or words[before - 1] not in _CUES.effect_adjectives  # "effective for improving X" gains


def markers(view: SentenceView, cues: ClaimCues) -> list[tuple[int, str]]:
    """Comparison markers as (word index, kind): beat, than, over, compare, match, improve."""
    words = view.words
    found: list[tuple[int, str]] = []
    if view.present.isdisjoint(cues.marker_words):
        return found
    for i in [i for i, w in enumerate(words) if w in cues.marker_words]:
        word = words[i]
        if word in cues.compare_openers and i + 1 < len(words) and words[i + 1] in ("to", "with"):
            i, word = i + 1, words[i + 1]
        elif word == "within" and "of" in words[i + 1 : i + 5]:
            of = words.index("of", i + 1)
            if not any(i < q.first < of for q in view.quantities):
                continue  # "within minutes of ...": no margin, no comparison
            i, word = of, "of"
        if is_purpose(words, i) and not _enabled_to(view, i):
            continue
        negated = any(w in cues.negations for w in words[max(0, i - 3) : i])
        if word in cues.beat_verbs:
            kind = "beat"
        elif word == "than":
            kind = _than_kind(view, cues, i)
        elif word == "over":
            window = words[max(0, i - 5) : i]
            if not any(w in cues.improvement_cues or w in cues.beat_verbs for w in window) and not any(
                q.last in range(i - 3, i) for q in view.quantities
            ):
                continue
            kind = "over"
        elif word in ("to", "with") and i and words[i - 1] in cues.compare_openers:
            kind = "compare"
        elif word == "of" and "within" in words[max(0, i - 4) : i]:
            kind = "match"  # "within 1% of X"
        elif word in cues.match_verbs:
            kind = "match"
        elif word in cues.improve_verbs:
            if purpose_gerund(words, i):
                continue  # "a framework for enhancing the interpretability of ViT": ViT is no baseline
            kind = "improve"
        else:
            continue
        found.append((i, "negated" if negated else kind))
    return found


def _lower_better(view: SentenceView, cues: ClaimCues, lo: int, hi: int) -> bool:
    """Whether ``words[lo:hi]`` name a lower-is-better measure ("latency", "error", "FID")."""
    if any(w in cues.lower_better_nouns for w in view.words[lo:hi]):
        return True
    for e in view.entities:
        if e.label == "Metric" and lo <= e.first < hi:
            info = cues.metric_table.get(e.key)
            if info is not None and info.higher_is_better is False:
                return True
    return False


def _than_kind(view: SentenceView, cues: ClaimCues, i: int) -> str:
    """Kind of a "than" marker: "than" when the subject comes out ahead, "trail" when it
    comes out behind ("0.4% lower than X", "higher error than X"), "cost" when it compares
    size or cost ("47x fewer parameters than X"), else "compare"."""
    words = view.words
    window = range(max(0, i - 4), i)
    comparative = next((j for j in reversed(window) if words[j] in cues.comparatives), -1)
    if comparative < 0:
        return "compare"
    down = words[comparative] in cues.down_comparatives
    if words[comparative] in ("worse", "weaker", "inferior", "poorer", "slower"):
        return "trail"
    if _size_or_cost(words, comparative, i, cues):
        return "cost"
    lower_better = _lower_better(view, cues, max(0, comparative - 3), i)
    return "trail" if down != lower_better else "than"


def _size_or_cost(words: tuple[str, ...], comparative: int, than: int, cues: ClaimCues) -> bool:
    """Whether a comparison compares size or cost, not quality: a size comparative ("47x
    fewer parameters than X", "4.8x fewer than Y", "smaller than Z") unless a quality noun
    that is lower-better stands before "than" ("fewer errors than X"), or a cost noun
    after any comparative ("lower memory than X")."""
    between = words[comparative + 1 : than]
    if any(w in cues.cost_nouns for w in between):
        return True
    if words[comparative] not in cues.size_comparatives:
        return False
    return not any(w in cues.lower_better_nouns for w in between)


def enabled_actor(view: SentenceView, i: int) -> Located | None:
    """The entity X of "enables/allows X (, a ...,) to <verb at i>", if any."""
    words = view.words
    if i < 2 or words[i - 1] != "to":
        return None
    for e in reversed(view.entities):
        if e.last < i - 1 and i - 1 - e.last <= 8 and e.label in ACTORS:
            before = words[max(0, e.first - 3) : e.first]
            return e if any(w in _ENABLE for w in before) else None
    return None


def _enabled_to(view: SentenceView, i: int) -> bool:
    return enabled_actor(view, i) is not None
