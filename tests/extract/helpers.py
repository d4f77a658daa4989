"""Helpers shared by the extraction tests."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.tokens import Doc

import claimgraph.extract.entities.abbreviations  # noqa: F401  (registers factories)
import claimgraph.extract.entities.decision  # noqa: F401
import claimgraph.extract.entities.lexicon_matcher  # noqa: F401
import claimgraph.extract.entities.name_patterns  # noqa: F401
import claimgraph.extract.pipeline.sentences  # noqa: F401
import claimgraph.extract.relations.proposes  # noqa: F401
from claimgraph.extract import extract
from claimgraph.extract.from_doc import group_entities
from claimgraph.extract.pipeline.sentences import TITLE_END
from claimgraph.extract.pipeline.tokenizer import build_tokenizer
from claimgraph.ingest.model import Paper

LEXICON = str(Path(__file__).resolve().parents[1] / "fixtures" / "lexicon")


def blank():
    """spacy.blank("en") with claimgraph's tokenizer."""
    nlp = spacy.blank("en")
    nlp.tokenizer = build_tokenizer(nlp)
    return nlp


def entity_pipeline(*, abbreviations: bool = False, proposes: bool = False, lexicon: str | None = LEXICON):
    """Sentences, lexicon, name patterns and entities over the test lexicon (the packaged lexicons when
    ``lexicon`` is None); the abbreviation detector in front and the proposes component after them when asked."""
    config = {"directory": lexicon} if lexicon is not None else {}
    nlp = blank()
    nlp.add_pipe("claimgraph_sentences")
    if abbreviations:
        nlp.add_pipe("claimgraph_abbreviations")
    nlp.add_pipe("claimgraph_lexicon", config=config)
    nlp.add_pipe("claimgraph_name_patterns")
    nlp.add_pipe("claimgraph_entities", config=config)
    if proposes:
        nlp.add_pipe("claimgraph_proposes")
    return nlp


def entity_set(nlp, abstract: str, title: str = "") -> set[tuple[str, str]]:
    """The (text, type) of every entity ``nlp`` finds in ``title`` and ``abstract``."""
    doc = make_doc(nlp, title, abstract)
    return {(s.text, s.label_) for s in doc.spans["entities"]}


def entity_texts(nlp, abstract: str, label: str, title: str = "") -> set[str]:
    """The texts of the entities of type ``label`` that ``nlp`` finds in ``title`` and ``abstract``."""
    return {text for text, found in entity_set(nlp, abstract, title) if found == label}


def make_doc(nlp, title: str, abstract: str) -> Doc:
    """Run every component of ``nlp`` on ``title + " " + abstract``."""
    doc = nlp.make_doc(f"{title} {abstract}" if title else abstract)
    doc.user_data[TITLE_END] = len(title)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def shown(nlp, abstract: str, title: str = "") -> dict[str, str]:
    """The name shown for each entity of the paper (the text the graph labels it with) and its type."""
    entities, _ = group_entities(make_doc(nlp, title, abstract))
    return {entity.text: entity.type for entity in entities}


def proposed(nlp, abstract: str, title: str = "") -> list[str]:
    """The texts of the names the paper proposes, in order (``doc._.proposes``)."""
    return [s.text for s in make_doc(nlp, title, abstract)._.proposes]


def claim_subject(proposal: str, sentence: str) -> str | None:
    """The subject of the claim ``sentence`` makes in an abstract that opens with ``proposal`` (the whole
    pipeline); fails when the sentence makes no claim."""
    [ex] = list(extract([Paper(id="p", title="", abstract=proposal + sentence)]))
    claims = [c for c in ex.claims if c.text == sentence]
    assert claims, f"no claim: {sentence}"
    return claims[0].subject
