"""Coined names that no earlier stage tagged, read from the authors' proposal sentence and added to the
doc's entities (:func:`appositive_names`: "We present hyper-connections, a simple yet effective method
..."), and the head of an apposition (:func:`_apposition_head`) that types them."""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from claimgraph.extract.cues import AuthorCues
from claimgraph.extract.entities.abbreviation_forms import short_forms
from claimgraph.extract.entities.decision import ENTITIES
from claimgraph.extract.entities.evidence import get_evidence, set_evidence
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_shapes import hyphen_glued, is_coined
from claimgraph.extract.pipeline.sentences import title_token_end
from claimgraph.extract.pipeline.token_table import TokenTable, table
from claimgraph.extract.relations.proposes.authorship import _by_authors, _earlier_work
from claimgraph.extract.relations.proposes.cues import (
    APPOSITIVE_HEAD,
    APPOSITIVE_WORDS,
    ProposeCues,
    _after_abbreviation,
    propose_cues,
    title_colon,
)
from claimgraph.vocabulary import PROPOSABLE_TYPES


def _apposition_head(tokens: TokenTable, start: int, width: int, parts: ProposeCues, authors: AuthorCues) -> str | None:
    """The head of the apposition whose words after "a/an" start at ``start``: its last noun within ``width``
    tokens that names a kind (``authors.kind_nouns``, ``part_nouns``, the ``appositive_*_heads``) or a thing
    that is no proposal (``appositive_not_proposable``), not glued by a hyphen to a neighbour ("multi-task"),
    before a stop word (``appositive_head_stops``) or, once a noun is found, a participle or a non-word ("a
    large-scale dataset containing 22,346 tasks": dataset; "a training-free score calibration module": module;
    "a new task that ...": task). None without one."""
    nouns = (
        authors.kind_nouns
        | parts.part_nouns
        | parts.appositive_dataset_heads
        | parts.appositive_model_heads
        | parts.appositive_kind_heads
        | parts.appositive_not_proposable
    )
    head = None
    for j in range(start, min(tokens.sentence_end(start), start + width)):
        word = tokens.lower[j]
        if word in parts.appositive_head_stops:
            break
        if head is not None and (word.endswith(("ing", "ed")) or not word.isalpha()) and word != "-":
            break
        glued = tokens.text[j - 1] == "-" or tokens.text[j + 1 : j + 2] == ["-"]
        if word in nouns and not glued:
            head = word
    return head


def _set_entities(doc: Doc, spans: list[Span]) -> None:
    """Make ``spans`` the doc's entities, in text order (as the entity stage leaves them)."""
    doc.spans[ENTITIES] = sorted(spans, key=lambda s: (s.start, s.end))


def appositive_names(doc: Doc, authors: AuthorCues, cues: ProposeCues | None = None) -> list[Span]:
    """Coined names that no earlier stage tagged, read from the authors' proposal sentence and
    added to the doc's entities: "We present hyper-connections, a simple yet effective method
    ...", "we introduce folktexts, a software package ..." (the guide: a name the paper coins
    for its contribution is always an entity). The name is one to four words right after the
    proposal verb and before ", a/an"; the appositive names its kind within a few words, which
    types it (a benchmark or dataset: Dataset; a model or LLM: Model; a method, framework, ...:
    Method); a task, a metric or a phenomenon is no proposal. Later mentions of the same words
    are tagged too. Returns the new spans (also in ``doc.spans["entities"]``)."""
    cues = cues or propose_cues()
    tokens = table(doc)
    lower = tokens.lower
    existing = list(doc.spans.get(ENTITIES, []))
    taken = {i for span in existing for i in range(span.start, span.end)}
    found: list[Span] = []
    for verb, word in enumerate(lower):
        if word not in authors.propose_verbs or not _by_authors(tokens, verb, authors):
            continue
        comma = _appositive_comma(tokens, verb, cues)
        if comma is None:
            continue
        cut = _glued_prefixes(doc, existing, verb + 1, comma)
        if any(i in taken for i in range(verb + 1, comma)) and not cut:
            continue
        label = _appositive_kind(tokens, comma + 2, cues, authors)
        if label is None:
            continue
        if cut:
            existing = [e for e in existing if e not in cut]
            taken -= {i for e in cut for i in range(e.start, e.end)}
        span = Span(doc, verb + 1, comma, label=label)
        set_evidence(span, "propose")
        found.append(span)
        taken |= set(range(span.start, span.end))
        found += _later_mentions(doc, tokens, span, taken)
    if found:
        _set_entities(doc, existing + found)
    return found


def _glued_prefixes(doc: Doc, existing: list[Span], start: int, end: int) -> list[Span]:
    """The entities that hold only the first part of a coined name written as one hyphen-glued word
    ("Learn" of "We propose Learn-by-interact, a data-centric framework"), at ``start`` and at its
    later mentions ("Learn-by-interact synthesizes ..."): the name is the whole glued word, which
    the proposal sentence marks. Empty when ``doc[start:end]`` is no glued word or another entity
    covers its end."""
    if end - start < 3 or any(doc[j].whitespace_ for j in range(start, end - 1)):
        return []
    first = [e for e in existing if e.start == start and e.end < end]
    if len(first) != 1 or any(e.start < end and e.end > first[0].end and e.start >= start for e in existing):
        return []
    words = [t.lower_ for t in doc[start:end]]
    prefix = first[0].end - start
    cut = []
    for e in existing:
        whole = doc[e.start : e.start + len(words)]
        if (
            e.end - e.start == prefix
            and [t.lower_ for t in whole] == words
            and not any(doc[j].whitespace_ for j in range(e.start, e.start + len(words) - 1))
        ):
            cut.append(e)
    return cut


def _appositive_comma(tokens: TokenTable, verb: int, cues: ProposeCues) -> int | None:
    """The comma that closes a one-to-four-word name right after ``verb``, followed by "a"/"an"."""
    end = min(tokens.sentence_end(verb), verb + 2 * APPOSITIVE_WORDS + 2)
    if verb + 1 >= end or tokens.lower[verb + 1] in cues.appositive_skip_words:
        return None
    words = 0
    for j in range(verb + 1, end):
        text = tokens.text[j]
        if text == ",":
            ok = words and j + 1 < len(tokens) and tokens.lower[j + 1] in ("a", "an") and tokens.text[j - 1] != "-"
            return j if ok else None
        if text == "-":
            continue
        if not (text[:1].isalnum() and all(c.isalnum() or c in "-_.+" for c in text)):
            return None
        words += 1
        if words > APPOSITIVE_WORDS:
            return None
    return None


def _appositive_kind(tokens: TokenTable, start: int, cues: ProposeCues, authors: AuthorCues) -> str | None:
    """The type an appositive ("a simple yet effective method for ...") gives the name before
    it, from its head (:func:`_apposition_head`); None without one or for a task or metric."""
    head = _apposition_head(tokens, start, APPOSITIVE_HEAD, cues, authors)
    if head is None or head in cues.appositive_not_proposable:
        return None
    if head in cues.appositive_dataset_heads:
        return "Dataset"
    if head in cues.appositive_model_heads:
        return "Model"
    return "Method"


def _later_mentions(doc: Doc, tokens: TokenTable, name: Span, taken: set[int]) -> list[Span]:
    """Later mentions of the same words (case-insensitive) that no entity covers."""
    width = name.end - name.start
    key = tokens.lower[name.start : name.end]
    found = []
    for i in range(name.end, len(tokens) - width + 1):
        if tokens.lower[i : i + width] == key and not any(j in taken for j in range(i, i + width)):
            if (i and tokens.text[i - 1] == "-") or (i + width < len(tokens) and tokens.text[i + width] == "-"):
                continue  # part of a longer hyphenated word
            span = Span(doc, i, i + width, label=name.label_)
            set_evidence(span, "repeat")
            found.append(span)
            taken |= set(range(i, i + width))
    return found


def title_description_name(doc: Doc, names: NameCues, authors: AuthorCues, cues: ProposeCues) -> Span | None:
    """The title phrase that names the contribution of a paper whose abstract proposes no name, added to the
    doc's entities: a Title Case phrase of two to six words that opens the title, followed by "for" or "with"
    (``title_description_joiners``: "Dual-View Training for Instruction-Following ..."), when the authors'
    proposal verb in the abstract takes an unnamed description, "a/an" and words up to a kind noun, that shares a
    word with it ("We propose a dual-view data synthesis strategy"; not kind nouns, stop words, quality or setting
    words, ``title_description_skips``) and that no name follows (", Generative HMC (GenHMC), that ..."). The
    description's kind noun types it. None for a phrase after a gerund, slogan or goal opener ("Rethinking ...",
    "Towards ..."), one ending in a task word ("Near Real-Time Dust Aerosol Detection with ..."), one that an
    entity of the title overlaps past its ends, or one that an established (lexicon) entity or a task fills
    ("Federated Learning for ...")."""
    tokens = table(doc)
    end = title_token_end(doc)
    stop = _title_phrase_end(tokens, 0, end, names, authors, cues.title_description_joiners)
    if stop is None or tokens.lower[stop - 1] in names.title_task_heads:
        return None
    existing = list(doc.spans.get(ENTITIES, []))
    words = _content_words(tokens, 0, stop, names, authors, cues)
    if not words or any(e.start < stop < e.end for e in existing):
        return None
    same = [e for e in existing if e.start == 0 and e.end == stop]
    if same and (same[0].label_ not in PROPOSABLE_TYPES or get_evidence(same[0]) == "lexicon"):
        return None  # an established name ("Federated Learning for ...") or a task
    label = _described_by_authors(tokens, end, words, names, authors, cues)
    if label is None:
        return None
    if same:
        return same[0]
    span = Span(doc, 0, stop, label=label)
    set_evidence(span, "title")
    kept = [e for e in existing if e.start >= stop]
    taken = {i for e in kept for i in range(e.start, e.end)} | set(range(stop))
    found = [*kept, span, *_later_mentions(doc, tokens, span, taken)]
    _set_entities(doc, found)
    return span


def _title_phrase_end(
    tokens: TokenTable, start: int, end: int, names: NameCues, authors: AuthorCues, joiners: frozenset[str]
) -> int | None:
    """The end of the Title Case phrase of two to six words from ``start`` when a joiner word follows it."""
    first = tokens.lower[start] if start < end else ""
    if not first or first.endswith("ing") or first in authors.title_openers | names.title_goal_openers:
        return None
    j, words = start, 0
    while j < end:
        text = tokens.text[j]
        glued = hyphen_glued(tokens, j)
        if text == "-" and j + 1 < end and hyphen_glued(tokens, j + 1):
            j += 1
            continue
        if not text.isalpha() and not (text[:1].isdigit() and text[-1:].isupper()):
            break
        lower_case = not text[:1].isupper() and not text[:1].isdigit()
        if not glued and (lower_case or tokens.lower[j] in names.title_function_words):
            break
        if not glued and tokens.lower[j] in names.not_name_starts:
            return None
        words += 0 if glued else 1
        j += 1
    if not 2 <= words <= 6 or j >= end or tokens.lower[j] not in joiners or tokens.text[j] != tokens.lower[j]:
        return None
    if tokens.lower[j] == "with":
        # "Score-Based Matching with Target Guidance for ...": a Title Case run after "with" up to "for" is part of
        # the name; not one joined by "and" ("Recursive Vision Transformer with Dynamic Depth and Width ...")
        k = j + 1
        while k < end and (tokens.text[k][:1].isupper() or hyphen_glued(tokens, k) or tokens.text[k] == "-"):
            if tokens.lower[k] in names.title_function_words:
                return j
            k += 1
        if j + 1 < k < end and tokens.lower[k] == "for" and tokens.text[k - 1] != "-":
            return k
    return j


def _content_words(
    tokens: TokenTable, start: int, end: int, names: NameCues, authors: AuthorCues, cues: ProposeCues
) -> set[str]:
    """The words of ``start:end`` that can tie a title phrase to a description: no kind noun, stop word, quality
    or setting word ("robust", "zero-shot") or skip word, a plural taken as its singular ("Transformers":
    "transformer")."""
    skips = authors.kind_nouns | cues.title_description_skips | names.task_modifier_stoplist | names.task_setting_ends
    found = set()
    for j in range(start, end):
        word = tokens.lower[j]
        if word.isalpha() and word not in skips and word not in STOP_WORDS:
            found.add(word[:-1] if word.endswith("s") and not word.endswith("ss") else word)
    return found


def _described_by_authors(
    tokens: TokenTable, title_end: int, words: set[str], names: NameCues, authors: AuthorCues, cues: ProposeCues
) -> str | None:
    """The type of the authors' unnamed description ("we propose a dual-view data synthesis strategy") that
    shares one of ``words``, from its kind noun; None without one, or when a name follows the description
    ("a novel generative approach, Generative HMC (GenHMC), that ...")."""
    heads = authors.kind_nouns | cues.appositive_model_heads | cues.appositive_dataset_heads
    for verb in range(title_end, len(tokens) - 2):
        if tokens.lower[verb] not in authors.propose_verbs or tokens.lower[verb + 1] not in ("a", "an"):
            continue
        if not _by_authors(tokens, verb, authors):
            continue
        limit = min(tokens.sentence_end(verb), verb + 2 + APPOSITIVE_HEAD)
        for j in range(verb + 2, limit):
            text = tokens.text[j]
            if text != "-" and not text.isalpha():
                break
            if tokens.lower[j] in heads and not hyphen_glued(tokens, j) and tokens.text[j + 1 : j + 2] != ["-"]:
                named = j + 2 < len(tokens) and tokens.text[j + 1] == "," and tokens.text[j + 2][:1].isupper()
                if named or not words & _content_words(tokens, verb + 2, j, names, authors, cues):
                    break
                if tokens.lower[j] in cues.appositive_dataset_heads:
                    return "Dataset"
                return "Model" if tokens.lower[j] in cues.appositive_model_heads else "Method"
    return None


def retype_proposed_tasks(doc: Doc, authors: AuthorCues, cues: ProposeCues | None = None) -> list[Span]:
    """Coined Title Case names that the entity stage typed Task but the authors' proposal sentence calls a
    method, model or dataset, retyped (with every mention of the name and its abbreviation): the name stands
    right after the authors' proposal verb (past "the"/"a"/"an") and a kind noun follows it and its
    abbreviation ("This paper presents the Human-Enhanced Loop Modeling (HELM) framework, ...") or an apposition
    whose head is one ("we propose Pseudo Multi-source Domain Generalization (PMDG), a novel framework that
    ...", "We introduce Generative Active Learning for Trajectory prediction (GALTraj), the first method to
    ..."). Only a name whose short form the abstract defines, and its mentions that open with a capital (not
    "in audio logical reasoning"); not an established (lexicon) task ("We present the Named Entity Recognition
    system"), a name after an adverb of earlier work ("we build upon the recently introduced X (TOPICS)
    approach"), nor one the apposition calls a task ("we introduce Video Lane Detection (VLD), a new task ...").
    Returns the retyped spans."""
    cues = cues or propose_cues()
    tokens = table(doc)
    entities = list(doc.spans.get(ENTITIES, []))
    by_start = {span.start: span for span in entities}
    retyped: dict[str, str] = {}
    for verb, word in enumerate(tokens.lower):
        if (
            word in authors.propose_verbs
            and _by_authors(tokens, verb, authors)
            and not _earlier_work(tokens, verb, cues)
        ):
            span = by_start.get(verb + 1 + (verb + 1 < len(tokens) and tokens.lower[verb + 1] in ("the", "a", "an")))
            label = _proposed_task_kind(doc, tokens, span, cues, authors) if span is not None else None
            if label is not None:
                retyped.update(dict.fromkeys(_name_and_short_forms(doc, span), label))
    if not retyped:
        return []
    changed, kept = [], []
    for span in entities:
        written = span.label_ == "Task" and span.text[:1].isupper()
        label = retyped.get(span.text.lower()) if written else None
        if label is None:
            kept.append(span)
            continue
        new = Span(doc, span.start, span.end, label=label, kb_id=span.kb_id)
        set_evidence(new, get_evidence(span))
        changed.append(new)
    _set_entities(doc, kept + changed)
    return changed


def _proposed_task_kind(doc: Doc, tokens: TokenTable, span: Span, cues: ProposeCues, authors: AuthorCues) -> str | None:
    """The kind the words after a proposed Task-typed name give it (:func:`_kind_after`), for a coined Title Case
    name that is no lexicon form and has a short form the abstract defines or is one glued word of coined shape
    ("Youtu-Parsing", "Visual-TableQA"); None otherwise."""
    if span.label_ != "Task" or get_evidence(span) == "lexicon" or not _two_capitalised_words(span):
        return None
    glued = " " not in span.text and is_coined(span.text)
    if (len(_name_and_short_forms(doc, span)) < 2 and not glued) or span.text.lower() == span.kb_id_.lower():
        return None
    return _kind_after(tokens, span, cues, authors)


def _two_capitalised_words(span: Span) -> bool:
    """Whether the name is a coined Title Case one: it opens with a capital and has at least two capitalised
    words ("Generative Active Learning for Trajectory prediction"; not "few-shot scanpath prediction")."""
    words = [t.text for t in span if t.text != "-" and t.text.isalpha()]
    capitals = [w for w in words if w[:1].isupper()]
    return len(capitals) >= 2 and span[0].text[:1].isupper()


def _kind_after(tokens: TokenTable, span: Span, cues: ProposeCues, authors: AuthorCues) -> str | None:
    """The type the words after the name and its abbreviation give it: a kind noun right after ("the X (HELM)
    framework"), or the head of an apposition after ", a/an/the" (:func:`_appositive_kind`)."""
    after = _after_abbreviation(tokens, span.end)
    if after >= len(tokens):
        return None
    word = tokens.lower[after]
    if word in authors.kind_nouns or word in cues.appositive_dataset_heads or word in cues.appositive_model_heads:
        return _appositive_kind(tokens, after, cues, authors)
    if tokens.text[after] == "," and after + 1 < len(tokens) and tokens.lower[after + 1] in ("a", "an", "the"):
        return _appositive_kind(tokens, after + 2, cues, authors)
    return None


def _name_and_short_forms(doc: Doc, span: Span) -> set[str]:
    """The name's text and the short forms the abstract defines for it (lower case)."""
    return {span.text.lower(), *(short.lower() for short in short_forms(doc, span.text))}


def novel_apposition_names(doc: Doc, authors: AuthorCues, cues: ProposeCues | None = None) -> list[Span]:
    """Coined one-word names that no earlier stage tagged and that an apposition calls new, whatever verb
    introduces them ("We train and evaluate our model on the UCSD dataset and on Kubric-4D-dyn, a new monocular
    dynamic dataset ..."), added to the doc's entities: the glued word right before ", a/an/the" has a coined
    shape (:func:`is_coined`: inner capitals, or a capital and digits), and the apposition has a
    ``novelty_words`` word before its head, a kind noun that types it (:func:`_appositive_kind`); not after a
    ``prior_part_leads`` word in its sentence. :func:`.parts._novel_appositions` then proposes it. Returns the
    new spans (also in ``doc.spans["entities"]``)."""
    cues = cues or propose_cues()
    tokens = table(doc)
    existing = list(doc.spans.get(ENTITIES, []))
    taken = {i for span in existing for i in range(span.start, span.end)}
    found: list[Span] = []
    for comma, text in enumerate(tokens.text):
        if text != "," or comma + 2 >= len(tokens) or tokens.lower[comma + 1] not in ("a", "an", "the"):
            continue
        start = _glued_word_start(doc, comma)
        if start is None or any(i in taken for i in range(start, comma)) or not is_coined(doc[start:comma].text):
            continue
        label = _novel_kind(tokens, comma + 2, cues, authors)
        lead = tokens.lower[tokens.sentence_start(start) : start]
        if label is None or any(w in cues.prior_part_leads for w in lead):
            continue
        span = Span(doc, start, comma, label=label)
        set_evidence(span, "propose")
        found.append(span)
        taken |= set(range(start, comma))
        found += _later_mentions(doc, tokens, span, taken)
    if found:
        _set_entities(doc, existing + found)
    return found


def _glued_word_start(doc: Doc, end: int) -> int | None:
    """The first token of the word written without spaces that ends right before token ``end`` ("Kubric-4D-dyn"),
    when a lower-case word or a preposition stands before it; None at a sentence start or after a capitalised
    word (the tail of a longer name)."""
    start = end - 1
    while start > 0 and not doc[start - 1].whitespace_ and doc[start - 1].text not in (",", "(", '"', "'"):
        start -= 1
    if (
        start >= end
        or start == 0
        or not all(t.text == "-" or t.text.replace("-", "").isalnum() for t in doc[start:end])
    ):
        return None  # markup or brackets ("it\\textbf{E}ra...", "PersianMMMU)")
    before = doc[start - 1].text
    return start if before.isalpha() and before.islower() else None


def _novel_kind(tokens: TokenTable, start: int, cues: ProposeCues, authors: AuthorCues) -> str | None:
    """The type an apposition that calls its name new gives it ("a new monocular dynamic dataset"): a novelty word
    stands before its head; None otherwise."""
    label = _appositive_kind(tokens, start, cues, authors)
    if label is None:
        return None
    head = _apposition_head(tokens, start, APPOSITIVE_HEAD, cues, authors)
    at = next((j for j in range(start, start + APPOSITIVE_HEAD) if tokens.lower[j] == head), start)
    return label if any(tokens.lower[j] in cues.novelty_words for j in range(start, at)) else None


def title_kind_name(doc: Doc, names: NameCues, authors: AuthorCues, cues: ProposeCues | None = None) -> Span | None:
    """The name before the title's colon that no stage tagged, when the subtitle names its kind ("Night Eyes: A
    Reproducible Framework for ...", "gsplat: An Open-Source Library for ...", "C3: A Bilingual Benchmark for
    ..."), added to the doc's entities: one or two words (a hyphen-glued word counts as one), each capitalised or
    the name one glued word, not opening with a title opener, goal word or gerund ("From Pixels to Semantics:
    A ... Framework", "Towards ...", "Rethinking ..."); the subtitle's kind noun types it. None otherwise."""
    cues = cues or propose_cues()
    tokens = table(doc)
    colon = title_colon(doc)
    if colon is None or not _subtitle_kind(doc, tokens, colon, authors):
        return None
    existing = list(doc.spans.get(ENTITIES, []))
    if any(span.start < colon for span in existing) or not _short_title_name(doc, tokens, colon, names, authors):
        return None
    label = _appositive_kind(tokens, colon + 2, cues, authors)
    if label is None:
        return None
    span = Span(doc, 0, colon, label=label)
    set_evidence(span, "title")
    taken = {i for e in existing for i in range(e.start, e.end)} | set(range(colon))
    found = [*existing, span, *_later_mentions(doc, tokens, span, taken)]
    _set_entities(doc, found)
    return span


def _subtitle_kind(doc: Doc, tokens: TokenTable, colon: int, authors: AuthorCues) -> bool:
    """Whether "A/An" and at most four words up to a kind noun open the subtitle ("A Reproducible Framework")."""
    end = title_token_end(doc)
    if colon + 2 >= end or tokens.lower[colon + 1] not in ("a", "an"):
        return False
    for j in range(colon + 2, min(colon + 6, end)):
        if not tokens.text[j][:1].isalpha() and tokens.text[j] != "-":
            return False
        if tokens.lower[j] in authors.kind_nouns:
            return True
    return False


def _short_title_name(doc: Doc, tokens: TokenTable, colon: int, names: NameCues, authors: AuthorCues) -> bool:
    """Whether the title's words before the colon read as a name: one or two words (hyphen-glued parts joined),
    each capitalised unless the name is one glued word ("gsplat", "kabr-tools"), with no opener, goal word or
    gerund first."""
    words = doc[0:colon].text.split()
    first = words[0].lower() if words else ""
    if not words or len(words) > 2 or first in authors.title_openers | names.title_goal_openers:
        return False
    if first.endswith("ing") or not all(w.replace("-", "").isalnum() for w in words):
        return False
    return len(words) == 1 or all(w[:1].isupper() for w in words)
