"""Model size and variant suffixes: ``LLaMA-7B`` is LLaMA with 7e9 parameters.

A model name is split at hyphens, underscores and spaces; trailing parts that
are a size (``7B``, ``6.7b``, ``350M``, ``8x7B``, ``A3B``), a context length
(``32K``: a variant without a parameter count) or a variant word
(``base``, ``large``, ``chat``, ``instruct``, ``hf`` ...) are stripped, and
what is left is the family name. Any other trailing part keeps the name whole:
``Qwen3-Max-Preview``, ``LLaMA-Omni 2``, ``DINO-BOLDNet`` and ``Swin-DiT-L``
are models of their own, not variants of Qwen3, LLaMA, DINO or Swin. A version
(``v0.2``) is stripped only after a size or variant word
(``Mixtral-8x7B-Instruct-v0.1``); alone it is part of the name
(``MobileNet-v2``), unless the lexicon's ``variant_of`` says otherwise. Digits glued to the name or
separated without a unit are part of it (``GPT-3``, ``GPT-3.5``, ``LLaMA-2``,
``Orca 2``), so GPT-3.5 is not a variant of GPT-3 and LLaMA-2-7B has the family
LLaMA-2, never LLaMA.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

_SIZE = re.compile(r"^(\d+(?:\.\d+)?)([mMbBtT])$")
#: Sizes without a parameter count: mixtures (``8x7B``), active parameters
#: (``A3B``) and context lengths (``GPT-4-32K``, ``LongChat-13B-16K``).
_OTHER_SIZE = re.compile(r"^(?:\d+x\d+(?:\.\d+)?[bBmM]|[aA]\d+(?:\.\d+)?[bB]|\d+[kK])$")
_VERSION = re.compile(r"^[vV]\d+(?:\.\d+)*$")
_SCALE = {"m": 10**6, "b": 10**9, "t": 10**12}


@lru_cache(maxsize=1)
def family_variant_words() -> frozenset[str]:
    """The variant words that make a size or tuning of the same family, stripped to find the family's name
    ("LLaMA-2-7B-chat" is LLaMA-2): ``family_variant_words`` of ``extract/cues/names.json``, a subset of the
    extractor's ``variant_words`` (a test keeps it one). The other variant words name a release of its own
    ("o1-preview", "Qwen2.5-Coder"), never stripped (:func:`release_mark`).

    >>> "chat" in family_variant_words(), "preview" in family_variant_words()
    (True, False)
    """
    from claimgraph.extract.entities.name_cues import name_cues

    return frozenset(word.casefold() for word in name_cues().family_variant_words)


@dataclass(frozen=True, slots=True)
class Variant:
    """A parsed variant name: family ``base``, stripped ``suffix`` and size."""

    base: str
    suffix: str
    params: float | None


def parse_size(token: str) -> float | None:
    """Return the parameter count written by a size token, else None.

    Examples
    --------
    >>> parse_size("7B"), parse_size("6.7b"), parse_size("350M"), parse_size("base"), parse_size("128K")
    (7000000000.0, 6700000000.0, 350000000.0, None, None)
    """
    match = _SIZE.match(token)
    if not match:
        return None
    return float(Decimal(match.group(1)) * _SCALE[match.group(2).lower()])


#: One part of a release mark: a version ("2", "V2", "v1.5", "1_5"), or a count or size ("1M", "200k", "6B").
_RELEASE_PART = re.compile(r"^(?:[vV]?\d+(?:[._]\d+)*|\d+(?:\.\d+)?[kKmMbBtT])$")
_LETTER = re.compile(r"^[A-Z]$")
#: Parts that name no other release: the first version of a name released without one ("LLaMA-1" is
#: LLaMA, "GPT-1" is GPT), a zero minor version ("Claude 2.0" is Claude 2) and an API snapshot date
#: ("gpt-4-0613", "claude-3-opus-20240229", "text-bison-001").
_SAME_RELEASE = re.compile(r"^(?:[vV]?1(?:\.0)?|\.0|0\d{2,3}|1[0-2]\d{2}|20\d{6})$")


@lru_cache(maxsize=1)
def release_words() -> frozenset[str]:
    """Words that after a model name make another variant or release of it, lower-cased: the extractor's variant
    words (``variant_words`` of ``extract/cues/names.json``: "preview", "pro", "dev", "Coder" ...), which hold
    the resolver's :func:`family_variant_words` too. One vocabulary: a word that extends a name in the text names a
    release here.

    >>> "preview" in release_words(), "nano" in release_words(), "ology" in release_words()
    (True, True, False)
    """
    from claimgraph.extract.entities.name_cues import name_cues

    return frozenset(word.casefold() for word in name_cues().variant_words)


def release_mark(name: str, longer: str, *, words: bool = True) -> str | None:
    """The part of ``longer`` after ``name`` when it names another release of ``name``, else None (pure).

    ``longer`` must start with ``name`` (case aside); the rest, split at hyphens, underscores and spaces,
    must be versions, counts or sizes, release words (:func:`release_words`: "preview", "pro", "mini" ...) or
    single capital letters (a named size or variant: "ViT-B", "PaLI-X", "SMPL-X"), or the rest is one letter
    glued to a name that ends in a digit ("GPT-4" + "o", "YOLOv5" + "n"), or pluses ("PixelCNN++"). A first
    version of a name released without one, a zero minor version and an API snapshot date are the same release.
    A part glued to a name that ends in a letter ("BERT" + "ology") is another word, not a mark. Release
    words are model vocabulary: with ``words=False`` (methods, datasets) only versions, counts, letters and
    pluses are marks ("CoT reasoning" is chain-of-thought, "Anthropic HH-RLHF" the HH dataset).

    >>> release_mark("o1", "o1-preview"), release_mark("FLUX", "FLUX.1"), release_mark("OWL-ViT", "OWL-ViTv2")
    ('-preview', '.1', 'v2')
    >>> release_mark("YOLOv5", "YOLOv5n"), release_mark("MovieLens", "MovieLens-1M"), release_mark("PaLI", "PaLI-X")
    ('n', '-1M', '-X')
    >>> release_mark("PixelCNN", "PixelCNN++"), release_mark("CoT", "CoT reasoning", words=False)
    ('++', None)
    >>> release_mark("LLaMA", "LLaMA-1"), release_mark("Claude 2", "Claude 2.0"), release_mark("GPT-4", "gpt-4-0613")
    (None, None, None)
    >>> release_mark("BERT", "BERTology"), release_mark("GPT-4", "GPT-4"), release_mark("Swin", "Swin Transformer")
    (None, None, None)
    """
    if len(longer) <= len(name) or longer[: len(name)].casefold() != name.casefold() or not name:
        return None
    rest = longer[len(name) :]
    if set(rest) == {"+"}:
        return rest  # "PixelCNN++", "T0++", "DeepID2+": an improved version
    glued = rest[0].isalnum()
    if glued and name[-1].isdigit():
        if rest[0].isdigit():
            return None  # "GPT-3" is no "GPT-35"
        if len(rest) == 1:
            return rest if rest.isalpha() and rest != "s" else None
    if glued and name[-1].isalpha() and rest[0].isalpha() and not re.match(r"[vV]\d", rest):
        return None
    if _SAME_RELEASE.match(rest.lstrip("-_ ")) and not rest.startswith(".") or rest == ".0":
        return None
    parts = [part for part in re.split(r"[-_\s]+", rest.strip("-_ ")) if part]
    vocabulary = release_words() if words else frozenset()
    if parts and all(
        _RELEASE_PART.match(part.lstrip(".")) or part.casefold() in vocabulary or _LETTER.match(part) for part in parts
    ):
        if all(_SAME_RELEASE.match(part) for part in parts):
            return None
        return rest
    return None


def _same_mark(mark: str) -> str:
    """A release mark written one way: no separators, case folded, no "v" before a version, no zero minor
    version, a year as its last two digits ("-v2", "2.0" and " 2" are one mark; "2014" and "14" are one)."""
    mark = mark.strip("-_ ").casefold().replace("_", ".")
    mark = re.sub(r"^v(?=\d)", "", mark)
    mark = re.sub(r"\.0$", "", mark)
    return re.sub(r"^(?:19|20)(\d\d)$", r"\1", mark)


def sibling_release(one: str, other: str) -> tuple[str, str] | None:
    """The two marks when ``one`` and ``other`` are one stem plus two different release marks, else None (pure).

    Lettered or numbered releases of one benchmark share a stem and differ in the mark after it: "IJB-A",
    "IJB-B" and "IJB-C" are three face benchmarks, "REDDIT-MULTI-5K" and "REDDIT-MULTI-12K" two graph sets.
    Neither is the other plus a mark (:func:`release_mark`), yet they name different releases, so one is no
    alias of the other. Marks are versions, counts, single capitals or pluses (no release words), compared as
    written one way: "VQA v2" and "VQA 2.0", "WMT14" and "WMT 2014" are one release. The stem never ends
    inside a number ("GPT-3.5" and "GPT-35" share no stem "GPT-3").

    >>> sibling_release("IJB-A", "IJB-B"), sibling_release("REDDIT-MULTI-5K", "REDDIT-MULTI-12K")
    (('A', 'B'), ('5K', '12K'))
    >>> sibling_release("VQA v2", "VQA 2.0"), sibling_release("WMT14", "WMT 2014"), sibling_release("IJB-A", "IJB-A")
    (None, None, None)
    >>> sibling_release("IMDB-BINARY", "IMDB-B"), sibling_release("CIFAR-10", "CIFAR-100")
    (None, ('10', '100'))
    """
    common = 0
    while common < min(len(one), len(other)) and one[common].casefold() == other[common].casefold():
        common += 1
    for cut in range(common, 0, -1):
        stem = one[:cut]
        if stem[-1] == "." or (stem[-1].isdigit() and (one[cut : cut + 1].isdigit() or other[cut : cut + 1].isdigit())):
            continue
        first, second = release_mark(stem, one, words=False), release_mark(stem, other, words=False)
        if first and second and _same_mark(first) != _same_mark(second):
            return first.strip("-_ "), second.strip("-_ ")
    return None


def _is_suffix(token: str) -> bool:
    return bool(
        _SIZE.match(token)
        or _OTHER_SIZE.match(token)
        or _VERSION.match(token)
        or token.casefold() in family_variant_words()
    )


def _is_version(token: str) -> bool:
    return bool(_VERSION.match(token))


def parse_variant(name: str) -> Variant | None:
    """Split a model name into family and variant suffix.

    Parameters
    ----------
    name : str
        A model name as written.

    Returns
    -------
    Variant or None
        None when the name has no variant suffix (or nothing would be left).
        ``params`` is the size closest to the family name (``7B`` in
        ``Llama-2-7b-chat``), None when the suffix gives no plain size.

    Examples
    --------
    >>> parse_variant("LLaMA-2-7B")
    Variant(base='LLaMA-2', suffix='7B', params=7000000000.0)
    >>> parse_variant("Llama-2-13b-chat").params
    13000000000.0
    >>> parse_variant("BERT-base").base, parse_variant("GPT-3.5"), parse_variant("Orca 2")
    ('BERT', None, None)
    >>> parse_variant("Qwen3-Max-Preview"), parse_variant("LLaMA-Omni 2"), parse_variant("MobileNet-v2")
    (None, None, None)
    """
    text = name.strip()
    parts = [(m.start(), m.end()) for m in re.finditer(r"[^-_\s]+", text)]
    cut = len(parts)
    while cut > 1 and _is_suffix(text[parts[cut - 1][0] : parts[cut - 1][1]]):
        cut -= 1
    while cut < len(parts) and _is_version(text[parts[cut][0] : parts[cut][1]]):
        cut += 1  # a version right after the name is part of it ("MobileNet-v2", "X-v2-7B" of "X-v2")
    if cut == len(parts):
        return None
    base = text[: parts[cut - 1][1]]
    if sum(ch.isalpha() for ch in base) < 1:
        return None
    suffix = text[parts[cut][0] :]
    params = None
    for start, end in parts[cut:]:
        params = parse_size(text[start:end])
        if params is not None:
            break
    return Variant(base=base, suffix=suffix, params=params)
