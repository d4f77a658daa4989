"""Words around a number: the unit table, unit words after a number, and what it measures.

The data (unit aliases, multiplier words, count-noun stop lists, ...) is
``cues/units.json``; :mod:`claimgraph.extract.quantities.numbers` uses these helpers
for the word-level checks after its regex pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimgraph.extract.cues import load_cues


@dataclass(frozen=True, slots=True)
class UnitCues:
    """Tables and word lists of ``cues/units.json`` (the file documents each key)."""

    units: dict[str, str]
    scaled_units: dict[str, list]
    glued_units: tuple[str, ...]
    multiplier_suffixes: dict[str, float]
    multiplier_words: dict[str, float]
    implicit_units: dict[str, str]
    model_nouns: frozenset[str]
    irregular_plurals: frozenset[str]
    non_plural_endings: tuple[str, ...]
    adjective_endings: tuple[str, ...]
    stop_words: frozenset[str]
    verbs: frozenset[str]
    reference_words: frozenset[str]
    year_context_words: frozenset[str]
    capitalised_non_names: frozenset[str]
    latex_glue: frozenset[str]
    describe_comparatives: frozenset[str]
    preceding_units: dict[str, str]
    describe_unit_measures: dict[str, str]
    describe_prepositions: frozenset[str]
    describe_hedges: frozenset[str]
    physical_units: dict[str, str]
    glued_physical_units: tuple[str, ...]
    unit_separators: tuple[str, ...]
    month_words: frozenset[str]
    counted_synonyms: dict[str, str]
    token_context_words: frozenset[str]
    latex_arrows: tuple[str, ...]
    citation_markers: tuple[str, ...]


CUES = load_cues(UnitCues, "units.json")
_UNITS: dict[str, str] = CUES.units
_UNITS_LC: dict[str, str] = {}
for _alias, _unit in _UNITS.items():
    _UNITS_LC.setdefault(_alias.lower(), _unit)
_SCALED: dict[str, tuple[str, float]] = {k: (v[0], float(v[1])) for k, v in CUES.scaled_units.items()}
_MULT_SUFFIX: dict[str, float] = {k: float(v) for k, v in CUES.multiplier_suffixes.items()}
_MULT_WORDS: dict[str, float] = {k: float(v) for k, v in CUES.multiplier_words.items()}
_IMPLICIT: dict[str, str] = CUES.implicit_units
_MODEL_NOUNS = CUES.model_nouns
_IRREGULAR = CUES.irregular_plurals
_NON_PLURAL = CUES.non_plural_endings
_ADJ_ENDINGS = CUES.adjective_endings
_STOP_WORDS = CUES.stop_words
_STOP = _STOP_WORDS | CUES.verbs
_REFERENCE = CUES.reference_words
_YEAR_CONTEXT = CUES.year_context_words
_NOT_NAMES = CUES.capitalised_non_names
_LATEX = CUES.latex_glue
_PHYSICAL: dict[str, str] = CUES.physical_units
#: Normalised units of physical measures ("m", "rad/s", "°"): a metric's score may carry one ("RMSE of 1.77 m").
PHYSICAL_UNITS: frozenset[str] = frozenset(_PHYSICAL.values())
MEASURE_UNITS: frozenset[str] = frozenset(_UNITS.values()) | {u for u, _ in _SCALED.values()} | PHYSICAL_UNITS
#: Units a number may have and still be a metric's absolute score (None: no unit); "RMSE of 1.77 m".
SCORE_UNITS: frozenset[str | None] = frozenset({None, "%", "points", "x", "dB"}) | PHYSICAL_UNITS


def is_unit_word(word: str) -> bool:
    """Whether ``word`` is a unit a number may carry ("dB", "GB", "ms", "GFLOPs"), in any listed spelling."""
    return word in _UNITS or word.lower() in _UNITS_LC or word in _SCALED or word in _PHYSICAL


def _alternation(forms) -> str:
    return "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))


_SEPARATOR = _alternation(CUES.unit_separators)
# a physical unit after a space or a LaTeX space ("1.77 m", "1.77~m", "0.006 rad/s"), matched case-sensitively
_PHYSICAL_RE = re.compile(rf"(?:[ \t\u00a0]|{_SEPARATOR})({_alternation(_PHYSICAL)})(?![A-Za-z0-9/^])")
# any other unit symbol after a LaTeX space only ("8.377\\,s", "8.377,s")
_SEPARATED_RE = re.compile(
    rf"(?:{_SEPARATOR})({_alternation(u for u in _UNITS if u[:1].isalpha() and len(u) <= 4 and ' ' not in u)})"
    r"(?![A-Za-z0-9])"
)


def unit_of(raw: str) -> str:
    """The normalised unit of a unit form written right after a number."""
    return _UNITS.get(raw) or _PHYSICAL[raw]


_DESCRIBE_STOP = _STOP - CUES.describe_comparatives
_PREPOSITIONS = CUES.describe_prepositions
_HEDGES = CUES.describe_hedges
_DEFAULT_MEASURES: dict[str, str] = CUES.describe_unit_measures
_POINTS = frozenset(a.lower() for a, u in _UNITS.items() if u == "points" and " " not in a)
_WORD_RE = re.compile(r"([ \t\u00a0]+|-)([A-Za-z$][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*)")
_PRECEDING: dict[str, str] = CUES.preceding_units


def _lookup_unit(word: str) -> tuple[str, float] | None:
    if word in _SCALED:
        return _SCALED[word]
    unit = _UNITS.get(word) or _UNITS_LC.get(word.lower())
    return (unit, 1.0) if unit else None


def _is_plural(word: str) -> bool:
    low = word.lower()
    if "'" in word or (word.isupper() and len(word) > 2):
        return False  # an acronym ending in "S" ("LPIPS", "NDS") names a measure, it counts nothing
    if low in _IRREGULAR or (len(word) > 2 and word[-1] == "s" and word[-2].isupper()):  # "GPUs"
        return True
    return len(low) >= 3 and low.endswith("s") and not low.endswith(_NON_PLURAL)


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _words_after(text: str, pos: int, limit: int = 4) -> list[re.Match]:
    words: list[re.Match] = []
    while len(words) < limit and (m := _WORD_RE.match(text, pos)) and not (words and m.group(1) == "-"):
        words.append(m)
        pos = m.end()
    return words


def _hyphen_unit(m: re.Match, pos: int, mult: float | None):
    """A unit joined by a hyphen: "7B-parameter", "4-bit", "3-layer" (or a name: "-Instruct")."""
    parts = m.group(2).split("-")
    j = 0
    if parts[0].lower() in _MULT_WORDS and mult is None:
        mult, j = _MULT_WORDS[parts[0].lower()], 1
    if j == len(parts):
        return None, m.end(), mult, 1.0, False
    w, stop = parts[j], m.start(2) + len("-".join(parts[: j + 1]))
    if found := _lookup_unit(w):
        return found[0], stop, mult, found[1], False
    if not (w.isalpha() and w.islower()):
        return None, pos, mult, 1.0, True
    if w in _STOP or w.endswith(_ADJ_ENDINGS):
        return None, pos, mult, 1.0, False
    return _plural(w), stop, mult, 1.0, False


def _unit_after(text: str, pos: int, mult: float | None, value: float):
    """Read the words after a number: (unit, end, multiplier, factor, excluded)."""
    if mult is None and (m := _PHYSICAL_RE.match(text, pos) or _SEPARATED_RE.match(text, pos)):
        return unit_of(m.group(1)), m.end(), mult, 1.0, False
    words = _words_after(text, pos)
    i, end = 0, pos
    if words and words[0].group(1) == "-":
        unit, end, mult, factor, excluded = _hyphen_unit(words[0], pos, mult)
        if unit or excluded or end == pos:
            return unit, end, mult, factor, excluded
        i = 1
    low = [w.group(2).lower() for w in words]
    n = len(words)
    if i < n and low[i] in _MULT_WORDS and mult is None:
        mult, end, i = _MULT_WORDS[low[i]], words[i].end(), i + 1
    if i >= n:
        return None, end, mult, 1.0, False
    if i + 1 < n and (two := _UNITS_LC.get(f"{low[i]} {low[i + 1]}")):
        return two, words[i + 1].end(), mult, 1.0, False
    if found := _lookup_unit(words[i].group(2)):
        return found[0], words[i].end(), mult, found[1], False
    if low[i] in _STOP:
        return None, end, mult, 1.0, False
    for k in (i + 1, i + 2):  # "0.5 BLEU points", "2 ROUGE-L F1 points"
        if k < n and low[k] in _POINTS:
            return "points", words[k].end(), mult, 1.0, False
        if k < n and low[k] in _STOP:
            break
    if mult and mult >= 1e6:  # "a 7B model", "34B pretrained language models"
        for k in range(i, min(i + 3, n)):
            if low[k] in _MODEL_NOUNS:
                return "parameters", end, mult, 1.0, False
            if low[k] in _STOP_WORDS:
                break
    for k in range(i, min(i + 3, n)):  # the counted head noun, after <= 2 modifiers
        w = words[k].group(2)
        if low[k] in _STOP:
            break
        if low[k] in _IMPLICIT:
            return _IMPLICIT[low[k]], end, mult, 1.0, False
        found = _lookup_unit(w)
        if found and found[0] not in ("x", "$"):
            return found[0], words[k].end(), mult, found[1], False
        if _is_plural(w) or (value == 1 and not mult and _singular_head(low, k, i) and w.islower()):
            return CUES.counted_synonyms.get(low[k], low[k]), words[k].end(), mult, 1.0, False
    return None, end, mult, 1.0, False


def _singular_head(low: list[str], k: int, i: int) -> bool:
    """Whether ``low[k]`` can be the counted noun after "1": the first word after the number, or the word
    after one modifier ("1 sampling step", "1 labeled example"); never a modifier itself."""
    if low[k].endswith(_ADJ_ENDINGS):
        return False
    return k == i or (k == i + 1 and low[i].endswith(_ADJ_ENDINGS))


def _content_words(words: list[str]) -> str | None:
    while words and words[0].lower() in _STOP:
        words = words[1:]
    return " ".join(words) or None


def describe_measure(text: str, start: int, end: int, unit: str | None = None) -> str | None:
    """Say in a few words what the quantity ``text[start:end]`` measures.

    Informative only: the unit when it says enough ("model size" for
    parameters, "memory" for GB, "number of problems" for a count), else the
    noun phrase right after the number ("a 4.3% absolute improvement"), else
    the phrase before "of"/"by"/"to" ("an average improvement of 1.24%").

    Parameters
    ----------
    text : str
        The whole text.
    start, end : int
        The quantity's offsets in ``text``.
    unit : str, optional
        Its normalised unit, when known.

    Returns
    -------
    str or None
    """
    if unit in _DEFAULT_MEASURES:
        return _DEFAULT_MEASURES[unit]
    if unit == "tokens":
        around = text[max(0, start - 40) : end + 30].lower()
        return "context length" if "context" in around else ("training data size" if "train" in around else "tokens")
    if unit is not None and unit not in MEASURE_UNITS:
        return f"number of {unit}"
    after: list[str] = []
    p = end
    while len(after) < 3 and (m := _WORD_RE.match(text, p)) and m.group(1) != "-":
        if m.group(2).lower() in _DESCRIBE_STOP or m.group(2)[0] == "$":
            break
        after.append(m.group(2))
        p = m.end()
    if after and after != ["more"] and after != ["less"]:
        return " ".join(after)
    return _phrase_before(text, start)


def _phrase_before(text: str, start: int) -> str | None:
    """The <= 3 words before "of"/"by"/"to" ahead of the number ("average improvement of")."""
    words = text[max(0, start - 80) : start].split()
    if start > 80 and words:
        words = words[1:]
    i = len(words) - 1
    while i >= 0 and words[i].lower() in _HEDGES and not (words[i] == "to" and i and words[i - 1] == "up"):
        i -= 1
    if i >= 1 and words[i] == "to" and words[i - 1].lower() == "up":
        i -= 2
    while i >= 0 and words[i].lower() in _HEDGES:
        i -= 1
    if i >= 2 and words[i] == "to" and words[i - 2].lower() == "from":  # "from 89.2 to 92.5"
        i -= 2
    if i < 1 or words[i].lower() not in _PREPOSITIONS:
        return None
    phrase: list[str] = []
    for w in reversed(words[max(0, i - 3) : i]):
        if w[-1] in ",;:.()[]" or not w[0].isalpha():
            break
        phrase.insert(0, w)
    return _content_words(phrase)
