"""Abstracts for the benchmarks, read at run time from ../shared/data.

:func:`real_abstracts` gives a seeded random sample of the 42,508 real, recent
titles and abstracts of ``realabs/`` (what users' papers look like), each text
once. :func:`scirex_abstracts` gives older abstract-sized texts cut from SciREX.

Nothing of the public datasets is copied into the project: the texts are built
in memory from SciREX's full papers (``train_docs.tar.gz``), cut at sentence
boundaries into pieces of about 180 words (the length of an arXiv abstract),
so every text is unseen by spaCy's tokenizer cache. SciREX stores tokens;
:func:`detokenize` glues punctuation back ("word ." -> "word.", "state - of -
the - art" -> "state-of-the-art") so the texts read like real abstracts.
"""

from __future__ import annotations

import json
import re
import tarfile
from pathlib import Path

from claimgraph.ingest.model import Paper

PROJECT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = PROJECT.parent / "shared" / "data"


_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?%)\]}]|'s|n't)")
_NO_SPACE_AFTER = re.compile(r"([(\[{]) ")
_JOINERS = re.compile(r"(?<=\w) ([-/]) (?=\w)")
_DECIMAL = re.compile(r"(?<=\d) \. (?=\d)")


def detokenize(tokens: list[str]) -> str:
    """Join tokens into natural text (a light, rule-based detokeniser)."""
    text = " ".join(tokens)
    text = _DECIMAL.sub(".", text)
    text = _JOINERS.sub(r"\1", text)
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    return _NO_SPACE_AFTER.sub(r"\1", text)


def scirex_abstracts(count: int, data_dir: Path = DEFAULT_DATA, words_per_text: int = 180) -> list[Paper]:
    """Return ``count`` distinct abstract-sized papers cut from SciREX documents."""
    archive = data_dir / "scirex" / "train_docs.tar.gz"
    papers: list[Paper] = []
    with tarfile.open(archive) as tar:
        for member in sorted((m for m in tar.getmembers() if m.name.endswith(".json")), key=lambda m: m.name):
            document = json.load(tar.extractfile(member))
            words = document["words"]
            piece: list[str] = []
            for start, end in document["sentences"]:
                piece.extend(words[start:end])
                if len(piece) >= words_per_text:
                    papers.append(
                        Paper(id=f"bench-{len(papers)}", title=detokenize(piece[:12]), abstract=detokenize(piece))
                    )
                    piece = []
                    if len(papers) >= count:
                        return papers
    if len(papers) < count:
        raise SystemExit(f"only {len(papers)} texts available in {archive}, asked for {count}")
    return papers


def real_abstracts(count: int, data_dir: Path = DEFAULT_DATA, seed: int = 0) -> list[Paper]:
    """A seeded random sample of ``count`` distinct real abstracts from ``realabs/realabs.jsonl.gz``."""
    import gzip
    import random

    with gzip.open(data_dir / "realabs" / "realabs.jsonl.gz", "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    seen: set[str] = set()
    unique = []
    for row in rows:
        text = row.get("abstract") or ""
        if text and text not in seen:
            seen.add(text)
            unique.append(row)
    chosen = random.Random(seed).sample(unique, min(count, len(unique)))
    return [
        Paper(id=str(r.get("id") or i), title=r.get("title") or "", abstract=r["abstract"])
        for i, r in enumerate(chosen)
    ]
