"""Comparison evidence: the first word that compares the subject with a rival ("outperforms", "better than",
"competitive with", "matches the performance of"), skipping comparisons without an outcome ("was compared
with"), nouns ("semantic matching"), metric names ("exact match") and comparisons with chance; and whether
one names no rival (:func:`without_rival`: "achieves competitive results"); whether a win comes before a
saving (:func:`wins_before`)."""

from __future__ import annotations

from claimgraph.extract.claims.cues import ClaimCues
from claimgraph.extract.claims.detection.non_evidence import idiom_noun, than_chance
from claimgraph.extract.claims.subjects import is_purpose
from claimgraph.extract.pipeline.sentence_view import SentenceView


def comparison_index(
    view: SentenceView, cues: ClaimCues, masked: frozenset[int], start: int = 0, *, rival: bool = False
) -> int:
    """Index of the first comparison word at or after ``start`` that compares with a rival, or -1;
    with ``rival``, a rival adjective ("competitive") counts only when a rival word follows it."""
    words = view.words
    if view.present.isdisjoint(cues.comparison_cues):
        return -1
    for i in range(start, len(words)):
        word = words[i]
        if word not in cues.comparison_cues or i in masked or is_purpose(words, i):
            continue
        if (
            word in ("better", "worse", "stronger")
            and "than" not in words[i + 1 : i + 6]
            and not _performs(words, i, cues)
        ):
            continue  # "better understanding": no comparison; "performs significantly better" is one
        if word in ("better", "worse", "stronger") and than_chance(words, i, cues):
            continue  # "significantly better than chance": how far from chance, not whom it beats
        if word in cues.weak_comparison_cues and not _weighed(view, cues):
            continue  # "our method was compared with ...": a comparison without its outcome
        if rival and word in cues.standalone_comparatives and not rival_follows(words, i, cues, cues.rival_words):
            continue  # "achieves competitive results": how good, not whom it beats
        if word in cues.match_verbs and i and ("-" in words[i - 1] or words[i - 1].endswith(("al", "ic", "ive"))):
            continue  # "cross-modal matching", "semantic matching": a noun, not "matches X"
        if word in cues.match_verbs and (i + 1 >= len(words) or words[i + 1] in (",", ".", ";", ":", ")")):
            continue  # "relying on superficial keyword matching.", "reduce wrong point matching, ...": no object
        if word in cues.match_verbs and any(e.label == "Metric" and e.first <= i <= e.last for e in view.entities):
            continue  # "scored by exact match": a metric's name
        if word in cues.matching_verbs and not _matched_rival(view, cues, i):
            continue  # "sounds that match the scene", "a matching cost volume": no rival
        if idiom_noun(words, i, cues):
            continue  # "by taking advantage of ..."
        return i
    return -1


def without_rival(view: SentenceView, cues: ClaimCues, masked: frozenset[int], comparison: int) -> bool:
    """Whether the comparison evidence of a sentence (``comparison``: the index of its first comparison
    word) names no rival: its only comparison words are rival adjectives with no rival word after them
    ("FooNet achieves competitive results on GLUE"), not "competitive with GPT-4". Such a sentence is
    still a claim, but no comparison."""
    return comparison >= 0 and comparison_index(view, cues, masked, comparison, rival=True) < 0


def wins_before(view: SentenceView, cues: ClaimCues, masked: frozenset[int], end: int) -> bool:
    """Whether the sentence says the subject comes out ahead before word ``end`` (its first efficiency word):
    a beat verb, or a winning comparative with a rival after it ("superior performance over baselines", "better
    accuracy than X"); not one right after "or", which only adds to drawing level ("matches or surpasses",
    "on-par or better": at least as good)."""
    words = view.words
    rivals = cues.rival_words | cues.gain_rival_words  # "superior performance over baselines"
    for i in range(min(end, len(words))):
        word = words[i]
        if i in masked or i and words[i - 1] == "or" or is_purpose(words, i):
            continue
        if word in cues.beat_verbs:
            return True
        if word in cues.winning_comparatives and rival_follows(words, i, cues, rivals):
            return True
    return False


def rival_follows(words: tuple[str, ...], i: int, cues: ClaimCues, rivals: frozenset[str]) -> bool:
    """Whether one of ``rivals`` ("with", "to", "compared", "than" ...) follows word ``i`` within eight words
    of its clause (up to ``rival_clause_ends``): "competitive in terms of execution accuracy with X"."""
    for word in words[i + 1 : i + 9]:
        if word in cues.rival_clause_ends:
            return False
        if word in rivals:
            return True
    return False


def _matched_rival(view: SentenceView, cues: ClaimCues, i: int) -> bool:
    """Whether a form of "match" at ``i`` compares with a rival: within four words after it stand "or"
    ("matches or outperforms"), a Model, Method or Metric name, or a word of ``match_objects`` ("matches
    the performance of", "matches strong baselines"); not "sounds that match the scene", "a matching cost
    volume"."""
    last = min(len(view.words), i + 5)
    if any(w in cues.match_objects for w in view.words[i + 1 : last]):
        return True
    return any(i < e.first < last and e.label in ("Model", "Method", "Metric") for e in view.entities)


def _performs(words: tuple[str, ...], i: int, cues: ClaimCues) -> bool:
    """Whether a comparative follows a verb of performing within three words ("perform
    significantly better", "generalizes better to unseen domains"): an outcome against
    others even without "than"; not after "to" ("to perform better")."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if words[j] in cues.perform_verbs:
            return not (j and words[j - 1] == "to")
    return False


def _weighed(view: SentenceView, cues: ClaimCues) -> bool:
    """Whether a sentence says how a comparison came out: a comparison cue other than
    the weak ones, a comparative or a result word."""
    present = view.present
    return (
        not present.isdisjoint(cues.comparison_cues - cues.weak_comparison_cues)
        or not present.isdisjoint(cues.comparatives)
        or not present.isdisjoint(cues.result_words)
    )
