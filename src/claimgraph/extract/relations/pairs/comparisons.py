"""The outperforms reading of one sentence (:func:`outperforms`): its winner, its rivals and the readings
that rule a win out."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.claims.cues import ClaimCues, RelationCues
from claimgraph.extract.claims.subjects import ACTORS, PaperContext, enabled_actor, resolve_subject
from claimgraph.extract.pipeline.sentence_view import SentenceView
from claimgraph.extract.relations.guards import reading_cues
from claimgraph.extract.relations.pairs.clauses import (
    _clause_subject,
    _conjoined_subject,
    _counted_over,
    _possible,
    _possible_for_thing,
    _than_count,
)
from claimgraph.extract.relations.pairs.costs import (
    _beyond_limit,
    _cost_only,
    _inquiry,
    _liability_than,
    _negated_win,
    _parity,
    _parity_between,
    _purpose,
    _purpose_phrase,
    _speed_only,
    _valence_than,
)
from claimgraph.extract.relations.pairs.heads import (
    _component_for_whole,
    _data_maker_stand_in,
    _glued_variant,
    _models_of_data_maker,
    _paper_head,
    _product_subject,
    _relative_antecedent,
    _unnamed_own,
)
from claimgraph.extract.relations.pairs.rival_names import (
    _SIZED,
    _after_verb,
    _named_rival,
    _own_setting,
    _setting_between,
    _sized_cut,
    _sized_method,
    _subject_of_own_verb,
)
from claimgraph.extract.relations.pairs.rivals import _anaphoric_rivals, _rivals
from claimgraph.extract.relations.pairs.sentences import (
    RelationMatch,
    _explicit,
    _located,
    _made_with_prefix,
    _score,
    _Sentence,
    _stands_for_class,
    _unmodified,
)
from claimgraph.extract.relations.pairs.winner import _clause_start, _enabled_other, _winner
from claimgraph.extract.relations.pairs.wins import (
    _clause_end,
    _comma_break,
    _compare_win,
    _far_gains,
    _made_to_win,
    _opening_end,
    _opens,
    _passive,
    _passive_wins,
    _wins_over,
)


def outperforms(
    s: _Sentence, ctx: PaperContext, cues: ClaimCues, rc: RelationCues, carried: list[Span] | None = None
) -> list[RelationMatch]:
    """Method/Model -> Method/Model relations of one sentence; ``carried``: the rivals the sentence
    before set the paper's entity against (:func:`compared_set`), beaten by "outperforms all baselines"."""
    view = s.view
    found = []
    unnamed: set[int] = set()
    reading = reading_cues()
    passive = tuple(i for i, kind in s.marks if kind == "beat" and _passive(view.words, i, reading))
    found += _passive_wins(s, passive, ctx, rc, reading)
    for index, kind in [*s.marks, *_far_gains(view, s.marks, reading), *_wins_over(view, s.marks, reading)]:
        if kind == "beat" and index in passive:
            continue  # "BarNet is outperformed by FooNet": read by _passive_wins
        if kind == "trail" and _valence_than(view.words, index, cues, reading):
            kind = "than"  # "better perplexity than X": "better" says who wins whatever the metric's direction
        if kind == "compare" and _compare_win(view, index, cues, rc, reading):
            kind = "compared"  # "achieves superior accuracy compared to X", "Compared to X, ours improves Y"
        if kind not in ("beat", "than", "over", "compared"):
            continue
        if kind == "than" and _parity(view.words, index, rc) or _possible(view.words, index, rc, reading):
            continue
        if kind == "than" and _than_count(view, index):
            continue  # "while skipping more than 40 percent of Transformer blocks": a count, no rival
        if kind == "than" and _liability_than(view.words, index, reading):
            continue  # "BERT is more prone to this than BiLSTM": it suffers more, it does not win
        if kind == "than" and _speed_only(view.words, index, cues, reading):
            continue  # "7x faster than StreetCrafter": a speed comparison, not a win (issue #17 judgements)
        if kind in ("than", "over") and _cost_only(view, index, kind, cues, reading):
            continue  # "600x less GPU time than CLIP", "inference speed by 40% over FoL": a cost, not a win
        if _negated_win(view.words, _clause_start(view.words, index, rc), index, cues, reading):
            continue  # "yields no statistically significant gain over MaxLogit": the win is denied
        if kind == "beat" and _beyond_limit(view.words, index, reading):
            continue  # "when target views exceed the capacity of a single DiT forward pass": no rival
        if kind == "beat" and _purpose(view.words, index, reading) and enabled_actor(view, index) is None:
            continue  # "To surpass the quality of X, we propose Y": a goal, not a result
        if kind in ("over", "than") and _purpose_phrase(view.words, index, reading):
            continue  # "a method designed to improve upon standard CoT": a goal, not a result
        if kind in ("beat", "than") and _inquiry(view.words, index, reading):
            continue  # "we investigate the conditions when GraphRAG surpasses RAG": a study's question
        if kind == "over" and _counted_over(view, index, cues, reading):
            continue  # "a benchmark of 16,000 hybrid documents over PubMed": no comparison
        enabled = enabled_actor(view, index)
        if enabled is not None and _enabled_other(view, enabled, ctx, rc):
            continue  # "MoLoRA enables Qwen3-1.7B to exceed Qwen3-8B": Qwen3-1.7B with MoLoRA wins, not Qwen3-1.7B
        subject = s.claim.subject if s.claim is not None else None
        if enabled is not None:
            head, explicit = enabled.span, True  # "our approach enables X to outperform Y"
        elif kind == "compared" and subject is not None and subject.start > view.starts[index]:
            head, explicit = subject, _explicit(subject, view)  # "Compared to X, FooNet improves ..."
        elif kind == "compared" and _opens(view.words, index):
            head, explicit = resolve_subject(view, ctx, cues, 0, 0, s.after)
        elif s.claim is not None and s.claim.subject is not None and s.claim.subject.start < view.starts[index]:
            head, explicit = s.claim.subject, _explicit(s.claim.subject, view)
        else:
            head, explicit = resolve_subject(view, ctx, cues, index, 0, s.after)
        antecedent = _relative_antecedent(view, index, rc, reading) if enabled is None else None
        if antecedent is None and enabled is None and _possible_for_thing(view, index, rc, reading):
            continue  # "a single learning rate that can outperform Adam": what that rate can do
        if antecedent is not None:
            head, explicit = antecedent.span, True  # "... yields S-Agent-8B, a compact agent that surpasses Y"
        elif head is not None and explicit:
            head = _unmodified(view, head)
            if head.sent.start == view.sentence.start and head.end <= view.starts[index]:
                head, explicit = _clause_subject(view, head, index, ctx, rc)
            conjoined = _conjoined_subject(view, index, rc) if kind == "beat" and head is not None else None
            if conjoined is not None and conjoined.span.start >= head.end:
                head = conjoined.span  # "A surpasses X, and B even outperforms Y": B beats Y
        if head is not None and enabled is None and antecedent is None:
            head, explicit = _winner(view, head, explicit, index, ctx, rc, reading)
        if head is not None and explicit and _compared_head(view, s.marks, head, index):
            continue  # "8.4x higher than RocksDB and 2.9x higher than BlobDB": RocksDB is beaten, not the winner
        if head is not None and not explicit:
            head = _paper_head(head, view, ctx, reading)  # "our model" for SambaY, not its GMU component
            if _unnamed_own(head, view):
                continue  # "our method outperforms X" for "an iterative ensemble strategy": no name
            if _component_for_whole(head, view, ctx, reading):
                continue  # "our proposed approach surpasses X" for the Attentive Residual Convolution Module
        if (
            head is None
            or head.label_ not in ACTORS
            or _stands_for_class(view, head, ctx, rc)
            or _made_with_prefix(view, head, ctx)
        ):
            continue
        if not explicit and _glued_variant(view, _clause_start(view.words, index, rc), index, ctx):
            continue  # "PURe34 achieves 80.27%, surpassing ResNet101": the named variant wins, not PURe
        if not explicit and _models_of_data_maker(view.words, index, head, ctx, rc, reading):
            continue  # "Our models outperform GPT-4o" in a paper on APIGen-MT, a pipeline that generates data
        if not explicit and head.label_ == "Method" and _product_subject(view.words, index, reading):
            continue  # "The resulting model achieves 41.5%, surpassing GPT-4o": the model trained with it wins
        if kind == "compared" and _made_to_win(view, head, index):
            continue  # "ScPO finetunes Llama-3 8B to be superior to X": Llama-3 8B with ScPO wins
        if any(w in reading.modal_hedges for w in view.words[_clause_start(view.words, index, rc) : index]):
            continue  # "models could achieve state-of-the-art performance, surpassing Y": a possibility
        key = head.text.lower()
        limit = _opening_end(view, index, head) if kind == "compared" else len(view.words)
        rivals = _rivals(view, index, rc, reading)
        if (
            not rivals
            and carried
            and kind == "beat"
            and head.text.lower() in ctx.keys
            and _anaphoric_rivals(view.words, index, rc, reading)
        ):
            both = view.sentence.doc[carried[0].sent.start : view.sentence.end]  # the set-up and the win
            for tail in carried:
                if tail.text.lower() != key:
                    found.append(RelationMatch(head, "outperforms", tail, both, _score(0.60, explicit, s.hedged)))
            continue
        for tail in rivals:
            if tail.first >= limit:
                break  # "Compared to X, FooNet ... and Y ...": the rivals end where the winner's clause starts
            if _clause_end(view, index, tail, kind, reading):
                break  # "requires more than concurrent kernel launches: naive use of X ...": a new clause
            if kind == "compared" and _comma_break(view, index, tail):
                break  # "compared to our ViT-style baseline, the ViT model ...": a new phrase
            if _after_verb(view.words, index, tail, rc):
                break  # "outperforms X, and enables TRELLIS to ...": a new verb phrase
            if _subject_of_own_verb(view.words, tail, rc, reading):
                break  # "A surpasses X, and B outperforms Y": B opens a clause of its own
            if _parity_between(view.words, index, tail, rc, reading):
                break  # "outperforms X and is competitive to Y": Y is only matched
            if not _named_rival(view, tail, ctx, rc, reading):
                continue
            if _setting_between(view.words, index, tail, reading):
                break  # "outperforms other methods throughout the entire CIL period": a setting
            if _sized_cut(tail):
                continue  # "outperforming H3-125M" for the entity H3: the rival's name is cut
            if _sized_method(view, tail):
                continue  # "larger baselines (e.g., 4B Vanilla SFT)": a model trained with SFT, not SFT
            if _own_setting(view, tail, index, reading):
                continue  # "With DeepSeek-R1, FFS achieves ..., a 15% improvement over DeepSeek-R1's accuracy"
            if tail.key == key or ctx.is_proposed(tail) and ctx.is_proposed(head):
                continue
            if tail.label == "Model" and _data_maker_stand_in(head, view, index, ctx, rc, reading):
                continue  # "it outperforms LLAMA-8B-instruct" for AgentInstruct: a model trained on its data wins
            if ctx.is_proposed(head) and tail.key.startswith(key) and _SIZED.fullmatch(tail.key[len(key) :]):
                continue  # "DLER-7B" for the proposed DLER: the paper's own model at one size, not a rival
            base = 0.80 if kind == "beat" else 0.60 if kind == "compared" else 0.65
            found.append(RelationMatch(head, "outperforms", tail.span, view.sentence, _score(base, explicit, s.hedged)))
            if not explicit:
                unnamed.add(id(found[-1]))
    return _named_winners_first(found, unnamed)


#: Marks that end the phrase of a comparison word before a name.
_CLAUSE_MARKS = frozenset({",", ";", ":"})


def _compared_head(view: SentenceView, marks: tuple[tuple[int, str], ...], head: Span, index: int) -> bool:
    """Whether ``head`` is the first name after another comparison word of the sentence, at most
    four words and no comma, semicolon or colon after it ("Tidehunter achieves 830K writes, 8.4x higher than RocksDB and
    2.9x higher than BlobDB", "matching GPT-5.2 on X and surpassing GPT-4o", "relative to its base
    model (Qwen2.5-14B), outperforming GPT-4o"): the sentence sets it against the winner, whose name
    it does not give, so it wins nothing at ``index``."""
    located = _located(view, head)
    if located is None:
        return False
    for j, kind in marks:
        if kind == "improve" or j == index or j >= located.first or located.first - j > 5:
            continue
        if not _CLAUSE_MARKS.isdisjoint(view.words[j + 1 : located.first]):
            continue
        first = next((e for e in view.entities if e.first > j), None)
        if first is not None and first.first == located.first:
            return True
    return False


def _named_winners_first(found: list[RelationMatch], unnamed: set[int]) -> list[RelationMatch]:
    """A rival the sentence shows beaten by a winner it names is not also beaten by a winner read
    for an unnamed subject ("We further scale this approach with Aya-Vision-32B, which outperforms
    models more than twice its size, such as Molmo-72B": Aya-Vision-32B beats Molmo-72B, not the
    paper's Aya Vision read from "models more than twice its size"); ``unnamed``: the ids of the
    matches whose head the sentence does not name."""
    named = {r.tail.start for r in found if id(r) not in unnamed}
    return [r for r in found if id(r) not in unnamed or r.tail.start not in named]
