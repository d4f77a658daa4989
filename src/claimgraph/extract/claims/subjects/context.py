"""What the whole paper tells about its own contribution (:class:`PaperContext`): :func:`paper_context`
finds the proposed entity (the first proposed Method/Model, a coined name before an established one and a
whole system before its part, else the first proposed entity), its aliases and the index of the sentence
that proposes it; :func:`is_component` tells the name of a part ("... Attention Module")."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from claimgraph.extract.claims.cues import ClaimCues
from claimgraph.extract.claims.subjects.cues import _CUES, ACTORS, PROPOSE_VERBS
from claimgraph.extract.entities.abbreviation_forms import other_forms
from claimgraph.extract.entities.evidence import get_evidence
from claimgraph.extract.pipeline.extensions import announced_part, only_announced_parts
from claimgraph.extract.pipeline.sentence_view import CONTEXT_CACHE, Located, SentenceView
from claimgraph.extract.pipeline.token_table import span_text


def spelled(text: str) -> str:
    """``text`` without hyphens and spaces: how "alpha-Flow" and "AlphaFlow" are the same name."""
    return text.replace("-", "").replace(" ", "")


@dataclass(frozen=True, slots=True)
class PaperContext:
    """What the whole paper tells about its own contribution."""

    proposed: Span | None
    keys: frozenset[str]
    propose_index: int | None
    has_title: bool
    #: The first proposed Method/Model (what "we", "our method", "it" stand for), else None.
    actor: Span | None = None
    #: The first proposed Dataset (what "our benchmark", "this dataset" stand for), else None.
    dataset: Span | None = None
    #: ``keys`` without hyphens and spaces, so that "alpha-Flow" matches the proposed AlphaFlow.
    spelled: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "spelled", frozenset(spelled(k) for k in self.keys))

    def is_proposed(self, span: Span | Located) -> bool:
        """Whether ``span`` (or a located span) names an entity the paper introduces."""
        if not self.keys:
            return False
        if isinstance(span, Located):
            if span.key in self.keys:
                return True
            span = span.span
        return span_text(span).lower() in self.keys or bool(span.kb_id_) and span.kb_id_.lower() in self.keys


def paper_context(doc: Doc, views: list[SentenceView], cues: ClaimCues) -> PaperContext:
    """Collect the proposed entity, its aliases and the propose sentence index.

    Cached in ``doc.user_data`` next to the sentence views (see
    :func:`claimgraph.extract.pipeline.sentence_view.release_context`).
    """
    cached = doc.user_data.get(CONTEXT_CACHE)
    if cached is not None:
        return cached
    proposes = list(doc._.proposes or ())
    # a coined name before an established (lexicon) one: "we introduce domain adversarial learning
    # ... our GB-DAL" is about GB-DAL
    # ... and a whole system before a part of it ("a token allocation mechanism ... our framework")
    # ... and last the parts a proposal announced in a list, which do not name the contribution ("we introduce
    # three modules: ..."): with only such parts proposed, "our framework" stands for an unnamed system
    # ... and a name before a lowercase description with no short form ("we develop semantic-selective local
    # attention ... AnimeAdapter"; "a dual-domain super-resolution network (DDSRNet)" is a name)
    actors = sorted(
        (s for s in proposes if s.label_ in ACTORS),
        key=lambda s: (announced_part(s), _established(s), is_component(s), _description(s)),
    )
    proposed = actors[0] if actors else (proposes[0] if proposes else None)
    if proposes and only_announced_parts(proposes):
        proposed = None
    elif proposed is not None and announced_part(proposed):
        # every Method/Model proposed is a part, which names no contribution: the paper's other proposal does
        # ("GT-PCQA" read as a dataset, "a geometry-texture decoupling strategy is presented")
        proposed = next(s for s in proposes if not announced_part(s))
    keys = {s.text.lower() for s in proposes} | {s.kb_id_.lower() for s in proposes if s.kb_id_}
    keys |= {form.lower() for key in tuple(keys) for form in other_forms(doc, key)}
    keys |= _initials(s.text for s in proposes)
    title_end = doc.user_data.get("cg_title_end")
    has_title = bool(title_end) and len(views) > 1
    first = 1 if has_title else 0
    propose_index = None
    starts = {s.start for s in proposes}
    for view in views[first:]:
        words = view.words
        by_authors = not view.present.isdisjoint(PROPOSE_VERBS) and any(
            w in PROPOSE_VERBS
            and any(a in cues.author_words or a in cues.author_nouns for a in words[max(0, i - 4) : i])
            for i, w in enumerate(words)
        )
        if (
            by_authors
            or any(e.span.start in starts for e in view.entities)
            or (keys and not view.present.isdisjoint(keys))
        ):
            propose_index = view.index
            break
    datasets = [s for s in proposes if s.label_ == "Dataset"]
    actor = actors[0] if actors and proposed is not None and not announced_part(actors[0]) else None
    if actor is not None and _component_of_unnamed(doc, views, actor, propose_index):
        actor = None
    context = PaperContext(
        proposed,
        frozenset(keys),
        propose_index,
        has_title,
        actor,
        datasets[0] if datasets else None,
    )
    doc.user_data[CONTEXT_CACHE] = context
    return context


def _description(span: Span) -> bool:
    """Whether a proposed name is a lowercase description with no short form ("semantic-selective local
    attention"), which the paper's coined name comes before."""
    text = span_text(span)
    return text.islower() and not other_forms(span.doc, text)


def _established(span: Span) -> bool:
    """Whether a proposed name is an established (lexicon) name, which the paper's own
    contribution rarely is; sorts coined names first."""
    return get_evidence(span) == "lexicon"


def is_component(span: Span) -> bool:
    """Whether a name is that of a part ("Residual Convolutional Block Attention Module", "a
    Spatial Self-Attention (SSA) mechanism"): its last word, or the word after it and its
    parenthesised abbreviation, is a component head."""
    doc = span.doc
    end = span.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        end += 3
    return (
        doc[span.end - 1].lower_ in _CUES.component_heads or end < len(doc) and doc[end].lower_ in _CUES.component_heads
    )


def _initials(names) -> set[str]:
    """Acronyms spelled by the initials of proposed names of three or more words
    ("Discriminative Concept Calibrator" -> "dcc"), lower-cased: the paper's short name for
    them even where no "(DCC)" definition was read."""
    found = set()
    for name in names:
        parts = [p for p in name.replace("-", " ").split() if p[:1].isalpha()]
        if len(parts) >= 3 and all(p[0].isupper() for p in parts):
            found.add("".join(p[0] for p in parts).lower())
    return found


def _component_of_unnamed(doc: Doc, views: list[SentenceView], actor: Span, propose_index: int | None) -> bool:
    """Whether the first proposed name is only a component of an unnamed contribution: the
    authors' propose sentence names nothing ("we propose a novel framework for X") and the
    name comes later as a part ("a new Spatial Self-Attention (SSA) mechanism"); then "our
    framework" is not that component."""
    if propose_index is None:
        return False
    sentence = next((v.index for v in views if v.sentence.start <= actor.start < v.sentence.end), None)
    if sentence is None or sentence <= propose_index:
        return False
    end = actor.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        end += 3  # "Spatial Self-Attention (SSA) mechanism"
    return end < len(doc) and doc[end].lower_ in _CUES.component_heads
