"""The name a clause ties a number to: "by X", the nearest Model or Method before it across link words,
the name a relative clause or an apposition describes, the opener of a contrast clause, or a word that looks
like a name no entity covers ("VibrantVS (2.71 m MAE)")."""

from __future__ import annotations

import re

from spacy.tokens import Span

from claimgraph.extract.claims.numbers.metrics import _Metric
from claimgraph.extract.claims.numbers.number_lists import _in_number_list
from claimgraph.extract.claims.numbers.owner_roles import _own_apposition
from claimgraph.extract.claims.numbers.unnamed_owners import _class_noun
from claimgraph.extract.claims.numbers.words import _ACTORS, _LIST_JOINERS, BEFORE, _Places, _word_located, _word_text
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView
from claimgraph.extract.pipeline.token_table import span_text
from claimgraph.extract.quantities.number_cues import NumberCues

#: Words looked back from a number for the name that owns it, within its clause.
_CLAUSE_REACH = 16

#: Words looked back from a number for the contrast opener of its clause.
_CONTRAST_REACH = 20

#: A lowercase code name: "o1", "o3-mini", "qwen2.5", "convnext_l".
_CODED_NAME = re.compile(r"[a-z]+(?:\d[a-z0-9.]*|_[a-z0-9]+)(?:[-_][a-z0-9]+)*")


def _owner(
    view: SentenceView,
    quantity: Located,
    metric: _Metric | None,
    how: str,
    nc: NumberCues,
    places: _Places,
    unknown: frozenset[int] | None = None,
) -> tuple[bool, Located | None]:
    """The name a clause ties a number to: (True, name), (True, None) for a person or chance
    ("human CER of 15.9%"), or (False, None).

    The name after "by" ("88% accuracy by X") or the Model after "for" ("92.85% precision for Gemini-3 Pro"),
    else the nearest Model or Method
    before the number across link words only ("EfficientNet with a 92.34%",
    "SD3.5 Large reaches 0.65", "ILION at F1 = 0.9756", "CNNs (mIoU: 78.5)"),
    metric names and the numbers, datasets and joiners of a list ("X achieves
    80% on A and 70% on B").
    """
    words = view.words
    starts = {e.first: e for e in view.entities if e.label in _ACTORS}
    if unknown is None:
        unknown = _unknown_names(view, nc)
    j = quantity.last + 1
    if metric is not None and how == "after":
        j = metric.last + 1
    if j + 1 < len(words) and (words[j] in nc.owner_after or words[j] in nc.model_owner_after):
        k = j + 2 if words[j + 1] == "the" else j + 1
        if k in starts and (words[j] in nc.owner_after or starts[k].label == "Model"):
            return True, starts[k]  # "88% accuracy by X", "92.85% precision for Gemini-3 Pro"
    ends = {e.last: e for e in view.entities if e.label in _ACTORS}
    listed = places.numbers | places.metrics | places.datasets
    i = quantity.first - 1
    while i >= 0 and quantity.first - i <= _CLAUSE_REACH:
        if i in ends:
            return True, ends[i]
        w = words[i]
        if w in nc.agent_words:
            return True, None
        if w in nc.relative_pronouns and i > 0 and i - 1 not in ends and _compared_before(words, i, nc, ends):
            return True, None  # "outperforming third-party solutions which attain an F1 of 0.83": an unnamed rival's
        if w == "(" and (clause_name := _relative_clause_name(view, i, ends, unknown, nc)) is not None:
            return True, clause_name  # "the attention-based MIL, which was less consistent (mean MAE = 10.7)"
        if i in listed or w in nc.owner_links or (w.endswith("ly") and w.isalpha() and len(w) > 4):
            pass  # a link word, a list's material or an adverb ("human can easily achieve 100%")
        elif i + 1 in places.metrics and w in nc.neutral_modifiers:
            pass  # "YOLOv11n-Seg reaches a segmentation precision of 0.91587"
        elif (
            w == ","
            and i + 1 < len(words)
            and words[i + 1] in nc.relative_pronouns
            and i - 1 not in unknown
            and _compared_before(words, i, nc, ends)
        ):
            return True, None  # "outperforming SD$^\mathrm{2}$Net, which achieves ...": a rival we cannot name
        elif w in (",", "and", "&", ")", "on", "in", "for") and i > 0 and (i - 1 in listed or words[i - 1] == ")"):
            pass
        elif w in ("and", "or") and i > 1 and words[i - 1] == "," and i - 2 in places.numbers:
            i -= 1  # "45.82%, 31.09%, and 17.79%": the comma before the last member
        elif (
            w == ","
            and i - 1 in ends
            and ends[i - 1].first >= 2
            and words[ends[i - 1].first - 1] in _LIST_JOINERS
            and _in_number_list(words, quantity, places.numbers)
        ):
            pass  # "o3-mini, o1, and DeepSeek-R1, achieve only 45.82%, ...": the comma closing a list of names
        elif w == "," and i - 1 in ends and _own_apposition(words, ends[i - 1].first):
            pass  # "our model, InternVL2-8B-MPO, achieves an accuracy of 67.0"
        elif w == "," and _apposed_name(words, i - 1, ends, unknown, nc):
            pass  # "the best classifier, EfficientNetV2S, achieved high accuracy (~ 96%)": the name set in commas
        elif w == "," and i + 1 < len(words) and words[i + 1] in nc.relative_pronouns:
            # "outperforming SD2Net, which achieves a mIoU of 64.97%"; across an apposition: "comparable
            # to BigCodec, the current SOTA codec, which achieves 0.84"
            i = _apposition_start(words, i, ends, unknown)
        elif w in nc.relative_pronouns and _baseline_noun_before(words, i, nc):
            return True, None  # "outperforming the baseline model which achieved 98.62% precision"
        elif w in nc.own_nouns and i > 0 and words[i - 1] in nc.baseline_nouns:
            return True, None  # "the baseline model achieves 61.2%": an unnamed baseline's score
        elif w in nc.baseline_nouns and i + 1 < len(words) and words[i + 1] in nc.contrast_score_verbs:
            return True, None  # "our best performing baseline shows a Macro F1 of only 78.17%": the baseline's
        elif i in unknown:
            return True, _word_located(view, i)  # "UCAN-L achieves 31.63 dB", "VibrantVS (2.71 m MAE)"
        elif _baseline_with_phrase(words, i, nc) or _baseline_subject(words, i, nc):
            return True, None  # "A human baseline from 1,000+ participants achieves 92.6% accuracy"
        else:
            return False, None
        i -= 1
    return False, None


def _relative_clause_name(
    view: SentenceView, bracket: int, ends: dict[int, Located], unknown: frozenset[int], nc: NumberCues
) -> Located | None:
    """The name a relative clause ending at the bracket ``bracket`` describes: "compared with the
    attention-based MIL, which was less consistent (mean MAE = 10.7)": the number in the brackets is MIL's.
    The clause opens with a relative pronoun right after the name (or its comma), at most eight words
    before the bracket, and no comma, clause break or other bracket stands between. The name is a Model or
    Method, or a word that looks like a name no entity covers (:func:`_unknown_names`)."""
    words = view.words
    for k in range(bracket - 1, max(0, bracket - 9), -1):
        w = words[k]
        if w in nc.relative_pronouns:
            name = k - 1 - (words[k - 1] == ",")
            if name in ends:
                return ends[name]
            return _word_located(view, name) if name in unknown else None
        if w in (",", ";", ".", ":", "(", ")") or w in nc.bracket_clause_breaks or k in ends:
            return None
    return None


def _apposed_name(
    words: tuple[str, ...], last: int, ends: dict[int, Located], unknown: frozenset[int], nc: NumberCues
) -> bool:
    """Whether a name ending at word ``last`` stands in apposition to a class noun, set in commas: "the best
    classifier, EfficientNetV2S, achieved", "the resulting model, CodeV-R1-7B, achieves"."""
    if last in ends:
        first = ends[last].first
    elif last in unknown:
        first = last
    else:
        return False
    return first >= 2 and words[first - 1] == "," and _class_noun(words[first - 2], nc)


def _actor_before_contrast(view: SentenceView, quantity: Located, subject: Span, nc: NumberCues) -> Located | None:
    """When the claim's subject is named only after the number, in a clause that a contrast opener starts
    ("Key results show Pixtral as the top performer with an F1-score of 0.71 and 83% recall, while Gemini
    models gained precision"), the number is not the subject's: the Model or Method named last before it in
    its clause (no ";" or contrast opener between) is its owner. None when the subject is named before the
    number or no contrast opener stands between the number and the subject."""
    words, key = view.words, subject.text.lower()
    mentions = [e for e in view.entities if e.label in _ACTORS and e.span.text.lower() == key]
    if not mentions or any(e.first <= quantity.first for e in mentions):
        return None
    later = min(e.first for e in mentions)
    if nc.contrast_openers.isdisjoint(words[quantity.last + 1 : later]):
        return None
    owner = max(
        (e for e in view.entities if e.label in _ACTORS and e.last < quantity.first), default=None, key=lambda e: e.last
    )
    if owner is None:
        return None
    between = words[owner.last + 1 : quantity.first]
    return None if ";" in between or not nc.contrast_openers.isdisjoint(between) else owner


def _contrast_clause_actor(
    view: SentenceView,
    quantity: Located,
    nc: NumberCues,
    unknown: frozenset[int] = frozenset(),
    subject: Span | None = None,
    metrics: frozenset[int] = frozenset(),
) -> tuple[bool, Located | None]:
    """Who opens the contrast clause the number stands in, like :func:`_owner`: (True, name) for a Model or
    Method ("VGG achieves 66.94%, while DnCNN improves the PSNR value from 20.17 to 22.63": DnCNN), also after
    up to two lowercase modifiers ("While manual CFG achieved the highest performance (AUC-ROC: 0.771)"), or a
    word that looks like a name no entity covers (``unknown``: "while SegFormer-b0 has competitive mIoU
    (90.84%)"), (True, None) for an unnamed model not the paper's ("..., while the transformer model reduced
    the CER to 1.79%"; "the SF2D has 99.19% accuracy, while the vision-based fallen people detection achieves
    96.3%": :func:`_other_phrase_subject`), else (False, None) ("while our method ...", no contrast clause)."""
    words = view.words
    k = quantity.first - 1
    while k >= 0 and words[k] not in nc.contrast_openers:
        if words[k] in (";", ".") or quantity.first - k > _CONTRAST_REACH:
            return False, None
        k -= 1
    if k < 0:
        return False, None
    opener = words[k + 1] if k + 1 < len(words) else ""
    start = k + 1 + (opener in ("the", "a", "an") or opener in nc.clause_quantifiers)
    near = quantity.first - k <= BEFORE  # farther, only an unnamed class of models opens the clause
    for first in range(start, min(start + 3, quantity.first) if near else start):
        named = next((e for e in view.entities if e.first == first and e.label in _ACTORS), None)
        if named is not None and named.last < quantity.first:
            return True, named
        if first in unknown:
            return True, _word_located(view, first)
        if first - start >= 2 or not _plain_modifier(_word_text(view, first), nc):
            break  # "While manual CFG achieved": up to two lowercase modifiers before the name
    opening = words[k + 1 : min(quantity.first, start + 3)]
    unnamed = start > k + 1 and any(w in nc.own_nouns for w in opening) and "proposed" not in opening
    if not unnamed and near:
        unnamed = _other_phrase_subject(view, k, quantity, nc, subject, metrics)
    return unnamed, None


def _plain_modifier(word: str, nc: NumberCues) -> bool:
    """Whether ``word`` is a lowercase word that may modify a name without making it the paper's own."""
    return (
        word.isalpha()
        and word.islower()
        and word not in nc.own_markers
        and word not in nc.own_phrase_words
        and word not in nc.pronoun_subjects
        and word not in nc.contrast_score_verbs
        and word not in nc.owner_links
        and not word.endswith(("ing", "ed"))
    )


def _other_phrase_subject(
    view: SentenceView, opener: int, quantity: Located, nc: NumberCues, subject: Span | None, metrics: frozenset[int]
) -> bool:
    """Whether the contrast clause opened at word ``opener`` has a plain noun phrase of its own as subject,
    before a verb of scoring (``contrast_score_verbs``) and the number, while the claim's subject (a Model or
    Method) is named outside the clause: "the SF2D has 99.19% accuracy, while the vision-based fallen people
    detection achieves 96.3% accuracy". Not a pronoun ("while it reaches"), "our"/"proposed", a metric ("while
    accuracy reaches 90%") nor a participle ("while maintaining 96%")."""
    words = view.words
    if subject is None or subject.label_ not in _ACTORS:
        return False
    key = span_text(subject).lower()
    if not any(e.label in _ACTORS and e.key == key and not opener < e.first < quantity.first for e in view.entities):
        return False
    own = {k for e in view.entities if e.label in _ACTORS and e.key == key for k in range(e.first, e.last + 1)}
    first = opener + 1
    if first < len(words) and words[first] in ("the", "a", "an"):
        first += 1
    for v in range(first, min(quantity.first, first + 9)):
        w, text = words[v], _word_text(view, v).replace("-", "")
        if v > first and w in nc.contrast_score_verbs:
            return True
        if v in metrics or v in own or not (w == "-" or text.isalpha()):
            return False
        if w in nc.own_markers or w in nc.own_phrase_words or w in nc.pronoun_subjects:
            return False
        if v == first and "-" not in w and w.endswith(("ing", "ed")):
            return False  # "while maintaining 96%", "while trained on ..."
    return False


def _compared_before(words: tuple[str, ...], comma: int, nc: NumberCues, ends: dict[int, Located]) -> bool:
    """Whether a comparison word ("outperforming", "compared to") opens the phrase that ends at ``comma``
    (at most six words back, within the clause, no name we know, not "our ...")."""
    for k in range(comma - 1, max(-1, comma - 7), -1):
        w = words[k]
        if k in ends or w in (",", ";", ".", ":", "our", "we", "by") or w in nc.bracket_clause_breaks:
            return False
        if w in nc.outperform_words or w in nc.baseline_markers:
            return True
    return False


def _baseline_with_phrase(words: tuple[str, ...], i: int, nc: NumberCues) -> bool:
    """Whether word ``i``, right before a score verb, ends a phrase that follows a baseline noun and opens
    with one of ``baseline_phrase_preps``, at most four words in all ("a human baseline from 1,000+
    participants achieves", "the baseline trained on ImageNet reaches"): the baseline is the subject."""
    if i + 1 >= len(words) or words[i + 1] not in nc.contrast_score_verbs:
        return False
    for k in range(i, max(0, i - 4), -1):
        if words[k] in (",", ";", ":", "(", ")", "and", "or"):
            return False
        if words[k] in nc.baseline_phrase_preps:
            return words[k - 1] in nc.baseline_nouns
    return False


def _baseline_subject(words: tuple[str, ...], i: int, nc: NumberCues) -> bool:
    """Whether word ``i``, right before a score verb, ends the subject of its clause and that subject is
    a baseline noun with a phrase or a bracket after it: "A zero-ML baseline using SQLite FTS5 alone
    achieves", "A lightweight MLP baseline (661K parameters) achieves", "Simple baselines (an MLP and a
    CNN) reach". At most six words (a bracket counts as none) stand between the noun and the verb, none a
    clause break, joiner or comparison word, and the noun phrase opens its clause
    (:func:`_phrase_opens_clause`): not "outperforms the baseline using X ..." nor "than a baseline ..."."""
    if words[i] in nc.baseline_nouns:  # reached across link words and a bracket with numbers only
        return _phrase_opens_clause(words, i, nc)
    if i + 1 >= len(words) or words[i + 1] not in nc.contrast_score_verbs:
        return False
    k, seen = i, 0
    while k >= 0 and seen <= 6:
        w = words[k]
        if w == ")":  # a bracket after the noun: skip it whole
            k = next((j for j in range(k - 1, max(-1, k - 25), -1) if words[j] == "("), -1) - 1
            continue
        if w in nc.baseline_nouns:
            return _phrase_opens_clause(words, k, nc)
        if w in (",", ";", ":", "(", "and", "or") or w in nc.relative_pronouns or w in nc.contrast_openers:
            return False
        if w in nc.outperform_words or w in nc.baseline_markers or w in nc.versus_words:
            return False
        k, seen = k - 1, seen + 1
    return False


def _phrase_opens_clause(words: tuple[str, ...], noun: int, nc: NumberCues) -> bool:
    """Whether the noun phrase ending at word ``noun`` opens its clause: at most four words before it back to
    the sentence start, a clause break or a relative pronoun, none a preposition, joiner, comparison word or
    score verb ("A simple baseline", "Notably, the strongest baselines", not "than the baseline")."""
    for k in range(noun - 1, max(-1, noun - 6), -1):
        w = words[k]
        if w in (",", ";", ":") or w in nc.relative_pronouns:
            return True
        if w in _PHRASE_STOPS or w in nc.outperform_words or w in nc.baseline_markers or w in nc.versus_words:
            return False
        if w in nc.than_comparatives or w in nc.contrast_score_verbs:
            return False
    return noun - 5 <= 0


#: Words that put a noun inside a phrase, not at the head of its clause's subject.
_PHRASE_STOPS = frozenset({"to", "with", "than", "by", "from", "of", "on", "in", "for", "and", "or", "against", "as"})


def _baseline_noun_before(words: tuple[str, ...], i: int, nc: NumberCues) -> bool:
    """Whether a baseline noun, alone or before a class noun, stands right before word ``i``: "the
    baseline which", "the baseline model that", "the baselines, which"."""
    k = i - 1 - (i > 0 and words[i - 1] == ",")
    if k >= 0 and (words[k] in nc.own_nouns or words[k] in nc.compared_class_nouns):
        k -= 1
    return k >= 0 and words[k] in nc.baseline_nouns


def _unknown_names(view: SentenceView, nc: NumberCues) -> frozenset[int]:
    """Words that look like a name no entity covers: one word outside every entity with two capitals, or
    a capital after its first letter ("UCAN-L", "VibrantVS", "OWL-T", "BigCodec", "RFAS"); not after a
    place word ("on XYZ (92.7%)") nor before a dataset noun ("the XYZ benchmark"), where it names data."""
    numbers = {k for q in view.quantities for k in range(q.first, q.last + 1)}
    covered = numbers | {k for e in view.entities for k in range(e.first, e.last + 1)}
    words, found = view.words, set()
    for i in range(len(words)):
        if i in covered or (i and words[i - 1] in nc.place_words):
            continue
        if (
            i
            and words[i - 1] in _LIST_JOINERS
            and not nc.place_words.isdisjoint(words[max(0, i - 8) : i])
            and not _opens_clause(words, i, nc)
            and not (i + 1 < len(words) and words[i + 1] in nc.contrast_score_verbs)
        ):
            continue  # "On NVOS (92.7%) and XYZ (95.2%)": a list of places; not "and XYZ achieve 90%"
        if i + 1 < len(words) and (words[i + 1] in nc.dataset_nouns or words[i + 1] in (":", "=", "of", "score")):
            continue  # "the XYZ benchmark"; "MCC: 0.83", "a test HSS of 0.575" label a number with a measure
        if i - 1 in numbers:
            continue  # "0.21 rFID": the word after a number is its unit or measure
        if words[i] in nc.neutral_modifiers or words[i] in nc.non_qualifiers:
            continue  # "a SOTA 47.3% J&F"
        text = _word_text(view, i)
        if not text[:1].isalpha() or "$" in text or "\\" in text:  # not "8B" (a size after a name)
            continue
        if "@" in text:
            continue  # "ASR@1000", "Recall@10": a measure at a cutoff, no name
        if sum(c.isupper() for c in text) >= 2 or any(c.isupper() for c in text[1:]):
            found.add(i)
        elif _coded_name(text) and _opens_name(words, i, covered):
            found.add(i)  # "o1 only achieves"; not the tail of a longer name ("Bielik Guard 0.1B v1.1")
    return frozenset(found)


def _opens_clause(words: tuple[str, ...], i: int, nc: NumberCues) -> bool:
    """Whether word ``i`` comes right after a comma and right before a verb of scoring: the subject of the
    clause after an opening phrase ("Based on Qwen-2.5-Coder-14B, Bird-Fixer achieves 38.11%"), not the next
    member of a list of places ("On NVOS (92.7%) and XYZ (95.2%)")."""
    if words[i - 1] != "," or i + 1 >= len(words):
        return False
    verb = words[i + 1]
    return verb in nc.owner_links and verb.isalpha() and verb.endswith(("s", "ed"))


def _opens_name(words: tuple[str, ...], i: int, covered: set[int]) -> bool:
    """Whether word ``i`` starts a name rather than ending a longer one: the word before it is no part of
    an entity or a number and starts with neither a capital nor a digit ("that o1 achieves", not "Bielik
    Guard 0.1B v1.1")."""
    return i == 0 or (i - 1 not in covered and not words[i - 1][:1].isupper() and not words[i - 1][:1].isdigit())


def _coded_name(text: str) -> bool:
    """Whether a lowercase word is shaped like a model's code name: letters, then a digit glued to them
    ("o1", "o3-mini", "gpt4o", "qwen2.5"), or an identifier with an underscore ("convnext_l", "swin_b"). Not a
    size or order ("8b", "top-1": the digits come first or only after a hyphen), not a metric's symbol
    ("pass@1")."""
    return _CODED_NAME.fullmatch(text) is not None


def _apposition_start(
    words: tuple[str, ...], comma: int, ends: dict[int, Located], unknown: frozenset[int] = frozenset()
) -> int:
    """The comma after a name (or an unrecognised name, ``unknown``) that opens an apposition ending at
    ``comma`` ("BigCodec, the current SOTA codec, which"), else ``comma``."""
    if comma - 1 in ends or comma - 1 in unknown:
        return comma
    for k in range(comma - 1, max(0, comma - 10), -1):
        w = words[k]
        if w == "," and (k - 1 in ends or k - 1 in unknown) and k + 1 < comma and words[k + 1] in ("the", "a", "an"):
            return k
        if w in (",", ";", ":", "(", ")", "and", "or") or w[:1].isdigit():
            break
    return comma
