"""How two surface forms of one entity relate, by their text alone: a short form of a long form, another release
of the same name, long forms that name one thing, a form that looks like an acronym. The resolver
(:mod:`claimgraph.resolve.first_pass`) uses these to sort an entity's aliases into long forms, short forms and
paper-local forms (rules 4 and 6 of :mod:`claimgraph.resolve.core`), and :mod:`claimgraph.resolve.anchoring` to
compare a paper's long forms with a known name's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimgraph.resolve.variants import release_mark, sibling_release

__all__ = ["is_short_form", "long_forms_agree", "looks_like_acronym", "other_release"]


def is_short_form(form: str, long_form: str) -> bool:
    """Whether ``form`` looks like an abbreviation of ``long_form`` ("SPT", "CoT", "LoRA").

    Examples
    --------
    >>> is_short_form("SPT", "Semantic-aware Permutation Training"), is_short_form("GPT 3", "GPT-3")
    (True, False)
    """
    return len(form) < len(long_form) and looks_like_acronym(form)


def other_release(text: str, form: str, type_: str = "Model") -> bool:
    """Whether one of two forms is the other plus a release mark ("FLUX" and "FLUX.1", "o1" and "o1-preview");
    release words ("preview", "mini") count for a Model only ("CoT" and "CoT reasoning" are one method). Two
    datasets or methods that are one stem plus two different marks are two releases too ("IJB-A" and "IJB-B",
    :func:`~claimgraph.resolve.variants.sibling_release`).

    >>> other_release("FLUX", "FLUX.1"), other_release("o1-preview", "o1"), other_release("GPT-3", "GPT3")
    (True, True, False)
    >>> other_release("CoT reasoning", "CoT", "Method"), other_release("ZeRO", "ZeRO-3", "Method")
    (False, True)
    >>> other_release("IJB-A", "IJB-B", "Dataset"), other_release("VQA v2", "VQAv2", "Dataset")
    (True, False)
    """
    words = type_ == "Model"
    if release_mark(text, form, words=words) is not None or release_mark(form, text, words=words) is not None:
        return True
    return type_ != "Model" and sibling_release(text, form) is not None


def _word_stems(name: str) -> set[str]:
    """The first four letters of each word of ``name``, and of each hyphenated compound written as one word
    ("multi-view" gives "mult", "view"; "multiview" gives "mult")."""
    words = re.findall(r"[A-Za-z]{3,}", name) + [
        compound.replace("-", "") for compound in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)+", name)
    ]
    return {word[:4].lower() for word in words}


def long_forms_agree(longs: Iterable[str], known: Iterable[str]) -> bool:
    """Whether a paper's long forms name the same thing as a known entity's forms: the words of one of the paper's
    long forms (compared by their first four letters) hold all the words of one of the known long forms, or the
    other way round (a paper may drop or add a qualifier: "3D Gaussian" for 3D Gaussian Splatting), see
    :func:`_same_words`. A word of the
    known name missing from the paper's long form, and one of the paper's missing from the known name, make
    another thing that happens to share the abbreviation ("Multi-View Slot attention (MVS)" is not multi-view
    stereo, "Semi-supervised Learning (SSL)" not self-supervised learning). True when the paper gives no long form
    of its own.

    Examples
    --------
    >>> long_forms_agree(["Low Rank Adaption"], ["LoRA", "low-rank adaptation"])
    True
    >>> long_forms_agree(["Efficient Multi-scale Attention"], ["exponential moving average", "EMA"])
    False
    >>> long_forms_agree(["Multi-View Slot attention"], ["multi-view stereo", "MVS"])
    False
    >>> long_forms_agree(["multiview stereo"], ["multi-view stereo", "MVS"])
    True
    """
    own = [_word_stems(form) for form in longs if not looks_like_acronym(form)]
    if not any(own):
        return True
    names = [_word_stems(form) for form in known if not looks_like_acronym(form)]
    return any(_same_words(words, name) for words in own if words for name in names if name)


def _same_words(own: set[str], known: set[str]) -> bool:
    """Whether two long forms' word stems name one thing: one holds the other, or, in names of four words or
    more, one word is swapped ("Reinforcement Learning using Verifiable Rewards", "group relative preference
    optimization" for GRPO); in shorter names a swapped word is another thing ("Contrastive Policy Optimization"
    is not contrastive preference optimization)."""
    return own <= known or known <= own or (min(len(own), len(known)) >= 4 and len(own ^ known) <= 2)


def looks_like_acronym(form: str) -> bool:
    """One word with two capitals, or a short capitalised word ("SPT", "CoT", "Orca")."""
    if any(ch.isspace() for ch in form):
        return False
    capitals = sum(ch.isupper() for ch in form)
    return capitals >= 2 or (capitals == 1 and form[:1].isupper() and len(form) <= 5)
