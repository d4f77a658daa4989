"""Component ``claimgraph_proposes``: what the paper itself introduces.

An entity (Method, Model or Dataset) is proposed when

- it is the coined name before the title's colon ("CItruS: Chunked ..."), or
- it is the first such entity within a few words (hyphens not counted) after a
  proposal verb or its gerund whose subject is the authors ("we propose", "this
  paper introduces", "by introducing", "our ...", "here we present"), or after
  "dubbed/termed/called"; a name that is the first part of a hyphenated modifier
  ("a Mamba-based tracker"), a purpose ("a method for X") or a description the
  authors then name ("a PRM (PRM) called Web-Shepherd") is skipped, and so is a name of prior
  work after "termed" ("Recent work ..., termed Relevance, has ..."), or
- it follows "our/the proposed" at once ("our proposed VA-VAE", "the proposed
  pipeline, AnthroTAP"; not an established lexicon name), or
- its abbreviation is defined in such a sentence, or
- the authors name it ("which we call X", "we term this X"), or
- it is listed right after a proposed name ("we construct X and Y", "X (XA) and an Y"), or
- it is a coined part of the paper's own contribution, after a component verb whose subject
  is a proposed name, "it", or "our/the <kind noun>" ("It includes two modules, X and Y"), or
- it is the title name before a colon whose subtitle names its kind ("X: A General Framework
  for ..."), even if the abstract writes it in lower case.

A title phrase after the colon ("VITA-VLA: ... via Action Expert Distillation") that the abstract
never writes is a topic when the title's own name before the colon is proposed (:func:`_topic_title`).

Not proposed: a title name before a colon whose subtitle is a study ("X: A
Survey"), a title phrase that opens like a slogan ("Beyond Motion Primitives:
...", "When Confidence Misleads: ..."), a title phrase of ordinary words that
names a topic (:func:`_topic_title`), names after a study noun ("we present a
survey of X"), the tail of a glued name ("infty-RoPE"), the start of a longer
abbreviated name ("Slot Attention with ... (DIAS)"), an established (lexicon)
name that is only part of a longer description ("grounding-aware reinforcement
learning", "Tenengrad gradient detection", "a reinforcement learning (RL)
framework", with its abbreviation) or that the authors
merely train ("we train Vision Transformers on ...") or act on ("we propose
freezing the matrices in the Vision Transformer"), a name introduced as a task
("we introduce the task of ... (LoGU)") or a coined term ("we coin the term X"),
the undefined initials of an established name of the paper ("an EBM" after "an
energy-based model"), a name after a proposal verb that an adverb of earlier work precedes
("we focus on the recently released benchmark, X", "we previously introduced X"), a lower-case
description that the authors name later in its sentence ("a logical prompting strategy that ...,
termed CoVQD": CoVQD is proposed), a title name of an event the paper reports on
("MEGC2026: Micro-Expression Grand Challenge on ...", "Overview of GeoLifeCLEF 2023: ..."),
a name that a head noun right after it calls a metric or a task ("we introduce Calibration Shift metric"),
a lower-case phrase after "for" and a few lower-case words ("a framework for real-time foreign object intrusion
(FOI) detection"), the task or field that the title's "for" names where the abstract uses it as a modifier ("...
for UAV-based Object Detection" with "a 10,489-frame UAV dataset"; :func:`_for_title_purpose`), and, after
"our", a name beyond a preposition ("applying our method to the X model"), a name after "named" used as an
adjective after a preposition or an article ("agents operate on named AST entities"), and the short form of
an established lower-case long form that the abstract defines outside any proposal ("through supervised
learning (SL) ..." then "upsampling rare terms during SL"; :func:`_established_short_form`).

``doc._.proposes`` gets the first mention of each proposed entity. Before that,
:func:`appositive_names` adds the coined names that no earlier stage tagged but
the proposal sentence marks ("We present hyper-connections, a simple yet effective
method ...") to the doc's entities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

import claimgraph.extract.pipeline.extensions  # noqa: F401  (registers the shared Doc and Span extensions)
from claimgraph.extract.cues import AuthorCues, author_cues, load_cues
from claimgraph.extract.entities.decision import ENTITIES
from claimgraph.extract.entities.evidence import get_evidence, set_evidence
from claimgraph.extract.entities.lexicon_matcher import CANDIDATES
from claimgraph.extract.entities.name_cues import NameCues, name_cues
from claimgraph.extract.entities.name_shapes import capitals, initials, is_coined
from claimgraph.extract.pipeline.sentences import TITLE_END, in_title, title_token_end
from claimgraph.extract.pipeline.token_table import TokenTable, doc_text, table
from claimgraph.extract.relations.guards import apposed_kind
from claimgraph.vocabulary import PROPOSABLE_TYPES

WINDOW = 12
#: Words an appositive coined name may span ("we present hyper-connections, a ...").
APPOSITIVE_WORDS = 4
#: Tokens after "a/an" in which the appositive names its kind ("a simple yet effective method").
APPOSITIVE_HEAD = 8


@dataclass(frozen=True, slots=True)
class ProposeCues:
    """``cues/proposes.json``: coined names that only the proposal sentence marks."""

    appositive_skip_words: frozenset[str]
    appositive_not_proposable: frozenset[str]
    appositive_dataset_heads: frozenset[str]
    appositive_model_heads: frozenset[str]
    appositive_kind_heads: frozenset[str]
    appositive_head_stops: frozenset[str]
    component_verbs: frozenset[str]
    task_name_breaks: frozenset[str]
    part_nouns: frozenset[str]
    part_endings: frozenset[str]
    prior_part_leads: frozenset[str]
    part_use_leads: frozenset[str]
    earlier_work_adverbs: frozenset[str]
    event_nouns: frozenset[str]
    event_report_openers: frozenset[str]


def propose_cues() -> ProposeCues:
    """The packaged ``cues/proposes.json``."""
    return load_cues(ProposeCues, "proposes.json")


#: " (ABBR)" right after a name, before a glued "-based" or a spaced "based" modifier.
_ABBREVIATED = re.compile(r" \([^()\s]{1,15}\)(?=-| based )")
#: A spaced "based" that modifies the next word as a glued "-based" would ("an RL based method"), not "based on".
_SPACED_BASED = re.compile(r" based (?!on\b|upon\b)[A-Za-z]")
#: Words that join two clauses: a naming cue after them names ("we build a model and named it X").
_JOINS = frozenset({"and", "or"})
#: Words before a propose verb's form that make it a noun ("our design", "the release").
_NOUN_BEFORE = frozenset({"our", "the", "this", "its", "their", "a", "an"})
#: Words after a study noun that make it the head of a subtitle ("A Survey", "A Study of").
_STUDY_FOLLOWERS = frozenset({"of", "on", "into", "for", "in", "with", "and", ".", ",", "?", ":"})


def proposed_spans(doc: Doc, cues: NameCues, authors: AuthorCues, parts: ProposeCues | None = None) -> list[Span]:
    """Return the entity spans the paper introduces, in text order (pure)."""
    parts = parts or propose_cues()
    entities = [s for s in doc.spans.get(ENTITIES, []) if s.label_ in PROPOSABLE_TYPES]
    if not entities:
        return []
    chosen: dict[int, Span] = {}
    tokens = table(doc)
    starts = frozenset(span.start for span in entities)
    for index, lower in enumerate(tokens.lower):
        if (
            lower in cues.naming_cues
            and not _names_prior_work(tokens, index, authors, parts)
            and not _adjective_cue(tokens, index, cues)
        ):
            _first_after(
                entities,
                index,
                min(index + 4, tokens.sentence_end(index)),
                chosen,
                skip=lambda span, cue=index: _modifier(tokens, span) or _fragment(tokens, span, cue, authors),
            )
        elif lower in authors.naming_verbs and _names_by_authors(tokens, index, authors):
            _first_after(
                entities,
                index,
                min(index + 6, tokens.sentence_end(index)),
                chosen,
                skip=lambda span, verb=index: _fragment(tokens, span, verb, authors),
            )
        elif (
            lower in authors.propose_verbs
            and _by_authors(tokens, index, authors)
            and not _earlier_work(tokens, index, parts)
        ):
            limit = _window_end(tokens, index)
            stop = next((j for j in range(index + 1, limit) if _proposal_stop(tokens, j, authors)), limit)
            stop = _past_unnamed_long_form(doc, starts, index, stop, tokens.sentence_end(index))

            def skip(span, verb=index):
                return (
                    _modifier(tokens, span)
                    or _purpose(tokens, span, authors)
                    or _named_after(tokens, span, starts, cues, authors)
                    or _kind_modifier(tokens, span, authors)
                    or _field_short_form(tokens, span, authors)
                    or _fragment(tokens, span, verb, authors)
                )

            first = _first_after(entities, index, stop, chosen, skip=skip)
            if first is not None:
                _coordinated(entities, first, chosen, skip=skip)
        elif lower == "proposed" and index and tokens.lower[index - 1] in ("our", "the"):
            # "our proposed VA-VAE", "the proposed pipeline, AnthroTAP,": the name right after
            def named(span, verb=index):
                # an established name is no proposal here ("the proposed contrastive learning objective")
                if get_evidence(span) == "lexicon":
                    return True
                return (
                    _modifier(tokens, span)
                    or _field_short_form(tokens, span, authors)
                    or _fragment(tokens, span, verb, authors)
                )

            first = _first_after(entities, index, _named_head_end(tokens, index, authors), chosen, skip=named)
            if first is not None:
                _coordinated(entities, first, chosen, skip=named)
        elif lower == "our":
            # "our (multi-agent) framework OMNE": a name right after our type word; a word that ends the phrase
            # (a verb: "Our framework leverages the FLOWER framework") stops it, the name after it is another's
            limit = min(index + 7, tokens.sentence_end(index))
            ends = authors.propose_gap_stops | authors.name_closers
            stop = next((j for j in range(index + 1, limit) if tokens.lower[j] in ends), limit)
            _first_after(
                entities,
                index,
                stop,
                chosen,
                only=lambda span: get_evidence(span) == "head-name",
            )
    named = [span for span in chosen.values()]
    colon = _title_colon(doc)
    titled = [
        span for span in _title_names(doc, entities, tokens, authors, cues) if not _event_name(doc, tokens, span, parts)
    ]
    # the name before the title's colon first: a title phrase after it ("VITA-VLA: ... via Action Expert
    # Distillation") is then read against it, as against the names the abstract proposes
    for span in sorted(titled, key=lambda s: colon is None or s.end > colon):
        own = colon is not None and span.end <= colon
        if (own and _kind_subtitle(doc, tokens, authors)) or not _topic_title(doc, span, named):
            chosen.setdefault(span.start, span)
            if own:
                named.append(span)
    _components(entities, tokens, chosen, authors, parts)
    _named_parts(entities, tokens, chosen, authors, parts)
    tasks = _task_names(doc, [chosen[start] for start in sorted(chosen)], parts.task_name_breaks)
    known = _known_initials(doc, entities)
    kinds = _kinds_of_named(tokens, entities, chosen, cues, authors)
    purposes = _title_purposes(doc, tokens)
    names = list(chosen.values())
    return [
        chosen[start]
        for start in sorted(chosen)
        if _loose(chosen[start].text) not in tasks
        and not _for_title_purpose(tokens, chosen[start], purposes, names, cues, authors)
        and not _run_on(chosen[start], names)
        and chosen[start].text not in known
        and _loose(chosen[start].text) not in kinds
        and not _apposed_non_proposal(tokens, chosen[start], parts, authors)
        and not _described_then_named(tokens, chosen[start], chosen, cues, authors)
        and not _established_short_form(tokens, chosen[start], chosen, colon, authors)
    ]


def _adjective_cue(tokens: TokenTable, cue: int, cues: NameCues) -> bool:
    """Whether a naming cue is an adjective, not a naming: after a preposition or an article ("agents
    operate on named AST entities", "the named entities") it says that things have names; a name follows
    a noun, a comma or a verb ("a method named X", "a framework, called X", "is termed X")."""
    return cue > 0 and tokens.lower[cue - 1] in cues.long_form_function_words and tokens.lower[cue - 1] not in _JOINS


def _established_short_form(
    tokens: TokenTable, span: Span, chosen: dict[int, Span], colon: int | None, authors: AuthorCues
) -> bool:
    """Whether a proposed name is the short form of an established lower-case long form that the abstract
    defines without proposing it: after "... through supervised learning (SL) from human data", "upsampling
    rare terms during SL" proposes no SL; after "maximum distance separable (MDS) codes arising from ...",
    "we construct MDS codes" proposes no MDS. A definition that is itself proposed, or that follows a
    propose verb in its sentence ("we propose a method that combines ... deep network (SpecMCD)"), and a
    title name before the colon ("HCL: ...") stay."""
    if colon is not None and span.end <= colon:
        return False
    for long_form, short_form in span.doc._.abbreviations or ():
        if short_form.text != span.text or short_form.start == span.start or long_form.text != long_form.text.lower():
            continue
        if any(start in chosen for start in (long_form.start, short_form.start)):
            continue
        opening = tokens.sentence_start(long_form.start)
        if not any(tokens.lower[j] in authors.propose_verbs for j in range(opening, long_form.start)):
            return True
    return False


def _past_unnamed_long_form(doc: Doc, starts: frozenset[int], verb: int, stop: int, end: int) -> int:
    """Where a proposal's object may end when a long form that names nothing (a verb phrase, a sentence: no
    entity starts there, its short form is the name) begins before ``stop``: past its parenthesised short form
    ("This paper introduces Growing Networks with Autonomous Pruning (GNAP) for ...": GNAP is proposed).
    Otherwise ``stop``."""
    for long_form, short_form in doc._.abbreviations or ():
        if (
            verb < long_form.start < stop
            and long_form.start not in starts
            and short_form.start in starts
            and long_form.end < short_form.start <= long_form.end + 1
            and short_form.end < end
        ):
            return max(stop, short_form.end + 1)
    return stop


def _apposed_non_proposal(tokens: TokenTable, span: Span, parts: ProposeCues, authors: AuthorCues) -> bool:
    """Whether the apposition right after a name (past its abbreviation) says it is no method, model or
    dataset: its head (:func:`_apposition_head`) is one of ``appositive_not_proposable`` ("we propose
    \\textbf{stReaming drag-oriEnted ... (REVEL)}, a new task that ...", ", a novel metric"), not a kind
    noun (", a training-free score calibration module designed to ..."). So does such a head right after the
    name ("we introduce Calibration Shift metric", "the Affective Image Filter (AIF) task": a metric, a task)."""
    comma = _after_abbreviation(tokens, span.end)
    if tokens.text[comma : comma + 1] == ["}"]:
        comma += 1  # the closing brace of text markup around the name
    if comma < len(tokens) and tokens.lower[comma] in parts.appositive_not_proposable:
        return tokens.sentence_of[comma] == tokens.sentence_of[span.start]
    if comma + 1 >= len(tokens) or tokens.text[comma] != "," or tokens.lower[comma + 1] not in ("a", "an"):
        return False
    head = _apposition_head(tokens, comma + 2, 2 * APPOSITIVE_HEAD, parts, authors)
    return head in parts.appositive_not_proposable


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


def _kinds_of_named(
    tokens: TokenTable, entities: list[Span], chosen: dict[int, Span], cues: NameCues, authors: AuthorCues
) -> frozenset[str]:
    """Keys (:func:`_loose`) of chosen names that the paper uses as the kind of another proposal it names:
    "we introduce a novel paradigm, continued fine-tuning (CFT) ... We propose a simple CFT strategy (named
    MERGETUNE)": CFT is what MERGETUNE is an instance of, not the paper's method. A mention of the name
    (or of its short form), a kind noun, then a naming cue and another chosen name."""
    starts = {span.start for span in chosen.values()}
    lower = tokens.lower
    found = set()
    pairs = [(long.text, short.text) for long, short in entities[0].doc._.abbreviations or ()] if entities else []
    for span in entities:
        j = span.end
        if j >= len(lower) or lower[j] not in authors.kind_nouns:
            continue
        j += 1
        if j < len(lower) and tokens.text[j] in ("(", ","):
            j += 1
        if j + 1 >= len(lower) or lower[j] not in cues.naming_cues or j + 1 not in starts:
            continue
        if any(c.start == j + 1 and _loose(c.text) == _loose(span.text) for c in chosen.values()):
            continue
        found.add(_loose(span.text))
        found |= {_loose(a) for a, b in pairs if b == span.text} | {_loose(b) for a, b in pairs if a == span.text}
    return frozenset(found)


def _names_prior_work(tokens: TokenTable, cue: int, authors: AuthorCues, parts: ProposeCues) -> bool:
    """Whether a naming cue names someone else's work: a prior-work word (``prior_part_leads``) before it in
    its sentence and no author word ("Recent work in scene understanding, termed Relevance, has ...";
    not "Unlike existing methods, we propose a framework, termed X")."""
    words = tokens.lower[tokens.sentence_start(cue) : cue]
    return any(w in parts.prior_part_leads for w in words) and not any(w in authors.author_words for w in words)


def _known_initials(doc: Doc, entities: list[Span]) -> frozenset[str]:
    """Undefined abbreviations that are the initials of an established (lexicon) name of the
    paper ("we introduce an EBM in a residual form" after "an energy-based model"): the
    established thing, not a coined name. An abbreviation the paper defines is left alone."""
    defined = {short.text for _, short in doc._.abbreviations or ()}
    return frozenset(
        initials(span.text)
        for span in entities
        if get_evidence(span) == "lexicon" and " " in span.text.replace("-", " ") and initials(span.text) not in defined
    )


#: "the task of X", "a new problem we term X", "a setting called X": what follows names a task.
_TASK_INTRO = re.compile(
    r"\b(?:task|problem|setting|phenomenon)s?\b"
    r"(?: of| (?:that )?we (?:call|term|name|dub)| (?:called|named|termed|dubbed))\b"
    r"|\b(?:the|a new) term\b",
    re.IGNORECASE,
)


def _task_names(doc: Doc, spans: list[Span], breaks: frozenset[str] = frozenset()) -> frozenset[str]:
    """Keys (:func:`_loose`) of chosen names that the paper introduces as a task ("we introduce
    the task of Long-form Generation with Uncertainty (LoGU)", "a family of problems we term
    in context language learning (ICLL)"); a task is not a proposed method. A name that a
    means word (``breaks``) separates from the task is how the task is done ("the task of
    unpaired recognition using FSSUAVL")."""
    text = doc_text(doc)
    pairs = [(long.text, short.text) for long, short in doc._.abbreviations or ()]
    found = set()
    for span in spans:
        names = {span.text} | {b for a, b in pairs if _loose(a) == _loose(span.text)}
        names |= {a for a, b in pairs if _loose(b) == _loose(span.text)}
        for name in names:
            start = text.find(name)
            while start >= 0:
                sentence = text.rfind(". ", 0, start) + 1
                prefix = text[max(sentence, start - 90) : start]
                prefix = prefix[max(prefix.rfind(","), prefix.rfind(";")) + 1 :]
                intro = _TASK_INTRO.search(prefix)
                if intro and breaks.isdisjoint(prefix[intro.end() :].split()):
                    found.add(_loose(span.text))
                    break
                start = text.find(name, start + len(name))
    return frozenset(found)


def _loose(name: str) -> str:
    """A name's comparison key: lower case, hyphens as spaces ("In-Context" = "in context")."""
    return " ".join(name.lower().replace("-", " ").split())


def _title_names(doc: Doc, entities: list[Span], tokens: TokenTable, authors: AuthorCues, cues: NameCues) -> list[Span]:
    """The coined names of the title, before its colon; none when the subtitle is a study
    ("X: A Survey", "X: An Empirical Study of ...") or the phrase opens like a sentence, a slogan or a goal
    ("When Confidence Misleads: ...", "Beyond Motion Primitives: ...", "Towards Robust X: ...")."""
    openers = authors.title_openers | cues.title_goal_openers
    colon = _title_colon(doc)
    lower = tokens.lower
    if colon is not None:
        subtitle = lower[colon + 1 : min(colon + 6, title_token_end(doc))]
        for j, word in enumerate(subtitle):
            if word in authors.study_nouns and (j + 1 == len(subtitle) or subtitle[j + 1] in _STUDY_FOLLOWERS):
                return []
    return [
        span
        for span in entities
        if (get_evidence(span) == "title" or (span.start == 0 and span.end == colon))
        and lower[span.start] not in openers
    ]


def _window_end(tokens: TokenTable, verb: int) -> int:
    """Where a proposal's object may end: ``WINDOW - 1`` words after the verb, hyphens not
    counted ("the first-of-its-kind large-scale multimodal X dataset"), within the sentence."""
    end = tokens.sentence_end(verb)
    words = 0
    j = verb + 1
    while j < end and words < WINDOW - 1:
        if tokens.text[j] != "-":
            words += 1
        j += 1
    return j


def _named_head_end(tokens: TokenTable, proposed: int, authors: AuthorCues) -> int:
    """After "our/the proposed", the end of the span where the name may start: right after
    it, or after a kind noun and a comma ("our proposed pipeline, AnthroTAP")."""
    end = min(proposed + 4, tokens.sentence_end(proposed))
    j = proposed + 1
    while j < end and (tokens.lower[j] in authors.kind_nouns or tokens.text[j] in (",", ":")):
        j += 1
    return min(j + 1, end)


def _after_abbreviation(tokens: TokenTable, end: int) -> int:
    """The token after a name's parenthesised abbreviation ("Graph Neural Network (GNN)"), or ``end``."""
    if end < len(tokens) and tokens.text[end] == "(":
        for j in range(end + 1, min(end + 5, len(tokens))):
            if tokens.text[j] == ")":
                return j + 1
    return end


def _topic_title(doc: Doc, span: Span, named: list[Span]) -> bool:
    """Whether a title phrase of ordinary words ("Preference Leakage: ...", "Uncertainty-Aware
    GUI Agent: ...") names a topic, not the paper's contribution: the abstract writes it only
    in lower case ("we expose preference leakage, a ..."), or never while it names another
    contribution of the same kind, method or dataset ("we present RecAgent"). A coined name
    ("Think While Watching", written so in the abstract) or a one-word name ("Many-for-Many")
    stays."""
    name = span.text
    if " " not in name:
        return False
    words = name.replace("-", " ").split()
    if not all(w.isalpha() and (w[1:].islower() or w.isupper()) for w in words) or all(w.isupper() for w in words):
        return False
    abstract = doc_text(doc)[doc.user_data.get(TITLE_END) or 0 :]
    if name in abstract:
        return False
    if any(_loose(long.text) == _loose(name) for long, _ in doc._.abbreviations or ()):
        return False  # "we propose ... polynomial composition activations (PolyCom)": defined as a name
    if name.lower() in abstract:
        return True
    if name.lower() in abstract.lower():
        return False  # "the GT-mean loss" for "GT-Mean Loss": still a name
    spelled = initials(name)
    return any(
        (other.label_ == "Dataset") == (span.label_ == "Dataset")
        and _loose(other.text) != _loose(name)
        and capitals(other.text) != spelled
        for other in named
    )


def _title_purposes(doc: Doc, tokens: TokenTable) -> list[list[str]]:
    """The title's words after each "for" (and an article): what the work is for, a task or a field ("R-FLoRA:
    ... Low-Rank Adaptation for Single-Image Face Morphing Attack Detection", "CGTrack: ... for UAV Tracking")."""
    end = title_token_end(doc)
    found = []
    for j in range(1, end - 1):
        if tokens.lower[j] == "for":
            start = j + 2 if tokens.lower[j + 1] in ("the", "a", "an") else j + 1
            found.append(tokens.lower[start:end])
    return found


def _for_title_purpose(
    tokens: TokenTable, span: Span, purposes: list[list[str]], names: list[Span], cues: NameCues, authors: AuthorCues
) -> bool:
    """Whether a proposed name opens the title's words after "for" (:func:`_title_purposes`), the task or field
    the work is for, and the text uses it so: in the title itself, after "for" ("a dataset for rPPG and ..."),
    or as a modifier, past its abbreviation, of a lower-case word that is no kind noun ("a BEV spatial
    feature-guided strategy"), or of a kind noun when it is one word ("a 10,489-frame UAV dataset" for
    "... for UAV-based Object Detection") or ends in a task head ("a new Single-Image Face Morphing Attack
    Detection (S-MAD) framework" for "R-FLoRA: ... for Single-Image Face Morphing Attack Detection"). A name the
    text gives on its own stays ("We introduce Anny, a ... body model" for "Human Mesh Modeling for Anny Body"),
    and so does one whose capitals open those of another name the paper proposes: it spells that name out
    ("CURE: A Multimodal Benchmark for Clinical Understanding and Retrieval Evaluation")."""
    words = [token.lower_ for token in span]
    if not any(purpose[: len(words)] == words for purpose in purposes):
        return False
    own = capitals(span.text)
    if len(own) >= 2 and any(
        _loose(other.text) != _loose(span.text) and capitals(other.text).startswith(own) for other in names
    ):
        return False
    before = span.start - 1
    if before > 0 and tokens.lower[before] in ("the", "a", "an"):
        before -= 1
    if span.start < title_token_end(span.doc) or (before >= 0 and tokens.lower[before] == "for"):
        return True
    after = _after_abbreviation(tokens, span.end)
    if after >= len(tokens) or tokens.sentence_of[after] != tokens.sentence_of[span.start]:
        return False
    word = tokens.text[after]
    if not (word.isalpha() and word.islower()) or word in authors.name_closers:
        return False
    if word not in authors.kind_nouns:
        return True
    return len(span) == 1 or tokens.lower[span.end - 1] in cues.metric_modifier_heads


def _run_on(span: Span, names: list[Span]) -> bool:
    """Whether a name runs a proposed coined name on into what it is built with or for: a one-word coined name
    that the paper proposes on its own, then a linking word ("we introduce PanoWorld with Spherical Spatial
    Cross-Attention, which ..." beside the title's "PanoWorld"; "SD-ReID for AG-ReID"). The coined name is
    the proposal; "Slot Attention with Re-Initialization ..." (no coined word) stays whole, and so does a name
    the paper abbreviates ("the PMC with privileged information (PMC-PI) method": a variant of its own)."""
    if len(span) < 3 or span[1].lower_ not in _NAME_LINKS or not is_coined(span[0].text):
        return False
    if span.end < len(span.doc) and span.doc[span.end].text == "(":
        return False
    return any(len(other) == 1 and other.text == span[0].text for other in names)


def _proposal_stop(tokens: TokenTable, j: int, authors: AuthorCues) -> bool:
    """Whether a proposal's object ends at token ``j``: a gap stop (not one glued by a hyphen:
    "a manual-based planning model X"), or a study noun before "of"/"on"/"into" ("we present
    a survey of X": X is studied, not proposed)."""
    lower = tokens.lower
    if lower[j] in authors.propose_gap_stops:
        return not (j >= 2 and tokens.text[j - 1] == "-" and not tokens.space[j - 2])
    return lower[j] in authors.study_nouns and j + 1 < len(lower) and lower[j + 1] in ("of", "on", "into")


def _names_by_authors(tokens: TokenTable, verb: int, authors: AuthorCues) -> bool:
    """ "which we call X", "we term this X": an author word right before a naming verb, not "call for"."""
    lower = tokens.lower
    if verb + 1 < len(lower) and lower[verb + 1] in ("for", "on", "upon"):
        return False
    return any(lower[i] in authors.author_words for i in range(max(tokens.sentence_start(verb), verb - 2), verb))


def _fragment(tokens: TokenTable, span: Span, verb: int, authors: AuthorCues) -> bool:
    """Whether a name is only a piece of what is proposed.

    - the tail of a glued name ("infty-RoPE" holds "RoPE");
    - the start of a longer name the paper abbreviates ("Slot Attention with re-Initialization
      and self-Distillation (DIAS)");
    - an established (lexicon) name, or the long form of one ("We trained 33 You Only Look
      Once (YOLO) models"), that the authors only train ("we train Vision
      Transformers on ...") or that a longer description wraps: a word before it
      other than a determiner ("grounding-aware reinforcement learning", "a residual
      CNN") or a lower-case word after it that is not a function word ("Tenengrad
      gradient detection", "an encoding-enhanced seq2seq pretraining strategy"), or that the
      authors bring into a field ("introduces NAS to SAR object detection").
    """
    text = doc_text(span.doc)
    start = span.start_char
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalnum():
        return True
    if _abbreviated_longer(tokens, span):
        return True
    evidence = get_evidence(span)
    if evidence not in ("lexicon", "lexicon-variant"):
        if tokens.lower[verb] in authors.training_verbs and _known_at_a_size(span, name_cues()):
            return True  # "we train a Mamba-2 370M with ...": an established model at one size, trained
        # "We trained 33 You Only Look Once (YOLO) models": the long form of an established short form
        return evidence == "abbreviation" and bool(span.kb_id_) and tokens.lower[verb] in authors.training_verbs
    if tokens.lower[verb] in authors.training_verbs:
        return True
    if evidence != "lexicon":
        return False
    before = span.start - 1
    if before > verb and tokens.lower[before] not in authors.name_modifiers:
        return True
    if any(w.endswith("ing") and w.isalpha() and w.islower() for w in tokens.text[verb + 1 : span.start]):
        return True  # "we propose freezing the matrices in the Vision Transformer": the object of an action
    after = _after_abbreviation(tokens, span.end)
    if after < len(tokens) and tokens.sentence_of[after] == tokens.sentence_of[span.start]:
        word = tokens.text[after]
        if word.isalpha() and word.islower() and word not in authors.name_closers:
            return True  # "a Graph Neural Network (GNN) regression model"
        if _brought_to(tokens, after):
            return True  # "this work introduces NAS to SAR object detection": an established name applied
    return False


def _known_at_a_size(span: Span, cues: NameCues) -> bool:
    """Whether a name is an established (lexicon) name and a size: "Mamba-2 370M" is the lexicon's Mamba-2 at
    one size ("we train a Mamba-2 370M": no new model, whatever cue found the whole). Not a name of its own
    that opens with a known one ("ImgEdit-E1", "Mixture-of-Experts Vision Encoders")."""
    doc = span.doc
    return any(
        get_evidence(candidate).startswith("lexicon")
        and candidate.start == span.start
        and candidate.end < span.end
        and all(token.text == "-" or cues.size_suffix.match(token.text) for token in doc[candidate.end : span.end])
        for candidate in doc.spans.get(CANDIDATES, [])
    )


def _brought_to(tokens: TokenTable, after: int) -> bool:
    """Whether the words at ``after`` bring a name into a field ("introduces NAS to SAR object detection",
    "we introduce diffusion models into the restoration pipeline"): "into", or "to" before a name or an
    article; "to" before a lower-case word is a purpose ("we propose LoRA to reduce ...")."""
    if after + 1 >= len(tokens) or tokens.sentence_of[after + 1] != tokens.sentence_of[after]:
        return False
    word, following = tokens.lower[after], tokens.text[after + 1]
    if word == "into":
        return True
    return word == "to" and (following[:1].isupper() or following.lower() in ("the", "a", "an"))


#: Words that continue a name into a longer one ("Slot Attention with Re-Initialization ...").
_NAME_LINKS = frozenset({"with", "for", "of", "via"})


def _abbreviated_longer(tokens: TokenTable, span: Span) -> bool:
    """Whether a name begins a longer name that the paper abbreviates
    ("we propose Slot Attention with re-Initialization and self-Distillation (DIAS)"):
    a linking word right after it, then an abbreviation in parentheses before any
    punctuation, within a few words; or another lower-case word right after it and an abbreviation that opens
    with the name's first word ("we propose Brain ResNet over trained Vision Transformer (BrainRotViT)")."""
    end = span.end
    if end >= len(tokens) or not (tokens.lower[end] in _NAME_LINKS or tokens.text[end].islower()):
        return False
    first = tokens.text[span.start]
    for j in range(end + 1, min(end + 9, tokens.sentence_end(span.start) - 2)):
        word = tokens.text[j]
        if word == "(":
            inner = tokens.text[j + 1]
            if not (tokens.text[j + 2].startswith(")") and sum(c.isupper() for c in inner) >= 2):
                return False
            # after a linking word any abbreviation; after another lower-case word only one that opens with the
            # name's first word ("Brain ResNet over trained Vision Transformer (BrainRotViT)")
            return tokens.lower[end] in _NAME_LINKS or (len(first) > 2 and inner.startswith(first) and inner != first)
        if word in (",", ";", ":", ".") or word.lower() in ("which", "that", "to"):
            return False
    return False


def _purpose(tokens: TokenTable, span: Span, authors: AuthorCues) -> bool:
    """Whether a name after "for" is what the contribution is for, not its name: a lower-case
    phrase ("a method for video frame interpolation (VFI)") or one a lower-case noun follows
    ("a network for the HSU task"); "an algorithm for Online Data Mixing (ODM) that" names it. A lower-case
    phrase is a purpose after lower-case words after "for" too ("a framework for real-time foreign object
    intrusion (FOI) detection")."""
    if span.text.islower() and _after_for(tokens, span.start):
        return True
    if tokens.lower[span.start - 1] != "for":
        return False
    after = _after_abbreviation(tokens, span.end)
    word = tokens.text[after] if after < len(tokens) else ""
    return word.isalpha() and word.islower() and word not in authors.name_closers


#: Lower-case words that may stand between "for" and the lower-case phrase it opens.
_PURPOSE_GAP = 3


def _after_for(tokens: TokenTable, start: int) -> bool:
    """Whether "for" and at most ``_PURPOSE_GAP`` lower-case words (hyphens not counted) come right before
    ``start`` in its sentence ("for real-time foreign object intrusion", "for evaluating central nervous
    system")."""
    words = 0
    j = start - 1
    first = tokens.sentence_start(start)
    while j >= first and words <= _PURPOSE_GAP:
        word = tokens.text[j]
        if word.lower() == "for":
            return True
        if word != "-":
            if not (word.isalpha() and word.islower()):
                return False
            words += 1
        j -= 1
    return False


def _named_after(tokens: TokenTable, span: Span, starts: frozenset[int], cues: NameCues, authors: AuthorCues) -> bool:
    """Whether a name is followed by the name the authors give their contribution (an entity
    starting right after a naming cue): it only describes it ("the first process reward model
    (PRM) called Web-Shepherd", "a controllable T2I approach, termed TraDiffusion")."""
    after = _after_abbreviation(tokens, span.end)
    if after < len(tokens) and tokens.lower[after] in authors.kind_nouns:
        after += 1
    if after < len(tokens) and tokens.text[after] == ",":
        after += 1
    return after + 1 < len(tokens) and tokens.lower[after] in cues.naming_cues and after + 1 in starts


def _described_then_named(
    tokens: TokenTable, span: Span, chosen: dict[int, Span], cues: NameCues, authors: AuthorCues
) -> bool:
    """Whether a lower-case proposal is the description of a name the authors give later in its
    sentence: a naming cue after a comma or an opening parenthesis, then another proposed name, no
    proposal verb between ("We introduce a logical prompting strategy that fuses CoT reasoning with
    VQD, termed CoVQD": the proposal is CoVQD; "a mutually causal semantic distillation network
    (termed MSDN++)"). A description ending in a kind noun is the kind of a proposed name right after its comma
    too ("we propose a novel safety alignment strategy, Constrained Knowledge Unlearning (CKU)": the proposal is
    CKU). A capitalised proposal stays ("a Mask-guided Refinement module, termed MgR")."""
    if not span.text.islower():
        return False
    if _kind_of_apposed_name(tokens, span, chosen, authors):
        return True
    end = tokens.sentence_end(span.start)
    for j in range(span.end, end - 1):
        if tokens.lower[j] in authors.propose_verbs:
            return False
        if tokens.lower[j] in cues.naming_cues and tokens.text[j - 1] in (",", "("):
            named = chosen.get(j + 1)
            return named is not None and named.start != span.start
    return False


def _kind_of_apposed_name(tokens: TokenTable, span: Span, chosen: dict[int, Span], authors: AuthorCues) -> bool:
    """Whether a description ending in a kind noun stands before a comma and another proposed name
    ("a training-free token pruning strategy, Pyramid Token Pruning"): it says what kind that name is."""
    after = span.end + 1
    if after >= len(tokens) or tokens.text[span.end] != "," or tokens.lower[span.end - 1] not in authors.kind_nouns:
        return False
    named = chosen.get(after)
    return named is not None and tokens.sentence_of[after] == tokens.sentence_of[span.start]


def _title_colon(doc: Doc) -> int | None:
    """Token index of the colon that ends a "Name: what it does" title, if any."""
    tokens = table(doc)
    for index in range(min(8, len(tokens))):
        if not in_title(doc, index):
            return None
        if tokens.text[index] == ":":
            return index
    return None


def _earlier_work(tokens: TokenTable, verb: int, parts: ProposeCues) -> bool:
    """Whether the proposal verb follows an adverb of earlier work ("we focus on the recently
    released benchmark, Deepfake-Eval-2024", "we revisit the recently proposed Drifting Model",
    "we previously introduced X"): the name is earlier work the paper builds on or tests, not its
    own contribution; "our newly collected dataset X" stays a proposal."""
    return verb > 0 and tokens.lower[verb - 1] in parts.earlier_work_adverbs


def _by_authors(tokens: TokenTable, verb: int, authors: AuthorCues) -> bool:
    """Whether the authors are the subject: "we", "our", "here", "this paper" shortly before the verb."""
    lower = tokens.lower
    if verb and lower[verb - 1] in _NOUN_BEFORE:
        return False  # "Central to our design is ...": the verb's form used as a noun
    # "we devise a pipeline for ... and propose X": a coordinated verb shares the subject
    reach = 40 if verb and lower[verb - 1] == "and" else 6
    for i in range(max(tokens.sentence_start(verb), verb - reach), verb):
        own_noun = lower[i] in authors.author_nouns and i > 0 and lower[i - 1] in {"this", "our"}
        if lower[i] in authors.author_words or own_noun:
            return True
    return False


def _modifier(tokens: TokenTable, span: Span) -> bool:
    """Whether a name is the first part of a hyphenated modifier ("a Mamba-based tracker",
    "an OpenEnv-compatible environment", "a state space model (SSM)-based strategy"), or of the same
    modifier spelled with a space ("a reinforcement learning (RL) based method", "a VQ-VAE based tokenizer";
    not "X based on Y"): what is proposed is the thing it modifies."""
    text = doc_text(span.doc)
    start, end = span.start_char, span.end_char
    after = _ABBREVIATED.match(text, end)
    if after is not None:
        end = after.end()  # "a Vision Transformer (ViT)-based framework"
    elif start and text[start - 1] == "(" and text.startswith(")", end):
        end += 1  # the "(ViT)" of the same modifier
    if _SPACED_BASED.match(text, end):
        return True
    return end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha()


def _kind_modifier(tokens: TokenTable, span: Span, authors: AuthorCues) -> bool:
    """Whether an established lower-case name only modifies the kind of an unnamed
    contribution ("a self-supervised learning framework", "an OpenEnv-compatible
    reinforcement learning environment"); coined names ("the CItruS framework") are kept. Any
    name before a kind noun and a colon that another name follows modifies that kind: the contribution
    is named after the colon ("we propose a robust RGB-only outdoor 3DGS SLAM method: S3PO-GS")."""
    end = span.end
    if get_evidence(span) in ("lexicon", "lexicon-variant"):
        end = _after_abbreviation(tokens, end)  # "a reinforcement learning (RL) framework"
    if end >= len(tokens) or tokens.lower[end] not in authors.kind_nouns:
        return False
    if tokens.text[end + 1 : end + 2] == [":"] and any(e.start == end + 2 for e in span.doc.spans.get(ENTITIES, ())):
        return True  # not "we introduce the SoftGovScore method: this method trains ..."
    return span.text.islower() and get_evidence(span) != "head-name"


def _field_short_form(tokens: TokenTable, span: Span, authors: AuthorCues) -> bool:
    """Whether a short form in capitals only names the field or task of an unnamed contribution: it stands
    before a lower-case word that is no kind noun and then a kind noun ("an HSI denoising framework", "a novel
    KP extraction dataset", "the SH attention module"); the contribution is the framework, dataset or module.
    A short form the abstract spells out as a Title-Case name ("Gradient-Based Feature Fusion (GBFF)", then
    "the GBFF fusion method") names the contribution and stays."""
    text = span.text
    end = span.end
    if len(span) != 1 or not (text.isalpha() and text.isupper()) or end + 1 >= len(tokens):
        return False
    if tokens.sentence_of[end + 1] != tokens.sentence_of[span.start]:
        return False
    word = tokens.text[end]
    if not (word.isalpha() and word.islower()) or word in authors.kind_nouns or word in authors.name_closers:
        return False
    if tokens.lower[end + 1] not in authors.kind_nouns:
        return False
    return not any(
        short.text == text and long.text != long.text.lower() for long, short in span.doc._.abbreviations or ()
    )


def _first_after(
    entities: list[Span], index: int, limit: int, chosen: dict[int, Span], only=None, skip=None
) -> Span | None:
    """Choose the first entity after ``index`` and before ``limit`` (not skipped); return it.
    The parenthesised abbreviation of a skipped name is skipped too ("a custom Convolutional
    Neural Network (CNN) architecture")."""
    skipped = None
    for span in entities:
        if skip is not None and index < span.start < limit:
            if _abbreviation_of_skipped(span, skipped) or skip(span):
                skipped = span
                continue
        if index < span.start < limit:
            if only is None or only(span):
                chosen.setdefault(span.start, span)
                return span
            return None
    return None


def _abbreviation_of_skipped(span: Span, skipped: Span | None) -> bool:
    """Whether ``span`` is the abbreviation, in parentheses, of the skipped name right before it:
    an established one, or one made of its initials ("optimal transport (OT)")."""
    if skipped is None or span.start != skipped.end + 1 or span.doc[skipped.end].text != "(":
        return False
    return get_evidence(span) == "lexicon" or capitals(span.text) == initials(skipped.text)


#: Words that may separate the names of a list ("X (XA), Y, and the Z").
_LIST_GAP = frozenset({",", "and", "or", "a", "an", "the"})


def _coordinated(entities: list[Span], first: Span, chosen: dict[int, Span], skip=None) -> None:
    """Names listed right after a proposed one ("we construct X and Y", "X, Y, and Z",
    "X (XA) and an Y (YA)") are proposed too; a name's parenthesised abbreviation is passed over."""
    tokens = table(first.doc)
    end = _after_abbreviation(tokens, first.end)
    for span in entities:
        if span.start < end:
            continue
        if not _list_gap(tokens.lower[end : span.start]):
            return
        if skip is not None and skip(span):
            return
        chosen.setdefault(span.start, span)
        end = _after_abbreviation(tokens, span.end)


def _list_gap(gap: list[str]) -> bool:
    """Whether the words between two names join a list: ",", "and", "or", ", and", with an
    article only after "and"/"or" ("X and an Y"); ", a" opens a description ("X, a MoE model")."""
    if not gap or len(gap) > 3 or any(w not in _LIST_GAP for w in gap):
        return False
    joined = [i for i, w in enumerate(gap) if w in (",", "and", "or")]
    if not joined:
        return False
    return all(gap[i - 1] in ("and", "or") for i, w in enumerate(gap) if w in ("a", "an", "the") and i)


#: Words before a component verb that name the paper's own contribution ("It includes ...").
_OWN_OPENERS = frozenset({"it", "our"})
#: Determiners before a kind noun that refer to the contribution ("the framework comprises ...").
_THE = frozenset({"the", "this", "our"})


def _components(
    entities: list[Span], tokens: TokenTable, chosen: dict[int, Span], authors: AuthorCues, parts: ProposeCues
) -> None:
    """Parts of the paper's own contribution ("It includes two novel modules, a multi-view template
    fusion module (MTFM) and an optimal trajectory correction module (OTCM)", "S3CE-Net incorporates
    the X (SSAM) and the Y (STFS)", "Our method comprises two lightweight modules: X (FCM) and Y"):
    after a component verb whose subject is a proposed name, "it", or "our/the/this <kind noun>",
    the first coined Method or Model name, and those listed with it, are proposed. Established
    (lexicon) names ("it incorporates a Transformer") and datasets are parts it uses, not proposals."""
    lower = tokens.lower
    shorts = {short.text for _, short in entities[0].doc._.abbreviations or ()} if entities else set()
    for index, word in enumerate(lower):
        if word not in parts.component_verbs or index == 0:
            continue
        start = tokens.sentence_start(index)
        lo = max(start, index - 8)
        if not _own_subject(tokens, entities, chosen, lo, index, start, authors):
            continue

        def skip(span, verb=index):
            return (
                span.label_ == "Dataset"
                or get_evidence(span) in ("lexicon", "lexicon-variant")
                or _established_short(span, entities)
                or _not_a_part_name(tokens, span, authors)
                or (span.start > 0 and tokens.text[span.start - 1] == "(")  # the abbreviation of a name before
                or span.text in shorts  # a later mention of an abbreviation: its long form is the name
                or _modifier(tokens, span)
                or _fragment(tokens, span, verb, authors)
            )

        limit = _window_end(tokens, index)
        # the object ends at a clause or a preposition ("... aligned with features via POT",
        # "consists of a modification of the ResNet")
        stop = next((j for j in range(index + 1, limit) if _part_stop(tokens, j, index, authors)), limit)
        first = _first_after(entities, index, stop, chosen, skip=skip)
        if first is not None:
            _coordinated(entities, first, chosen, skip=skip)


def _named_parts(
    entities: list[Span], tokens: TokenTable, chosen: dict[int, Span], authors: AuthorCues, parts: ProposeCues
) -> None:
    """Coined parts of the paper's contribution that no verb introduces ("Specifically, we introduce
    ..., and a Dual-Reference Structural Rectification (DRSR) mechanism to enforce ...", "centered on
    the Uncertainty-Aware Pyramid Fusion (UAPF) module", "a Language-Guided Band Selection Module
    (LBSM)"): a Title-Case Method or Model name of two words or more, not a lexicon name, whose
    abbreviation (no lexicon name either) the abstract defines right after it, then a part noun, or
    the name ends in a part ending; only in a paper that proposes something, in a sentence about
    the paper's own work, and not someone else's ("unlike the existing X (XM) module", "we
    incorporate the Lattice Boltzmann Method (LBM)")."""
    if not chosen:
        return
    names = {_loose(span.text) for span in chosen.values()}
    established = {span.text for span in entities if get_evidence(span) in ("lexicon", "lexicon-variant")}
    for span in entities:
        if span.label_ == "Dataset" or _loose(span.text) in names or not _coined_title_case(span.text):
            continue
        if get_evidence(span) in ("lexicon", "lexicon-variant") or _established_short(span, entities):
            continue
        if span.start - 1 > tokens.sentence_start(span.start) and tokens.text[span.start - 1][:1].isupper():
            continue  # "Outfit-aware Noise Optimization Module": the tail of a longer name
        if span.start > 2 and tokens.lower[span.start - 1] in ("a", "an") and tokens.text[span.start - 2] == ",":
            if any(c.end == span.start - 2 for c in chosen.values()):
                continue  # "We propose QuaRot-7B, a Mixture of Experts (MoE) architecture": it describes the proposal
        after = _after_abbreviation(tokens, span.end)
        if after == span.end or not any(c.isupper() for c in tokens.text[span.end + 1]):
            continue
        if tokens.text[span.end + 1] in established:
            continue  # "a Robustly Optimized BERT Approach (RoBERTa) decoder module": a lexicon name's long form
        kind = after < len(tokens) and tokens.lower[after] in parts.part_nouns or _apposed_part(span, after, parts)
        if not kind and tokens.lower[span.end - 1] not in parts.part_endings:
            continue
        start = tokens.sentence_start(span.start)
        lead = tokens.lower[start : span.start]
        if any(w in parts.prior_part_leads for w in lead) or any(w in parts.part_use_leads for w in lead[-4:]):
            continue
        if not _own_sentence(tokens, entities, chosen, start, span, authors, parts):
            continue
        chosen[span.start] = span
        names.add(_loose(span.text))


def _own_sentence(
    tokens: TokenTable,
    entities: list[Span],
    chosen: dict[int, Span],
    start: int,
    span: Span,
    authors: AuthorCues,
    parts: ProposeCues,
) -> bool:
    """Whether the sentence of ``span`` speaks of the paper's own work: an author word, a propose
    or component verb anywhere in it, or a proposed name or "the/this <kind noun>" before ``span``."""
    words = tokens.lower[start : tokens.sentence_end(span.start)]
    if any(w in authors.author_words or w in authors.propose_verbs or w in parts.component_verbs for w in words):
        return True
    return _own_subject(tokens, entities, chosen, start, span.start, start, authors)


def _apposed_part(span: Span, after: int, parts: ProposeCues) -> bool:
    """ ", a/an <part noun>" within three words after a name's abbreviation ("the Cross-Modal
    Semantic Sieve (CS2), a module enabling early audio-visual interaction")."""
    return apposed_kind(span.doc, after, len(span.doc), parts.part_nouns, 3, frozenset())


def _coined_title_case(name: str) -> bool:
    """Whether a name is two or more words, each capitalised but the links ("Dynamic Template
    Update with Mamba", "Cross-Modal Semantic Sieve"; not "sparse attention", "Mamba")."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() or w in _NAME_LINKS or w == "and" for w in words)


def _part_stop(tokens: TokenTable, j: int, verb: int, authors: AuthorCues) -> bool:
    """Whether the parts named after a component verb end at token ``j``: a proposal gap stop
    or an "of" that is not the verb's own ("consists of")."""
    word = tokens.lower[j]
    return _proposal_stop(tokens, j, authors) or (word == "of" and j > verb + 1)


def _not_a_part_name(tokens: TokenTable, span: Span, authors: AuthorCues) -> bool:
    """Whether a name after a component verb is no part's name: a lower-case phrase that does not
    end in a kind noun ("introduces the evidence lower bound (ELBO)"; "a multi-view template fusion
    module" is one), one a lower-case word follows past its abbreviation ("a Region of Interest
    (ROI) detection head"), or a name right before a kind noun ("a VideoMamba module", "a
    Mixture-of-Transformers architecture"; "a Frequency Enhancement (FE) module" names it)."""
    if span.text.islower() and tokens.lower[span.end - 1] not in authors.kind_nouns:
        return True
    after = _after_abbreviation(tokens, span.end)
    if after >= len(tokens):
        return False
    word = tokens.text[after]
    if after == span.end:
        return word.lower() in authors.kind_nouns  # "a Mixture-of-Transformers architecture": a modifier
    return word.isalpha() and word.islower() and word not in authors.name_closers and word not in authors.kind_nouns


def _established_short(span: Span, entities: list[Span]) -> bool:
    """Whether a name's parenthesised abbreviation is an established (lexicon) name ("Contrastive
    Language Image Pretraining (CLIP)"): the name is that established thing."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "(":
        return False
    return any(e.start == span.end + 1 and get_evidence(e) == "lexicon" for e in entities)


def _own_subject(
    tokens: TokenTable,
    entities: list[Span],
    chosen: dict[int, Span],
    lo: int,
    verb: int,
    start: int,
    authors: AuthorCues,
) -> bool:
    """Whether the words ``lo..verb`` before a component verb name the paper's contribution: a
    proposed name, "it"/"our" opening the sentence, or "the/this/our" and a kind noun."""
    lower = tokens.lower
    names = {_loose(span.text) for span in chosen.values()}
    if any(lo <= span.start and span.end <= verb and _loose(span.text) in names for span in entities):
        return True
    if lower[start] in _OWN_OPENERS:
        return True
    return any(
        lower[i] in _THE
        and (lower[i + 1] in authors.kind_nouns or lower[i + 2 : i + 3] and lower[i + 2] in authors.kind_nouns)
        for i in range(lo, verb - 1)
    )


def _event_name(doc: Doc, tokens: TokenTable, span: Span, parts: ProposeCues) -> bool:
    """Whether a title name names an event (a challenge, a competition) that the paper reports on,
    not a contribution: an event noun ends it ("SIS-Challenge") or follows it past years and
    numbers ("NTIRE 2025 Challenge on Image Super-Resolution", "Overview of the CXR-LT 2026
    Challenge"), the subtitle after its colon, opening with no article or gerund, names one before
    its first lower-case word ("MEGC2026: Micro-Expression Grand Challenge on ..."; not "Orbis:
    Overcoming Challenges of ...", "X: A Challenge Benchmark for ..."), or a report opener and
    "of" precede it ("Overview of GeoLifeCLEF 2023: ...")."""
    lower = tokens.lower
    end = title_token_end(doc)
    if lower[span.end - 1] in parts.event_nouns:
        return True
    start = span.start - (span.start >= 1 and lower[span.start - 1] == "the")
    if start >= 2 and lower[start - 1] == "of" and lower[start - 2] in parts.event_report_openers:
        return True
    j = span.end
    while j < end and tokens.text[j][:1].isdigit():
        j += 1
    if j < end and lower[j] in parts.event_nouns:
        return True
    if (
        j + 1 < end
        and tokens.text[j] == ":"
        and lower[j + 1] not in ("a", "an", "the")
        and not lower[j + 1].endswith("ing")
    ):
        for k in range(j + 1, end):
            if lower[k] in parts.event_nouns:
                return True
            if tokens.text[k][:1].islower():
                return False
    return False


def _kind_subtitle(doc: Doc, tokens: TokenTable, authors: AuthorCues) -> bool:
    """Whether the title's subtitle says what kind of contribution the name before the colon is
    ("Augmented Radiance Field: A General Framework for ...", "X: A Hybrid Neural Network
    Approach"): then the name is the paper's own, even where the abstract writes it in lower case."""
    colon = _title_colon(doc)
    if colon is None or colon + 2 >= len(tokens) or tokens.lower[colon + 1] not in ("a", "an"):
        return False
    for j in range(colon + 2, min(colon + 6, len(tokens))):
        if not in_title(doc, j) or not tokens.text[j][:1].isalpha():
            return False
        if tokens.lower[j] in authors.kind_nouns:
            return True
    return False


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
        doc.spans[ENTITIES] = sorted(existing + found, key=lambda s: (s.start, s.end))
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


@Language.factory("claimgraph_proposes")
def make_proposes(nlp: Language, name: str):
    """Build the proposes component."""
    cues, authors, appositives = name_cues(), author_cues(), propose_cues()

    def set_proposes(doc: Doc) -> Doc:
        appositive_names(doc, authors, appositives)
        doc._.proposes = proposed_spans(doc, cues, authors, appositives)
        return doc

    return set_proposes
