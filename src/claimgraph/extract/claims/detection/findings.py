"""Finding evidence: the word that reports a finding of the authors ("we show", "results indicate", "X is
found to", "we argue that"), a sentence adverb of finding ("Interestingly, ..."), and a title that asserts
("X Can Self-correct")."""

from __future__ import annotations

from claimgraph.extract.claims.cues import ClaimCues
from claimgraph.extract.claims.subjects import is_purpose
from claimgraph.extract.pipeline.sentence_view import SentenceView


def finding_index(
    view: SentenceView, cues: ClaimCues, masked: frozenset[int], own_ends: frozenset[int] = frozenset()
) -> int:
    """Index of the word that reports a finding of the authors, or -1.

    A finding verb counts after a result noun ("results show"), an author word
    ("we find"), "this/these/which", "this paper/our study", the paper's own
    proposed name (``own_ends``: last word indices; "LLM-KICK unveils ..."), a passive
    auxiliary before "to" ("is found to"), or "and"/"," in a sentence whose
    subject is the authors ("we analyze X and find ...", "..., demonstrating
    ..."). Reporting verbs and nouns ("argue", "evidence") count only before
    "that" and after an author word ("we argue that", "we provide evidence that").
    """
    words = view.words
    present = view.present
    if (
        present.isdisjoint(cues.finding_verbs)
        and present.isdisjoint(cues.reporting_verbs)
        and present.isdisjoint(cues.finding_nouns)
    ):
        return -1
    seen_result_noun = False
    for i, word in enumerate(words):
        if word == ";":
            seen_result_noun = False  # a new clause: "... and experiments; and (ii) rigorously validated tasks"
        result_before = seen_result_noun
        if word in cues.result_nouns and i not in masked:
            seen_result_noun = True
        if i in masked:
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in cues.reporting_verbs or word in cues.finding_nouns:
            if following == "that" and any(w in cues.author_words for w in words[max(0, i - 4) : i]):
                return i
            if word in cues.finding_nouns and following in ("for", "of") and result_before:
                return i  # "our findings provide further evidence for ..."
            continue
        if word not in cues.finding_verbs or is_purpose(words, i):
            continue
        if word in cues.author_nouns and i and words[i - 1] in ("this", "our", "the", "a", "an"):
            continue  # "in this report, we explore ...": the noun, not the verb
        if following in cues.how_words and (following not in ("how", "why") or "to" in words[i + 2 : i + 4]):
            continue  # "we show how to ...": a description; "we show how this can be overcome" reports
        before = words[max(0, i - 3) : i]
        if (
            word in cues.result_only_verbs
            and following != "that"
            and not any(w in cues.result_nouns for w in words[max(0, i - 4) : i])
        ):
            continue  # "we establish a benchmark": a description; "our results establish X as ..."
        if (
            seen_result_noun
            or any(w in cues.author_words for w in before)
            or (i and words[i - 1] in ("this", "these", "which"))
            or (i > 1 and words[i - 2] in ("this", "these") and words[i - 1] in cues.own_result_heads)
            or (i - 1) in own_ends
            or _paper_noun(words, i, cues)
            or (i and words[i - 1] in cues.passive_aux and following == "to")
        ):
            return i
        if (
            i > 1
            and words[i - 1] in ("and", ",")
            and word not in cues.uncoordinated_finding_verbs
            and any(w in cues.author_words for w in words[max(0, i - 24) : i - 1])
        ):
            return i  # "we analyze X and find ...", "We leverage X, demonstrating ..."
    return -1


def _paper_noun(words: tuple[str, ...], i: int, cues: ClaimCues) -> bool:
    """ "this paper shows", "our study reveals": the paper itself reports."""
    return i > 1 and words[i - 1] in cues.author_nouns and words[i - 2] in ("this", "our")


def adverb_opening(view: SentenceView, cues: ClaimCues) -> bool:
    """ "Interestingly, ...", "In addition, X is surprisingly ...": a sentence adverb of finding."""
    if view.words and view.words[0] in cues.opening_adverbs and view.words[1:2] == (",",):
        return True  # "Empirically, X improves ..."
    if view.present.isdisjoint(cues.finding_adverbs):
        return False
    return any(w in cues.finding_adverbs for w in view.words[:8])


def title_claim(view: SentenceView, cues: ClaimCues) -> bool:
    """Whether a title asserts: one of its colon-separated parts opens with no question or
    topic word and has a title verb after its first word ("The Butterfly Effect of Model
    Editing: Few Edits Can Trigger ...", not "Compressing LLMs: The Truth is ...")."""
    words = view.words
    if not words or words[-1] == "?":
        return False
    start = 0
    for end in [i for i, w in enumerate(words) if w == ":"] + [len(words)]:
        part = words[start:end]
        start = end + 1
        if part and part[0] not in cues.title_question_words and any(w in cues.title_verbs for w in part[1:]):
            return True
    return False
