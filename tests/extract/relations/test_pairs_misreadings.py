"""outperforms and evaluated_on misreadings found in judged fact samples (issue #17): a parity clause
after a win, the paper's hyphenated system for "it", names cut from a longer name, parts of a glossed
noun, the paper's method typed as a dataset, the object of "evaluate", an evaluation of others'
agents, the model a method runs on, data glued to a training word, efficiency and plural classes
(relations/pairs/, relations/guards/)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from tests.extract.claim_docs import RelationReader, build

ENTS = {
    "FooNet": "Method",
    "BarNet": "Model",
    "GPT-4o": "Model",
    "Claude": "Model",
    "Qwen2.5-32B": "Model",
    "HA-GAN": "Method",
    "WDM-3D": "Method",
    "LDM": "Method",
    "CoT": "Method",
    "CutMix": "Method",
    "Label Smoothing": "Method",
    "AutoAugment": "Method",
    "ImageNet": "Dataset",
    "MMLU": "Dataset",
    "GSM8K": "Dataset",
    "CIFAR-10": "Dataset",
    "WebArena": "Dataset",
    "COCO": "Dataset",
    "BarSet": "Dataset",
}

reader = RelationReader("We propose FooNet, a new model for parsing.", ENTS)


# ---------------------------------------------------------------- a parity clause after a win


@pytest.mark.parametrize(
    "sentence",
    [
        # 2606.16601: the text lost the space between "achieves" and "competitive"
        "Results show that FooNet significantly outperforms BarNet and achievescompetitive performance "
        "compared to large-scale models like GPT-4o.",
        "Results show that FooNet outperforms BarNet, while achieving comparable performance to GPT-4o.",
        "Results show that FooNet outperforms BarNet and competitive performance compared with GPT-4o.",
    ],
)
def test_a_rival_of_a_parity_clause_after_a_win_is_not_beaten(sentence):
    found = reader.outperforms(sentence)
    assert ("FooNet", "BarNet") in found
    assert ("FooNet", "GPT-4o") not in found


def test_both_rivals_of_one_win_are_beaten():
    found = reader.outperforms("Results show that FooNet outperforms BarNet and GPT-4o on MMLU.")
    assert {("FooNet", "BarNet"), ("FooNet", "GPT-4o")} <= found


@pytest.mark.parametrize(
    "word,glued",
    [("achievescompetitive", True), ("attainscomparable", True), ("achievement", False), ("incomparable", False)],
)
def test_a_parity_word_glued_to_a_verb(word, glued):
    from claimgraph.extract.claims.cues import relation_cues
    from claimgraph.extract.relations.guards import reading_cues
    from claimgraph.extract.relations.pairs import _glued_to_verb

    assert _glued_to_verb(word, relation_cues(), reading_cues()) is glued


def test_a_hedge_governing_an_infinitive_with_the_comparison_is_no_win():
    # 2405.xxxx VideoGameBunny: "has the potential to make a relatively small model outperform ... LLaVa-1.6-34b"
    found = reader.outperforms(
        "Our experiments show that FooNet has the potential to make a relatively small model outperform BarNet."
    )
    assert ("FooNet", "BarNet") not in found


def test_a_hedge_in_another_clause_does_not_stop_a_win():
    found = reader.outperforms("Beyond its potential to scale, FooNet consistently outperforms BarNet on MMLU.")
    assert ("FooNet", "BarNet") in found


# ---------------------------------------------------------------- "it" for a hyphenated system


def test_it_is_the_hyphenated_system_the_paper_names_not_its_part():
    # 2606.00927: "a TDA-ViT fusion model" proposes TDA and TDA-ViT; "It also outperforms ResNet50" is TDA-ViT's
    from claimgraph.extract.relations.pairs import find_relations

    ents = {"TDA-ViT": "Model", "TDA": "Method", "ViT": "Method", "BarNet": "Model", "ImageNet": "Dataset"}
    text = (
        "We propose TDA-ViT, a fusion model that combines TDA features with ViT representations. "
        "The model is evaluated on ImageNet. It also outperforms several models, including BarNet."
    )
    doc = build(text, entities=ents, proposes=("TDA", "TDA-ViT"))
    found = {(r.head.text, r.relation, r.tail.text) for r in find_relations(doc)}
    assert ("TDA-ViT", "outperforms", "BarNet") in found
    assert ("TDA-ViT", "evaluated_on", "ImageNet") in found
    assert not any(head == "TDA" for head, _, _ in found)


def test_a_variant_introduced_later_does_not_take_the_earlier_it():
    # 2504.07491: "it ... surpassing GPT-4o" is Kimi-VL's, before "we introduce ... Kimi-VL-Thinking"
    from claimgraph.extract.relations.pairs import find_relations

    ents = {"FooNet-Thinking": "Model", "FooNet": "Model", "BarNet": "Model"}
    text = (
        "We present FooNet, an efficient vision-language model. In comparative evaluations, it surpasses BarNet. "
        "Building upon FooNet, we introduce a long-thinking variant: FooNet-Thinking."
    )
    doc = build(text, entities=ents, proposes=("FooNet", "FooNet-Thinking"))
    found = {(r.head.text, r.tail.text) for r in find_relations(doc) if r.relation == "outperforms"}
    assert found == {("FooNet", "BarNet")}


def test_a_variant_named_before_does_not_take_our_approach():
    # 2505.22613: "we introduce RICO-Flash, which learns to generate captions like RICO ... our approach ... on X"
    from claimgraph.extract.relations.pairs import find_relations

    ents = {"FooNet-Flash": "Model", "FooNet": "Model", "BarNet": "Model", "MMLU": "Dataset"}
    text = (
        "We propose FooNet, a novel framework that refines captions. To cut its cost, we introduce FooNet-Flash, "
        "which learns to generate captions like FooNet. Experiments show that our approach outperforms BarNet on MMLU."
    )
    doc = build(text, entities=ents, proposes=("FooNet", "FooNet-Flash"))
    found = {(r.head.text, r.tail.text) for r in find_relations(doc) if r.relation == "outperforms"}
    assert found == {("FooNet", "BarNet")}


# ---------------------------------------------------------------- names cut from a longer name


def _fragment(text: str, name: str, label: str, occurrence: int = 0, more: dict[str, str] | None = None) -> bool:
    from claimgraph.extract.claims.cues import relation_cues
    from claimgraph.extract.relations.guards import fragment

    doc = build(text, entities={name: label, **(more or {})})
    spans = [s for s in doc.spans["entities"] if s.text == name]
    starts = frozenset(s.start for s in doc.spans["entities"])
    return fragment(spans[occurrence], relation_cues(), starts)


@pytest.mark.parametrize(
    "text,name",
    [
        ("FooNet consistently outperforms Textual CoT and Visual CoT methods.", "CoT"),
        ("FooNet outperforms state-of-the-art models, such as HA-GAN, 3D LDM and WDM-3D.", "LDM"),
        ("FooNet achieves lower NLL than Bayesian, ensemble, Probabilistic BarNet, and diffusion baselines.", "BarNet"),
    ],
)
def test_a_method_after_a_capitalised_word_or_a_dimension_is_a_fragment(text, name):
    assert _fragment(text, name, "Method")


@pytest.mark.parametrize(
    "text,name",
    [
        ("FooNet outperforms HA-GAN, LDM and WDM-3D.", "LDM"),
        ("Compared to Vanilla BarNet, FooNet improves accuracy.", "BarNet"),
        ("We find: (3) The BarNet model outperforms FooNet in robustness.", "BarNet"),
        ("Results: Our BarNet achieves superior scores.", "BarNet"),
        ("FooNet improves depth estimation over GAN-based BarNet.", "BarNet"),
        ("We propose a 3D multi-plane vision transformer (MP-ViT) for detection.", "multi-plane vision transformer"),
    ],
)
def test_a_method_after_a_determiner_an_others_word_or_a_modifier_is_whole(text, name):
    assert not _fragment(text, name, "Method")


@pytest.mark.parametrize("name", ["RSNA", "Pneumonia", "Pneumothorax"])
def test_a_dataset_name_of_a_code_and_a_capitalised_word_is_not_cut(name):
    # 2603.07113: "benchmarks, including ChestX-ray14, CheXpert, RSNA Pneumonia and SIIM-ACR Pneumothorax"
    text = "Experiments on benchmarks, including CheXpert, RSNA Pneumonia and SIIM-ACR Pneumothorax, show gains."
    more = {"RSNA": "Dataset", "Pneumonia": "Dataset", "SIIM-ACR": "Dataset", "Pneumothorax": "Dataset"}
    assert _fragment(text, name, "Dataset", more=more)


@pytest.mark.parametrize(
    "text,name",
    [
        ("Experiments on benchmarks, including CheXpert, RSNA and Pneumonia, show gains.", "RSNA"),
        ("Experiments on the MS COCO dataset show gains.", "COCO"),
    ],
)
def test_a_listed_code_or_a_code_of_codes_is_a_whole_dataset_name(text, name):
    assert not _fragment(text, name, "Dataset", more={"Pneumonia": "Dataset", "MS": "Dataset"})


def test_a_name_before_its_abbreviation_and_a_version_is_a_fragment():
    # 2502.06023: "outperforming Stable Diffusion (SD) 2.1, SFT_Chosen, Diffusion-DPO, and MaPO"
    assert _fragment("FooNet outperforms Stable Diffusion (SD) 2.1 and BarNet.", "Stable Diffusion", "Model")
    assert not _fragment("FooNet outperforms Stable Diffusion (SD) and BarNet.", "Stable Diffusion", "Model")


def test_a_cut_rival_is_not_beaten():
    found = reader.outperforms("FooNet outperforms state-of-the-art models, such as HA-GAN, 3D LDM and WDM-3D.")
    assert ("FooNet", "HA-GAN") in found and ("FooNet", "WDM-3D") in found
    assert ("FooNet", "LDM") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        # 2410.05355: "surpassing both existing Mamba and hybrid Mamba-Transformer models"
        "FooNet surpasses both existing BarNet and hybrid Mamba-Transformer models.",
        # 2606.08687: "consistent improvements over strong federated LoRA and parameter-efficient FL baselines"
        "FooNet shows consistent improvements over strong federated BarNet and parameter-efficient FL baselines.",
    ],
)
def test_a_name_in_a_list_of_kinds_with_a_capitalised_kind_word_is_no_rival(sentence):
    assert ("FooNet", "BarNet") not in reader.outperforms(sentence)


def test_a_name_before_unnamed_strong_rivals_stays_a_rival():
    found = reader.outperforms("FooNet surpasses both existing BarNet and strong baselines on MMLU.")
    assert ("FooNet", "BarNet") in found


# ---------------------------------------------------------------- evaluated_on heads and tails


def test_names_glossing_a_singular_noun_are_its_parts_not_evaluated():
    # 2605.16390
    found = reader.evaluated(
        "Keeping the architecture fixed, we compare a Baseline protocol with a Modern protocol "
        "(AutoAugment, CutMix, and Label Smoothing) on CIFAR-10."
    )
    assert not {head for head, _ in found} & {"AutoAugment", "CutMix", "Label Smoothing"}


def test_names_listed_after_a_plural_are_evaluated():
    found = reader.evaluated("We evaluate several models (GPT-4o and Claude) on MMLU.")
    assert {("GPT-4o", "MMLU"), ("Claude", "MMLU")} <= found


def test_the_papers_method_typed_as_a_dataset_is_no_evaluated_on_tail():
    # 2601.22703: "We introduce DAVIS, a simple and broadly applicable post-hoc technique ..."
    ents = {**ENTS, "DAVIS": "Dataset", "ResNet": "Model", "DenseNet": "Model"}
    text = (
        "We introduce DAVIS, a simple and broadly applicable post-hoc technique for OOD detection. "
        "Extensive evaluations show DAVIS sets a new benchmark across diverse architectures, including ResNet "
        "and DenseNet."
    )
    found = RelationReader("", ents).evaluated(text, proposes=("DAVIS",))
    assert not [pair for pair in found if pair[1] == "DAVIS"]


def test_a_benchmark_the_paper_proposes_stays_an_evaluated_on_tail():
    ents = {**ENTS, "FooBench": "Dataset"}
    found = RelationReader("", ents).evaluated(
        "We introduce FooBench, a benchmark framework for parsing. We evaluate GPT-4o on FooBench.",
        proposes=("FooBench",),
    )
    assert ("GPT-4o", "FooBench") in found


def test_the_object_of_evaluate_is_what_is_evaluated():
    # 2507.22316: "To evaluate LAMA-Net/iLAMA-Net, we conduct several experiments ... on popular benchmark datasets"
    found = reader.evaluated("To evaluate BarSet, we conduct several experiments on popular benchmark datasets.")
    assert not [pair for pair in found if pair[1] == "BarSet"]


def test_a_dataset_evaluated_on_after_the_verb_and_a_preposition_is_kept():
    found = reader.evaluated("To evaluate FooNet, we conduct several experiments on BarSet.")
    assert ("FooNet", "BarSet") in found


def test_an_evaluation_of_agents_over_tasks_is_not_the_platforms():
    # 2407.16741 (OpenDevin, a platform): "we perform an evaluation of agents over 15 challenging tasks, ..."
    found = reader.evaluated(
        "Based on our benchmarks, we perform an evaluation of agents over 15 challenging tasks, "
        "including web browsing (e.g., WebArena)."
    )
    assert ("FooNet", "WebArena") not in found


def test_an_evaluation_of_the_papers_method_over_tasks_is_kept():
    found = reader.evaluated("We perform an evaluation of our method over 15 challenging tasks, including WebArena.")
    assert ("FooNet", "WebArena") in found


def test_the_model_a_method_is_evaluated_on_is_its_setting():
    # 2603.19835: "Evaluated on Qwen2.5-32B, FIPO extends the average chain-of-thought length ..."
    found = reader.evaluated("Evaluated on Qwen2.5-32B, FooNet increases MMLU accuracy from 50.0% to 58.0%.")
    assert ("Qwen2.5-32B", "MMLU") not in found


def test_a_model_evaluated_on_a_dataset_is_its_head():
    assert ("Qwen2.5-32B", "MMLU") in reader.evaluated("We evaluate Qwen2.5-32B on MMLU and find large gains.")


@pytest.mark.parametrize(
    "sentence",
    [
        "FooNet achieves 71.2 AP, a gain of 12.5 AP over the COCO-pretrained baseline.",
        "The pipeline generates poses with automatic COCO-format ground-truth export, evaluated on real data.",
    ],
)
def test_a_dataset_glued_to_a_training_word_or_a_format_is_no_tail(sentence):
    assert ("FooNet", "COCO") not in reader.evaluated(sentence)
    assert not [pair for pair in reader.evaluated(sentence) if pair[1].startswith("COCO")]


def test_a_score_on_the_dataset_is_evaluated_on():
    assert ("FooNet", "COCO") in reader.evaluated("FooNet achieves 71.2 AP on COCO.")


# ---------------------------------------------------------------- efficiency and plural classes


@pytest.mark.parametrize(
    "sentence",
    [
        "DiffusionNFT is up to 25 times more efficient than BarNet in head-to-head comparisons.",
        "FooNet is inherently more memory-efficient than BarNet.",
    ],
)
def test_more_efficient_than_is_no_win(sentence):
    assert ("FooNet", "BarNet") not in reader.outperforms(sentence.replace("DiffusionNFT", "FooNet"))


def test_more_efficient_and_effective_than_is_a_win():
    assert ("FooNet", "BarNet") in reader.outperforms("FooNet is more efficient and effective than BarNet.")


def test_a_state_kept_compared_with_a_rival_is_no_win():
    # 2502.19735: "a steady translation performance improvement ..., with its general multilingual abilities
    # preserved compared with plain SFT"
    sentence = (
        "Results indicate a steady performance improvement in 21 languages, with its general abilities "
        "preserved compared with BarNet."
    )
    assert ("FooNet", "BarNet") not in reader.outperforms(sentence)
    assert ("FooNet", "BarNet") in reader.outperforms("FooNet achieves a steady improvement compared with BarNet.")


def test_an_acceleration_over_rivals_is_no_win():
    # 2502.04507: "STA accelerates attention by 2.8-17x over FlashAttention-2 (FA2) and 1.6-10x over ..."
    found = reader.outperforms("FooNet accelerates attention by 2.8-17x over BarNet and 1.6-10x over GPT-4o.")
    assert not found


def test_a_quality_gain_over_rivals_is_a_win():
    found = reader.outperforms("FooNet improves accuracy by 2.8 points over BarNet and 1.6 points over GPT-4o.")
    assert {("FooNet", "BarNet"), ("FooNet", "GPT-4o")} <= found


def test_a_name_with_a_noun_before_a_class_noun_is_a_class():
    # 2605.14169: "BOOKMARKS significantly outperforms RPA memory baselines"
    assert ("FooNet", "BarNet") not in reader.outperforms("FooNet significantly outperforms BarNet memory baselines.")
    assert ("FooNet", "BarNet") in reader.outperforms("FooNet significantly outperforms BarNet and other baselines.")
    assert ("FooNet", "BarNet") in reader.outperforms("Notably, FooNet outperforms BarNet baseline models on MMLU.")
    assert ("FooNet", "MMLU") in reader.evaluated("Results on MMLU show the superiority of FooNet over baselines.")


def test_a_name_glued_to_a_plus_is_a_fragment():
    # 2604.18745: "including U-Net, SA-UNet, UNet3+, SegFormer"
    assert _fragment("FooNet outperforms UNet3+, SegFormer and FPN.", "UNet3", "Model")
    assert not _fragment("FooNet outperforms UNet3 + FPN and SegFormer.", "UNet3", "Model")


def test_a_plural_in_ies_of_a_named_method_is_its_class():
    # 2601.16163: "outperforming strong diffusion policies trained from scratch" for Diffusion Policy
    from claimgraph.extract.relations.pairs import _plural_name, sentence_views

    doc = build("FooNet outperforms strong diffusion policies on LIBERO.", entities={"FooNet": "Method"})
    start = next(t.i for t in doc if t.text == "diffusion")
    doc.spans["entities"] = [
        *doc.spans["entities"],
        Span(doc, start, start + 2, label="Method", kb_id="Method:Diffusion Policy"),
    ]
    view = sentence_views(doc)[0]
    tail = next(e for e in view.entities if e.span.text == "diffusion policies")
    assert _plural_name(view, tail)


# ---------------------------------------------------------------- whose win: a thing, a backbone, a data maker's model


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # 2406.16793: "there exists a single high-quality learning rate that can outperform Adam"
        ("We further find that there exists a single high-quality learning rate that can outperform BarNet.", False),
        ("FooNet is a simple framework that can outperform BarNet on MMLU.", True),
        ("We release FooNet, which can even surpass BarNet on MMLU.", True),
    ],
)
def test_what_a_plain_thing_can_do_is_no_win_of_the_paper(sentence, kept):
    assert (("FooNet", "BarNet") in reader.outperforms(sentence)) is kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # 2602.09932: "Ablation studies confirm ... that optical reflectance dominates over SAR"
        ("Ablation studies confirm that optical reflectance outperforms BarNet in height estimation.", False),
        ("Results show that the proposed method outperforms BarNet in height estimation.", True),
        ("Results show that it consistently outperforms BarNet in height estimation.", True),
    ],
)
def test_a_plain_subject_of_a_that_clause_is_not_the_papers_method(sentence, kept):
    assert (("FooNet", "BarNet") in reader.outperforms(sentence)) is kept


BACKBONES = {**ENTS, "ViT-H": "Model", "ViT-g": "Model", "Vicuna-7B": "Model"}


@pytest.mark.parametrize(
    ("sentence", "glosses", "rivals"),
    [
        # 2408.11318: "a 7.2%p improvement compared to DFN (ViT-H), ... V-JEPA~(ViT-H) ... InternVideo2 (ViT-g)"
        (
            "Our model demonstrates a 7.2% improvement compared to DFN (ViT-H) and a 2.8% improvement "
            "compared to InternVideo2 (ViT-g).",
            {"ViT-H", "ViT-g"},
            set(),
        ),
        ("FooNet outperforms V-JEPA~(ViT-H) on MMLU.", {"ViT-H"}, set()),
        ("FooNet outperforms BarNet (Vicuna-7B) on MMLU.", {"Vicuna-7B"}, {"BarNet"}),
        ("FooNet outperforms strong baseline models (BarNet and GPT-4o) on MMLU.", set(), {"BarNet", "GPT-4o"}),
    ],
)
def test_a_backbone_in_parentheses_after_a_name_is_no_rival(sentence, glosses, rivals):
    beaten = RelationReader(reader.lead, BACKBONES).tails(sentence, "outperforms")
    assert not beaten & glosses
    assert rivals <= beaten


DATA_MAKER = RelationReader(
    "We introduce FooGen, an extensible agentic framework for automatically creating large amounts of "
    "synthetic data. We post-train BarNet with the data.",
    {**ENTS, "FooGen": "Method"},
)


def test_what_a_data_making_method_is_said_to_beat_unnamed_is_its_models_win():
    # 2407.03502: AgentInstruct makes data; "it" (Orca-3, trained on it) beats the models and scores on the benchmarks
    found = DATA_MAKER.triples(
        "Additionally, it consistently outperforms other models such as GPT-4o and Claude. "
        "For example, 40% improvement on MMLU and 19% improvement on GSM8K.",
        proposes=("FooGen",),
    )
    assert not {(h, t) for h, _, t in found if h == "FooGen"} & {("FooGen", "GPT-4o"), ("FooGen", "MMLU")}


def test_a_data_making_method_named_or_called_our_approach_is_still_evaluated():
    text = "Experiments on MMLU show that FooGen outperforms GPT-4o. On GSM8K, our approach improves accuracy by 2%."
    found = DATA_MAKER.evaluated(text, proposes=("FooGen",))
    assert {("FooGen", "MMLU"), ("FooGen", "GSM8K")} <= found


def test_an_apposition_ends_at_comma_and_so_the_authors_data_does_not_make_a_data_maker():
    # 2510.20579: "Open-o3 Video, a non-agent framework that integrates ..., and carefully collect training data"
    lead = (
        "We introduce FooGen, a framework that integrates evidence into video reasoning, and carefully "
        "collect training data."
    )
    found = RelationReader(lead, {**ENTS, "FooGen": "Method"}).evaluated(
        "Consistent improvements are also observed on a broad range of benchmarks, including MMLU and GSM8K.",
        proposes=("FooGen",),
    )
    assert ("FooGen", "MMLU") in found


EVAL_ENTS = {**ENTS, "WMT21": "Dataset", "Wikipedia": "Dataset", "RealIAD": "Dataset", "MIT": "Dataset"}


@pytest.mark.parametrize(
    ("sentence", "tail", "kept"),
    [
        # 2510.05144: "show substantial performance gains over WMT21": the data compared against
        ("Benchmark experiments with BarNet show substantial performance gains over WMT21.", "WMT21", False),
        # 2410.07722: "we enhance the LSR vocabulary with Wikipedia concepts and entities"
        ("In this work, we enhance the FooNet vocabulary with Wikipedia concepts and entities.", "Wikipedia", False),
        # 2511.05245: "our pretraining is performed on a large-scale AD dataset, RealIAD"
        ("To avoid the shift, our pretraining is performed on a large-scale AD dataset, RealIAD.", "RealIAD", False),
        (
            "FooNet is evaluated on the COCO dataset with large gaps and the MIT dataset with large puzzles.",
            "MIT",
            True,
        ),
        ("Experiments with WMT21 show that FooNet improves accuracy by 2%.", "WMT21", True),
        # 2606.04133: "on standard benchmarks for internet photos (IM2GPS3k and YFCC4k)": the benchmarks named
        ("FooNet achieves the best results on standard benchmarks for internet photos (MMLU and COCO).", "MMLU", True),
        ("We evaluate FooNet on six benchmark datasets for mesh recovery, including MMLU and COCO.", "COCO", True),
        # 2510.26961: "For BraTS 2020, it reached the highest DSC value for the tumor core region (0.8651)."
        ("For the COCO dataset, our FooNet reaches the highest accuracy (85.1%).", "COCO", True),
        # 2602.19001: "Our experiments on Life-Bench reveal that existing methods falter significantly ..."
        ("Our experiments on MMLU reveal that existing methods falter significantly on complex tasks.", "MMLU", False),
        ("Our experiments on MMLU reveal that existing methods falter, while FooNet gains 5% accuracy.", "MMLU", True),
    ],
)
def test_which_data_a_sentence_evaluates_on(sentence, tail, kept):
    assert (tail in RelationReader(reader.lead, EVAL_ENTS).tails(sentence, "evaluated_on")) is kept


@pytest.mark.parametrize(
    ("sentence", "pair", "kept"),
    [
        # 2501.17703: "our Qwen2.5-Math-CFT model-trained on just 50K samples-matches or outperforms ... AceMath"
        ("Our FooNet model-trained on just 50K samples-matches or outperforms BarNet on most benchmarks.", None, False),
        # 2603.17388: "our best-performing variant (CLIP with mapped attributes) outperforms SignAvatar"
        ("Our best-performing variant (GPT-4o with mapped attributes) outperforms BarNet on all metrics.", None, False),
        ("We show that Claude with a ResNet-50 backbone outperforms BarNet on MMLU.", ("Claude", "BarNet"), True),
        # 2505.18149: "With DeepSeek-R1, FFS achieves ..., a 15% improvement over DeepSeek-R1's standalone accuracy"
        (
            "With BarNet, FooNet achieves 82% accuracy on MMLU, a 15% improvement over BarNet's standalone accuracy.",
            None,
            False,
        ),
        (
            "With BarNet, FooNet achieves 82% accuracy on MMLU, a 15% improvement over GPT-4o.",
            ("FooNet", "GPT-4o"),
            True,
        ),
    ],
)
def test_a_parity_glued_by_a_dash_a_model_with_a_method_and_the_model_run_alone_are_no_wins(sentence, pair, kept):
    found = reader.outperforms(sentence)
    if kept:
        assert pair in found
    else:
        assert not {p for p in found if p[1] == "BarNet"}


def test_names_before_our_clause_set_up_the_evaluation_and_are_not_evaluated():
    # 2606.19961: "Evaluated on RGB-to-SWIR translation ... with two denoiser backbones (U-Net and DiT), our approach
    # improves detection mAP ... (COCO-small, ...)"
    found = reader.evaluated(
        "Evaluated on translation with two denoiser backbones (BarNet and Claude), our approach improves "
        "accuracy on COCO by up to 2x."
    )
    assert ("BarNet", "COCO") not in found and ("Claude", "COCO") not in found
    assert ("FooNet", "COCO") in found
