"""Cost and parity readings: speed and cost comparisons (:func:`_speed_only`, :func:`_cost_only`), questions a
study asks (:func:`_inquiry`), purposes (:func:`_purpose`), valence and liability comparatives, resource
limits (:func:`_beyond_limit`) and parity ("comparable to or even surpassing": :func:`_parity`)."""

from __future__ import annotations

from claimgraph.extract.claims.cues import ClaimCues, RelationCues
from claimgraph.extract.claims.subjects import SubjectCues
from claimgraph.extract.cues import load_cues
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView
from claimgraph.extract.relations.guards import ReadingCues


def _speed_only(words: tuple[str, ...], index: int, cues: ClaimCues, reading: ReadingCues) -> bool:
    """Whether the comparative nearest before "than" (within four words) compares speed ("2x
    faster than X"): judged samples read that as no claim that the head beats X."""
    for j in range(index - 1, max(-1, index - 5), -1):
        if words[j] in cues.comparatives or words[j] in reading.speed_comparatives:
            return words[j] in reading.speed_comparatives or _efficiency_after(words, j, index, reading)
    return False


def _efficiency_after(words: tuple[str, ...], j: int, index: int, reading: ReadingCues) -> bool:
    """Whether the comparative at ``j`` is of an efficiency adjective right before "than" ("25 times more
    efficient than FlowGRPO", "more memory-efficient than softmax attention"): a cost, not a win; not
    "more efficient and effective than vanilla MoE"."""
    return j + 1 == index - 1 and words[index - 1].rsplit("-", 1)[-1] in reading.efficiency_adjectives


def _cost_only(view: SentenceView, index: int, kind: str, cues: ClaimCues, reading: ReadingCues) -> bool:
    """Whether the comparison at ``index`` compares a cost, not quality: a resource comparative
    ("less", "fewer") with a cost word before "than" ("600x less GPU time than CLIP", "fewer
    parameters than X"; "lower latency than X" stays a win), or a cost or speed word within six
    words before "over" with no quality noun or Metric there ("improving inference speed by 40%
    over FoL", "a 2x speedup over X"; not "12.8% performance gains over X")."""
    words = view.words

    def costly(w: str) -> bool:
        return w in reading.compare_cost_words or w in cues.cost_nouns or w in reading.speed_comparatives

    if kind == "than":
        for j in range(index - 1, max(-1, index - 6), -1):
            if words[j] in cues.comparatives:
                return words[j] in reading.resource_comparatives and any(costly(w) for w in words[j + 1 : index])
        return False
    lo = _window_back(words, index, 6)
    window = words[lo:index]
    if any(w in reading.quality_nouns for w in window) or any(
        e.label == "Metric" and lo <= e.last and e.first < index and not costly(e.key.rsplit(" ", 1)[-1])
        for e in view.entities
    ):
        return False  # "12.8% mIoU gains over X", "improves token acceptance rates and generation speed over X";
        # not the Metric "speedup" itself
    if any(costly(w) for w in window):
        return True
    previous = next((j for j in range(index - 1, max(-1, index - 12), -1) if words[j] == "over"), -1)
    if previous > 0 and "and" in words[previous + 1 : index] and not any(w in (";", ".") for w in window):
        return _cost_only(view, previous, kind, cues, reading)  # "by 2.8x over FA2 and 1.6x over FA3": the same cost
    return False


def _inquiry(words: tuple[str, ...], index: int, reading: ReadingCues) -> bool:
    """Whether the comparison at ``index`` sits in a clause opened by a condition word ("when",
    "whether", "if") within ten words before it, which itself follows an inquiry verb within six words
    ("we systematically investigate the conditions when GraphRAG surpasses traditional RAG", "we examine
    whether X outperforms Y"): the question the study asks, not a result."""
    for q in range(index - 1, max(-1, index - 11), -1):
        if words[q] in (";", ":", "."):
            return False
        if words[q] in reading.condition_words:
            return any(w in reading.inquiry_verbs for w in words[max(0, q - 6) : q])
    return False


def _window_back(words: tuple[str, ...], index: int, steps: int) -> int:
    """Where a window of ``steps`` words before ``index`` starts when a list of numbers there costs
    no steps ("speedups of 12.72x, 1.70x, and 1.18x over X" reaches "speedups")."""
    j = index
    while j > 0 and steps > 0:
        j -= 1
        if not (words[j] in (",", "and") or words[j][:1].isdigit()):
            steps -= 1
    return j


def _purpose(words: tuple[str, ...], index: int, reading: ReadingCues) -> bool:
    """Whether the comparison verb is an infinitive of purpose: "To surpass X, we ...", "in order
    to outperform X", "aiming to beat X", "to further surpass X", "aimed at surpassing X". Unlike
    claims/subjects/markers.is_purpose it keeps verbs ending in "s" ("surpass"), which are no third person
    here; it shares that function's adverbs and aim words (``cues/subjects.json``)."""
    subject_cues = load_cues(SubjectCues, "subjects.json")
    j = index - 1
    if j > 0 and (words[j].endswith("ly") or words[j] in subject_cues.infinitive_adverbs):
        j -= 1  # "to further surpass"
    if j > 0 and words[j] in ("at", "for") and words[j - 1] in subject_cues.aim_words:
        return True  # "aimed at surpassing X"
    if j < 0 or words[j] != "to":
        return False
    return j == 0 or words[j - 1] in reading.purpose_leads or words[j - 1] in (",", ";", ":")


def _purpose_phrase(words: tuple[str, ...], index: int, reading: ReadingCues) -> bool:
    """Whether the "over"/"upon"/"than" of a comparison ends an infinitive of purpose that opens within six
    words before it, with no comma or clause break between ("a prompting method designed to improve upon
    standard CoT", "an agent designed to better provide process reward than standard PRM", "in order to
    improve over X"): a goal, not a result."""
    for j in range(index - 1, max(0, index - 7), -1):
        if words[j] in (",", ";", ":", "."):
            return False
        if words[j] == "to":
            return j > 0 and words[j - 1] in reading.purpose_leads
    return False


def _valence_than(words: tuple[str, ...], index: int, cues: ClaimCues, reading: ReadingCues) -> bool:
    """Whether the comparative nearest before "than" (within four words) says the subject wins
    whatever the metric's direction ("better perplexity than X", "superior FID than Y"), where
    the claims stage read a lower-is-better metric as a trail."""
    for j in range(index - 1, max(-1, index - 5), -1):
        if words[j] in cues.comparatives:
            return words[j] in reading.valence_comparatives
    return False


def _liability_than(words: tuple[str, ...], index: int, reading: ReadingCues) -> bool:
    """Whether "than" at ``index`` follows "more <liability adjective>" within five words ("more
    prone to this than", "more vulnerable to attacks than"): the head suffers more, it does not win;
    or "more <property adjective>" ("a more mature architecture than ViT"): a property, not a result."""
    return any(
        (words[j] in reading.liability_adjectives or words[j] in reading.property_adjectives)
        and j
        and words[j - 1] == "more"
        for j in range(max(0, index - 5), index)
    )


def _negated_win(words: tuple[str, ...], start: int, index: int, cues: ClaimCues, reading: ReadingCues) -> bool:
    """Whether a negation in the clause (words ``start`` to the win word at ``index``) denies the win ("yields no
    statistically significant gain over X", "none of 20 variants significantly outperform X"); not "not only
    outperforms X", nor a negation a break word or comma parts from the win ("requires no labels and outperforms
    X", "Without extra training, FooNet outperforms X", "FooNet (no style) improves ... over X")."""
    for j in range(index - 1, start - 1, -1):
        if words[j] in reading.negation_breaks:
            return False
        if words[j] in reading.win_negations and not (j + 1 < index and words[j + 1] in cues.not_only_words):
            return True
    return False


def _beyond_limit(words: tuple[str, ...], index: int, reading: ReadingCues) -> bool:
    """Whether the object of the win verb at ``index`` is a resource limit of something ("when target views
    exceed the capacity of a single DiT forward pass", "exceeds the context window of Y"): "the"/"a", at most
    one more word, a limit noun and "of". Going beyond a limit of Y is not beating Y; "outperforming the
    higher capacity ResNet-18 variant" is a win."""
    after = words[index + 1 : index + 5]
    if not after or after[0] not in reading.limit_determiners:
        return False
    return any(k < len(after) - 1 and after[k] in reading.limit_nouns and after[k + 1] == "of" for k in (1, 2))


def _parity_between(words: tuple[str, ...], index: int, tail: Located, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether a parity word with its preposition ("competitive to", "comparable with", "on par
    with") stands between the comparison at ``index`` and the name: the rivals beaten end there."""
    gap = words[index + 1 : tail.first]
    return any(_parity_to(gap, j, rc, reading) for j in range(len(gap)))


def _parity_to(words: tuple[str, ...], j: int, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether word ``j`` is a parity word whose rival follows: right after a rival preposition
    ("competitive to", "on par with") or after a result noun and "compared"/a rival preposition
    ("comparable performance to", "competitive performance compared to"). A parity word glued to the
    verb before it ("achievescompetitive", text that lost a space) counts."""
    w = words[j]
    if w not in rc.parity_words and not _glued_to_verb(w, rc, reading):
        return False
    after = words[j + 1 : j + 4]
    if after[:1] and after[0] in reading.rival_preps:
        return True
    if len(after) < 2 or after[0] not in rc.result_after:
        return False
    return after[1] == "compared" or after[1] in reading.rival_preps


def _glued_to_verb(word: str, rc: RelationCues, reading: ReadingCues) -> bool:
    """ "achievescompetitive": a clause verb in the third person glued to a parity word (the text lost
    the space between them)."""
    return any(
        word.startswith(v) and word[len(v) :] in rc.parity_words for v in reading.clause_verbs if v.endswith("s")
    )


def _parity(words: tuple[str, ...], index: int, rc: RelationCues) -> bool:
    """ "on-par with or better than X", "better than or comparable to X": parity at best."""
    if any(w in rc.parity_words for w in words[max(0, index - 6) : index]):
        return True
    after = words[index + 1 : index + 4]
    return "or" in after and any(w in rc.parity_words for w in after)
