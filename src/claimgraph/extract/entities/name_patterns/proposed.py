"""Names right after a cue word (cues ``propose``, ``naming``, ``compare`` and ``head-name``: "we propose
X", "dubbed X", "outperforms X", "our framework X"), lowercase phrases the authors introduce as their own
method ("we propose a novel hard mining approach") and an acronym glued to the end of a proposed name."""

from __future__ import annotations

from spacy.tokens import Doc

from claimgraph.extract.cues import AuthorCues
from claimgraph.extract.entities.abbreviations import best_long_form
from claimgraph.extract.entities.decision.english_words import common_english_word, english_adjective
from claimgraph.extract.entities.evidence import get_evidence
from claimgraph.extract.entities.lexicon_matcher import CANDIDATES
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_patterns.datasets import described
from claimgraph.extract.entities.name_patterns.quoted import cut_by_markup, quoted_name
from claimgraph.extract.entities.name_patterns.tokens import OPEN_QUOTES
from claimgraph.extract.entities.name_shapes import hyphen_glued, is_capitalised, is_coined, modifies_next, name_end
from claimgraph.extract.pipeline.passive import passive_participle
from claimgraph.extract.pipeline.token_table import TokenTable, table

#: the longest lowercase phrase (in tokens, hyphens included) a propose verb introduces as a method name
_PROPOSED_PHRASE_TOKENS = 10
#: endings of an adjective before a method head word ("a practical approach", "an adaptive scheme"); words in
#: -val/-sal are nouns ("a retrieval module")
ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "able", "ible", "ed")
_NOUN_AL_ENDINGS = ("val", "sal")


def name_after(
    doc: Doc,
    index: int,
    cue: str,
    cues: NameCues,
    *,
    allow_plain: bool,
    multiword: bool = False,
    label: str | None = None,
):
    """The name that starts at ``index``, right after a cue word ("we propose X", "dubbed X", "outperforms X",
    "our framework X"), past articles, adjectives, quotes and markup: ``(start, end, cue, label)``, with
    ``label`` None when the type is left to :func:`.type_guess.typed_guess`. A quoted or marked-up name after
    a propose or naming word is taken whole (:func:`.quoted.quoted_name`)."""
    limit = min(len(doc), index + 6)
    skip = cues.skip_after_propose_verb if cue != "head-name" else {",", '"', "“", "called", "named"}
    quoted = quoted_name(doc, index, limit, cues) if cue in ("propose", "naming") else None
    if quoted is not None:
        yield *quoted, cue, label
        return
    while index < limit and (
        doc[index].lower_ in skip
        or doc[index].text in OPEN_QUOTES
        or cues.markup.match(doc[index].text)
        or (cue != "head-name" and doc[index].lower_ in cues.naming_heads)
    ):
        index += 1
    if index >= len(doc) or doc[index].is_sent_start:
        return
    end = name_end(doc, index, cues, allow_plain=allow_plain, multiword=multiword)
    if end == index or cut_by_markup(doc, end, cues):
        return
    parts = [part for token in doc[index:end] for part in token.text.split("-") if part]
    if all(cues.dimension.match(part) for part in parts):
        return  # "we propose a robust 2D-3D ... framework": dimensions, no name
    if (
        end + 1 < len(doc)
        and hyphen_glued(table(doc), end + 1)
        and doc[end + 1].lower_ in cues.suffix_stoplist
        and doc[end + 1].lower_ not in cues.hyphen_name_connectors
        and (
            (end + 2 < len(doc) and doc[end + 2].text[:1].isupper())
            or not is_coined(doc[index:end].text.replace(" ", ""))
        )
    ):
        # "we propose REason-guided Fact-checking ...": the first word of a longer name, not a name;
        # "a novel Eigenentropy-optimized densification strategy": a plain word as a modifier, not a name
        # (a coined one is named: "an OT-based densification operator" uses OT)
        return
    if end - index > 1 and doc[end - 1].text in cues.dataset_heads and described(doc, index, end, cues):
        return  # "we release a Scene Graph Dataset"
    if allow_plain and not is_coined(doc[index:end].text.replace(" ", "")):
        # a plain capitalised word counts only if the next word is not
        # lowercase prose ("we present Medusa, a ..." yes; "We present Our").
        if doc[index].is_sent_start or not is_capitalised(doc[index]):
            return
        if end - index == 1 and modifies_next(doc, end, cues, participles=("ing", "ed"), spaced_suffix=True):
            return  # "we propose a novel Gaussian human avatar representation", "Laplacian terms on ..."
        if end - index == 1 and _lower_word_after(doc, end) and _plain_modifier(doc, index, cues):
            return  # "we propose a Bayesian framework for ...", "a Hybrid architecture": an English modifier
    yield index, end, cue, label


def _plain_modifier(doc: Doc, index: int, cues: NameCues) -> bool:
    """Whether the capitalised word at ``index`` is a common English adjective ("Bayesian", "Massive"), or a
    common English word right after "a/an" ("a Hybrid architecture", "an Editor agent")."""
    word = doc[index].text
    if english_adjective(word):
        return True
    return index > 0 and doc[index - 1].lower_ in cues.indefinite_articles and common_english_word(word)


def _lower_word_after(doc: Doc, end: int) -> bool:
    """Whether a lower-case word follows token ``end - 1`` after a space (a kind word or participle too)."""
    return end < len(doc) and bool(doc[end - 1].whitespace_) and doc[end].is_alpha and doc[end].is_lower


def proposed_phrase(doc: Doc, index: int, cues: NameCues, propose_verbs: frozenset[str]):
    """A lowercase phrase the authors introduce that ends in a method head word: "we propose a novel hard
    mining approach", "we introduce a keyframe selection strategy" (every proposed method is a name).

    Only after "a"/"an" (not "the proposed method outperforms ..."); quality words before the phrase ("a
    simple yet effective ...") are no part of it. The phrase has three words or more (a hyphen compound is
    one word), and the word before its head word is a noun: "a practical approach", "a transformer-based
    approach" and "a training-free method" say what kind of method it is, without naming it.
    """
    size = len(doc)
    if index >= size or doc[index].lower_ not in cues.indefinite_articles:
        return
    skip = cues.skip_after_propose_verb
    while index < size and (doc[index].lower_ in skip or doc[index].lower_ in cues.proposed_phrase_fillers):
        index += 1
    start = index
    words = 0
    tokens = table(doc)
    while index < size and index - start < _PROPOSED_PHRASE_TOKENS and not doc[index].is_sent_start:
        token = doc[index]
        text = token.text
        if index > start and hyphen_glued(tokens, index + 1):
            index += 1
            continue
        if not (text.islower() and text.isalpha()) and not cues.dimension.match(text):
            break
        if token.is_stop or text in propose_verbs:
            break
        if doc[index - 1].text != "-":
            words += 1
        index += 1
    end = index
    if end < size and doc[end].text == "-" or words < 3 or doc[end - 1].text not in cues.proposed_phrase_heads:
        return  # "a novel attention-based ...": the run goes on in a compound
    before = doc[end - 2].text
    if before.endswith(ADJECTIVE_ENDINGS) and not before.endswith(_NOUN_AL_ENDINGS):
        return
    if doc[end - 3].text == "-" and before in cues.suffix_stoplist:
        return  # "a multi-view transformer-based scheme", "a training-free fusion-aware module"
    if any(
        span.start == start and span.end == end - 1 and get_evidence(span).startswith("lexicon")
        for span in doc.spans.get(CANDIDATES, [])
    ):
        return  # "a reinforcement learning strategy": the known method is the name
    yield start, end, "propose", "Method"


def bare_phrase(doc: Doc, index: int, cues: NameCues, propose_verbs: frozenset[str], authors: AuthorCues):
    """A lowercase phrase right after a propose verb, with no article, that opens with a hyphen compound and
    names the authors' own technique ("we propose subject-binding attention", "we further introduce route-aware
    reinforcement learning", "we introduce intra-ViT early compression"): two to four words (the compound one of
    them) up to punctuation or a stop word; not a plural ("we introduce class-balanced loss formulations" names
    a kind of thing), a phrase whose last word is an adjective or another compound, one that runs on into
    a capitalised word, a number or a ``bare_phrase_breaks`` word ("we propose timestep-based inculcation of
    ...", "introduces video-text alignment as a way to probe ..."), one whose compound opens with a quality word
    (``task_modifier_stoplist``: "high-quality data", "real-world feedback"), nor one after a participle ("the
    proposed training-free algorithm"), a ``dataset_verbs`` or training verb ("we collect large-scale X data"), nor
    a phrase ending in a ``bare_phrase_nonheads`` or study noun ("we construct factuality-aware preference data",
    "we introduce primitive-level vulnerability analysis"). The verb is
    the authors': an author word stands right before it, past at most one ``passive_phrase_adverbs`` word ("we
    further introduce"; not "Dominant methods introduce haze-unrelated content information")."""
    size = len(doc)
    tokens = table(doc)
    if index + 2 >= size or not (doc[index].text.isalpha() and doc[index].text.islower()):
        return
    verb = doc[index - 1].lower_
    if verb.endswith("ed") or verb in cues.dataset_verbs or verb in authors.training_verbs:
        return  # "the proposed ...", "we collect ...", "we first train uni-modal encoders"
    if doc[index].lower_ in cues.task_modifier_stoplist:
        return
    subject = index - 2
    if subject > 0 and doc[subject].lower_ in cues.passive_phrase_adverbs:
        subject -= 1
    if subject < 0 or not _own_subject(doc, subject, authors):
        return
    j = index + 1
    while j + 1 < size and doc[j].text == "-" and hyphen_glued(tokens, j + 1) and doc[j + 1].text.isalpha():
        j += 2
    if j == index + 1:
        return  # no compound
    words = 1
    while j < size and words < 4 and not doc[j].is_sent_start:
        text = doc[j].text
        if not (text.isalpha() and text.islower()) or doc[j].is_stop or text in propose_verbs:
            break
        words += 1
        j += 1
    end = j
    if words < 2 or (end < size and not doc[end].is_sent_start and not (doc[end].is_punct or doc[end].is_stop)):
        return  # "we propose self-supervised learning X", a second compound ("... cross-modal ...")
    if end < size and (doc[end].text == "-" or doc[end].lower_ in cues.bare_phrase_breaks):
        return
    last = doc[end - 1].lower_
    if last.endswith("s") and not last.endswith(("ss", "us", "is")) or last.endswith("ly"):
        return  # a plural, or an adverb: "we first train uni-modal encoders respectively"
    if last in cues.bare_phrase_nonheads or last in authors.study_nouns:
        return  # "we construct factuality-aware preference data", "primitive-level vulnerability analysis"
    if last.endswith(ADJECTIVE_ENDINGS) and not last.endswith(_NOUN_AL_ENDINGS):
        return
    yield index, end, "propose", "Method"


def _own_subject(doc: Doc, index: int, authors: AuthorCues) -> bool:
    """Whether the word at ``index`` is the subject of the authors' own work: an author word ("we"), or a kind
    noun after "our/the/this" ("Our approach introduces ...", "The framework introduces ...")."""
    if doc[index].lower_ in authors.author_words:
        return True
    return index > 0 and doc[index].lower_ in authors.kind_nouns and doc[index - 1].lower_ in ("our", "the", "this")


def passive_phrase(doc: Doc, index: int, cues: NameCues, propose_verbs: frozenset[str]):
    """A lowercase phrase that opens a clause with "a"/"an" and that the authors then introduce in the passive
    ("Third, a dynamic appearance feature updating strategy is introduced", "A self-supervised register
    diversify loss is proposed"): read as :func:`proposed_phrase` reads a propose verb's phrase, when it opens
    the sentence or follows an opening of at most three tokens and a comma ("Specifically, a ..."), and "is/are",
    at most one ``passive_phrase_adverbs`` word ("is then proposed") and a propose verb in -ed follow it
    (:func:`.pipeline.passive.passive_participle`). This finds the phrase as a name; whether it is proposed is
    the proposes relation's own reading (``proposes.parts._passive_proposals``)."""
    if not doc[index].is_sent_start and not (
        doc[index - 1].text == "," and any(doc[k].is_sent_start for k in range(max(0, index - 4), index - 1))
    ):
        return  # neither the sentence's first word nor after an opening of at most three tokens and a comma
    lower = table(doc).lower
    for begin, end, cue, label in proposed_phrase(doc, index, cues, propose_verbs):
        verb = passive_participle(lower, end, cues.passive_phrase_adverbs)
        if verb >= 0 and lower[verb] in propose_verbs:
            yield begin, end, cue, label


def modifies_word_after(doc: Doc, end: int, cues: NameCues) -> bool:
    """Whether the name ending at ``end`` modifies the word after it: a lowercase word, a capitalised
    word (a Title Case phrase) or a generic acronym ("DNA sequences", "Arabic LLMs", "REACT 2025 challenge")."""
    if end >= len(doc) or doc[end].is_sent_start or not doc[end].text[:1].isalpha():
        return False
    following = doc[end].text
    title_case = following[:1].isupper() and not following.isupper()
    return following.islower() or title_case or following in cues.acronym_stoplist


def split_glued_short_form(doc: Doc, start: int, end: int, cue: str, label: str | None):
    """Cut an acronym that ends a multiword name and abbreviates the words before it.

    "we propose the Modification frEquentation-rarity baLance neTwork MELT":
    the name is the long form, "MELT" its short form; the pair joins
    ``doc._.abbreviations`` as if written "... neTwork (MELT)".
    """
    if cue not in ("propose", "naming") or end - start < 3 or doc[end - 2].text == "-":
        return start, end, cue, label
    short = doc[end - 1].text
    if not (short.isupper() and short.isalpha() and len(short) >= 3) or not doc[end - 2].whitespace_:
        return start, end, cue, label
    long_text = doc[start : end - 1].text
    if best_long_form(short, long_text) != 0 or len(long_text.split()) < len(short) - 1:
        return start, end, cue, label
    pairs = list(doc._.abbreviations or [])
    pairs.append((doc[start : end - 1], doc[end - 1 : end]))
    doc._.abbreviations = sorted(pairs, key=lambda pair: pair[1].start)  # text order, as the detector keeps them
    return start, end - 1, cue, label


def compared_names(doc: Doc, marker: int, cues: NameCues):
    """The coined names a result is compared with, after a comparison marker ("outperforms X", "better than
    X", "savings compared to X"): after a comparison verb, a list of them ("outperform F3Net, SRM, and
    SPSL"), which a known model in it makes a list of models ("outperforming ResNet50, MobileNetV2, and
    FlashInternImage"), and so after "compared to/with" ("compared with ZX-1, QR-Former and YQ-Net"); after "over"
    and "than" only the first (the list may go on with what the gain is on).
    Past the first name after a marker word, a name the lexicon covers is left to it, and so are a name
    before a kind word ("compared to AR models": a class; "compared with MobileCLIP-B architecture", which the
    head word types) and a name ending in a metric word
    ("compared to CLIP-score": a measure)."""
    items = list(name_after(doc, marker + 1, "compare", cues, allow_plain=False))
    if doc[marker].lower_ not in cues.comparison_markers:
        yield from (item for item in items if _compared_name(doc, item, cues))  # "compared to X, Y and Z"
    elif doc[marker].lower_ not in cues.comparison_list_verbs:
        yield from items
        return
    elif items:
        yield items[0]
    if not items:
        items = _lexicon_name_at(doc, marker + 1)  # "surpasses Claude 2 and Kimi-chat": the list opens with it
        if not items:
            return
    first = items[0]
    members, closed = [], 0
    while items:
        index = items[0][1]
        while index < len(doc) and doc[index].text in {",", "and", "or"} and not doc[index].is_sent_start:
            index += 1
        if index == items[0][1] or (index < len(doc) and doc[index].lower_ in cues.skip_after_propose_verb):
            break  # "outperforms X and the ...": the list is over
        joined = any(doc[j].text in {"and", "or"} for j in range(items[0][1], index))
        items = list(name_after(doc, index, "compare", cues, allow_plain=False))
        members.extend(items)
        closed = len(members) if joined else closed
    if doc[marker].lower_ not in cues.comparison_markers:
        members = members[:closed]  # "Compared to X, FooNet achieves ...": a comma alone ends the phrase
    known = _known_labels(doc, [first, *members])
    label = "Model" if "Model" in known else None
    for start, end, cue, _ in members:
        if _compared_name(doc, (start, end), cues):
            yield start, end, cue, label


def _lexicon_name_at(doc: Doc, index: int) -> list[tuple[int, int, str, None]]:
    """The longest Model or Method lexicon name that starts at ``index``, as a list item (none when there is
    none): the first member of a comparison list that the lexicon already reads."""
    ends = [
        span.end
        for span in doc.spans.get(CANDIDATES, [])
        if span.start == index and span.label_ in ("Model", "Method") and get_evidence(span).startswith("lexicon")
    ]
    return [(index, max(ends), "compare", None)] if ends else []


def _known_labels(doc: Doc, items) -> set[str]:
    """The types of the lexicon names that cover any of ``items``."""
    return {
        span.label_
        for span in doc.spans.get(CANDIDATES, [])
        for start, end, *_ in items
        if span.start < end and start < span.end and get_evidence(span).startswith("lexicon")
    }


def _compared_name(doc: Doc, item: tuple[int, ...], cues: NameCues) -> bool:
    """Whether a name in a comparison (a list member, or after "compared to") is one that cue alone names:
    not a lexicon name, nor a name before a kind word ("AR models") or ending in a metric word."""
    end = item[1]
    if _known_labels(doc, [item]):
        return False
    following = doc[end].lower_ if end < len(doc) else ""
    if following in cues.kind_words or following in cues.suffix_stoplist:
        return False  # "compared to AR models": a class; "MobileCLIP-B architecture": left to the head word;
        # "compared with MAE- and DVH-curve based losses": the name modifies what follows
    return not doc[end - 1].lower_.endswith(cues.metric_name_endings)


def comparison_preposition(tokens: TokenTable, index: int, cues: NameCues) -> bool:
    """Whether the token at ``index`` closes two words that open what a result is compared with ("compared
    to", "compared with", "in comparison with")."""
    lower = tokens.lower
    if index == 0 or lower[index] not in cues.comparison_preposition_ends:
        return False
    return f"{lower[index - 1]} {lower[index]}" in cues.comparison_prepositions
