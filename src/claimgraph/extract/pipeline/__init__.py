"""Assemble the extraction pipeline from ``config.cfg``.

Examples
--------
>>> nlp = build_pipeline()
>>> nlp.pipe_names[:2]
['claimgraph_sentences', 'claimgraph_abbreviations']
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from importlib import resources

import spacy
from spacy.language import Language
from spacy.util import load_config_from_str

from claimgraph.errors import ConfigError

#: The module that registers each factory (imported only when a config uses it).
FACTORY_MODULES: dict[str, str] = {
    "claimgraph_sentences": "claimgraph.extract.pipeline.sentences",
    "claimgraph_abbreviations": "claimgraph.extract.entities.abbreviations",
    "claimgraph_lexicon": "claimgraph.extract.entities.lexicon_matcher",
    "claimgraph_name_patterns": "claimgraph.extract.entities.name_patterns",
    "claimgraph_entities": "claimgraph.extract.entities.decision",
    "claimgraph_quantities": "claimgraph.extract.quantities.numbers",
    "claimgraph_proposes": "claimgraph.extract.relations.proposes",
    "claimgraph_claims": "claimgraph.extract.claims.detection",
    "claimgraph_relations": "claimgraph.extract.relations.pairs",
}


def default_config_text() -> str:
    """The packaged ``config.cfg``."""
    return (resources.files("claimgraph.extract.pipeline") / "config.cfg").read_text(encoding="utf-8")


def build_pipeline(config_text: str | None = None, *, disable: tuple[str, ...] = ()) -> Language:
    """Build a fresh pipeline from a config text (default: the packaged one).

    Parameters
    ----------
    config_text : str, optional
        A spaCy config whose pipeline uses claimgraph's factories.
    disable : tuple of str
        Component names to leave out (e.g. ``("claimgraph_claims",)``).
    """
    importlib.import_module("claimgraph.extract.pipeline.tokenizer")
    try:
        config = load_config_from_str(config_text or default_config_text())
        for name in config["nlp"]["pipeline"]:
            module = FACTORY_MODULES.get(config["components"][name].get("factory", ""))
            if module:
                importlib.import_module(module)
        nlp = spacy.blank("en", config=config)
    except Exception as error:  # spaCy raises many kinds for a bad config
        raise ConfigError(f"cannot build the extraction pipeline: {error}") from error
    for name in disable:
        if name in nlp.pipe_names:
            nlp.remove_pipe(name)
    return nlp


@lru_cache(maxsize=2)
def shared_pipeline() -> Language:
    """The packaged pipeline, built once per process."""
    return build_pipeline()
