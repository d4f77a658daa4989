"""Cross-paper entity resolution: one node per real-world entity.

Rules, applied with keyed look-ups only (cost near-linear in mentions):

1. Every surface form has a typed key ``<Type>:<normalize_name(form)>``, so
   case, hyphen and spacing variants (GPT-3 / GPT3 / GPT 3) share a key.
2. The forms of one extracted entity (text and aliases) are one entity in that
   paper. Its long forms are merged across papers by key.
3. An entity is anchored to a canonical name by the alias registry, the
   extractor's ``canonical`` or a lexicon form (text first, then long forms,
   then short forms; a short form only when the paper's own long form agrees
   with the known name); all papers anchored to a name share its node. Lexicon
   look-ups are by whole key, never by prefix, and the extractor's canonical
   counts only for a lexicon form itself, not for a longer name that contains
   one ("ImageNet-LT" is not ImageNet, "LLaMA-Omni 2" not LLaMA, "Semantic-Fast-SAM
   (SFS)" not SAM).
4. A short form (an acronym alias, "SPT") joins its long form across papers
   only when unambiguous: every paper that expands it expands it to the same
   entity, it is used with one type only, it is no lexicon form (that is its
   entry's) and no paper proposes it without spelling it out (that paper coins
   its own name: "We propose SAGE, a ..." is not another paper's "Specialized
   Analyzer Group for Expert-like Detection (SAGE)"). Otherwise each paper's
   short form stays with that paper's long form and bare uses get a node of
   their own. A paper's own definition comes first
   (issue #17): an acronym the paper defines against the lexicon's meaning
   ("Iterative Patch Optimization (IPO)") is keyed by the paper's long form, and
   a lexicon ``ambiguous_abbreviations`` form ("FFT") is expanded only where the
   paper defines it so.
5. Forbidden merges of the alias registry are never made.
6. Model variants are never merged with their family: forms with a different
   size/variant suffix, or that are another form plus a release mark ("FLUX.1"
   of "FLUX", "o1-preview" of "o1"), are paper-local aliases only; a Model name
   that is a lexicon form plus a release mark never takes that entry's name
   ("YOLOv5 nano", "GLM-4-Plus"); and a variant node records
   ``variant_of`` (its family's key, creating the family node if needed) and
   ``params``.
7. Corpus typing (:mod:`claimgraph.resolve.corpus_types`): a name typed only on
   weak evidence joins the node of the same name of the type the corpus's
   strong evidence gives it, so one entity gets one node and one type; a key
   whose set holds strongly typed or lexicon names is never retyped.

**Modules**, in the order they import each other: :mod:`.form_relations` (how two forms relate by their text:
short form, other release, agreeing long forms), :mod:`.known_names` (the lexicon and alias registry by typed
key), :mod:`.anchoring` (which known name an entity is anchored to, rule 3, and a paper's own definition of an
abbreviation, rule 4), :mod:`.occurrences` (what is kept of each extracted entity: ``Mention`` and the per-key
aggregates), :mod:`.entity_table` (pass 2: ``EntityTable``), :mod:`.entity_nodes` (one node per set: label,
type, family), :mod:`.first_pass` (pass 1, rules 4 and 7 after the last paper) and :mod:`.resolver`
(``Resolver`` and the stage function ``resolve``). Keys and the union-find are in :mod:`.keys`, variants in
:mod:`.variants`, corpus typing in :mod:`.corpus_types`. This module re-exports what other modules import from it.
"""

from claimgraph.resolve.entity_table import EntityTable
from claimgraph.resolve.occurrences import Mention
from claimgraph.resolve.resolver import Resolver, resolve

__all__ = ["EntityTable", "Mention", "Resolver", "resolve"]
