"""The names of the title: the coined name before its colon (:func:`_title_names`, :func:`_title_colon`),
a subtitle that names its kind (:func:`_kind_subtitle`), and the title names that are no proposal: a topic
(:func:`_topic_title`), an event the paper reports on (:func:`_event_name`), the task or field the title's
"for" names (:func:`_title_purposes`, :func:`_for_title_purpose`), a name the abstract gives as background before the
authors speak (:func:`_background_title_name`)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from claimgraph.extract.cues import AuthorCues
from claimgraph.extract.entities.abbreviation_forms import form_key, other_forms, short_forms
from claimgraph.extract.entities.evidence import get_evidence
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_shapes import capitals, initials
from claimgraph.extract.pipeline.sentences import TITLE_END, in_title, title_token_end
from claimgraph.extract.pipeline.token_table import TokenTable, doc_text
from claimgraph.extract.relations.proposes.authorship import _author_word
from claimgraph.extract.relations.proposes.cues import NAMED_TITLE_COLON, ProposeCues, _after_abbreviation, title_colon

#: Words after a study noun that make it the head of a subtitle ("A Survey", "A Study of").
_STUDY_FOLLOWERS = frozenset({"of", "on", "into", "for", "in", "with", "and", ".", ",", "?", ":"})


def _title_names(doc: Doc, entities: list[Span], tokens: TokenTable, authors: AuthorCues, cues: NameCues) -> list[Span]:
    """The coined names of the title, before its colon; none when the subtitle is a study
    ("X: A Survey", "X: An Empirical Study of ...") or the phrase opens like a sentence, a slogan or a goal
    ("When Confidence Misleads: ...", "Beyond Motion Primitives: ...", "Towards Robust X: ...")."""
    openers = authors.title_openers | cues.title_goal_openers
    colon = title_colon(doc, NAMED_TITLE_COLON)
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
    if short_forms(doc, name):
        return False  # "we propose ... polynomial composition activations (PolyCom)": defined as a name
    if name.lower() in abstract:
        return True
    if name.lower() in abstract.lower():
        return False  # "the GT-mean loss" for "GT-Mean Loss": still a name
    spelled = initials(name)
    return any(
        (other.label_ == "Dataset") == (span.label_ == "Dataset")
        and form_key(other.text) != form_key(name)
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
        form_key(other.text) != form_key(span.text) and capitals(other.text).startswith(own) for other in names
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
    colon = title_colon(doc, NAMED_TITLE_COLON)
    if colon is None or colon + 2 >= len(tokens) or tokens.lower[colon + 1] not in ("a", "an"):
        return False
    for j in range(colon + 2, min(colon + 6, len(tokens))):
        if not in_title(doc, j) or not tokens.text[j][:1].isalpha():
            return False
        if tokens.lower[j] in authors.kind_nouns:
            return True
    return False


def _plain_key(name: str) -> str:
    """A name's comparison key without a plural "s" ("Fitted Networks" as "fitted network")."""
    return _title_words(name).removesuffix("s")


def _common_noun(text: str) -> bool:
    """Whether a name of several words is written in lower case but for its first letter ("graph sequence model",
    "Enterprise deep research"): a common noun phrase; not "Dragonchess", "Vertical Federated Learning"."""
    return " " in text and text[1:].islower()


def _title_words(text: str) -> str:
    """Lower-case words and brackets of a text, one space apart ("Analysis (SUFA):" as "analysis ( sufa )")."""
    return " ".join(re.findall(r"[^\W_]+|[()]", text.lower()))


def _background_title_name(doc: Doc, tokens: TokenTable, span: Span, entities: list[Span], authors: AuthorCues) -> bool:
    """Whether a proposed name that the title writes, but not at its start, is the paper's background: the
    abstract names it before the authors first speak ("Amortized Spectral Kernel Discovery via Prior-Data
    Fitted Network" with "Prior-Data Fitted Networks (PFNs) enable efficient amortized inference but ... We
    introduce ..."; "Event-Driven Online Vertical Federated Learning" with "Vertical Federated Learning (VFL)
    is ..."): an existing thing the paper builds on or a field it works in. A name the title opens with
    ("AURA: ...", "Poisson Flow Consistency Training"), defines before its colon ("Framing Analysis (SUFA): ...")
    or that the abstract first writes where or after the
    authors speak ("... via Cumulative Entropy Regulation" with "we propose Cumulative Entropy Regulation")
    stays. The name's other forms count as it ("VFL" for "Vertical Federated Learning"), and the title's name
    before its colon speaks for the authors ("PHAGE: Patent Heterogeneous ... Encoder ..." with "PHAGE addresses
    ..."), as "proposed" does ("the proposed X"). A mention of several words in lower case but for its first
    letter is a common noun, not the name ("what makes a good graph sequence model" before "we present Graph
    Sequence Model (GSM)"; "Enterprise deep research often fails" before "We propose a scalable Enterprise Deep
    Research (EDR) architecture")."""
    end = title_token_end(doc)
    if not end:
        return False
    keys = {_plain_key(form) for form in (span.text, *other_forms(doc, span.text))} - {""}
    text = doc_text(doc)[: doc.user_data.get(TITLE_END) or 0]
    title, head = f" {_title_words(text)} ", f" {_title_words(text.partition(':')[0])} "
    written = [title.find(f" {key}{tail} ") for key in keys for tail in ("", "s")]
    if 0 in written or max(written, default=-1) < 0:
        return False
    if any(head == f" {key} " or head.endswith(f" ( {key} ) ") for key in keys):
        return False  # the title's own name before its colon
    mentions = [other for other in entities if _plain_key(other.text) in keys and not _common_noun(other.text)]
    first = min((other.start for other in mentions if other.start >= end), default=None)
    if first is None:
        return False
    colon = title_colon(doc, NAMED_TITLE_COLON)
    own = form_key(doc[:colon].text) if colon else None
    lower = tokens.lower
    for j in range(end, first + 1):
        spoken = _author_word(lower, j, authors) or lower[j] == "proposed"
        if spoken or (own and form_key(tokens.text[j]) == own):
            return tokens.sentence_of[j] > tokens.sentence_of[first]
    return True
