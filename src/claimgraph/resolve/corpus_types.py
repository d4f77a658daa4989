"""Corpus typing: the type a build's papers, taken together, give a name.

A name the extractor typed on weak evidence in one paper (a head noun, a
list, a comparison) often has a strongly typed use in another ("we propose
X, a model", "the X benchmark", a lexicon entry, a defined abbreviation).
Pass 1 of resolution counts, per normalised name, the occurrences of each
type with strong and with weak evidence (:class:`TypeVotes`, bounded by the
distinct names); :func:`corpus_type` decides what the counts say:

- the corpus type is the type with the most strong occurrences, when it has
  at least :data:`MARGIN` times as many as any other type (a tie decides
  nothing);
- a type of the name that has no strong occurrence at all is retyped to it,
  when the corpus type has at least as many strong occurrences as that type
  has weak ones (one vote does not overturn many);
- a type with a strong occurrence is never retyped: strong evidence in a
  paper is never overridden by the corpus;
- a name that is an ordinary English word ("Bridge", "Hybrid", "visual":
  :func:`is_ordinary_word`, by the ``wordfreq`` package) takes no part:
  two papers using it are likely naming different things;
- a short acronym (:func:`is_short_acronym`: "CLAP", "SWIR") is typed across
  papers by lexicon evidence only: papers coin the same letters for unrelated
  things ("CLAP", an audio-text model, and "CLAP, Clustering to Localize
  Across n Possibilities"), so one paper's definition types that paper alone;
- a type is retyped only when its name is spelled as the corpus type's, letter
  case included (:func:`spelling`): "PolaRiS" (a benchmark) is not "Polaris"
  (a method), "CODEX" (an imaging assay) is not "Codex" (a model), "RoTS" not
  "RoT".

Strength is of the type, not of the name: the naming rules (propose, title,
naming, abbreviation) find names surely but type one Method when the text
gives no kind ("we present CodeArena, ..."), so a Method they gave is no vote
for Method, while the Model or Dataset they gave was read from the text ("X,
a model ..."). Otherwise a Method so typed would retype another paper's "the
CodeArena benchmark". A name a paper coins or defines is that paper's own
(two papers often coin one name for different things: "Solaris, a device" and
a Solaris model), so the corpus never retypes it, whatever its type.

A Model name with a size variant suffix ("X-base", "X-7B") also counts as a
Model occurrence of its family name ("X"); a parameter count ("X-7B") makes it
a strong one, whatever typed the variant.
"""

from __future__ import annotations

from functools import lru_cache

from claimgraph.extract.entities.evidence import EVIDENCE_RANK
from claimgraph.extract.lexicons import english_zipf

__all__ = [
    "MARGIN",
    "ORDINARY_ZIPF",
    "DEFAULT_METHOD_EVIDENCE",
    "STRONG_RANK",
    "TypeVotes",
    "corpus_type",
    "is_ordinary_word",
    "is_short_acronym",
    "is_strong",
    "spelling",
]

#: Evidence of at most this rank is strong (lexicon, abbreviation, title, propose, naming).
STRONG_RANK = 2
#: Rules that find a name surely but give it the type Method when the text names no kind: their Method is weak.
DEFAULT_METHOD_EVIDENCE = frozenset({"propose", "title", "naming", "abbreviation"})
#: The corpus type needs this many times the strong occurrences of any other type.
MARGIN = 2
#: Zipf frequency (``wordfreq``, English) from which a plain word is an ordinary word.
ORDINARY_ZIPF = 3.5


def is_strong(evidence: str, type_: str) -> bool:
    """Whether the rule ``evidence``, having typed a name ``type_``, is strong evidence of that type.

    Examples
    --------
    >>> is_strong("propose", "Model"), is_strong("propose", "Method"), is_strong("lexicon", "Method")
    (True, False, True)
    >>> is_strong("dataset-head", "Dataset"), is_strong("head-name", "Method"), is_strong("", "Model")
    (False, False, False)
    """
    if type_ == "Method" and evidence in DEFAULT_METHOD_EVIDENCE:
        return False
    return EVIDENCE_RANK.get(evidence, 99) <= STRONG_RANK


@lru_cache(maxsize=65536)
def is_ordinary_word(form: str) -> bool:
    """Whether ``form`` is one ordinary English word, written as one ("bridge", "Hybrid"; not "GlaS", "VQA").

    Examples
    --------
    >>> [is_ordinary_word(form) for form in ("Bridge", "Mamba", "SAM", "Video-Thinker")]
    [True, False, False, False]
    """
    if not form.isalpha() or not (form.islower() or form.istitle()):
        return False
    return english_zipf(form.lower()) >= ORDINARY_ZIPF


def is_short_acronym(form: str) -> bool:
    """Whether ``form`` is capitals (and digits), at most 5 characters, two letters or more ("VQA", "T2V").

    Examples
    --------
    >>> is_short_acronym("CLAP"), is_short_acronym("GlaS"), is_short_acronym("DINOV3"), is_short_acronym("GPT-4")
    (True, False, False, False)
    """
    return len(form) <= 5 and form.isalnum() and form.isupper() and sum(ch.isalpha() for ch in form) >= 2


def spelling(form: str) -> str:
    """The letters and digits of ``form``, case kept: ``spelling("Wan-2.1") == spelling("Wan2.1")``.

    Examples
    --------
    >>> spelling("Video QA") == spelling("VideoQA"), spelling("PolaRiS") == spelling("Polaris")
    (True, False)
    """
    return "".join(ch for ch in form if ch.isalnum())


def corpus_type(counts: dict[str, tuple[int, int]]) -> tuple[str | None, list[str]]:
    """The corpus type of a name and the types of it to retype, from ``type -> (strong, weak)`` occurrences.

    Examples
    --------
    >>> corpus_type({"Task": (8, 0), "Dataset": (0, 1)})
    ('Task', ['Dataset'])
    >>> corpus_type({"Model": (1, 0), "Method": (0, 3)})  # one vote against many
    ('Model', [])
    >>> corpus_type({"Model": (1, 0), "Method": (1, 2)})  # a tie
    (None, [])
    """
    strong = sorted(((n, type_) for type_, (n, _) in counts.items() if n), key=lambda found: (-found[0], found[1]))
    if not strong or (len(strong) > 1 and strong[0][0] < MARGIN * strong[1][0]):
        return None, []
    votes, best = strong[0]
    return best, sorted(t for t, (n, weak) in counts.items() if t != best and not n and weak <= votes)


class TypeVotes:
    """Per normalised name and type: strong, weak, lexicon and named occurrences, and the first surface form seen.

    A name seen with one type only (most names) holds one list ``[type, strong, weak, lexicon, form, named]``;
    a name seen with more holds a dict of them by type. "Named" occurrences are those of the naming rules
    (:data:`DEFAULT_METHOD_EVIDENCE`): their paper coined or defined the name, and it is never retyped.
    """

    def __init__(self) -> None:
        self.names: dict[str, list | dict[str, list]] = {}

    def __len__(self) -> int:
        return len(self.names)

    def add(self, norm: str, type_: str, form: str, evidence: str, strong: bool = False) -> None:
        """Count one occurrence of ``form`` (normalised ``norm``) typed ``type_`` by the rule ``evidence`` (strong
        when the rule is, or when ``strong``)."""
        held = self.names.get(norm)
        if held is None:
            found = self.names[norm] = [type_, 0, 0, 0, form, 0]
        elif isinstance(held, list):
            if held[0] == type_:
                found = held
            else:
                found = [type_, 0, 0, 0, form, 0]
                self.names[norm] = {held[0]: held, type_: found}
        else:
            found = held.get(type_)
            if found is None:
                found = held[type_] = [type_, 0, 0, 0, form, 0]
        found[1 if strong or is_strong(evidence, type_) else 2] += 1
        if evidence == "lexicon":
            found[3] += 1
        if evidence in DEFAULT_METHOD_EVIDENCE:
            found[5] += 1

    def fixed(self, norm: str, type_: str) -> bool:
        """Whether an occurrence of ``norm`` typed ``type_`` is strong or named: the corpus never retypes it."""
        held = self.names.get(norm)
        found = (held if held[0] == type_ else None) if isinstance(held, list) else (held or {}).get(type_)
        return bool(found and (found[1] or found[5]))

    def decisions(self):
        """``(norm, corpus type, types to retype)`` for every name with more than one type, in name order."""
        for norm in sorted(norm for norm, held in self.names.items() if isinstance(held, dict)):
            by_type = self.names[norm]
            if any(is_ordinary_word(found[4]) for found in by_type.values()):
                continue
            acronym = any(is_short_acronym(found[4]) for found in by_type.values())
            counts = {type_: (found[3] if acronym else found[1], found[2]) for type_, found in by_type.items()}
            best, retype = corpus_type(counts)
            if best:
                same = spelling(by_type[best][4])
                retype = [type_ for type_ in retype if spelling(by_type[type_][4]) == same and not by_type[type_][5]]
            if best and retype:
                yield norm, best, retype
