"""The tokenizer of the extraction pipeline: spaCy's English one, seven changes.

1. A period at the end of a token after a letter or digit is split off
   ("7B." -> "7B" "."; "X." -> "X" "."), so a sentence-final name is seen whole.
   Real abbreviations ("e.g.", "i.e.", "et al.", "vs.", "Fig.") stay whole
   through spaCy's tokenizer exceptions.
2. A slash between digits is split off ("GPT-3/3.5/4" -> "GPT-3" "/" "3.5"
   "/" "4"), so the first name of such a list is seen.
3. A tilde (LaTeX's non-breaking space) is split off unless a digit follows
   ("2.78~(CIFAR-10)" -> "2.78" "~" "(" "CIFAR-10" ")"; "Table~1" stays, and so
   does the range "7.33~8.26"), with an opening bracket right after it.
4. Single letters followed by a period ("A.", "X.", "x.") are no longer
   exceptions: in abstracts they end sentences ("... ALBERT-x. ALBERT-x is")
   far more often than they are initials. "e.g.", "i.e.", "vs." stay whole.
5. LaTeX text markup is split off names: a command with its opening brace
   ("\\textbf{", "\\emph{", "\\texttt{") is its own token, also inside a word,
   and so is a closing brace before a letter or digit ("\\textbf{Mo}di" ->
   "\\textbf{" "Mo" "}" "di"), so "\\textbf{Brain3D}" gives the name "Brain3D".
6. A number keeps a glued multiplier letter: spaCy splits "128K" into "128"
   "K" (K, M, G, T as units); here "GPT-4-128K" ends in one token "128K", as
   "LLaMA-7B" ends in "7B".
7. An opening bracket glued to a word of two or more letters is split off
   when a code with a capital letter follows it to the end of the token
   ("mean Intersection over Union(mIoU)" -> "Union" "(" "mIoU" ")"), so the
   abbreviation is defined and the word before it is not part of a name, or
   when a number follows it ("T2I-ReasonBench(+3.7)", "GenEval++(+4.3)"), so
   the name is seen whole; "f(X)" and "model(s)" stay whole.

Registered as ``claimgraph.tokenizer.v1`` and named in ``config.cfg``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_suffix_regex, registry

_FINAL_PERIOD = r"(?<=[A-Za-z0-9])\.$"
_DIGIT_SLASH = r"(?<=[0-9])/(?=[0-9])"
_TILDE = r"(?<=[^\s~])~(?![0-9~])"
_BRACKET_AFTER_TILDE = r"(?<=~)[(\[]"
_LATEX_COMMAND = r"\\[A-Za-z]+\{"
_BRACE_IN_WORD = r"\}(?=[}\\A-Za-z0-9])"
_GLUED_ABBREVIATION = r"(?<=[A-Za-z]{2})\((?=[A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*$)"
_GLUED_NUMBER = r"(?<=[A-Za-z+]{2})\((?=[+±−-]?[0-9])"


#: Unit letters spaCy splits off a number that ML papers use as multipliers ("128K", "7M", "1T", "2G").
_MULTIPLIER_UNITS = ("|T|", "|G|", "|M|", "|K|")


def _keep_multipliers(suffix: str) -> str:
    """spaCy's unit suffix without the single-letter units, so "GPT-4-128K" keeps "128K" whole (as "7B")."""
    for unit in _MULTIPLIER_UNITS:
        suffix = suffix.replace(unit, "|")
    return suffix


def build_tokenizer(nlp: Language) -> Tokenizer:
    """Return spaCy's default tokenizer for ``nlp`` with claimgraph's changes."""
    defaults = nlp.Defaults
    suffixes = [_keep_multipliers(suffix) for suffix in defaults.suffixes or ()] + [_FINAL_PERIOD]
    prefixes = [_LATEX_COMMAND] + list(defaults.prefixes or ())
    rules = {
        text: value
        for text, value in (defaults.tokenizer_exceptions or {}).items()
        if not re.fullmatch(r"[A-Za-z]\.", text)
    }
    from spacy.util import compile_infix_regex, compile_prefix_regex

    return Tokenizer(
        nlp.vocab,
        rules=rules,
        prefix_search=compile_prefix_regex(prefixes).search,
        suffix_search=compile_suffix_regex(suffixes).search,
        infix_finditer=compile_infix_regex(
            list(defaults.infixes or ())
            + [
                _DIGIT_SLASH,
                _TILDE,
                _BRACKET_AFTER_TILDE,
                _LATEX_COMMAND,
                _BRACE_IN_WORD,
                _GLUED_ABBREVIATION,
                _GLUED_NUMBER,
            ]
        ).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


@registry.tokenizers("claimgraph.tokenizer.v1")
def create_tokenizer():
    """Config entry point: ``[nlp.tokenizer] @tokenizers = "claimgraph.tokenizer.v1"``."""
    return build_tokenizer
