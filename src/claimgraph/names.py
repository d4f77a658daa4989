"""The one name-normalisation function of claimgraph.

``claimgraph eval`` and the resolver both compare entity names through
:func:`normalize_name`, so two surface forms that the annotation guide's
"Scoring" section treats as the same name get the same key everywhere.

The guide normalises "case, whitespace, hyphens, a leading 'the' and a plural
's'". The exact rules, applied in this order:

0. The name as shown (:func:`shown_name`): a LaTeX tilde between two
   characters is a space, and a name cut inside a parenthesis glued to it
   ends before the bracket ("UAVDE-2M(contains 2" is "UAVDE-2M").
1. Unicode NFKC (full-width letters, ligatures and non-breaking spaces become
   their plain forms).
2. Hyphens and every other dash character (``‐ ‑ ‒ – — ― − ⁃ ﹘ ﹣``) become a
   space; runs of whitespace collapse to one space; the ends are stripped.
3. A leading word "the" is dropped when something follows it
   ("the Pile" -> "pile"; "Theano" and a bare "the" are kept).
4. The last word loses a plural "s":

   - an acronym plural, two or more capitals then a lowercase "s"
     ("LLMs", "GPUs"), always does;
   - a word that ends in a capital "S" never does, whether written in
     capitals only ("ATIS", "SARS") or in mixed case ("CoRAS", which is not
     the plural of "CoRA"): its final "S" is part of the name;
   - any other word of four or more characters ending in a letter plus "s"
     does, except the endings "ss", "us" and "is", which are rarely plurals
     ("loss", "corpus", "analysis").

5. Everything is lower-cased (``str.casefold``).
6. A space between a letter and a digit (either order) is removed, so a name
   and its number are one token whatever separated them: "GPT-3", "GPT 3" and
   "GPT3" all become "gpt3", and "Mistral 7B" becomes "mistral7b". A space
   between two digits is kept ("LLaMA-2-7B" -> "llama2 7b", which differs from
   "LLaMA-27B" -> "llama27b"), and dots, slashes and other punctuation are kept
   ("GPT-3.5" stays different from "GPT-3").

Examples
--------
>>> normalize_name("LLMs")
'llm'
>>> normalize_name("Large Language Models")
'large language model'
>>> normalize_name("GPT-3") == normalize_name("GPT 3") == normalize_name("GPT3")
True
>>> normalize_name("GPT-3.5") == normalize_name("GPT-3")
False
>>> normalize_name("LLaMA-2-7B"), normalize_name("LLaMA-7B")
('llama2 7b', 'llama7b')
>>> normalize_name("the  Pile")
'pile'
>>> normalize_name("chain–of–thought") == normalize_name("Chain of Thought")
True
>>> normalize_name("ATIS"), normalize_name("corpus"), normalize_name("loss")
('atis', 'corpus', 'loss')
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["ends_in_acronym_plural", "is_acronym_plural", "normalize_name", "shown_name"]

# Hyphen-minus and the Unicode dashes and hyphens (NFKC already folds the
# full-width and small forms of some of them).
_DASHES = re.compile("[\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\ufe58\ufe63\uff0d]")
_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the (?=\S)", re.IGNORECASE)
#: An acronym in the plural: two or more capitals, then a lowercase "s" (:func:`is_acronym_plural`).
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
#: A word whose last part is an acronym in the plural (:func:`ends_in_acronym_plural`).
_ACRONYM_PLURAL_END = re.compile(r"[A-Z][A-Za-z0-9-]*[A-Z0-9]s")
_LETTER_DIGIT_GAP = re.compile(r"(?<=[^\W\d_]) (?=\d)|(?<=\d) (?=[^\W\d_])")
_NOT_PLURAL_ENDINGS = ("ss", "us", "is")


def is_acronym_plural(word: str) -> bool:
    """Whether the whole word is an acronym in the plural: two or more capitals, then a lowercase "s".

    The plural of rule 4 of the module docstring, and a class of models where a name is expected ("GANs"
    listed as examples of architectures). See :func:`ends_in_acronym_plural` for a plural acronym at the end
    of a longer word.

    >>> [is_acronym_plural(w) for w in ("LLMs", "GPUs", "AEs", "ATIS", "Ms", "VQ-VAEs", "GANsformer")]
    [True, True, True, False, False, False, False]
    """
    return _ACRONYM_PLURAL.fullmatch(word) is not None


def ends_in_acronym_plural(word: str) -> bool:
    """Whether a word that opens with a capital ends in an acronym in the plural: a capital or a digit, then
    a lowercase "s" after it, with letters, digits or hyphens before ("CNNs", "VQ-VAEs", "Video-LLMs",
    "OmniLLMs", "GPT3s"): a family of models, written like a plural of one.

    Wider than :func:`is_acronym_plural`, which takes only a whole word of capitals and "s".

    >>> [ends_in_acronym_plural(w) for w in ("CNNs", "VQ-VAEs", "Video-LLMs", "OmniLLMs", "GPT3s")]
    [True, True, True, True, True]
    >>> [ends_in_acronym_plural(w) for w in ("Transformers", "ATIS", "vLLMs", "LLMs-based", "Ms")]
    [False, False, False, False, False]
    """
    return _ACRONYM_PLURAL_END.fullmatch(word) is not None


def _singular(word: str) -> str:
    """Drop a plural "s" from one word (rule 4 of the module docstring)."""
    if is_acronym_plural(word):
        return word[:-1]
    if len(word) < 4 or not word.endswith("s"):
        return word  # a final capital "S" is part of the name: "ATIS", "CoRAS"
    if not word[-2].isalpha() or word.lower().endswith(_NOT_PLURAL_ENDINGS):
        return word
    return word[:-1]


#: A LaTeX non-breaking space inside a name: a tilde between two written characters ("Terminal-Bench~2.1").
_LATEX_TILDE = re.compile(r"(?<=\S)~(?=\S)")
#: An opening bracket glued to the word before it ("UAVDE-2M(contains", "LOGO(Long cOntext").
_GLUED_BRACKET = re.compile(r"(?<=\w)[(\[]")


def _unclosed_glued_bracket(text: str) -> int | None:
    """The offset of the first opening bracket glued to a word that no bracket after it closes, else None."""
    for match in _GLUED_BRACKET.finditer(text):
        closing = ")" if match.group() == "(" else "]"
        if closing not in text[match.end() :]:
            return match.start()
    return None


def shown_name(text: str) -> str:
    """The name as a reader should see it: the written form without two artifacts of the abstract's source.

    - A LaTeX tilde between two characters is the non-breaking space it prints as ("Terminal-Bench~2.1" is
      "Terminal-Bench 2.1", "Qwen~3.7-Plus" is "Qwen 3.7-Plus"); NFKC makes the Unicode one a space too.
    - An opening bracket glued to the word before it and never closed in the name starts a parenthesis that
      the name was cut inside ("UAVDE-2M(contains 2 million boxes)" gave "UAVDE-2M(contains 2"): the name ends
      before it. A closed bracket is part of the name ("SIM(3)-equivariant", "3D(Lo)Match").

    Examples
    --------
    >>> shown_name("Terminal-Bench~2.1"), shown_name("UAVDE-2M(contains 2"), shown_name("LOGO(Long cOntext")
    ('Terminal-Bench 2.1', 'UAVDE-2M', 'LOGO')
    >>> shown_name("SIM(3)-equivariant"), shown_name("CAS(ME)^3"), shown_name("~40%"), shown_name("GPT-4")
    ('SIM(3)-equivariant', 'CAS(ME)^3', '~40%', 'GPT-4')
    """
    if "~" not in text and "(" not in text and "[" not in text:
        return text  # the usual name, with neither artifact: no pattern to run
    cut = _unclosed_glued_bracket(text)
    if cut:
        text = text[:cut].rstrip()
    return _LATEX_TILDE.sub(" ", text)


@lru_cache(maxsize=1 << 16)  # pure, and asked of the same names again and again
def normalize_name(text: str) -> str:
    """Return the comparison key of an entity name.

    Parameters
    ----------
    text : str
        A surface form, e.g. ``"the Pile"``, ``"LLMs"`` or ``"GPT-3"``.

    Returns
    -------
    str
        The key: lower case, single spaces, no dashes, no leading "the", no
        plural "s" on the last word, letters and digits joined. See the module
        docstring for the exact rules. An empty or blank text gives ``""``.

    Examples
    --------
    >>> normalize_name("The Transformers")
    'transformer'
    >>> normalize_name("Mistral 7B") == normalize_name("Mistral-7B")
    True
    >>> normalize_name("GPUs"), normalize_name("FLOPs"), normalize_name("GLUE"), normalize_name("CoRAS")
    ('gpu', 'flop', 'glue', 'coras')
    """
    text = unicodedata.normalize("NFKC", shown_name(text))
    text = _SPACES.sub(" ", _DASHES.sub(" ", text)).strip()
    text = _LEADING_THE.sub("", text)
    if not text:
        return ""
    head, _, last = text.rpartition(" ")
    text = f"{head} {_singular(last)}" if head else _singular(last)
    text = text.casefold()
    return _LETTER_DIGIT_GAP.sub("", text)
