"""New abstracts recombined from sentences of real ones: large inputs of unseen text for scale benchmarks.

The source is the 42,508 real titles and abstracts of ``../shared/data/realabs/``, read at run time (nothing of
it is copied into the project). ``realabs`` has no category field, so each real abstract is put in a *topic* by a
keyword vote over its title (counted three times) and abstract: vision, language, speech, agents, graphs, health,
theory, retrieval, else general. Abstracts are cut into sentences (a rule-based splitter that keeps "e.g.",
"et al." and the like inside their sentence).

A new abstract (:func:`recombined`) takes a real abstract at random as its *template*: its topic, its number of
sentences and its date. Each sentence position is then filled with a sentence from the same position class
(first, middle or last sentence) of another real abstract of that topic, no two sentences from the same real
abstract. So the text has the shape and the vocabulary of a real abstract, opening with an opening sentence and
closing with a closing one, but it is not any real abstract. Its title joins the head of one real title of the
topic to the tail of another: the two sides of a colon ("Name: what it does"), or the words before and from a
connective ("... for ...", "... via ...", "... with ...").

No whole text repeats (a repeated text would flatter spaCy's tokenizer cache): a 64-bit hash of every abstract
made so far, and of every real one, is kept, and a draw that repeats one is drawn again; titles likewise, under
the normalised title that ``claimgraph`` deduplicates papers by (two records with the same normalised title are one
paper). Sentences do repeat: each is used about ``count / 42,500`` times (24 times at 1M abstracts).

Output is deterministic for a seed (``random.Random(seed)``) and streamed: records are made one at a time, so the
memory is the sentence pools (about 200 MB for the whole of realabs) plus about 150 bytes of hashes per record
made (two set entries).
The synthetic vocabulary is a subset of the real one (sentences are kept whole), so it stops growing at realabs's
118k types where real text keeps growing (Heaps' law: about 640k types for 1M abstracts). ``fresh_names`` renames
name-like tokens that claimgraph's lexicons do not know ("ViThinker" -> "ViThinkerQA"), a new name each time, so
that the vocabulary, and the number of distinct entities, keeps growing. :func:`vocabulary_profile` and
``--compare`` measure how the vocabulary compares with the real text.

Usage::

    python benchmarks/recombined_abstracts.py --count 100000 --out input.jsonl.gz [--seed 0]
    python benchmarks/recombined_abstracts.py --compare [--count 42508] [--fresh-names 0.5]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import math
import random
import re
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from claimgraph.ingest.ids import normalize_title

PROJECT = Path(__file__).resolve().parents[1]
REALABS = PROJECT.parent / "shared" / "data" / "realabs" / "realabs.jsonl.gz"

#: Keywords that vote for a topic (lower-cased word tokens; a title's words count three times).
TOPICS: dict[str, frozenset[str]] = {
    name: frozenset(words.split())
    for name, words in {
        "vision": "image images video videos visual vision pixel pixels segmentation detection camera 3d scene scenes "
        "rendering point-cloud",
        "language": "language languages llm llms text textual translation dialogue prompt prompts linguistic "
        "sentence sentences nlp question answering",
        "speech": "speech audio acoustic speaker speakers music asr voice spoken",
        "agents": "reinforcement agent agents policy policies reward rewards robot robots robotic control planning",
        "graphs": "graph graphs node nodes gnn gnns molecular molecule molecules",
        "health": "medical clinical patient patients disease diagnosis protein proteins cell cells health biomedical",
        "theory": "theorem convergence bound bounds convex regret stochastic optimization complexity proof",
        "retrieval": "recommendation recommender retrieval search ranking user users query queries",
    }.items()
}
GENERAL = "general"
#: A topic with fewer real abstracts than this is merged into the general one.
MIN_TOPIC = 50
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(\[$\\])|\s*\n\s*")
_ABBREVIATIONS = (
    "e.g.",
    "i.e.",
    "et al.",
    "etc.",
    "vs.",
    "cf.",
    "Fig.",
    "Figs.",
    "Eq.",
    "Sec.",
    "approx.",
    "resp.",
    "w.r.t.",
    "a.k.a.",
    "No.",
    "Dr.",
    "Mr.",
    "MR.",
    "Ms.",
    "St.",
    "Inc.",
    "Ltd.",
    "al.",
    " v.",
)
_ENDS_SENTENCE = re.compile(r"[.!?][\"')\]]*$")
_CONNECTIVE = re.compile(r"\s(?=(?:for|via|with|using|through|towards|beyond|without)\s)")

FIRST, MIDDLE, LAST = 0, 1, 2
COLON, CONNECTIVE = 0, 1


def split_sentences(text: str) -> list[str]:
    """Cut an abstract into sentences, keeping abbreviations ("e.g.", "et al.") inside their sentence.

    A line break ends a sentence only after a full stop, question or exclamation mark.

    >>> split_sentences("We test e.g. BERT. It works (see Fig. 2).\\nCode is\\nout.")
    ['We test e.g. BERT.', 'It works (see Fig. 2).', 'Code is out.']
    """
    sentences: list[str] = []
    for piece in _BOUNDARY.split(text):
        piece = piece.strip()
        if not piece:
            continue
        previous = sentences[-1] if sentences else None
        if previous and (previous.endswith(_ABBREVIATIONS) or not _ENDS_SENTENCE.search(previous)):
            sentences[-1] += " " + piece
        else:
            sentences.append(piece)
    return sentences


def topic_of(title: str, abstract: str) -> str:
    """The topic with the most keyword votes (title words count three times), or the general one."""
    votes = dict.fromkeys(TOPICS, 0)
    for weight, text in ((3, title), (1, abstract)):
        for word in _WORD.findall(text.lower()):
            for name, words in TOPICS.items():
                if word in words:
                    votes[name] += weight
    best = max(votes, key=votes.__getitem__)  # ties go to the first topic in TOPICS
    return best if votes[best] else GENERAL


def title_parts(title: str) -> tuple[int, str, str] | None:
    """A title's (style, head, tail): the sides of its first colon, else the words before and from a connective."""
    head, colon, tail = title.partition(":")
    if colon and head.strip() and tail.strip():
        return COLON, head.strip(), tail.strip()
    match = _CONNECTIVE.search(title)
    if match and match.start() > 0:
        return CONNECTIVE, title[: match.start()].strip(), title[match.end() :].strip()
    return None


def text_hash(text: str) -> int:
    """A 64-bit hash of a text (stable across processes, unlike ``hash``)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")


@dataclass
class _Topic:
    sentences: tuple[list[str], list[str], list[str]] = field(default_factory=lambda: ([], [], []))
    sources: tuple[list[int], list[int], list[int]] = field(default_factory=lambda: ([], [], []))
    heads: tuple[list[str], list[str]] = field(default_factory=lambda: ([], []))
    tails: tuple[list[str], list[str]] = field(default_factory=lambda: ([], []))
    title_sources: tuple[list[int], list[int]] = field(default_factory=lambda: ([], []))


@dataclass
class Pools:
    """Real sentences and title parts by topic and position, the templates, and the hashes of the real texts."""

    topics: dict[str, _Topic]
    templates: list[tuple[str, int, str]]  # (topic, sentence count, date) of each real abstract of 2+ sentences
    real_abstracts: set[int]
    real_titles: set[int]

    @classmethod
    def from_records(cls, records: Iterable[dict]) -> Pools:
        """Pools of real records (``title``, ``abstract``, optional ``date``), in the order given."""
        rows = []
        for record in records:
            abstract, title = record.get("abstract") or "", record.get("title") or ""
            if abstract.strip():
                rows.append((title, abstract, record.get("date") or "", topic_of(title, abstract)))
        sizes: dict[str, int] = {}
        for *_, topic in rows:
            sizes[topic] = sizes.get(topic, 0) + 1
        topics: dict[str, _Topic] = {}
        templates: list[tuple[str, int, str]] = []
        real_abstracts: set[int] = set()
        real_titles: set[int] = set()
        for source, (title, abstract, date, topic) in enumerate(rows):
            if sizes[topic] < MIN_TOPIC:
                topic = GENERAL
            pool = topics.setdefault(topic, _Topic())
            real_abstracts.add(text_hash(abstract))
            real_titles.add(text_hash(normalize_title(title)))
            sentences = split_sentences(abstract)
            if len(sentences) >= 2:
                templates.append((topic, len(sentences), date))
            for position, sentence in enumerate(sentences):
                where = FIRST if position == 0 else LAST if position == len(sentences) - 1 else MIDDLE
                pool.sentences[where].append(sentence)
                pool.sources[where].append(source)
            parts = title_parts(title)
            if parts:
                style, head, tail = parts
                pool.heads[style].append(head)
                pool.tails[style].append(tail)
                pool.title_sources[style].append(source)
        return cls(topics, templates, real_abstracts, real_titles)

    @classmethod
    def from_file(cls, path: Path = REALABS) -> Pools:
        """Pools of a JSON Lines file (gzip or plain) of real records, such as ``realabs.jsonl.gz``."""
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as handle:
            return cls.from_records(json.loads(line) for line in handle if line.strip())


class SourceTooSmall(ValueError):
    """The source cannot give another text that is new."""


def _abstract(rng: random.Random, pools: Pools) -> tuple[str, str, str]:
    """(date, text, topic) of one recombined abstract; its sentences come from distinct real abstracts."""
    while True:
        topic, count, date = pools.templates[rng.randrange(len(pools.templates))]
        pool = pools.topics[topic]
        used: set[int] = set()
        sentences = []
        for position in range(count):
            where = FIRST if position == 0 else LAST if position == count - 1 else MIDDLE
            candidates = pool.sentences[where]
            for _ in range(20):
                pick = rng.randrange(len(candidates))
                if pool.sources[where][pick] not in used:
                    break
            else:
                break  # this topic cannot fill the template: draw another template
            used.add(pool.sources[where][pick])
            sentences.append(candidates[pick])
        else:
            return date, " ".join(sentences), topic


def _title(rng: random.Random, pool: _Topic) -> str:
    """A title joining the head of one real title to the tail of another of the same topic."""
    styles = [style for style in (COLON, CONNECTIVE) if len(pool.heads[style]) >= 2]
    if not styles:
        return ""
    weights = [len(pool.heads[style]) for style in styles]
    style = rng.choices(styles, weights)[0]
    heads, tails, sources = pool.heads[style], pool.tails[style], pool.title_sources[style]
    head = rng.randrange(len(heads))
    tail = rng.randrange(len(tails))
    while sources[tail] == sources[head]:
        tail = rng.randrange(len(tails))
    return f"{heads[head]}: {tails[tail]}" if style == COLON else f"{heads[head]} {tails[tail]}"


#: A name-like token: a capital, then letters, digits and hyphens, with a second capital or a digit ("ViThinker",
#: "TADN", "EH-Bench", "Net2").
_NAME = re.compile(r"(?<![\w-])[A-Z](?=[\w-]*[A-Z0-9])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\w-])")


def known_names() -> frozenset[str]:
    """Every surface form of claimgraph's lexicons: names the extractor knows, never renamed."""
    from claimgraph.extract.lexicons import load_lexicon

    return frozenset(form for entry in load_lexicon().entries for form in entry.forms)


def coined(number: int) -> str:
    """A suffix of capitals for the ``number``-th fresh name: 0 -> "QA", 1 -> "QB", ..., 26 -> "QBA"."""
    letters = ""
    while True:
        number, digit = divmod(number, 26)
        letters = chr(ord("A") + digit) + letters
        if not number:
            return "Q" + letters


def rename(rng: random.Random, texts: tuple[str, str], rate: float, known: frozenset[str], made: int):
    """Give about ``rate`` name-like tokens of an abstract (not lexicon names) a new suffix, in title and abstract.

    Returns the (title, abstract) and how many fresh names were coined.
    """
    whole = rate // 1 + (rng.random() < rate % 1)
    names = sorted({name for name in _NAME.findall(texts[1]) if len(name) >= 4 and name not in known})
    chosen = rng.sample(names, min(int(whole), len(names)))
    title, abstract = texts
    for offset, name in enumerate(chosen):
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        fresh = name + coined(made + offset)
        title, abstract = pattern.sub(fresh, title), pattern.sub(fresh, abstract)
    return title, abstract, len(chosen)


def recombined(
    count: int,
    seed: int = 0,
    pools: Pools | None = None,
    *,
    fresh_names: float = 0.0,
    tries: int = 10_000,
) -> Iterator[dict]:
    """Yield ``count`` new records ``{"id", "title", "abstract", "date"}``, one at a time, deterministic for ``seed``.

    Parameters
    ----------
    count : int
        How many records.
    seed : int
        The seed; ids are ``synth-SEED-NNNNNNN``.
    pools : Pools, optional
        The real text to recombine (default: ``realabs``, read now).
    fresh_names : float
        Names to rename per abstract, on average (default none): name-like tokens ("ViThinker", "TADN") that
        are not in claimgraph's lexicons get a new suffix ("ViThinkerQA") throughout the title and abstract, a
        different one each time, so the vocabulary (and the number of distinct entities) keeps growing with the
        count as real text's does. The records are otherwise those made without renaming.
    tries : int
        Draws allowed for one new abstract or title before giving up.

    Raises
    ------
    SourceTooSmall
        If ``tries`` draws in a row repeat a text already made.
    """
    pools = pools if pools is not None else Pools.from_file()
    if not pools.templates:
        raise SourceTooSmall("no real abstract of two sentences or more to recombine")
    rng = random.Random(seed)
    renaming = random.Random(f"fresh names {seed}")  # its own stream: renaming leaves the other draws as they are
    known = known_names() if fresh_names else frozenset()
    coined_so_far = 0
    abstracts: set[int] = set()
    titles: set[int] = set()
    for number in range(count):
        for _ in range(tries):
            date, abstract, topic = _abstract(rng, pools)
            key = text_hash(abstract)
            if key not in abstracts and key not in pools.real_abstracts:
                break
        else:
            raise SourceTooSmall(f"no new abstract in {tries} draws after {number} records")
        for _ in range(tries):
            title = _title(rng, pools.topics[topic])
            title_key = text_hash(normalize_title(title))
            if title and title_key not in titles and title_key not in pools.real_titles:
                break
        else:
            raise SourceTooSmall(f"no new title in {tries} draws after {number} records")
        abstracts.add(key)
        titles.add(title_key)
        if fresh_names:
            title, abstract, coined_now = rename(renaming, (title, abstract), fresh_names, known, coined_so_far)
            coined_so_far += coined_now
        record = {"id": f"synth-{seed}-{number:07d}", "title": title, "abstract": abstract}
        if date:
            record["date"] = date
        yield record


def write_jsonl(path: Path, records: Iterable[dict]) -> int:
    """Write records as JSON Lines (gzip-compressed if ``path`` ends in ``.gz``, same bytes for the same records).

    Returns the number of records written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with open(path, "wb") as raw:
        if path.suffix == ".gz":
            stream = gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=1, mtime=0)
        else:
            stream = raw
        with io.TextIOWrapper(stream, encoding="utf-8", newline="\n") as text:
            for record in records:
                text.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
    return written


# ---------------------------------------------------------------- vocabulary

_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class VocabularyProfile:
    """How varied a text collection's tokens are (tokens: runs of word characters, or one other character; case kept).

    ``types_per_window`` and ``bigrams_per_window`` are the mean share of distinct tokens and of distinct token
    bigrams in consecutive windows of ``window`` tokens; ``types_at`` the distinct tokens after the first N tokens.
    """

    texts: int
    tokens: int
    window: int
    types_per_window: float
    bigrams_per_window: float
    types_at: dict[int, int]


def vocabulary_profile(
    texts: Iterable[str], window: int = 100_000, checkpoints: Iterable[int] = ()
) -> VocabularyProfile:
    """Measure a collection of texts (see :class:`VocabularyProfile`); streams, holding one window at a time."""
    marks = sorted(set(checkpoints))
    types: set[str] = set()
    types_at: dict[int, int] = {}
    window_types: set[str] = set()
    window_bigrams: set[tuple[str, str]] = set()
    shares: list[tuple[float, float]] = []
    tokens = texts_seen = in_window = 0
    previous = None
    for text in texts:
        texts_seen += 1
        for token in _TOKEN.findall(text):
            tokens += 1
            in_window += 1
            types.add(token)
            window_types.add(token)
            if previous is not None:
                window_bigrams.add((previous, token))
            previous = token
            if marks and tokens == marks[0]:
                types_at[marks.pop(0)] = len(types)
            if in_window == window:
                shares.append((len(window_types) / window, len(window_bigrams) / window))
                window_types, window_bigrams, in_window, previous = set(), set(), 0, None
        previous = None  # no bigram across texts
    types_at[tokens] = len(types)
    mean = (lambda values: sum(values) / len(values)) if shares else (lambda values: math.nan)
    return VocabularyProfile(
        texts=texts_seen,
        tokens=tokens,
        window=window,
        types_per_window=mean([share[0] for share in shares]),
        bigrams_per_window=mean([share[1] for share in shares]),
        types_at=types_at,
    )


def heaps_fit(types_at: dict[int, int]) -> tuple[float, float]:
    """(K, beta) of Heaps' law, types = K * tokens**beta, fitted by least squares in log space."""
    points = [(math.log(n), math.log(v)) for n, v in types_at.items() if n > 0 and v > 0]
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    beta = sum((x - mx) * (y - my) for x, y in points) / sum((x - mx) ** 2 for x, _ in points)
    return math.exp(my - beta * mx), beta


def compare(count: int, seed: int, source: Path, window: int = 100_000, fresh_names: float = 0.0) -> str:
    """Compare the vocabulary of ``count`` real abstracts (a seeded shuffle) and ``count`` recombined ones."""
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    random.Random(seed).shuffle(rows)
    count = min(count, len(rows))
    real_texts = [f"{row.get('title') or ''}\n{row['abstract']}" for row in rows[:count]]
    pools = Pools.from_records(rows)
    del rows
    started = time.perf_counter()
    made_records = recombined(count, seed, pools, fresh_names=fresh_names)
    synthetic_texts = [f"{r['title']}\n{r['abstract']}" for r in made_records]
    made = time.perf_counter() - started
    marks = [10**5, 3 * 10**5, 10**6, 3 * 10**6]
    real = vocabulary_profile(real_texts, window, marks)
    synthetic = vocabulary_profile(synthetic_texts, window, marks)
    sentences = sum(len(pool.sentences[w]) for pool in pools.topics.values() for w in (FIRST, MIDDLE, LAST))
    common = sorted(set(real.types_at) & set(synthetic.types_at) - {real.tokens, synthetic.tokens})
    lines = [
        f"vocabulary of {count:,} real abstracts (seeded shuffle) and {count:,} recombined ones "
        f"(seed {seed}, {fresh_names:g} fresh names an abstract; made in {made:.1f} s, {count / made:,.0f}/s), "
        "titles included",
        f"{'':<44}{'real':>14}{'recombined':>14}",
        f"{'tokens':<44}{real.tokens:>14,}{synthetic.tokens:>14,}",
        f"{'tokens per abstract':<44}{real.tokens / count:>14.1f}{synthetic.tokens / count:>14.1f}",
        f"{f'distinct tokens per {window:,}-token window':<44}"
        f"{real.types_per_window:>14.2%}{synthetic.types_per_window:>14.2%}",
        f"{f'distinct bigrams per {window:,}-token window':<44}"
        f"{real.bigrams_per_window:>14.2%}{synthetic.bigrams_per_window:>14.2%}",
    ]
    for mark in common:
        lines.append(
            f"{f'distinct tokens in the first {mark:,}':<44}{real.types_at[mark]:>14,}{synthetic.types_at[mark]:>14,}"
        )
    lines.append(
        f"{'distinct tokens in all':<44}{real.types_at[real.tokens]:>14,}{synthetic.types_at[synthetic.tokens]:>14,}"
    )
    k, beta = heaps_fit({n: v for n, v in real.types_at.items()})
    per_abstract = real.tokens / count
    lines.append(
        f"Heaps' law on the real text: types = {k:.1f} * tokens^{beta:.3f}. Recombined text has no token that "
        "realabs lacks, so its vocabulary stops growing at realabs's, where real text would keep growing:"
    )
    for size in (10**5, 3 * 10**5, 10**6, 25 * 10**5):
        lines.append(f"  {size:>9,} real abstracts: about {k * (size * per_abstract) ** beta:,.0f} types")
    lines.append(
        f"source: {len(pools.templates):,} templates, {sentences:,} sentences in {len(pools.topics)} topics "
        f"({', '.join(f'{name} {sum(len(s) for s in pool.sentences):,}' for name, pool in pools.topics.items())} "
        "sentences)"
    )
    per_template = sum(template[1] for template in pools.templates) / len(pools.templates)
    lines.append(
        f"each real sentence is used about {per_template * count / sentences:.2f} times per {count:,} abstracts made"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=42_508, help="records to make (or to compare)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--source", type=Path, default=REALABS, help="real records to recombine (JSON Lines, .gz)")
    parser.add_argument("--out", type=Path, help="write the records here (.jsonl or .jsonl.gz)")
    parser.add_argument("--fresh-names", type=float, default=0.0, help="names renamed per abstract (see recombined)")
    parser.add_argument("--compare", action="store_true", help="print the vocabulary comparison with the real text")
    args = parser.parse_args(argv)
    if args.compare:
        print(compare(args.count, args.seed, args.source, fresh_names=args.fresh_names))
    if args.out:
        started = time.perf_counter()
        records = recombined(args.count, args.seed, Pools.from_file(args.source), fresh_names=args.fresh_names)
        written = write_jsonl(args.out, records)
        print(f"{written:,} records written to {args.out} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    if not args.compare and not args.out:
        parser.error("give --out FILE, --compare or both")


if __name__ == "__main__":
    main()
