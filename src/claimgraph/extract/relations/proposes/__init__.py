"""Component ``claimgraph_proposes``: what the paper itself introduces.

An entity (Method, Model or Dataset) is proposed when

- it is the coined name before the title's colon ("CItruS: Chunked ..."), or
- it is the first such entity within a few words (hyphens not counted) after a
  proposal verb or its gerund whose subject is the authors ("we propose", "this
  paper introduces", "by introducing", "our ...", "here we present"), or after
  "dubbed/termed/called"; a name that is the first part of a hyphenated modifier
  ("a Mamba-based tracker"), a purpose ("a method for X") or a description the
  authors then name ("a PRM (PRM) called Web-Shepherd") is skipped, and so is a name of prior
  work after "termed" ("Recent work ..., termed Relevance, has ..."), or
- it follows "our/the proposed" at once ("our proposed VA-VAE", "the proposed
  pipeline, AnthroTAP"; not an established lexicon name), or
- it is a coined name after "our" and kind words ("our multi-agent framework OMNE", "our
  MT-R1-Zero-7B-Mix attains ...", "on our OperaLQ benchmark"), or
- an apposition calls the coined name new ("RegOps-Bench, a novel benchmark featuring ...",
  "MultiTrust, the first comprehensive and unified benchmark"; not ", a novel metric"), or
- its abbreviation is defined in such a sentence, or
- the authors name it ("which we call X", "we term this X"), or
- it is listed right after a proposed name ("we construct X and Y", "X (XA) and an Y"), or
- it is a coined part of the paper's own contribution, after a component verb whose subject
  is a proposed name (or its abbreviation), "it", or "our/the <kind noun>" ("It includes two modules, X and Y"),
  or after a proposal verb in the third person with such a subject right before it ("Z-Erase first proposes a
  X"), or
- it is the coined name right after a result phrase of the authors' work ("..., giving rise to AutoSOD, an
  end-to-end pipeline"; :func:`.outcomes._result_names`), or
- it is the title name before a colon whose subtitle names its kind ("X: A General Framework
  for ..."), even if the abstract writes it in lower case.
- the abstract proposes no name and the Title Case phrase opening the title before "for"/"with" shares a
  word with the authors' unnamed description ("Dual-View Training for ..." with "we propose a dual-view data
  synthesis strategy"; :func:`.appositives.title_description_name`).

A title phrase after the colon ("VITA-VLA: ... via Action Expert Distillation") that the abstract
never writes is a topic when the title's own name before the colon is proposed (:func:`.titles._topic_title`).

Not proposed: a title name before a colon whose subtitle is a study ("X: A
Survey"), a title phrase that opens like a slogan ("Beyond Motion Primitives:
...", "When Confidence Misleads: ..."), a title phrase of ordinary words that
names a topic (:func:`.titles._topic_title`), names after a study noun ("we present a
survey of X"), the tail of a glued name ("infty-RoPE"), the start of a longer
abbreviated name ("Slot Attention with ... (DIAS)"), an established (lexicon)
name that is only part of a longer description ("grounding-aware reinforcement
learning", "Tenengrad gradient detection", "a reinforcement learning (RL)
framework", with its abbreviation) or that the authors
merely train ("we train Vision Transformers on ...") or act on ("we propose
freezing the matrices in the Vision Transformer"), a name introduced as a task
("we introduce the task of ... (LoGU)") or a coined term ("we coin the term X"),
the undefined initials of an established name of the paper ("an EBM" after "an
energy-based model"), a name after a proposal verb that an adverb of earlier work precedes
("we focus on the recently released benchmark, X", "we previously introduced X"), a lower-case
description that the authors name later in its sentence ("a logical prompting strategy that ...,
termed CoVQD": CoVQD is proposed), a title name of an event the paper reports on
("MEGC2026: Micro-Expression Grand Challenge on ...", "Overview of GeoLifeCLEF 2023: ..."), a name the title writes
after its start that the abstract names before the authors speak ("Vertical Federated Learning (VFL) is ..." for
"Event-Driven Online Vertical Federated Learning"; :func:`.titles._background_title_name`),
a name that a head noun right after it calls a metric or a task ("we introduce Calibration Shift metric"),
a lower-case phrase after "for" and a few lower-case words ("a framework for real-time foreign object intrusion
(FOI) detection"), the task or field that the title's "for" names where the abstract uses it as a modifier ("...
for UAV-based Object Detection" with "a 10,489-frame UAV dataset"; :func:`.titles._for_title_purpose`), and, after
"our", a name beyond a preposition ("applying our method to the X model"), a name after "named" used as an
adjective after a preposition or an article ("agents operate on named AST entities"), and the short form of
an established lower-case long form that the abstract defines outside any proposal ("through supervised
learning (SL) ..." then "upsampling rare terms during SL"; :func:`.refusals._established_short_form`).

``doc._.proposes`` gets the first mention of each proposed entity. Before that,
:func:`appositive_names` adds the coined names that no earlier stage tagged but
the proposal sentence marks ("We present hyper-connections, a simple yet effective
method ...") to the doc's entities.

**Modules**, in the order they import each other: :mod:`.cues` (the cue words of ``cues/proposes.json``
and what all share), :mod:`.authorship` (whether a proposal verb or naming cue is the authors'),
:mod:`.objects` (where a proposal's object ends, its first name and the names listed with it),
:mod:`.fragments` and :mod:`.descriptions` (names skipped in the object: pieces of what is proposed,
descriptions of it), :mod:`.titles` (the title's names and those that are no proposal),
:mod:`.appositives` (coined names added to the doc's entities), :mod:`.parts` (the parts of the
contribution), :mod:`.outcomes` (the names the authors' work results in), :mod:`.refusals` (chosen names
that are no proposal) and :mod:`.component` (the entry
point, :func:`proposed_spans`, and the spaCy component ``claimgraph_proposes``).
"""

from __future__ import annotations

from claimgraph.extract.relations.proposes.appositives import appositive_names
from claimgraph.extract.relations.proposes.component import make_proposes, proposed_spans
from claimgraph.extract.relations.proposes.cues import (
    APPOSITIVE_HEAD,
    APPOSITIVE_WORDS,
    WINDOW,
    ProposeCues,
    propose_cues,
)

__all__ = [
    "APPOSITIVE_HEAD",
    "APPOSITIVE_WORDS",
    "WINDOW",
    "ProposeCues",
    "appositive_names",
    "make_proposes",
    "propose_cues",
    "proposed_spans",
]
