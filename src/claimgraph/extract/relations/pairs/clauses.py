"""The clause of a comparison: its subject (:func:`_clause_subject`, :func:`_conjoined_subject`), counts
compared ("over 10 baselines"), and possibility wins (:func:`_possible`, :func:`_possible_for_thing`,
hedged infinitives)."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.claims.cues import ClaimCues, RelationCues
from claimgraph.extract.claims.subjects import ACTORS, PaperContext
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView
from claimgraph.extract.relations.guards import ReadingCues
from claimgraph.extract.relations.pairs.sentences import _past_adverbs


def _clause_subject(
    view: SentenceView, head: Span, index: int, ctx: PaperContext, rc: RelationCues
) -> tuple[Span | None, bool]:
    """The subject of the clause holding the comparison at ``index`` when a clause word
    ("where", "while", "that") stands between the named ``head`` and it: an entity named
    there, the proposed entity for "our method"/"it", else None (the clause is about
    something unnamed). ``head`` itself when no clause word intervenes, or when the
    clause has no subject of its own ("X, a model that consistently outperforms Y")."""
    words = view.words
    last = view.word_of(head.end - 1)
    opener = next((j for j in range(index - 1, last, -1) if words[j] in rc.subject_clauses), -1)
    if opener < 0:
        return head, True
    gap = [w for w in words[opener + 1 : index] if w not in rc.adverbs and not w.endswith("ly")]
    if (
        not gap
        and words[opener] == "that"
        and opener >= 2
        and words[opener - 1] in rc.class_nouns
        and words[opener - 2] in ("the", "those", "these")
    ):
        return None, False  # "exceed the performance of the models that outperform GPT-4o": those models win
    if not gap or words[opener] in ("while", "when") and gap[0].endswith("ing"):
        return head, True
    for e in view.entities:
        if opener < e.first and e.last < index and e.label in ACTORS:
            return e.span, True
    if any(w in rc.own_words for w in gap[:3]):
        return ctx.proposed, False
    return None, False


def _conjoined_subject(view: SentenceView, index: int, rc: RelationCues) -> Located | None:
    """The Method/Model named right before the win verb at ``index`` (adverbs allowed) after "and" or a
    comma ("MMFineReason-4B surpasses Qwen3-VL-8B, and MMFineReason-8B even outperforms Qwen3-VL-30B"):
    the subject of a second clause, which beats what follows its verb, not the first clause's subject."""
    k = _past_adverbs(view.words, index - 1, rc, floor=-1)
    named = next((e for e in view.entities if e.last == k and e.label in ACTORS), None)
    if named is None or named.first == 0 or view.words[named.first - 1] not in ("and", ","):
        return None
    return named


def _counted_over(view: SentenceView, index: int, cues: ClaimCues, reading: ReadingCues) -> bool:
    """Whether "over" counts as a comparison only through a number before it that counts
    things ("16,000 hybrid documents over PubMed"), not a gain ("+3.2% over X", "2 points over X")."""
    words = view.words
    if any(w in cues.improvement_cues or w in cues.beat_verbs for w in words[max(0, index - 5) : index]):
        return False
    near = [q for q in view.quantities if q.last in range(index - 3, index)]
    return (
        bool(near)
        and all(
            _counting_number(words[q.first], reading)
            and words[q.first + 1] not in reading.gain_gap  # "36% speedup over X", "2 points over X"
            and any(w not in reading.gain_gap for w in words[q.first + 1 : index])
            for q in near
        )
    )


def _counting_number(word: str, reading: ReadingCues) -> bool:
    """Whether ``word`` is a bare count ("16,000") or a count glued to what it counts ("a 4-cell decision
    over X"), not a margin ("a 5-point gain": gain_gap)."""
    number, _, unit = word.partition("-")
    return number.replace(",", "").isdigit() and (not unit or unit.isalpha() and unit not in reading.gain_gap)


def _than_count(view: SentenceView, index: int) -> bool:
    """Whether "than" at ``index`` opens a number, not a rival: "skipping more than 40 percent of
    Transformer blocks", "less than 1% of the parameters of X" (a count or share; the name after
    it is what is counted, not beaten)."""
    if any(e.first == index + 1 for e in view.entities):
        return False  # "better than 3DGS": a name that starts with a digit
    return any(q.first == index + 1 for q in view.quantities) or (
        index + 1 < len(view.words) and view.words[index + 1][:1].isdigit()
    )


def _possible(words: tuple[str, ...], index: int, rc: RelationCues, reading: ReadingCues) -> bool:
    """A possibility or parity, not a win: "has the potential to surpass", "could outperform",
    "matching or surpassing", "comparable to or even surpassing", "match, and in some cases surpass",
    "rivalling or even surpassing", "matched or exceeded",
    "samples-matches or outperforms" (a parity word glued to the word before by a dash)."""
    before = words[max(0, index - 4) : index]
    if any(w in reading.outperform_hedges for w in before):
        return True
    if _hedged_infinitive(words, index, reading):
        return True
    for j in range(max(0, index - 6), index):
        if words[j] in reading.parity_verb_forms and words[j + 1] in reading.parity_links:
            return True  # "matched or exceeded X" (not "at matched compute, ... even surpasses X")
        if words[j] in rc.parity_words or words[j].rsplit("-", 1)[-1] in rc.parity_words:
            # "model-trained on just 50K samples-matches or outperforms X": a dash lost its spaces
            if j and words[j - 1] in reading.instrument_words:
                continue  # "with similar active parameters, even surpassing X": a condition, not parity
            between = words[j + 1 : index]
            return any(w in reading.parity_links for w in between)
    return False


def _possible_for_thing(view: SentenceView, index: int, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether the comparison at ``index`` is what a plain, unnamed thing can do, read through a relative
    pronoun and an ability modal ("there exists a single high-quality learning rate that can outperform
    Adam"): a possibility of that thing, not a win of the paper's method. Not after a system noun or a
    name ("a simple framework that can outperform Y", "FooNet, which can surpass Y")."""
    words = view.words
    k = _past_adverbs(words, index - 1, rc)
    able = any(w in reading.ability_modals for w in words[k + 1 : index])
    if not able or k < 1 or words[k] not in reading.winner_pronouns:
        return False
    before = words[k - 1]
    if any(e.first <= k - 1 <= e.last for e in view.entities):
        return False
    return before.isalpha() and before not in reading.own_system_nouns and before not in rc.class_nouns


def _hedged_infinitive(words: tuple[str, ...], index: int, reading: ReadingCues) -> bool:
    """Whether a hedge word farther back governs an infinitive that holds the comparison, with no
    punctuation between ("has the potential to make a relatively small model outperform X"): a
    possibility, not a win."""
    for j in range(max(0, index - 9), max(0, index - 4)):
        between = words[j + 1 : index]
        if words[j] in reading.outperform_hedges and "to" in between and not any(w in ",;:()" for w in between):
            return True
    return False
