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

_SIZE = re.compile(r"^(\d+(?:\.\d+)?)([mMbBtT])$")
#: Sizes without a parameter count: mixtures (``8x7B``), active parameters
#: (``A3B``) and context lengths (``GPT-4-32K``, ``LongChat-13B-16K``).
_OTHER_SIZE = re.compile(r"^(?:\d+x\d+(?:\.\d+)?[bBmM]|[aA]\d+(?:\.\d+)?[bB]|\d+[kK])$")
_VERSION = re.compile(r"^[vV]\d+(?:\.\d+)*$")
_SCALE = {"m": 10**6, "b": 10**9, "t": 10**12}
VARIANT_WORDS: frozenset[str] = frozenset(
    {
        "base",
        "large",
        "small",
        "medium",
        "tiny",
        "mini",
        "xl",
        "xxl",
        "chat",
        "instruct",
        "it",
        "hf",
        "uncased",
        "cased",
        "turbo",
    }
)


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


def _is_suffix(token: str) -> bool:
    return bool(
        _SIZE.match(token) or _OTHER_SIZE.match(token) or _VERSION.match(token) or token.casefold() in VARIANT_WORDS
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
