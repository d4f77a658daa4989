"""Where a clause starts and which names stand in its subject position: the reported clause after a
finding verb (:func:`clause_start`), the main clause after an opening phrase (:func:`opening_end`), no
subject after "than", "using", "with" (:func:`in_subject_position`, :func:`_component`) nor inside a
prepositional phrase or a list of examples (:func:`_in_phrase`), and reported clauses that open with a
generic noun phrase (:func:`_generic_clause`) or a gerund of adding (:func:`_gerund_clause`)."""

from __future__ import annotations

from claimgraph.extract.claims.subjects.context import PaperContext
from claimgraph.extract.claims.subjects.cues import _BREAKS, _CUES, ACTORS
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView


def clause_start(view: SentenceView, finding: int) -> int:
    """First word of the reported clause ("we show that >X ...") or 0."""
    if finding < 0:
        return 0
    for i in range(finding + 1, min(len(view.words), finding + 4)):
        if view.words[i] in ("that", ":"):
            return i + 1
    return finding + 1


def _subjectable(located: Located, ctx: PaperContext, words: tuple[str, ...]) -> bool:
    if located.label not in ACTORS and not (located.label == "Dataset" and ctx.is_proposed(located)):
        return False
    before = words[max(0, located.first - 2) : located.first]
    return not any(w in _CUES.not_subject_after for w in before)


def in_subject_position(located: Located, ctx: PaperContext, words: tuple[str, ...]) -> bool:
    """Whether an entity may be a clause's subject (an actor not after "than", "using", "on" ...)."""
    return _subjectable(located, ctx, words)


def _gerund_clause(words: tuple[str, ...], lo: int, cue: int) -> bool:
    """Whether the clause before the finding verb at ``cue`` is a gerund phrase of adding or combining
    (subjects.json adding_gerunds), after an opening adverb if any, with no comma before the verb:
    "Incorporating multi-source training and data augmentation further enhances robustness", "Moreover,
    combining the predictions of 15 models increases the accuracy to 85.2%". What the gerund adds is no
    subject; the paper's system with it is. Not "Using X, we achieve ..." (the comma ends the phrase),
    nor "equipping the Mamba architecture with attention blocks improves ..." (its object is the host)."""
    start = lo + 2 if lo + 1 < len(words) and words[lo + 1] == "," else lo
    return lo <= start < cue and words[start] in _CUES.adding_gerunds and "," not in words[start:cue]


def opening_end(words: tuple[str, ...]) -> int | None:
    """Where the main clause starts after an opening adverbial phrase ("By mitigating X and
    improving Y, DCC strengthens ...": the index of "DCC"), within 24 words; None otherwise."""
    return _after_opening(words, 25)


def _after_opening(words: tuple[str, ...], window: int = 13) -> int | None:
    """Where the clause after a sentence-opening cue starts: after "Notably," or after the
    comma that closes "Compared to Y, ..." or "Notably, on X, ..." (within 12 words); None
    otherwise."""
    start = 0
    if len(words) > 2 and words[1] == ",":
        start = 2
    if start < len(words) and (words[start] in _CUES.not_subject_after or words[start] in _CUES.subject_preps):
        comma = next((i for i in range(start + 1, min(len(words), start + window)) if words[i] == ","), None)
        start = comma + 1 if comma is not None else 0
    return start if 0 < start < len(words) else None


def _opens_clause(words: tuple[str, ...], first: int, view: SentenceView | None = None) -> bool:
    """Whether no preposition stands before word ``first`` in its clause ("Experiments on
    X and our in-house Y model demonstrate ...": Y is no subject). With ``view``, a comma
    inside a list of names ("on Qwen3-VL, Kimi-VL, and ERNIE-VL") does not end the clause."""
    return not _after_in_clause(words, first, _CUES.subject_preps, view)


def _after_in_clause(words: tuple[str, ...], first: int, stops: frozenset[str], view: SentenceView | None) -> bool:
    """Whether a word of ``stops`` stands before word ``first`` in its clause; with ``view``,
    commas after a name or an example marker ("e.g.,") continue the clause."""
    ends = {e.last for e in view.entities} if view is not None else set()
    for j in range(first - 1, -1, -1):
        w = words[j]
        if w == "," and view is not None and j and (j - 1 in ends or words[j - 1] in _CUES.subject_example_markers):
            continue  # "on Qwen3-VL, Kimi-VL, and ERNIE-VL", "(e.g., o3-mini, ..."
        if w in (",", ";", ":") or view is not None and w in _BREAKS:
            return False
        if w in stops:
            return True
    return False


def _in_phrase(view: SentenceView, located: Located) -> bool:
    """Whether a name stands inside a prepositional phrase or a list of examples of its
    clause, not in subject position: "Experiments across dense and Mixture-of-Experts LLMs
    demonstrate ...", "by integrating X with the powerful Y, ...", "models (e.g., o3-mini,
    Qwen3) achieve ..."; "of" does not count ("the performance of X improves")."""
    if _in_pair(view.words, located.first):
        return True
    return _after_in_clause(view.words, located.first, _CUES.subject_phrase_preps | _CUES.subject_example_markers, view)


#: How many words a pair's members may span after "between" ("between the U-Net and the ViT").
_PAIR_WINDOW = 6
#: Punctuation that ends a pair before its window does.
_PAIR_BREAKS = frozenset({",", ";", ":", "(", ")", "--", "—", "–"})


def _in_pair(words: tuple[str, ...], first: int) -> bool:
    """Whether word ``first`` stands in a pair after a preposition of pairs (subjects.json pair_preps): "the
    performance difference between the U-Net and ViT depends on ...", within a few words and no clause break
    between; not "a large gap between image synthesis and real photos--even the X model only achieves ..."."""
    for j in range(first - 1, max(-1, first - 1 - _PAIR_WINDOW), -1):
        if words[j] in _CUES.pair_preps:
            return True
        if words[j] in _PAIR_BREAKS:
            return False  # a comma, dash or bracket ends the pair
    return False


def _component(located: Located, view: SentenceView) -> bool:
    """Whether a proposed name is a component the clause's subject uses ("With X, our
    framework ...", "using X", "trained on X"), not the subject; "BERT with X" keeps X."""
    words = view.words
    j = located.first - 1
    if j < 0 or words[j] not in _CUES.not_subject_after or words[j] == "by":
        return False
    return not (words[j] == "with" and any(e.last == j - 1 and e.label in ACTORS for e in view.entities))


def _generic_clause(words: tuple[str, ...], lo: int, cue: int) -> bool:
    """Whether a reported clause opens with a noun phrase that is not a pronoun,
    a determiner or a self-reference ("that large-scale models perform well")."""
    if words[lo - 1] not in ("that", ":"):
        return False  # "experiments demonstrate large gains": an object, not a clause
    j = lo
    while j < cue and (
        words[j] in _CUES.enumerators or len(words[j].strip("().")) <= 1 or words[j].strip("().").isdigit()
    ):
        j += 1  # "1)", "(a)", ":"
    return j + 1 < cue and words[j] not in _CUES.clause_openers and not words[j][0].isdigit()
