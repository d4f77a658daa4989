"""Component ``claimgraph_proposes``: what the paper itself introduces.

An entity (Method, Model or Dataset) is proposed when

- it is the coined name before the title's colon ("CItruS: Chunked ..."), or
- it is the first such entity within a few tokens after a proposal verb whose
  subject is the authors ("we propose", "this paper introduces", "our ...",
  "here we present"), or after "dubbed/termed/called"; a name that is the
  first part of a hyphenated modifier ("a Mamba-based tracker") is skipped, or
- its abbreviation is defined in such a sentence, or
- the authors name it ("which we call X", "we term this X"), or
- it is listed right after a proposed name ("we construct X and Y").

Not proposed: a title name before a colon whose subtitle is a study ("X: A
Survey"), a title phrase that opens like a slogan ("Beyond Motion Primitives:
...", "When Confidence Misleads: ..."), names after a study noun ("we present a
survey of X"), the tail of a glued name ("infty-RoPE"), an established
(lexicon) name that is only part of a longer description ("grounding-aware
reinforcement learning", "Tenengrad gradient detection") or that the authors
merely train ("we train Vision Transformers on ...") or act on ("we propose
freezing the matrices in the Vision Transformer"), a name introduced as a task
("we introduce the task of ... (LoGU)"), and, after "our", a name beyond a
preposition ("applying our method to the X model").

``doc._.proposes`` gets the first mention of each proposed entity.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

import claimgraph.extract.entities.evidence  # noqa: F401  (registers Span._.evidence)
import claimgraph.extract.pipeline.extensions  # noqa: F401  (registers the shared Doc and Span extensions)
from claimgraph.extract.cues import AuthorCues, author_cues
from claimgraph.extract.entities.decision import ENTITIES
from claimgraph.extract.entities.name_cues import NameCues, name_cues
from claimgraph.extract.pipeline.token_table import TokenTable, table
from claimgraph.vocabulary import PROPOSABLE_TYPES

WINDOW = 12
#: " (ABBR)" right after a name, before a glued "-based".
_ABBREVIATED = re.compile(r" \([^()\s]{1,15}\)(?=-)")
#: Words before a propose verb's form that make it a noun ("our design", "the release").
_NOUN_BEFORE = frozenset({"our", "the", "this", "its", "their", "a", "an"})
#: Words after a study noun that make it the head of a subtitle ("A Survey", "A Study of").
_STUDY_FOLLOWERS = frozenset({"of", "on", "into", "for", "in", "with", "and", ".", ",", "?", ":"})


def proposed_spans(doc: Doc, cues: NameCues, authors: AuthorCues) -> list[Span]:
    """Return the entity spans the paper introduces, in text order (pure)."""
    entities = [s for s in doc.spans.get(ENTITIES, []) if s.label_ in PROPOSABLE_TYPES]
    if not entities:
        return []
    chosen: dict[int, Span] = {}
    tokens = table(doc)
    for index, lower in enumerate(tokens.lower):
        if lower in cues.naming_cues:
            _first_after(entities, index, min(index + 4, tokens.sentence_end(index)), chosen)
        elif lower in authors.naming_verbs and _names_by_authors(tokens, index, authors):
            _first_after(
                entities,
                index,
                min(index + 6, tokens.sentence_end(index)),
                chosen,
                skip=lambda span, verb=index: _fragment(tokens, span, verb, authors),
            )
        elif lower in authors.propose_verbs and _by_authors(tokens, index, authors):
            limit = min(index + WINDOW, tokens.sentence_end(index))
            stop = next((j for j in range(index + 1, limit) if _proposal_stop(tokens, j, authors)), limit)

            def skip(span, verb=index):
                return (
                    _modifier(tokens, span)
                    or _kind_modifier(tokens, span, authors)
                    or _fragment(tokens, span, verb, authors)
                )

            first = _first_after(entities, index, stop, chosen, skip=skip)
            if first is not None:
                _coordinated(entities, first, chosen, skip=skip)
        elif lower == "our":
            # "our (multi-agent) framework OMNE": a name right after our type word
            limit = min(index + 7, tokens.sentence_end(index))
            stop = next((j for j in range(index + 1, limit) if tokens.lower[j] in authors.propose_gap_stops), limit)
            _first_after(
                entities,
                index,
                stop,
                chosen,
                only=lambda span: span._.evidence == "head-name",
            )
    for span in _title_names(doc, entities, tokens, authors):
        chosen.setdefault(span.start, span)
    tasks = _task_names(doc, [chosen[start] for start in sorted(chosen)])
    return [chosen[start] for start in sorted(chosen) if _loose(chosen[start].text) not in tasks]


#: "the task of X", "a new problem we term X", "a setting called X": what follows names a task.
_TASK_INTRO = re.compile(
    r"\b(?:task|problem|setting)s?\b(?: of| (?:that )?we (?:call|term|name|dub)| (?:called|named|termed|dubbed))\b",
    re.IGNORECASE,
)


def _task_names(doc: Doc, spans: list[Span]) -> frozenset[str]:
    """Keys (:func:`_loose`) of chosen names that the paper introduces as a task ("we introduce
    the task of Long-form Generation with Uncertainty (LoGU)", "a family of problems we term
    in context language learning (ICLL)"); a task is not a proposed method."""
    text = doc.text
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
                if _TASK_INTRO.search(prefix):
                    found.add(_loose(span.text))
                    break
                start = text.find(name, start + len(name))
    return frozenset(found)


def _loose(name: str) -> str:
    """A name's comparison key: lower case, hyphens as spaces ("In-Context" = "in context")."""
    return " ".join(name.lower().replace("-", " ").split())


def _title_names(doc: Doc, entities: list[Span], tokens: TokenTable, authors: AuthorCues) -> list[Span]:
    """The coined names of the title, before its colon; none when the subtitle is a study
    ("X: A Survey", "X: An Empirical Study of ...") or the phrase opens like a sentence
    or a slogan ("When Confidence Misleads: ...", "Beyond Motion Primitives: ...")."""
    colon = _title_colon(doc)
    lower = tokens.lower
    if colon is not None:
        title_end = doc.user_data.get("cg_title_end") or 0
        end = colon + 1
        while end < min(colon + 6, len(tokens)) and tokens.idx[end] < title_end:
            end += 1
        subtitle = lower[colon + 1 : end]
        for j, word in enumerate(subtitle):
            if word in authors.study_nouns and (j + 1 == len(subtitle) or subtitle[j + 1] in _STUDY_FOLLOWERS):
                return []
    return [
        span
        for span in entities
        if (span._.evidence == "title" or (span.start == 0 and span.end == colon))
        and lower[span.start] not in authors.title_openers
    ]


def _proposal_stop(tokens: TokenTable, j: int, authors: AuthorCues) -> bool:
    """Whether a proposal's object ends at token ``j``: a gap stop, or a study noun before
    "of"/"on"/"into" ("we present a survey of X": X is studied, not proposed)."""
    lower = tokens.lower
    if lower[j] in authors.propose_gap_stops:
        return True
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
    - an established (lexicon) name that the authors only train ("we train Vision
      Transformers on ...") or that a longer description wraps: a word before it
      other than a determiner ("grounding-aware reinforcement learning", "a residual
      CNN") or a lower-case word after it that is not a function word ("Tenengrad
      gradient detection", "an encoding-enhanced seq2seq pretraining strategy").
    """
    text = span.doc.text
    start = span.start_char
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalnum():
        return True
    evidence = span._.evidence
    if evidence not in ("lexicon", "lexicon-variant"):
        return False
    if tokens.lower[verb] in authors.training_verbs:
        return True
    if evidence != "lexicon":
        return False
    before = span.start - 1
    if before > verb and tokens.lower[before] not in authors.name_modifiers:
        return True
    if any(w.endswith("ing") and w.isalpha() and w.islower() for w in tokens.text[verb + 1 : span.start]):
        return True  # "we propose freezing the matrices in the Vision Transformer": the object of an action
    after = span.end
    if after < len(tokens) and tokens.sentence_of[after] == tokens.sentence_of[span.start]:
        word = tokens.text[after]
        if word.isalpha() and word.islower() and word not in authors.name_closers:
            return True
    return False


def _title_colon(doc: Doc) -> int | None:
    """Token index of the colon that ends a "Name: what it does" title, if any."""
    title_end = doc.user_data.get("cg_title_end") or 0
    tokens = table(doc)
    for index in range(min(8, len(tokens))):
        if tokens.idx[index] >= title_end:
            return None
        if tokens.text[index] == ":":
            return index
    return None


def _by_authors(tokens: TokenTable, verb: int, authors: AuthorCues) -> bool:
    """Whether the authors are the subject: "we", "our", "here", "this paper" shortly before the verb."""
    lower = tokens.lower
    if verb and lower[verb - 1] in _NOUN_BEFORE:
        return False  # "Central to our design is ...": the verb's form used as a noun
    # "we devise a pipeline for ... and propose X": a coordinated verb shares the subject
    reach = 16 if verb and lower[verb - 1] == "and" else 6
    for i in range(max(tokens.sentence_start(verb), verb - reach), verb):
        own_noun = lower[i] in authors.author_nouns and i > 0 and lower[i - 1] in {"this", "our"}
        if lower[i] in authors.author_words or own_noun:
            return True
    return False


def _modifier(tokens: TokenTable, span: Span) -> bool:
    """Whether a name is the first part of a hyphenated modifier ("a Mamba-based tracker",
    "an OpenEnv-compatible environment", "a state space model (SSM)-based strategy"): what
    is proposed is the thing it modifies."""
    text = span.doc.text
    start, end = span.start_char, span.end_char
    after = _ABBREVIATED.match(text, end)
    if after is not None:
        end = after.end()  # "a Vision Transformer (ViT)-based framework"
    elif start and text[start - 1] == "(" and text.startswith(")", end):
        end += 1  # the "(ViT)" of the same modifier
    return end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha()


def _kind_modifier(tokens: TokenTable, span: Span, authors: AuthorCues) -> bool:
    """Whether an established lower-case name only modifies the kind of an unnamed
    contribution ("a self-supervised learning framework", "an OpenEnv-compatible
    reinforcement learning environment"); coined names ("the CItruS framework") are kept."""
    end = span.end
    if end >= len(tokens) or tokens.lower[end] not in authors.kind_nouns:
        return False
    return span.text.islower() and span._.evidence != "head-name"


def _first_after(
    entities: list[Span], index: int, limit: int, chosen: dict[int, Span], only=None, skip=None
) -> Span | None:
    """Choose the first entity after ``index`` and before ``limit`` (not skipped); return it."""
    for span in entities:
        if skip is not None and index < span.start < limit and skip(span):
            continue
        if index < span.start < limit:
            if only is None or only(span):
                chosen.setdefault(span.start, span)
                return span
            return None
    return None


def _coordinated(entities: list[Span], first: Span, chosen: dict[int, Span], skip=None) -> None:
    """Names listed right after a proposed one ("we construct X and Y", "X, Y, and Z") are proposed too."""
    tokens = table(first.doc)
    end = first.end
    for span in entities:
        if span.start < end:
            continue
        gap = tokens.lower[end : span.start]
        if not gap or len(gap) > 2 or any(w not in (",", "and", "or") for w in gap):
            return
        if skip is not None and skip(span):
            return
        chosen.setdefault(span.start, span)
        end = span.end


@Language.factory("claimgraph_proposes")
def make_proposes(nlp: Language, name: str):
    """Build the proposes component."""
    cues, authors = name_cues(), author_cues()

    def set_proposes(doc: Doc) -> Doc:
        doc._.proposes = proposed_spans(doc, cues, authors)
        return doc

    return set_proposes
