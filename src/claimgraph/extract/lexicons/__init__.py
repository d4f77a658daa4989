"""Loading the curated lexicons (data files in ``lexicons/``).

A lexicon entry has a canonical ``name``, a ``type`` and ``aliases`` (plus
``same_release``: forms that look like another release but are this one). A surface
form containing an uppercase letter matches case-sensitively; an all-lowercase
form matches case-insensitively (see ``lexicons/README.md``). An entry's
``ambiguous_abbreviations`` are no forms of it: the field uses them for other
things too ("FFT"), so they name the entry only where a paper defines them so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from claimgraph.errors import ConfigError

LEXICON_FILES: tuple[str, ...] = (
    "models.jsonl",
    "methods.jsonl",
    "datasets.jsonl",
    "metrics.jsonl",
    "tasks.jsonl",
)


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One known entity: canonical name, type and every surface form."""

    name: str
    type: str
    forms: tuple[str, ...]
    variant_of: str | None = None
    params: float | None = None
    ambiguous: bool = False
    higher_is_better: bool | None = None
    percent: bool = False
    ambiguous_abbreviations: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All lexicon entries plus the generic phrases that are never entities."""

    entries: tuple[LexiconEntry, ...]
    generic: frozenset[str]


def _data_dir() -> Path:
    return Path(str(resources.files("claimgraph.extract.lexicons")))


def _read_entries(path: Path) -> list[LexiconEntry]:
    entries = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                forms = [record["name"], *record.get("aliases", []), *record.get("same_release", [])]
                entries.append(
                    LexiconEntry(
                        name=record["name"],
                        type=record["type"],
                        forms=tuple(dict.fromkeys(f.strip() for f in forms if f.strip())),
                        variant_of=record.get("variant_of"),
                        params=record.get("params"),
                        ambiguous=bool(record.get("ambiguous", False)),
                        higher_is_better=record.get("higher_is_better"),
                        percent=bool(record.get("percent", False)),
                        ambiguous_abbreviations=tuple(record.get("ambiguous_abbreviations", ())),
                    )
                )
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise ConfigError(f"{path}:{number}: bad lexicon entry ({error})") from error
    return entries


def read_generic(path: Path) -> frozenset[str]:
    """Read a one-phrase-a-line list (``#`` starts a comment), lowercased."""
    if not path.exists():
        return frozenset()
    phrases = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        phrase = line.split("#", 1)[0].strip().lower()
        if phrase:
            phrases.add(" ".join(phrase.split()))
    return frozenset(phrases)


@lru_cache(maxsize=4)
def load_lexicon(directory: str | None = None) -> Lexicon:
    """Load every lexicon file of ``directory`` (default: the packaged ones).

    Examples
    --------
    >>> lexicon = load_lexicon()
    >>> any(entry.name == "BERT" for entry in lexicon.entries)
    True
    """
    folder = Path(directory) if directory else _data_dir()
    entries: list[LexiconEntry] = []
    for name in LEXICON_FILES:
        path = folder / name
        if path.exists():
            entries.extend(_read_entries(path))
    return Lexicon(entries=tuple(entries), generic=read_generic(folder / "generic.txt"))


def metric_directions(lexicon: Lexicon | None = None) -> dict[str, tuple[bool | None, bool]]:
    """Every surface form (lower-cased) of a metric whose direction is known -> (higher_is_better, percent).

    The one table of metric directions (``metrics.jsonl``), read by claims and by the leaderboard.

    Examples
    --------
    >>> metric_directions()["perplexity"], metric_directions()["accuracy"]
    ((False, False), (True, True))
    """
    table: dict[str, tuple[bool | None, bool]] = {}
    for entry in (lexicon or load_lexicon()).entries:
        if entry.type == "Metric" and entry.higher_is_better is not None:
            for form in entry.forms:
                table.setdefault(form.lower(), (entry.higher_is_better, entry.percent))
    return table


@lru_cache(maxsize=8)
def lexicon_forms(kind: str) -> frozenset[str]:
    """The lower-cased names and aliases of the packaged lexicon's entries of one type.

    Examples
    --------
    >>> "bert" in lexicon_forms("Model") and "lora" in lexicon_forms("Method")
    True
    """
    return frozenset(form.lower() for entry in load_lexicon().entries if entry.type == kind for form in entry.forms)


@lru_cache(maxsize=1 << 16)
def english_zipf(word: str) -> float:
    """How common ``word`` is in general English, on wordfreq's Zipf scale (0 for an unknown word, about 7 for
    "the"): the one place extraction and resolution ask whether a form is an ordinary word.

    Examples
    --------
    >>> english_zipf("model") > 5 > english_zipf("mamba") > 0 == english_zipf("qwen3vl")
    True
    """
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def load_english_frequencies() -> None:
    """Load wordfreq's English table now (about 0.27 s of CPU once per process) instead of at the first word
    :func:`english_zipf` is asked about: a pipeline built before ``--jobs`` forks its workers hands them the
    loaded table."""
    english_zipf("the")  # wordfreq reads its whole table at its first lookup and keeps it
