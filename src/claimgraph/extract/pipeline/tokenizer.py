"""The tokenizer of the extraction pipeline: spaCy's English one, two changes.

1. A period at the end of a token after a letter or digit is split off
   ("7B." -> "7B" "."; "X." -> "X" "."), so a sentence-final name is seen whole.
   Real abbreviations ("e.g.", "i.e.", "et al.", "vs.", "Fig.") stay whole
   through spaCy's tokenizer exceptions.
2. A slash between digits is split off ("GPT-3/3.5/4" -> "GPT-3" "/" "3.5"
   "/" "4"), so the first name of such a list is seen.
3. Single capital letters followed by a period ("A.", "X.") are no longer
   exceptions: in abstracts they end sentences far more often than they are
   initials.

Registered as ``claimgraph.tokenizer.v1`` and named in ``config.cfg``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_suffix_regex, registry

_FINAL_PERIOD = r"(?<=[A-Za-z0-9])\.$"
_DIGIT_SLASH = r"(?<=[0-9])/(?=[0-9])"


def build_tokenizer(nlp: Language) -> Tokenizer:
    """Return spaCy's default tokenizer for ``nlp`` with claimgraph's changes."""
    defaults = nlp.Defaults
    suffixes = list(defaults.suffixes or ()) + [_FINAL_PERIOD]
    rules = {
        text: value
        for text, value in (defaults.tokenizer_exceptions or {}).items()
        if not re.fullmatch(r"[A-Z]\.", text)
    }
    from spacy.util import compile_infix_regex, compile_prefix_regex

    return Tokenizer(
        nlp.vocab,
        rules=rules,
        prefix_search=compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
        suffix_search=compile_suffix_regex(suffixes).search,
        infix_finditer=compile_infix_regex(list(defaults.infixes or ()) + [_DIGIT_SLASH]).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


@registry.tokenizers("claimgraph.tokenizer.v1")
def create_tokenizer():
    """Config entry point: ``[nlp.tokenizer] @tokenizers = "claimgraph.tokenizer.v1"``."""
    return build_tokenizer
