"""Result and gain evidence: achieve, improvement, decrease and strong efficiency words; gains that are negated
("does not improve") or report a harm ("increases the likelihood of hallucinations") are none, decreases
that lower a harm ("reduces hallucinations") are improvements."""

from __future__ import annotations

from claimgraph.extract.claims.cues import ClaimCues
from claimgraph.extract.claims.detection.efficiency import measured_saving
from claimgraph.extract.claims.detection.non_evidence import idiom_noun, refers_back, than_chance
from claimgraph.extract.claims.subjects import is_purpose, purpose_gerund
from claimgraph.extract.pipeline.sentence_view import SentenceView


def result_and_improvement(view: SentenceView, cues: ClaimCues, masked: frozenset[int]) -> tuple[int, int]:
    """Index of the first result word (an achieve, improvement, decrease or strong efficiency word) and of
    the first gain word (an improvement word, "better", a decrease that lowers a harm) that is neither negated
    nor raising a harm, each -1 when absent (pure; :func:`~.signals.signals` reads both)."""
    words = view.words
    present = view.present
    result = improvement = -1
    for i, word in enumerate(words if not present.isdisjoint(cues.result_words) else ()):
        if word not in cues.result_words or i in masked or is_purpose(words, i) or idiom_noun(words, i, cues):
            continue
        if refers_back(words, i, cues):
            continue
        if (
            word in cues.achieve_cues
            and i + 1 < len(words)
            and words[i + 1] == "of"
            and i
            and words[i - 1] in ("a", "the")
        ):
            continue  # "a set of numbers", "the score of": a noun, not a result verb
        if word == "better" and than_chance(words, i, cues):
            continue  # "significantly better than chance": no gain over anything
        if _states_a_gain(view, cues, i) and not (
            _negated(words, i, cues) or _raises_a_harm(view, cues, i) or purpose_gerund(words, i)
        ):  # "a solution for enhancing reliability" still reports a result, but no gain
            improvement = i if improvement < 0 else improvement
        if result < 0 and (
            word in cues.achieve_cues
            or word in cues.improvement_cues
            or word in cues.decrease_cues
            or word in cues.efficiency_strong
            or measured_saving(view, cues, i)
        ):
            result = i
    return result, improvement


def result_index(view: SentenceView, cues: ClaimCues, masked: frozenset[int], start: int) -> int:
    """Index of the first result word at or after ``start`` (as :func:`result_and_improvement` reads them), or -1."""
    words = view.words
    for i in range(start, len(words)):
        word = words[i]
        if word not in cues.result_words or i in masked or is_purpose(words, i) or idiom_noun(words, i, cues):
            continue
        if refers_back(words, i, cues):
            continue
        if word in cues.achieve_cues and i + 1 < len(words) and words[i + 1] == "of" and words[i - 1] in ("a", "the"):
            continue
        if word in cues.achieve_cues or word in cues.improvement_cues or word in cues.decrease_cues:
            return i
        if word in cues.efficiency_strong or measured_saving(view, cues, i):
            return i
    return -1


def _states_a_gain(view: SentenceView, cues: ClaimCues, i: int) -> bool:
    """ "improves", "better", "reduces hallucinations": a gain word; "advances AI-assisted drug discovery"
    (``field_advance_words``) reports a result but measures no gain."""
    word = view.words[i]
    if word in cues.field_advance_words and not _advance_noun(view.words, i, cues):
        return False
    return word in cues.improvement_cues or word == "better" or _lowers_a_harm(view, cues, i)


def _advance_noun(words: tuple[str, ...], i: int, cues: ClaimCues) -> bool:
    """ "recent advances in LLMs", "the advance of X": a noun, not a verb that advances a field."""
    before = words[i - 1] if i else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    return before in cues.advance_noun_before or after in cues.advance_noun_after


def _negated(words: tuple[str, ...], i: int, cues: ClaimCues) -> bool:
    """Whether a negation stands within four words before ``words[i]`` in its clause ("does not
    improve", "does not necessarily translate to better performance", "no gains"); "not only
    improves" is no negation."""
    for j in range(i - 1, max(-1, i - 5), -1):
        if words[j] in (",", ";", ":", "but", "and", "while", "whereas"):
            return False
        if words[j] in cues.negations:
            return not (words[j] == "not" and j + 1 < len(words) and words[j + 1] in cues.not_only_words)
    return False


def _raises_a_harm(view: SentenceView, cues: ClaimCues, i: int) -> bool:
    """ "increases the likelihood of hallucinations", "higher error": an increase word before a
    lower-is-better noun or metric reports a harm, not a gain (the converse of :func:`_lowers_a_harm`)."""
    words = view.words
    if words[i] not in cues.rise_words:
        return False
    end = min(len(words), i + 5)
    # "gains with minimal degradation": the harm belongs to another phrase
    end = next((j for j in range(i + 1, end) if words[j] in cues.harm_phrase_breaks), end)
    return _names_a_harm(view, cues, range(i + 1, end))


def _lowers_a_harm(view: SentenceView, cues: ClaimCues, i: int) -> bool:
    """ "reduces hallucinations", "a drastic reduction in false negative rate": a decrease
    word before a lower-is-better noun or metric is an improvement ("performance drops" is not)."""
    if view.words[i] not in cues.decrease_cues:
        return False
    return _names_a_harm(view, cues, range(i + 1, min(len(view.words), i + 5)))


def _names_a_harm(view: SentenceView, cues: ClaimCues, window: range) -> bool:
    """Whether a lower-is-better noun ("hallucinations") or metric ("false negative rate") stands in ``window``."""
    if any(view.words[j] in cues.lower_better_nouns for j in window):
        return True
    for e in view.entities:
        if e.label == "Metric" and e.first in window:
            info = cues.metric_table.get(e.key)
            if info is not None and info.higher_is_better is False:
                return True
    return False
