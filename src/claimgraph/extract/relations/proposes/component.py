"""The component's entry point: :func:`proposed_spans` reads the proposal cues, the title and the parts
of the contribution and drops the names that are no proposal; ``claimgraph_proposes``
(:func:`make_proposes`) adds the appositive names and sets ``doc._.proposes``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

import claimgraph.extract.pipeline.extensions  # noqa: F401  (registers the shared Doc and Span extensions)
from claimgraph.extract.cues import AuthorCues, author_cues
from claimgraph.extract.entities.abbreviation_forms import form_key
from claimgraph.extract.entities.decision import ENTITIES
from claimgraph.extract.entities.evidence import get_evidence
from claimgraph.extract.entities.name_cues import NameCues, name_cues
from claimgraph.extract.pipeline.extensions import only_announced_parts
from claimgraph.extract.pipeline.token_table import span_text, table
from claimgraph.extract.relations.proposes.announced import _announced_parts
from claimgraph.extract.relations.proposes.appositives import (
    appositive_names,
    novel_apposition_names,
    retype_proposed_tasks,
    title_description_name,
    title_kind_name,
)
from claimgraph.extract.relations.proposes.authorship import (
    _adjective_cue,
    _by_authors,
    _earlier_work,
    _names_by_authors,
    _names_finding,
    _names_prior_work,
)
from claimgraph.extract.relations.proposes.cues import (
    NAMED_TITLE_COLON,
    ProposeCues,
    _after_abbreviation,
    propose_cues,
    title_case_name,
    title_colon,
)
from claimgraph.extract.relations.proposes.descriptions import _field_short_form, _kind_modifier, _named_after, _purpose
from claimgraph.extract.relations.proposes.fragments import _fragment, _modifier
from claimgraph.extract.relations.proposes.objects import (
    _announced_first,
    _coordinated,
    _first_after,
    _listed_items,
    _named_head_end,
    _past_unnamed_long_form,
    _proposal_stop,
    _window_end,
)
from claimgraph.extract.relations.proposes.outcomes import _result_names
from claimgraph.extract.relations.proposes.parts import (
    _components,
    _core_names,
    _named_parts,
    _novel_appositions,
    _passive_proposals,
    _variants,
)
from claimgraph.extract.relations.proposes.refusals import (
    _apposed_non_proposal,
    _described_then_named,
    _established_short_form,
    _kinds_of_named,
    _known_initials,
    _run_on,
    _task_names,
)
from claimgraph.extract.relations.proposes.titles import (
    _background_title_name,
    _event_name,
    _for_title_purpose,
    _kind_subtitle,
    _title_names,
    _title_purposes,
    _topic_title,
)
from claimgraph.vocabulary import PROPOSABLE_TYPES

#: The evidence of a coined name that "our" and kind words before it make the paper's own ("our multi-agent
#: framework OMNE", "our MT-R1-Zero-7B-Mix attains ...", "our curated X-Bench"); a
#: lexicon name after "our" is one the authors use ("our LLaMA-2 baseline").
_OUR_COINED = frozenset({"head-name", "model-shape", "dataset-head"})


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
            and not _names_finding(tokens, index, authors, parts)
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
                    or _kind_modifier(tokens, span, authors, parts)
                    or _field_short_form(tokens, span, authors)
                    or _fragment(tokens, span, verb, authors)
                )

            first = _first_after(entities, index, stop, chosen, skip=skip)
            if first is None:
                first = _announced_first(entities, tokens, index, stop, parts.list_markers, skip=skip)
                if first is not None:
                    chosen.setdefault(first.start, first)
            if first is not None:
                _coordinated(entities, first, chosen, skip=skip)
                _listed_items(entities, tokens, index, first, chosen, parts.list_markers, skip=skip)
        elif (
            (lower == "proposed" or lower in parts.result_adjectives)
            and index
            and tokens.lower[index - 1] in ("our", "the")
        ):
            # "our proposed VA-VAE", "the proposed pipeline, AnthroTAP,": the name right after
            def named(span, verb=index):
                # an established name is no proposal here ("the proposed contrastive learning objective")
                if get_evidence(span) == "lexicon":
                    return True
                if tokens.lower[verb] != "proposed" and not _authors_product(tokens, verb, span, authors):
                    return True  # "the resulting KG contains ...", a background "the resulting PnP-Flow model"
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
            _first_after(
                entities,
                index,
                _our_phrase_end(tokens, index, authors),
                chosen,
                only=lambda span, our=index: _our_coined(tokens, our, span, authors),
                skip=lambda span: _modifier(tokens, span),
            )
    named = [span for span in chosen.values()]
    colon = title_colon(doc, NAMED_TITLE_COLON)
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
    _announced_parts(entities, tokens, chosen, authors, parts)
    _named_parts(entities, tokens, chosen, authors, parts)
    _novel_appositions(entities, tokens, chosen, authors, parts)
    _passive_proposals(entities, tokens, chosen, parts)
    _core_names(entities, tokens, chosen, authors, parts)
    _result_names(entities, tokens, chosen, authors, parts)
    _variants(entities, chosen, cues.model_size_parts)
    tasks = _task_names(doc, [chosen[start] for start in sorted(chosen)], parts.task_name_breaks)
    known = _known_initials(doc, entities)
    kinds = _kinds_of_named(tokens, entities, chosen, cues, authors)
    purposes = _title_purposes(doc, tokens)
    names = list(chosen.values())
    return [
        chosen[start]
        for start in sorted(chosen)
        if form_key(span_text(chosen[start])) not in tasks
        and not _for_title_purpose(tokens, chosen[start], purposes, names, cues, authors)
        and not _run_on(chosen[start], names)
        and span_text(chosen[start]) not in known
        and form_key(span_text(chosen[start])) not in kinds
        and not _apposed_non_proposal(tokens, chosen[start], parts, authors)
        and not _described_then_named(tokens, chosen[start], chosen, cues, authors)
        and not _established_short_form(tokens, chosen[start], chosen, colon, authors)
        and not _background_title_name(doc, tokens, chosen[start], entities, authors)
    ]


def _our_phrase_end(tokens, our: int, authors: AuthorCues) -> int:
    """Where the phrase after "our" may hold the paper's own name: up to seven words, to a word that ends the
    phrase (a verb or clause word: "Our framework leverages the FLOWER framework"; not one glued by a hyphen,
    "our DiT-based model"), or, past a kind noun and a comma, to the name right after ("our DiT-based video
    generation model, MiraDiT")."""
    end = tokens.sentence_end(our)
    ends = authors.propose_gap_stops | authors.name_closers | authors.author_words
    limit = min(our + 7, end)
    for j in range(our + 1, min(our + 12, end)):
        word = tokens.lower[j]
        if word in ends and tokens.text[j - 1] != "-":
            return min(j, limit)
        if word in authors.kind_nouns and tokens.text[j + 1 : j + 2] == [","]:
            return min(j + 3, end)
    return limit


def _our_coined(tokens, our: int, span: Span, authors: AuthorCues) -> bool:
    """Whether a name after "our" is a coined one: a name shape, or a Title Case long form (every word
    capitalised) defined with its abbreviation that no lexicon name links ("our curated Alignment Drift Benchmark
    (ADB)"; not "our Large Language Model (LLM)", "our Style Attributes Disentanglement approach (SADis)", nor a
    short form: "our CPT and SFT training datasets", nor a name after the phrase's kind noun and a verb: "Our
    framework integrates Multimodal Chain-of-Thought (MCoT)")."""
    evidence = get_evidence(span)
    if evidence == "abbreviation":
        # a long form in Title Case, not a short form ("our CPT and SFT training datasets"), that the phrase after
        # "our" names: no kind noun stands between them unless right before it or before a comma ("Our
        # framework integrates Multimodal Chain-of-Thought (MCoT)"; "Our framework, Disentangled ... (DADD)")
        between = tokens.lower[our + 1 : span.start]
        headed = any(w in authors.kind_nouns for w in between[:-1]) and between[-1:] != [","]
        spaced = " ".join(t.text for t in span)  # "DTLP-Net" read as two words, "DTLP - Net"
        return not headed and not span.kb_id_ and title_case_name(spaced) and not span.text.isupper()
    return evidence in _OUR_COINED


def _authors_product(tokens, word: int, span: Span, authors: AuthorCues) -> bool:
    """Whether the name after "the/our resulting" (at ``word``) is what the authors made: an author word
    ("we", "our") stands before it in the abstract, and a kind noun stands between them or right after the
    name and its abbreviation ("The resulting model, AceMath-72B-RM", "the resulting DocSynth-300K dataset";
    not "the resulting KG contains ...", nor "... have been integrated into X, and the resulting PnP-Flow
    model has ..." before any author word)."""
    if not any(w in authors.author_words for w in tokens.lower[:word]):
        return False
    after = _after_abbreviation(tokens, span.end)
    return any(w in authors.kind_nouns for w in tokens.lower[word + 1 : span.start]) or (
        after < len(tokens) and tokens.lower[after] in authors.kind_nouns
    )


@Language.factory("claimgraph_proposes")
def make_proposes(nlp: Language, name: str):
    """Build the proposes component."""
    cues, authors, appositives = name_cues(), author_cues(), propose_cues()

    def set_proposes(doc: Doc) -> Doc:
        retype_proposed_tasks(doc, authors, appositives)
        appositive_names(doc, authors, appositives)
        novel_apposition_names(doc, authors, appositives)
        doc._.proposes = proposed_spans(doc, cues, authors, appositives)
        if title_kind_name(doc, cues, authors, appositives) is not None:
            doc._.proposes = proposed_spans(doc, cues, authors, appositives)
        if only_announced_parts(doc._.proposes):
            # a paper that names no proposal in its abstract (at most parts of it) may name it in its title
            named = title_description_name(doc, cues, authors, appositives)
            doc._.proposes = ([named] if named is not None else []) + list(doc._.proposes)
        return doc

    return set_proposes
