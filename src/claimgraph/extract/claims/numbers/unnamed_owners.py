"""Scores of a system the sentence does not name: a class of others' models ("lightweight detectors
delivered 77% mAP"), an indefinite system ("a point transformer model reaches"), a part of the paper's
system ("adversarial review achieves 74%") or an ablated variant ("Removing X drops accuracy to 17.91%")."""

from __future__ import annotations

from claimgraph.extract.claims.cues import ClaimCues
from claimgraph.extract.claims.numbers.number_lists import _list_adverb
from claimgraph.extract.claims.numbers.words import _ACTORS, _NOUN_LEADS, _word_text, _words_located
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView
from claimgraph.extract.quantities.number_cues import NumberCues, number_cues


def _ablation(words: tuple[str, ...], nc: NumberCues) -> bool:
    """Whether the sentence opens on an ablation ("Removing X drops accuracy to 17.91%", "Further, ablating
    the memory ..."): its numbers are an ablated variant's."""
    for w in words[:4]:
        if w.lower() in nc.ablation_openers:
            return True
        if w not in nc.opening_connectives:
            return False
    return False


def _unnamed_rival(
    view: SentenceView,
    quantity: Located,
    nc: NumberCues,
    cues: ClaimCues,
    metrics: frozenset[int] = frozenset(),
    clause_subject: bool = False,
) -> bool:
    """Whether the number's clause gives it to an unnamed class of models that is not the paper's.

    The words before the verb of the number ("achieves", "delivered", "perform": :func:`_number_verb`), or
    before the comma of a participle after it ("..., achieving": :func:`_participle_phrase`), open with a
    plural class noun ("lightweight object detection models delivered strong performance (up to 77% mAP)",
    "zero-shot multilingual baselines ... fail ..., achieving a MOS of only 1.86") or a superlative one ("the
    best-performing model, when ..., achieves only 50.1%", "with the best model achieving an F1 score of
    0.5648"), with no word of the paper's own (``own_markers``: "our", "proposed", "resulting") and no name
    of a Model or Method, also in an apposition ("The leading approach, X-TFCLIP from UAM, attained"):
    :func:`_others_class`. ``metrics``: the words of the sentence's metric names. ``clause_subject``: with no
    verb of scoring, also the subject of the clause its brackets close (:func:`_bracketed_clause_subject`), when
    the claim's subject is a Model or Method the number would otherwise be shown with."""
    words = view.words
    verb = _number_verb(words, quantity, cues, metrics)
    if verb is None:
        phrase = _bracketed_clause_subject(view, quantity, nc) if clause_subject else None
        return phrase is not None and _others_class(view, *phrase, nc, cues)
    phrase = _participle_phrase(words, verb, nc) or _subject_phrase(view, verb, nc)
    return phrase is not None and _others_class(view, *phrase, nc, cues)


def _verb_like(word: str, cues: ClaimCues) -> bool:
    """Whether a word after a noun phrase opens its predicate: a verb of scoring, performing, change or
    comparison, a modal or a form of "be", a relative pronoun, an adverb or a past form ("provided")."""
    verbs = cues.achieve_cues | cues.perform_verbs | cues.improve_verbs | cues.decrease_cues | cues.beat_verbs
    if word in verbs or word in number_cues().relative_pronouns:
        return True
    if word in ("can", "could", "may", "might", "would", "will", "is", "was", "has", "had"):
        return True
    return word.isalpha() and word.endswith(("ly", "ed")) and len(word) > 4


def _indefinite_system(view: SentenceView, quantity: Located, nc: NumberCues, cues: ClaimCues) -> bool:
    """Whether the number's clause opens with an indefinite system of no name ("For the high-density ALS
    dataset, a point transformer model provided the best performance reaching 87.9%", "on Neu3D, a
    geometry-only variant reaches 0.902 mIoU"): "a"/"an", at most four words and a singular class noun
    (:func:`_class_noun`) before a word that opens a predicate (:func:`_verb_like`), at a clause opening
    (sentence start, a comma, ``class_clause_starts`` or ``contrast_openers``), with no Model or Method
    named in it or between it and the number, no word of the paper's own (``own_markers``) and no clause
    break (";", "while") between. Such a system is not the claim's subject: the paper calls its own
    "our"/"the proposed" one. Not an apposition ("PaddleOCR-VL-1.5, an upgraded model achieving 94.5%",
    "our model, a point transformer model, reaches"), not "a ResNet-18 classification model" (named), not
    after a system credited before it ("Using FooNet, a 7B model achieves": :func:`_system_credited_before`).
    """
    words = view.words
    actors = [e for e in view.entities if e.label in _ACTORS]
    for k in range(quantity.first - 1, max(-1, quantity.first - 26), -1):
        w = words[k]
        if w in (";", ".") or w in nc.contrast_openers or w in nc.own_markers:
            return False
        if any(e.first <= k <= e.last for e in actors):
            return False
        if w not in ("a", "an"):
            continue
        opening = k == 0 or words[k - 1] in (",", *nc.class_clause_starts, *nc.contrast_openers)
        if not opening:
            continue
        head = next((j for j in range(k + 1, min(k + 6, quantity.first)) if _class_noun(words[j], nc)), None)
        if head is None:
            continue  # "with a training set of 5000 segments and 92.0%": no system
        if words[head].endswith("s") or any(x in (",", "of", "and") for x in words[k + 1 : head]):
            return False
        if head + 1 >= len(words) or not _verb_like(words[head + 1], cues):
            continue  # "from 0.195 with a base model supervisor to 0.732", "our model, a point transformer model,"
        if k >= 2 and words[k - 1] == "," and _names_before(view, k - 2):
            return False
        return not _system_credited_before(view, k, nc)
    return False


def _component_subject(
    view: SentenceView, quantity: Located, nc: NumberCues, cues: ClaimCues, metrics: frozenset[int]
) -> Located | None:
    """The part of a system a number's finite verb has as its subject, when that subject is a lowercase noun
    phrase with no name and no class noun that opens its clause ("..., while adversarial review achieves 74%
    precision", "and our automated fail2pass validation reaches a precision of 0.92", "Our best
    configuration achieves 99.40%"): the score is that component's or setting's, not the whole system's (the
    paper's method shown as the claim's subject).

    The phrase runs back from the verb (over hedges and adverbs) to a determiner or a possessive
    (``noun_leads``, ``own_markers``) at most six words back, or stops before a function word. The word
    before it opens a clause (sentence start, punctuation, "and", "that", "while": not "evaluation under
    the same protocol yields"); after "and" the phrase opens with a determiner or a possessive (not "with
    new data and model design reaches"). None when its head is a class noun ("our method", "the model":
    :func:`_class_noun`), a pronoun ("it"), a result noun ("Our experiments achieved"), a task the system
    performs (``performed_task_nouns``: "Next frame prediction achieves"), a metric or in an entity; when a
    word is capitalised past the sentence's first word (a name no entity covers); when the phrase is the
    paper's own (``own_phrase_words``: "the proposed fusion", "this methodology"; "our" before a
    ``self_heads`` noun: "our strong baseline"); for a participle ("..., achieving 92%") and for "scores"
    ("notable scores of 43.1%": a noun)."""
    words = view.words
    verb = _number_verb(words, quantity, cues, metrics, nc.noun_leads)
    if verb is None or words[verb].endswith(("ing", "ly")) or words[verb] in nc.score_nouns:
        return None
    head = verb - 1
    while head >= 0 and (words[head] in nc.hedge_words or _list_adverb(words[head])):
        head -= 1
    if head < 0 or _class_noun(words[head], nc) or head in metrics:
        return None
    if words[head] in cues.self_pronouns or words[head] in cues.result_nouns or words[head] in nc.performed_task_nouns:
        return None
    first = None
    for k in range(head, max(-1, head - 6), -1):
        w = words[k]
        if w in nc.noun_leads or w in nc.own_markers:
            first = k if k < head else None
            break
        if w in nc.non_qualifiers or w in nc.relative_pronouns or not w.replace("-", "").isalnum():
            first = k + 1 if k < head else None
            break
        if k == 0:
            first = 0
    if first is None or (first > 0 and not _opens_clause(words[first - 1], nc)):
        return None
    if first > 0 and words[first - 1] == "and" and words[first] not in nc.noun_leads | nc.own_markers:
        return None  # "our strong baseline with the new data and model design reaches": one noun phrase
    if any(e.first <= head and e.last >= first for e in view.entities):
        return None
    phrase = words[first : head + 1]
    if not nc.own_phrase_words.isdisjoint(phrase):
        return None  # "the proposed prior-guided fusion achieves", "this innovative methodology achieved"
    if "our" in phrase and words[head] in cues.self_heads:
        return None  # "our strong baseline ... design reaches": the paper's system
    for k in range(first, head + 1):
        text = _word_text(view, k)
        if any(c.isupper() for c in (text[1:] if k == 0 else text)) or k in metrics:
            return None
    return _words_located(view, first, head)


def _opens_clause(word: str, nc: NumberCues) -> bool:
    """Whether a noun phrase after ``word`` opens a clause: after punctuation, "and", "but", a contrast
    opener ("while") or a relative pronoun ("that")."""
    return word in (",", ";", ":", "(", "and", "but") or word in nc.contrast_openers or word in nc.relative_pronouns


def _system_credited_before(view: SentenceView, first: int, nc: NumberCues) -> bool:
    """Whether a Model or Method after a qualifier opener ("with", "using", ...: ``qualifier_openers``)
    stands before word ``first`` in its clause: "With OREAL, for the first time, a 7B model can obtain 94.0
    pass@1": the system's result is the named one's."""
    words = view.words
    start = max((k for k in range(first) if words[k] in (";", ".")), default=-1) + 1
    return any(
        start < e.first < first and words[e.first - 1] in nc.qualifier_openers
        for e in view.entities
        if e.label in _ACTORS
    )


def _names_before(view: SentenceView, last: int) -> bool:
    """Whether word ``last`` ends a name: an entity's last word or a capitalised word ("PaddleOCR-VL-1.5")."""
    if any(e.last == last for e in view.entities):
        return True
    return any(c.isupper() for c in _word_text(view, last))


def _bracketed_clause_subject(view: SentenceView, quantity: Located, nc: NumberCues) -> tuple[int, int, int] | None:
    """For a number in brackets that close a clause with no verb of scoring ("we find that all systems
    collapse on dependency reasoning (Cascade: 3%, Absence: 1% in average accuracy)"): the clause's opening
    words up to its class noun, as (first word, end, class noun), when a class noun is among its first four
    words after no comparison word, and no Model or Method and no word of the paper's own stands between it
    and the brackets ("compared to previous methods, ObjFiller-3D produces ... (PSNR of 26.6 vs. ...)", "the
    proposed method achieved ... (MAE: 156.28)"); None otherwise. The bracket opens at most eight words
    before the number."""
    words = view.words
    bracket = next((k for k in range(quantity.first - 1, max(-1, quantity.first - 9), -1) if words[k] == "("), None)
    if bracket is None or ")" in words[bracket : quantity.first]:
        return None
    start = _clause_opening(words, bracket, nc)
    head = next((k for k in range(start, min(bracket, start + 4)) if _class_noun(words[k], nc)), None)
    if head is None:
        return None
    compared = nc.baseline_markers | nc.outperform_words
    if any(w in compared for w in words[start:head]) or any(w in nc.own_markers for w in words[start:bracket]):
        return None
    if any(head < e.first < bracket for e in view.entities if e.label in _ACTORS):
        return None
    return start, head + 1, head


def _number_verb(
    words: tuple[str, ...],
    quantity: Located,
    cues: ClaimCues,
    metrics: frozenset[int],
    noun_leads: frozenset[str] = _NOUN_LEADS,
) -> int | None:
    """The verb that gives the number its clause ("achieves", "delivered", "perform"), at most eleven words
    before it with no ";", ":" or "." between; not a noun: a metric's word ("the F1 score of 0.56") or a word
    after a determiner ("a Mean Opinion Score (MOS) of 1.86"; ``noun_leads``, by default also a split word:
    "the test set"). None when there is none."""
    for k in range(quantity.first - 1, max(-1, quantity.first - 12), -1):
        if words[k] not in cues.achieve_cues and words[k] not in cues.perform_verbs:
            continue
        if k in metrics or k - 1 in metrics or (k > 0 and words[k - 1] in noun_leads):
            continue
        return None if any(w in (";", ":", ".") for w in words[k : quantity.first]) else k
    return None


def _participle_phrase(words: tuple[str, ...], verb: int, nc: NumberCues) -> tuple[int, int, int | None] | None:
    """For a participle after a comma ("zero-shot multilingual baselines ... fail ..., achieving a MOS of
    1.86"): the clause before the comma as (first word, the comma, its class noun among its first six words
    or None); None for any other verb."""
    comma = verb - 1
    if comma < 0 or words[comma] != "," or not words[verb].endswith("ing"):
        return None
    start = _clause_opening(words, comma, nc)
    head = next((k for k in range(start, min(comma, start + 6)) if _class_noun(words[k], nc)), None)
    return start, comma, head


def _subject_phrase(view: SentenceView, verb: int, nc: NumberCues) -> tuple[int, int, int | None] | None:
    """The words before the verb, across hedges ("only") and an aside set in commas ("the best-performing
    model, when directly answering ..., achieves"), as (first word, end, the class noun that ends them or
    None); None when a Model or Method is named in that aside ("The leading approach, X-TFCLIP from UAM,
    attained": a named owner)."""
    words = view.words
    end = verb - 1
    while end >= 0 and (words[end] in nc.hedge_words or _list_adverb(words[end])):
        end -= 1
    if end >= 0 and words[end] == ",":
        comma = next((k for k in range(end - 1, max(-1, end - 12), -1) if words[k] == ","), None)
        if comma is None or any(comma < e.first < end for e in view.entities if e.label in _ACTORS):
            return None
        end = comma - 1
    start = _clause_opening(words, end + 1, nc)
    head = end if end >= 0 and _class_noun(words[end], nc) else _head_before_place(words, start, end, nc)
    return start, end + 1, head


def _head_before_place(words: tuple[str, ...], start: int, end: int, nc: NumberCues) -> int | None:
    """The class noun of a subject phrase that a place phrase ends ("the leading model on the MTEB
    leaderboard achieves": "model"): the last class noun from ``start`` to ``end`` right before a place word
    (``place_words``: "on", "in", ...), with no comma after it; else None."""
    for k in range(end - 1, start - 1, -1):
        if words[k] in (",", ";", ":"):
            return None
        if _class_noun(words[k], nc) and words[k + 1] in nc.place_words:
            return k
    return None


def _others_class(view: SentenceView, start: int, stop: int, head: int | None, nc: NumberCues, cues: ClaimCues) -> bool:
    """Whether words ``start`` to ``stop`` (excluded), with the class noun at ``head``, name a class of
    others' models: a plural class noun or a superlative (``superlatives``) one, no word of the paper's own
    and no Model or Method name. A plural after "the" is another's only when ranked or called current,
    existing, prior ("even the current frontier models perform poorly (~40% accuracy)"): "the detection
    models achieved 93.6% mAP" are the paper's, as are "Our best model achieves" and "The proposed model
    outperformed the others, achieving"."""
    words = view.words
    phrase = words[start:stop]
    if head is None or not phrase or not nc.own_markers.isdisjoint(phrase):
        return False  # "our best model", "the resulting models": the paper's
    if any(start <= e.first and e.last < stop for e in view.entities if e.label in _ACTORS):
        return False  # a name in the phrase: the owner rules decide
    noun, modifiers = words[head], words[start:head]
    plural = noun.endswith("s") and (noun in nc.compared_class_nouns or noun in nc.baseline_nouns)
    ranked = not nc.superlative_modifiers.isdisjoint(modifiers)
    if plural and "the" in modifiers and not ranked and cues.background_cues.isdisjoint(modifiers):
        return False  # "the license plate detection and character recognition models achieved": the paper's
    return plural or ranked


def _clause_opening(words: tuple[str, ...], end: int, nc: NumberCues) -> int:
    """The first word of the clause that ends before word ``end``: after a word of ``class_clause_starts``
    ("that", ";", ":", "with", "(") or ``contrast_openers`` ("while"), at most twenty words back."""
    for k in range(end - 1, max(-1, end - 21), -1):
        if words[k] in nc.class_clause_starts or words[k] in nc.contrast_openers:
            return k + 1
    return max(0, end - 20)


def _class_noun(word: str, nc: NumberCues) -> bool:
    """A noun that names a class of systems, singular or plural: "model", "classifiers", "baselines"."""
    return (
        word in nc.own_nouns
        or word in nc.compared_class_nouns
        or word + "s" in nc.compared_class_nouns
        or word in nc.baseline_nouns
    )
