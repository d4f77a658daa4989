"""The extraction pipeline: ``spacy.blank("en")`` with claimgraph's tokenizer and components.

``config.cfg`` lists the components in order. Each is registered with
``Language.factory`` in its own module and advertised to spaCy through the
``spacy_factories`` entry points in ``pyproject.toml`` (the tokenizer through
``spacy_tokenizers``), so spaCy finds them by name like any other component.

Examples
--------
>>> nlp = build_pipeline()
>>> nlp.pipe_names[:2]
['claimgraph_sentences', 'claimgraph_abbreviations']
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.util import load_config_from_str, load_model_from_config

from claimgraph.errors import ConfigError


def default_config_text() -> str:
    """The packaged ``config.cfg``."""
    return (resources.files(__name__) / "config.cfg").read_text(encoding="utf-8")


def build_pipeline(config_text: str | None = None, *, disable: tuple[str, ...] = ()) -> Language:
    """Build a fresh pipeline from a config text (default: the packaged one).

    Parameters
    ----------
    config_text : str, optional
        A spaCy config whose pipeline uses claimgraph's factories.
    disable : tuple of str
        Component names to leave out (e.g. ``("claimgraph_claims",)``).
    """
    try:
        config = load_config_from_str(config_text or default_config_text())
        nlp = load_model_from_config(config, exclude=list(disable), auto_fill=True)
    except Exception as error:  # spaCy raises many kinds for a bad config
        raise ConfigError(f"cannot build the extraction pipeline: {error}") from error
    return nlp


@lru_cache(maxsize=2)
def shared_pipeline() -> Language:
    """The packaged pipeline, built once per process."""
    return build_pipeline()
