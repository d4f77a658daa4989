"""Helpers for resolution tests: tiny extractions and a small lexicon."""

from __future__ import annotations

from claimgraph.extract.lexicons import Lexicon, LexiconEntry
from claimgraph.extract.model import Entity, Extraction


def ent(
    text: str, type_: str = "Model", *aliases: str, canonical: str | None = None, evidence: str = "lexicon"
) -> Entity:
    """An entity with ``text`` and ``aliases`` (no mentions: resolution ignores them)."""
    return Entity(text=text, type=type_, aliases=(text, *aliases), mentions=(), canonical=canonical, evidence=evidence)


def paper(paper_id: str, *entities: Entity) -> Extraction:
    return Extraction(id=paper_id, title=f"title of {paper_id}", entities=entities, quantities=(), proposes=())


LEXICON = Lexicon(
    entries=(
        LexiconEntry("LLaMA", "Model", ("LLaMA",)),
        LexiconEntry("Llama 2", "Model", ("Llama 2", "LLaMA-2", "Llama-2", "Llama2")),
        LexiconEntry("BERT", "Model", ("BERT",)),
        LexiconEntry("PaLM", "Model", ("PaLM",)),
        LexiconEntry("chain-of-thought", "Method", ("chain-of-thought", "CoT")),
        LexiconEntry("LoRA", "Method", ("LoRA", "Low-Rank Adaptation")),
        LexiconEntry("ARC", "Dataset", ("ARC", "AI2 Reasoning Challenge")),
    ),
    generic=frozenset(),
)
