"""Component ``claimgraph_name_patterns``: names no lexicon knows, from shape and context.

Cues (each adds a candidate span to ``doc.spans["cg_candidates"]`` with the
cue as ``span._.evidence``):

- ``title``: a coined name before the title's colon ("CItruS: Chunked ...");
- ``propose``: a name right after "we propose/introduce/present (a new) ...";
- ``naming``: a name after "dubbed", "termed", "called";
- ``dataset-head``: a name before or after "dataset/benchmark/corpus" ("the
  Pile dataset", "Knesset Corpus", "the benchmark BigBench Hard");
- ``model-shape``: a token shaped like a sized model ("Foo-7B");
- ``model-verb``: a coined name right after "fine-tune(d)" or "pretrained"
  ("we fine-tune YOLOWorld");
- ``head-name``: a coined name right after a type word ("our framework OMNE",
  "a new dataset, HardEdit");
- ``compare``: a coined name after "outperforms", "than", "over";
- ``task-phrase``: a lowercase phrase of one or two modifiers and a task head
  noun ("dialogue understanding", "multi-hop retrieval") in task context
  (after "on/for/in/such as", or before "task(s)/benchmark/problem");
- ``metric-phrase``: a known lowercase metric with the task noun that says what
  it measures ("detection accuracy", "surface reconstruction accuracy",
  "patch-level accuracy");
- ``scored-name``: a coined one-word name reported with a score ("a CES score
  of 0.40", "+10.1 nAP,"), a Metric.

The type comes from the context (the word after the name: "dataset",
"model", "framework") or the name itself (size suffix, "Bench", "LLM").

**Modules**, in the order they import each other: :mod:`.tokens` (token helpers
all share: :func:`head_noun_type`, hyphen compounds, short parentheses, coined
shapes), :mod:`.appositives` (the type a describing phrase gives a name:
:func:`appositive_type`, :func:`named_head_type`), :mod:`.type_guess` (the type
of an unknown name from its shape and context: :func:`typed_guess`,
:func:`guess_type`, :func:`after_task_of`, :data:`WEAK_TYPES`),
:mod:`.title_acronyms` (a title "ACRONYM: Long Form" as an abbreviation pair,
:func:`initials_spell`), :mod:`.titles` (names, tasks and methods in the title),
:mod:`.quoted` (names in quotes or LaTeX markup), :mod:`.datasets` (names around
a dataset head word), :mod:`.proposed` (names after a propose verb, a naming cue,
a comparison marker or a type word, and the phrases the authors introduce),
:mod:`.head_names` (names a type word next to them types, capitalised method
names), :mod:`.examples` (names listed after "such as" / "including"),
:mod:`.evaluated_on` (the datasets after "on"), :mod:`.models` (sized names,
names after a model verb, model families), :mod:`.tasks` (lowercase task
phrases), :mod:`.metrics` (metrics grown over what they measure) and
:mod:`.component` (:class:`NamePatterns`, the component, and
:func:`make_name_patterns`, its factory).
"""

from __future__ import annotations

from claimgraph.extract.entities.name_patterns.appositives import appositive_type, named_head_type
from claimgraph.extract.entities.name_patterns.component import NamePatterns, make_name_patterns
from claimgraph.extract.entities.name_patterns.title_acronyms import initials_spell
from claimgraph.extract.entities.name_patterns.tokens import head_noun_type
from claimgraph.extract.entities.name_patterns.type_guess import WEAK_TYPES, after_task_of, guess_type, typed_guess

__all__ = [
    "WEAK_TYPES",
    "NamePatterns",
    "after_task_of",
    "appositive_type",
    "guess_type",
    "head_noun_type",
    "initials_spell",
    "make_name_patterns",
    "named_head_type",
    "typed_guess",
]
