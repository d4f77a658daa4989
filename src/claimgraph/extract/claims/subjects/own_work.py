"""Whether a sentence speaks about the authors' own work (:func:`own_reference`: author words, the proposed
name, "this approach", "it" or "these gains" after the propose sentence) or carries background words
(:func:`is_background`: "recent", "existing", "have been")."""

from __future__ import annotations

from claimgraph.extract.claims.cues import ClaimCues
from claimgraph.extract.claims.subjects.clauses import opening_end
from claimgraph.extract.claims.subjects.context import PaperContext, spelled
from claimgraph.extract.claims.subjects.cues import _BASELINE_MARKERS, _CUES, _GAIN_VERBS
from claimgraph.extract.pipeline.sentence_view import SentenceView


def is_background(view: SentenceView, cues: ClaimCues, within: int | None = None) -> bool:
    """Whether the sentence carries background words ("recent", "existing", "have been"),
    anywhere or (``within``) among its first words ("However, ...", "Existing methods ...")."""
    words = view.words
    if view.present.isdisjoint(cues.background_cues) and view.present.isdisjoint(("have", "has")):
        return False
    for i, word in enumerate(words if within is None else words[:within]):
        if word in cues.background_cues:
            if i and (words[i - 1] in _BASELINE_MARKERS or i > 1 and words[i - 2] in _BASELINE_MARKERS):
                continue  # "improving ... over recent state-of-the-art models": the baseline, not background
            return True
        if word in ("have", "has") and i + 1 < len(words):
            following = words[i + 1]
            if following == "been" or following.endswith(("ed", "en", "own")):
                if following != "been" and (
                    words[i - 1] in cues.author_words
                    or i > 1
                    and words[i - 1] in cues.result_nouns
                    and words[i - 2] in _CUES.our_determiners
                ):
                    continue  # "the experiments have shown ...", "we have found ...": the authors' result
                return True
    return False


def own_reference(view: SentenceView, ctx: PaperContext, cues: ClaimCues) -> bool:
    """Whether the sentence speaks about the authors' own work."""
    words = view.words
    if not view.present.isdisjoint(cues.author_words):
        return True
    if not view.present.isdisjoint(cues.author_nouns) and any(
        w in cues.author_nouns
        and words[i - 1] in ("this", "our")
        and not cues.finding_verbs.isdisjoint(words[i + 1 : i + 3])
        for i, w in enumerate(words)
        if i
    ):
        return True  # "this paper shows that ...", "this work further demonstrates ...": the authors report
    if any(ctx.is_proposed(e) for e in view.entities) or not view.present.isdisjoint(ctx.keys):
        return True  # the proposed name, even where the entity stage missed a mention
    if ctx.spelled and any(spelled(e.key or "") in ctx.spelled for e in view.entities):
        return True  # "Video CoM achieves ..." for the proposed "Video-CoM"
    if "proposed" in view.present and any(
        w == "proposed" and words[i - 1] in _CUES.our_determiners for i, w in enumerate(words) if i
    ):
        return True  # "the proposed method", not "methods have been proposed"
    if (
        "this" in view.present
        and any(words[i] == "this" and words[i + 1] in cues.self_heads for i in range(len(words) - 1))
        and not is_background(view, cues, 4)
    ):
        return (
            True  # "this approach", unless the sentence opens on others' work ("Previous work ..., but this approach")
        )
    return (
        ctx.propose_index is not None
        and view.index > ctx.propose_index
        and (
            any(w in cues.self_pronouns for w in words[:3])
            or _opening_pronoun(words, cues)  # "For open-ended tasks, it generalizes well ..."
            or words[:2] == ("the", "resulting")  # "The resulting heuristics solve many more tasks ..."
            or len(words) > 2
            and words[0] in ("these", "such", "this", "together")
            and (
                words[1] in cues.own_result_heads
                or words[1:3] == (",", "these")
                and words[3:4]
                and words[3] in cues.own_result_heads
            )
            # "These gains come with minimal overhead.", "Together, these contributions lead to ..."
            or words[0] == "this"
            and (words[1] in _GAIN_VERBS or words[1].endswith("ly") and words[2] in _GAIN_VERBS)
            # "This improves ...", "This significantly reduces ..."
        )
    )


def _opening_pronoun(words: tuple[str, ...], cues: ClaimCues) -> bool:
    """Whether "it"/"they" opens the main clause after an opening phrase ("By learning X
    through Y, it achieves ...", "For multiple-choice questions, it detects ...")."""
    start = opening_end(words)
    return start is not None and any(w in cues.self_pronouns for w in words[start : start + 2])
