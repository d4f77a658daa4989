"""Gates that rule a sentence out though evidence fired: availability, plans and method descriptions
(:func:`gated`), a sentence that only describes what the authors do (:func:`described_only`), and a result
word after a mechanism verb or a stated aim (:func:`describes_mechanism`, :func:`states_aim`)."""

from __future__ import annotations

from claimgraph.extract.claims.cues import ClaimCues
from claimgraph.extract.pipeline.passive import passive_participle
from claimgraph.extract.pipeline.sentence_view import SentenceView


def gated(view: SentenceView, cues: ClaimCues, strong: bool) -> bool:
    """Whether availability, plans or a method description rule the sentence out."""
    words, present = view.words, view.present
    if not present.isdisjoint(cues.availability_strong):
        return True
    if present.isdisjoint(cues.author_words) and present.isdisjoint(cues.author_nouns):
        return False
    authored = [i for i, w in enumerate(words) if w in cues.author_words or w in cues.author_nouns]
    if not present.isdisjoint(cues.release_words) and authored and not strong:
        return True
    if not present.isdisjoint(cues.plan_words) and authored:
        return True
    for i in authored:
        # "our model also generalizes ...": the word after "our" is its noun, not a verb
        after = words[i + 2 : i + 4] if words[i] == "our" else words[i + 1 : i + 4]
        if words[i] == "our":  # "our FooNet model improves ...": "model" is the noun, not a verb
            after = tuple(w for w in after if w not in cues.self_heads)
        if any(w in cues.description_verbs for w in after) and not strong:
            return True
    return False


def described_only(view: SentenceView, cues: ClaimCues) -> bool:
    """Whether the sentence only describes what the authors do: its main clause opens with "we"
    and a description verb ("To address this, we propose X, which enhances ...", "We validate
    ... on Y" is a finding verb and stays), and no result word follows (an achieve, beat or
    finding verb that is not a purpose's "to achieve": "we propose X, which achieves ...",
    "we present a method that outperforms ..." stay claims; so does "we posit that ...").
    The guide: "descriptions of what the method does ('we propose X, which segments
    sentences...')" are no claims."""
    words = view.words
    if "we" not in view.present:
        return _passive_description(words, cues)
    first = words.index("we")
    openers = cues.description_openers
    if first and words[first - 1] not in (",", ")") and not all(w in openers for w in words[:first]):
        return False
    if any(w in cues.finding_verbs for w in words[:first]):
        return False
    verb = first + 1
    if verb < len(words) and words[verb] in openers:
        verb += 1
    if verb >= len(words) or words[verb] not in cues.description_verbs:
        return False
    rest = words[verb + 1 :]
    if "that" in rest[:3]:
        return False  # "we posit that ...", "we provide evidence that ...": a reported finding
    return not _result_in(rest, cues)


def _passive_description(words: tuple[str, ...], cues: ClaimCues) -> bool:
    """Whether the sentence only introduces a part of the method in the passive: it opens (past an opening
    of at most three words and its comma, or ``description_openers``) with "a/an", its first "is/are" comes
    before a description verb in -ed ("In addition, a 22K X dataset is curated ...", "A X loss is then
    proposed"), and no result word follows, as for "we" and a description verb."""
    start = words.index(",") + 1 if "," in words[:4] else 0  # "In addition, a ...", "Specifically, a ..."
    while start < len(words) and (words[start] in cues.description_openers or words[start] == ","):
        start += 1
    if start >= len(words) or words[start] not in ("a", "an"):
        return False
    be = next((i for i in range(start + 1, min(len(words), start + 14)) if words[i] in ("is", "are")), None)
    if be is None:
        return False
    verb = passive_participle(words, be, cues.description_openers)
    if verb < 0 or not {words[verb][:-1], words[verb][:-2]} & cues.description_verbs:
        return False
    return not _result_in(words[verb + 1 :], cues)


def _result_in(rest: tuple[str, ...], cues: ClaimCues) -> bool:
    """Whether a result word (``described_results``) stands in ``rest``, the words after a description verb, other
    than a purpose's "to achieve"."""
    return any(w in cues.described_results and (k == 0 or rest[k - 1] != "to") for k, w in enumerate(rest))


def describes_mechanism(view: SentenceView, cues: ClaimCues, cue: int) -> bool:
    """Whether a mechanism verb stands before the cue word (or anywhere when there is none)."""
    words = view.words
    if view.present.isdisjoint(cues.mechanism_verbs):
        return False
    stop = cue if cue >= 0 else len(words)
    return any(w in cues.mechanism_verbs for w in words[:stop])


def states_aim(view: SentenceView, cues: ClaimCues, cue: int) -> bool:
    """ "The key idea of X is to reduce ...", "our goal is to ...": an aim stated before the cue."""
    words = view.words
    stop = cue if cue >= 0 else len(words)
    return any(words[i] in cues.passive_aux and words[i + 1] == "to" for i in range(min(stop, len(words) - 1)))
