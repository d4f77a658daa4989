"""The parts of the paper's own contribution: coined names after a component verb whose subject is the
contribution (:func:`_components`: "It includes two modules, X and Y"), coined Title-Case parts with
their abbreviation that no verb introduces (:func:`_named_parts`) and coined names an apposition calls
new (:func:`_novel_appositions`: "X, a novel benchmark")."""

from __future__ import annotations

import re

from spacy.tokens import Span

from claimgraph.extract.cues import AuthorCues
from claimgraph.extract.entities.abbreviation_forms import defined_short_forms, form_key, short_forms
from claimgraph.extract.entities.evidence import get_evidence
from claimgraph.extract.pipeline.extensions import ANNOUNCED_PARTS
from claimgraph.extract.pipeline.passive import passive_participle
from claimgraph.extract.pipeline.token_table import TokenTable, span_text
from claimgraph.extract.relations.guards import apposed_kind
from claimgraph.extract.relations.proposes.appositives import _apposition_head
from claimgraph.extract.relations.proposes.authorship import _reported_finding
from claimgraph.extract.relations.proposes.cues import (
    APPOSITIVE_HEAD,
    ProposeCues,
    _after_abbreviation,
    title_case_name,
)
from claimgraph.extract.relations.proposes.fragments import _fragment, _modifier
from claimgraph.extract.relations.proposes.objects import (
    _coordinated,
    _first_after,
    _listed_items,
    _proposal_stop,
    _window_end,
)

#: A parameter count ("7B", "1.5B", "300M"; "A3B": the active parameters of a mixture of experts).
_PARAMETERS = re.compile(r"A?\d+(\.\d+)?[BMK]")

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
    shorts = defined_short_forms(entities[0].doc) if entities else frozenset()
    for index, word in enumerate(lower):
        if index == 0:
            continue
        start = tokens.sentence_start(index)
        if word in parts.component_verbs:
            if not _own_subject(tokens, entities, chosen, max(start, index - 8), index, start, authors):
                continue
        elif not _own_propose_verb(word, authors) or not _direct_own_subject(
            tokens, entities, chosen, index, start, authors, parts
        ):
            continue
        plain = word not in parts.component_verbs

        def skip(span, verb=index, plain=plain):
            return (
                span.label_ == "Dataset"
                or (plain and _plain_word_name(span.text))
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
            _listed_items(entities, tokens, index, first, chosen, parts.list_markers, skip=skip)


def _own_propose_verb(word: str, authors: AuthorCues) -> bool:
    """Whether ``word`` is a proposal verb in the third person ("Z-Erase first proposes a X", "The
    framework constructs an X"): with the contribution as its subject it introduces a part, as a
    component verb does; not a training verb ("trains") nor a participle ("the framework introduced in")."""
    return word in authors.propose_verbs and word not in authors.training_verbs and word.endswith("s")


def _proposed_keys(entities: list[Span], chosen: dict[int, Span]) -> set[str]:
    """The comparison keys of the proposed names and of the abbreviations the abstract defines for them
    ("HSGL comprises two core components" after "Hard Sample Generation and Learning (HSGL)")."""
    names = {form_key(span.text) for span in chosen.values()}
    if not entities:
        return names
    return names | {form_key(short) for span in chosen.values() for short in short_forms(entities[0].doc, span.text)}


def _direct_own_subject(
    tokens: TokenTable,
    entities: list[Span],
    chosen: dict[int, Span],
    verb: int,
    start: int,
    authors: AuthorCues,
    parts: ProposeCues,
) -> bool:
    """Whether the subject right before a proposal verb in the third person, past adverbs
    (``subject_adverbs``, words in -ly), is the paper's contribution: a proposed name or its
    abbreviation ("Z-Erase first proposes", "SV introduces"), "it", or "the/this/our" and a kind noun
    ("The framework constructs"); not a relative clause ("a module that creates a X")."""
    j = verb - 1
    while j >= start and (
        tokens.lower[j] in parts.subject_adverbs or (tokens.lower[j].endswith("ly") and tokens.lower[j].isalpha())
    ):
        j -= 1
    if j < start:
        return False
    word = tokens.lower[j]
    if word == "it":
        return True
    names = _proposed_keys(entities, chosen)
    if any(span.end == j + 1 and form_key(span.text) in names for span in entities):
        return True
    return word in authors.kind_nouns and any(tokens.lower[i] in _THE for i in range(max(start, j - 3), j))


def _plain_word_name(name: str) -> bool:
    """Whether a name is one word capitalised only at its start, without digits or hyphens ("It constructs
    Gaussians from ..."): a plural or an ordinary word, not a coined name ("AesMask", "X-Net")."""
    return " " not in name and name[1:].islower() and name.isalpha()


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
    names = {form_key(span_text(span)) for span in chosen.values()}
    established = {span_text(span) for span in entities if get_evidence(span) in ("lexicon", "lexicon-variant")}
    for span in entities:
        if span.label_ == "Dataset" or form_key(span_text(span)) in names or not title_case_name(span_text(span)):
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
        # words as written, hyphens joined: "over the state-of-the-art X (NPR) method" is prior work
        written = span_text(span.doc[start : span.start]).lower().split() if span.start > start else []
        if any(w in parts.prior_part_leads for w in lead + written):
            continue
        if any(w in parts.part_use_leads for w in lead[-4:]) and not _own_use(
            tokens, entities, chosen, start, span, authors, parts
        ):
            continue
        if not _own_sentence(tokens, entities, chosen, start, span, authors, parts):
            continue
        if _reported_finding(tokens, span.start, authors, parts):
            continue  # "identify a specific layer named the Massive Emergence Layer (ME Layer)": a finding
        chosen[span.start] = span
        names.add(form_key(span.text))


def _novel_appositions(
    entities: list[Span], tokens: TokenTable, chosen: dict[int, Span], authors: AuthorCues, parts: ProposeCues
) -> None:
    """Coined names the abstract calls new in an apposition, whatever verb (if any) introduces them
    ("We formalize ... with RegOps-Bench, a novel benchmark featuring ...", "we establish MultiTrust, the
    first comprehensive and unified benchmark on ..."): a Method, Model or Dataset name
    that is no lexicon name, past its abbreviation ", a/an/the", then within the apposition's head
    window a ``novelty_words`` word before its head, a kind noun that is no ``appositive_not_proposable``
    one (", a novel metric" is none). Not after a ``prior_part_leads`` word in its sentence."""
    for span in entities:
        if span.start in chosen or get_evidence(span) in ("lexicon", "lexicon-variant"):
            continue
        if _established_short(span, entities):
            continue
        comma = _after_abbreviation(tokens, span.end)
        if tokens.text[comma : comma + 1] == ["}"]:
            comma += 1  # the closing brace of text markup around the name
        if comma + 2 >= len(tokens) or tokens.text[comma] != "," or tokens.lower[comma + 1] not in ("a", "an", "the"):
            continue
        start = comma + 2
        end = min(tokens.sentence_end(start), start + APPOSITIVE_HEAD)
        head = _apposition_head(tokens, start, APPOSITIVE_HEAD, parts, authors)
        if head is None or head in parts.appositive_not_proposable:
            continue
        at = next((j for j in range(start, end) if tokens.lower[j] == head), end)
        if not any(tokens.lower[j] in parts.novelty_words for j in range(start, at)):
            continue
        lead = tokens.lower[tokens.sentence_start(span.start) : span.start]
        if any(w in parts.prior_part_leads for w in lead):
            continue
        chosen[span.start] = span


def _passive_proposals(entities: list[Span], tokens: TokenTable, chosen: dict[int, Span], parts: ProposeCues) -> None:
    """Coined names the abstract proposes in the passive ("Additionally, a Local Nearest Centroid Classifier
    (LocalNCC) is devised to ...", "a Dual Temperature Scaling (DTS) strategy is devised"): a Title Case Method or
    Model name of two words or more after "a/an", no lexicon name, with the abbreviation the abstract defines right
    after it, then at most a part noun, "is/are" and a ``passive_proposal_verbs`` word; not after a
    ``prior_part_leads`` word in its sentence ("Recently, a X (XA) is proposed"). A lowercase phrase that the
    entity stage read as such a clause's opening description ("Third, a dynamic appearance feature updating
    strategy is introduced", evidence ``propose``) needs no abbreviation, may follow a ``novelty_words`` word
    after its article ("a novel X network is designed"), and one ``subject_adverbs`` word may stand before its
    verb ("is then proposed"); such a part does not name the contribution (it joins the
    announced parts, :data:`.extensions.ANNOUNCED_PARTS`). The verb is read as the other passive readings read it
    (:func:`.pipeline.passive.passive_participle`), with this relation's own verbs and adverbs; unlike the entity
    stage's ``passive_phrase`` (which finds the description as a name) and the uses relation's
    ``_proposed_in_passive`` (which asks of a name already proposed whether it is introduced as a part), this asks
    whether the name is the paper's own coined proposal."""
    for span in entities:
        if span.start in chosen or span.label_ == "Dataset":
            continue
        titled = title_case_name(span_text(span))
        if not titled and not (get_evidence(span) == "propose" and span[-1].text.islower()):
            continue
        if get_evidence(span) in ("lexicon", "lexicon-variant") or _established_short(span, entities):
            continue
        article = span.start - 1
        if not titled and article > 0 and tokens.lower[article] in parts.novelty_words:
            article -= 1  # "Additionally, a novel feature interaction fusion network is designed"
        if article < 0 or tokens.lower[article] not in ("a", "an"):
            continue
        after = _after_abbreviation(tokens, span.end)
        if after == span.end and titled:
            continue
        if after < len(tokens) and tokens.lower[after] in parts.part_nouns:
            after += 1
        verb = passive_participle(tokens.lower, after, () if titled else parts.subject_adverbs)
        if verb < 0 or tokens.lower[verb] not in parts.passive_proposal_verbs:
            continue
        lead = tokens.lower[tokens.sentence_start(span.start) : span.start]
        if not any(w in parts.prior_part_leads for w in lead):
            chosen[span.start] = span
            if not titled:  # a part, which does not name the contribution (as a list's announced parts)
                span.doc.user_data.setdefault(ANNOUNCED_PARTS, set()).add(span.start)


def _core_names(
    entities: list[Span], tokens: TokenTable, chosen: dict[int, Span], authors: AuthorCues, parts: ProposeCues
) -> None:
    """The coined name a sentence calls the core of the paper's own work ("Central to this approach is
    WikiFragments, a ... dataset", "The key to our method's adaptability is the Subject-Embedding Network
    (SE-Net)", "At the core of our method is a Gaussian Feature Field"): the sentence opens with a
    ``core_words`` word and, before its first ``core_verbs`` word ("is", "lies"), an author word or "this" and a
    kind noun; the first entity right after the verb (past ``core_name_skips``: "the/a/an", "in", "novel", "new")
    is proposed unless it is a lexicon name."""
    by_start = {span.start: span for span in entities}
    for start in sorted({tokens.sentence_start(span.start) for span in entities}):
        end = tokens.sentence_end(start)
        lead = tokens.lower[start : min(end, start + 4)]
        if not any(w in parts.core_words for w in lead):
            continue
        verb = next((j for j in range(start, min(end, start + 14)) if tokens.lower[j] in parts.core_verbs), None)
        if verb is None or not _own_lead(tokens.lower[start:verb], authors):
            continue
        j = verb + 1
        while j < end and tokens.lower[j] in parts.core_name_skips:
            j += 1
        span = by_start.get(j)
        if span is not None and get_evidence(span) not in ("lexicon", "lexicon-variant") and not span.kb_id_:
            chosen.setdefault(span.start, span)


def _own_lead(words: list[str], authors: AuthorCues) -> bool:
    """Whether words name the paper's own work: an author word ("our"), or "this" before a kind noun."""
    if any(w in authors.author_words for w in words):
        return True
    return any(w == "this" and n in authors.kind_nouns for w, n in zip(words, words[1:], strict=False))


def _own_use(
    tokens: TokenTable,
    entities: list[Span],
    chosen: dict[int, Span],
    start: int,
    span: Span,
    authors: AuthorCues,
    parts: ProposeCues,
) -> bool:
    """Whether the use word before ``span`` has the paper's contribution as its subject ("DETA++ uses a
    Contrastive Relevance Aggregation (CoRA) module", "Our framework employs an X (XS) strategy"): the
    system uses a part of its own, not someone else's ("we incorporate the Lattice Boltzmann Method (LBM)")."""
    use = max(j for j in range(max(start, span.start - 4), span.start) if tokens.lower[j] in parts.part_use_leads)
    return _own_subject(tokens, entities, chosen, max(start, use - 8), use, start, authors)


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
    names = _proposed_keys(entities, chosen)
    if any(lo <= span.start and span.end <= verb and form_key(span.text) in names for span in entities):
        return True
    if lower[start] in _OWN_OPENERS:
        return True
    return any(
        lower[i] in _THE
        and (lower[i + 1] in authors.kind_nouns or lower[i + 2 : i + 3] and lower[i + 2] in authors.kind_nouns)
        for i in range(lo, verb - 1)
    )


def _variants(entities: list[Span], chosen: dict[int, Span], sizes: frozenset[str]) -> None:
    """Named variants of a proposed coined name: a Method or Model whose name is the proposed one, a
    hyphen, then a capitalised or numeric tag ("the MT-R1-Zero-7B-Sem variant" beside the proposed
    "MT-R1-Zero", "DistilVDR-HiRes attains ..." beside "DistilVDR", "ANNIE-Attack" beside "ANNIE") are
    the paper's own too; not a lower-case tail ("X-based"), not a tag that is only a size ("DA-VIT-Base",
    "SAIL-VL2-2B": the proposal at one size; ``sizes`` are names.json's model_size_parts), not a name
    that the resolver links to a known model ("KnowRL-Nemotron-1.5B" for Nemotron) and not after an
    established (lexicon) name."""
    own = {span_text(span) for span in chosen.values() if get_evidence(span) not in ("lexicon", "lexicon-variant")}
    if not own:
        return
    named = {span_text(span) for span in chosen.values()}
    # the short form of a proposed long form is that proposal ("the PMC with Privileged Information (PMC-PI)")
    shorts = {short for name in named for short in short_forms(entities[0].doc, name)}
    for span in entities:
        if span.label_ == "Dataset" or span.start in chosen or span.kb_id_ or span_text(span) in shorts:
            continue  # "KnowRL-Nemotron-1.5B", which the resolver links to Nemotron: named after another model
        text = span_text(span)
        for name in own:
            tag = text[len(name) + 1 :]
            if not text.startswith(name + "-") or not (tag[:1].isupper() or tag[:1].isdigit()):
                continue
            if all(part in sizes or _PARAMETERS.fullmatch(part) for part in tag.split("-")):
                continue
            chosen[span.start] = span
            break
