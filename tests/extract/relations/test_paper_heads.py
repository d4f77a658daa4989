"""Issue #17 (judged sample seed 1729): the head of a paper-level claim is the system the
sentence is about, not a component the paper proposes, a backbone of the evaluated system,
nor the paper's proposal when the sentence names a subject of its own."""

from __future__ import annotations

from tests.extract.claim_docs import pairs_of, relation_triples

ENTS = {
    "Gated Memory Unit": "Method",
    "GMU": "Method",
    "SambaY": "Method",
    "FooNet": "Method",
    "BarBlock": "Method",
    "YOCO": "Method",
    "GPT-4o": "Model",
    "Gemini 3.1 Pro": "Model",
    "DiT": "Method",
    "AIME": "Dataset",
    "OSWorld": "Dataset",
    "FooBench": "Dataset",
    "MNIST": "Dataset",
    "CIFAR10": "Dataset",
    "UCF-101": "Dataset",
    "MSVD": "Dataset",
}

COMPONENT = (
    "In this paper, we introduce the Gated Memory Unit (GMU), a simple yet effective mechanism for memory sharing. "
    "We apply it to create SambaY, a decoder-hybrid-decoder architecture that incorporates GMUs. "
)


def triples(abstract: str, proposes=("FooNet",)):
    return relation_triples(abstract, ENTS, proposes)


def test_our_model_is_the_system_not_its_component():
    found = triples(
        COMPONENT + "Through scaling experiments, we demonstrate that our model exhibits a significantly lower loss "
        "compared to a strong YOCO baseline, indicating superior performance scalability.",
        proposes=("Gated Memory Unit", "SambaY"),
    )
    assert ("SambaY", "YOCO") in pairs_of(found, "outperforms")
    assert ("Gated Memory Unit", "YOCO") not in pairs_of(found, "outperforms")


def test_a_component_named_in_the_sentence_keeps_its_win():
    found = triples(
        COMPONENT + "The GMU outperforms YOCO on AIME.",
        proposes=("Gated Memory Unit", "SambaY"),
    )
    assert ("GMU", "YOCO") in pairs_of(found, "outperforms")


def test_a_paper_proposing_only_a_system_keeps_our_model():
    found = triples("We propose FooNet, a new architecture. Our model outperforms YOCO on AIME.")
    assert ("FooNet", "YOCO") in pairs_of(found, "outperforms")
    assert ("FooNet", "AIME") in pairs_of(found, "evaluated_on")


def test_an_untagged_apposed_name_is_the_subject():
    found = triples(
        "We propose FooNet, a new architecture. Our largest model enhanced with attention, Phi4-mini-Flash, "
        "achieves better performance than YOCO on AIME."
    )
    assert ("FooNet", "YOCO") not in pairs_of(found, "outperforms")
    assert ("FooNet", "AIME") not in pairs_of(found, "evaluated_on")


def test_an_untagged_coined_subject_wins_not_the_proposal():
    found = triples(
        "We propose FooNet, a new projector. By combining FooNet with annealing, we obtain FVQ. "
        "Moreover, when integrated with LlamaGen, FVQ significantly enhances generation quality, surpassing DiT."
    )
    assert ("FooNet", "DiT") not in pairs_of(found, "outperforms")


def test_an_alias_of_the_proposal_is_not_another_subject():
    ents = {"FooNet Explorer": "Method", **{k: v for k, v in ENTS.items() if k != "FooNet"}}
    found = relation_triples(
        "We propose FooNet Explorer, a new agent. FOONET achieves strong performance on FooBench.",
        ents,
        ("FooNet Explorer",),
    )
    assert ("FooNet Explorer", "FooBench") in pairs_of(found, "evaluated_on")


def test_a_list_of_datasets_is_not_an_apposed_subject():
    found = triples("We propose FooNet, a new model. Our model surpasses GPT-4o on MMB, SEED-I, and FooBench.")
    assert ("FooNet", "FooBench") in pairs_of(found, "evaluated_on")


def test_a_bare_proposed_name_in_the_sentence_wins():
    found = triples(
        "We propose FooNet, a new model. Second, we propose dynamic mask attention, which maintains 100% accuracy, "
        "improving by more than 150% compared to YOCO."
    )
    assert ("FooNet", "YOCO") not in pairs_of(found, "outperforms")


def test_we_propose_a_method_that_wins_keeps_the_proposal():
    found = triples("We propose FooNet, a new model. In this paper, we propose a novel method that outperforms YOCO.")
    assert ("FooNet", "YOCO") in pairs_of(found, "outperforms")


def test_fewer_steps_is_a_cost_not_a_win():
    found = triples("We propose FooNet, a new decoder. FooNet generates images with fewer steps than YOCO.")
    assert ("FooNet", "YOCO") not in pairs_of(found, "outperforms")


def test_backbones_of_the_evaluated_system_are_not_evaluated():
    found = triples(
        "We propose FooNet, a new agent. We evaluate FooNet across five backbones, including Gemini 3.1 Pro, "
        "on OSWorld, achieving top performance."
    )
    assert ("FooNet", "OSWorld") in pairs_of(found, "evaluated_on")
    assert ("Gemini 3.1 Pro", "OSWorld") not in pairs_of(found, "evaluated_on")


def test_two_evaluated_systems_stay_heads():
    found = triples("We propose FooNet, a new agent. We evaluate FooNet and YOCO on OSWorld.")
    assert {("FooNet", "OSWorld"), ("YOCO", "OSWorld")} <= pairs_of(found, "evaluated_on")


def test_a_benchmark_that_evaluates_other_models_is_not_the_methods():
    found = relation_triples(
        "We introduce FooNet, an automatic pipeline that builds benchmarks. We used experts to validate a subset "
        "(FooBench), which we used to run a final evaluation of 12 frontier LLMs: GPT-4o and Gemini 3.1 Pro.",
        ENTS,
        ("FooNet", "FooBench"),
    )
    assert ("FooNet", "FooBench") not in pairs_of(found, "evaluated_on")


def test_a_contrast_clause_with_its_own_subject_keeps_its_dataset():
    found = triples(
        "We propose FooNet, a new method. FooNet reduces error by 31.9% on MSVD, while SACN yields a 12.3% "
        "improvement on UCF-101."
    )
    assert ("FooNet", "MSVD") in pairs_of(found, "evaluated_on")
    assert ("FooNet", "UCF-101") not in pairs_of(found, "evaluated_on")


def test_a_contrast_clause_of_our_own_results_keeps_the_dataset():
    found = triples(
        "We propose FooNet, a new method. For example, on MNIST, we achieved 99.4% accuracy with FooNet, while on "
        "CIFAR10, we achieved 92.2% accuracy."
    )
    assert ("FooNet", "CIFAR10") in pairs_of(found, "evaluated_on")


def test_a_contrast_clause_of_the_same_subject_keeps_the_dataset():
    found = triples(
        "We propose FooNet, a new detector. Our approach achieves the new state of the art, reaching 58.2 NDS, "
        "while also setting a new record for inference time on the FooBench dataset."
    )
    assert ("FooNet", "FooBench") in pairs_of(found, "evaluated_on")


def test_an_ablated_variant_is_not_the_winner():
    lead = "We propose FooBench, a new benchmark. Remarkably, "
    found = triples(lead + "YOCO without any image input surpasses GPT-4o.", proposes=("FooBench",))
    assert ("YOCO", "GPT-4o") not in pairs_of(found, "outperforms")
    found = triples(lead + "YOCO surpasses GPT-4o.", proposes=("FooBench",))
    assert ("YOCO", "GPT-4o") in pairs_of(found, "outperforms")


def test_a_phrase_is_not_an_outperforms_argument():
    ents = {"AutoML frameworks in task completion rate": "Method", "AutoML frameworks": "Method", **ENTS}
    found = relation_triples(
        "We propose FooNet, a new agent. FooNet outperforms AutoML frameworks in task completion rate.",
        ents,
        ("FooNet",),
    )
    assert not pairs_of(found, "outperforms")
    found = relation_triples(
        "We propose FooNet, a new agent. FooNet outperforms AutoML frameworks on FooBench.", ents, ("FooNet",)
    )
    assert ("FooNet", "AutoML frameworks") in pairs_of(found, "outperforms")


def test_a_paradigm_is_not_a_rival():
    ents = {"data augmentation": "Method", **ENTS}
    found = relation_triples(
        "We propose FooNet, a new method. Our framework significantly outperforms raw data augmentation and YOCO.",
        ents,
        ("FooNet",),
    )
    assert ("FooNet", "data augmentation") not in pairs_of(found, "outperforms")
    assert ("FooNet", "YOCO") in pairs_of(found, "outperforms")


def test_a_class_named_by_its_problem_is_not_a_rival():
    ents = {"SLAM": "Method", "post-training quantization": "Method", "meta-RL": "Method", **ENTS}
    found = relation_triples(
        "We propose FooNet, a new method. FooNet outperforms state-of-the-art SLAM and YOCO.",
        ents,
        ("FooNet",),
    )
    assert ("FooNet", "SLAM") not in pairs_of(found, "outperforms")
    assert ("FooNet", "YOCO") in pairs_of(found, "outperforms")
    for rival in ("post-training quantization", "meta-RL"):
        found = relation_triples(
            f"We propose FooNet, a new method. FooNet consistently outperforms a {rival} baseline.", ents, ("FooNet",)
        )
        assert ("FooNet", rival) not in pairs_of(found, "outperforms")


def test_a_quantity_is_no_side_of_a_win():
    ents = {"1dB": "Method", "US$3.5": "Method", "3DGS": "Method", **ENTS}
    for sentence, rival in (
        ("FooNet outperforms previous works by over 1dB in PSNR.", "1dB"),
        ("FooNet improves over the baseline, saving over US$3.5 million.", "US$3.5"),
    ):
        found = relation_triples(f"We propose FooNet, a new method. {sentence}", ents, ("FooNet",))
        assert ("FooNet", rival) not in pairs_of(found, "outperforms")
    found = relation_triples("We propose FooNet, a new method. FooNet outperforms 3DGS in PSNR.", ents, ("FooNet",))
    assert ("FooNet", "3DGS") in pairs_of(found, "outperforms")


def test_a_dataset_pretrained_on_is_not_evaluated_on():
    found = triples("We propose FooNet, a new encoder. We pretrain the FooNet on the FooBench dataset and evaluate it.")
    assert ("FooNet", "FooBench") not in pairs_of(found, "evaluated_on")
    found = triples("We propose FooNet, a new encoder. We pretrain and evaluate FooNet on the FooBench dataset.")
    assert ("FooNet", "FooBench") in pairs_of(found, "evaluated_on")


def test_a_dataset_glued_to_a_modifier_is_not_evaluated_on():
    found = triples("We propose FooNet, a new model. We evaluate FooNet on seven FooBench-level tasks over MNIST.")
    assert ("FooNet", "FooBench") not in pairs_of(found, "evaluated_on")
    assert ("FooNet", "MNIST") in pairs_of(found, "evaluated_on")


def test_a_tagged_apposed_name_wins_over_the_method():
    ents = {"FooNet-8B": "Model", **ENTS}
    found = relation_triples(
        "We propose FooNet, a new training method. Notably, our model, FooNet-8B, achieves an accuracy of 67.0 on "
        "FooBench, outperforming YOCO by 8.7 points.",
        ents,
        ("FooNet",),
    )
    assert ("FooNet-8B", "YOCO") in pairs_of(found, "outperforms")
    assert ("FooNet", "YOCO") not in pairs_of(found, "outperforms")


def test_a_model_tuned_with_the_method_is_not_the_method():
    found = triples("We propose FooNet, a new method. Evaluations show that FooNet-tuned agents outperform GPT-4o.")
    assert ("FooNet", "GPT-4o") not in pairs_of(found, "outperforms")
    found = triples("We propose FooNet, a new method. Evaluations show that FooNet agents outperform GPT-4o.")
    assert ("FooNet", "GPT-4o") in pairs_of(found, "outperforms")


def test_compared_systems_are_evaluated_too():
    found = triples(
        "We propose FooNet, a new model. "
        "We compare FooNet with baselines (such as YOCO and DiT), evaluating them on FooBench."
    )
    assert {("FooNet", "FooBench"), ("YOCO", "FooBench"), ("DiT", "FooBench")} <= pairs_of(found, "evaluated_on")


def test_a_sized_variant_of_the_proposal_is_not_another_subject():
    found = triples(
        "We propose FooNet, a new model. Experiments show that FooNet-7B/8B significantly outperforms YOCO."
    )
    assert ("FooNet", "YOCO") in pairs_of(found, "outperforms") or ("FooNet-7B/8B", "YOCO") in pairs_of(
        found, "outperforms"
    )


def test_models_the_method_runs_on_are_its_setting():
    found = triples(
        "We propose FooNet, a new quantizer. We evaluate FooNet on YOCO and DiT, and validate it on FooBench."
    )
    assert ("YOCO", "FooBench") not in pairs_of(found, "evaluated_on")
    found = triples(
        "We propose FooNet, a new method. We evaluated FooNet using the model YOCO on the FooBench dataset."
    )
    assert ("YOCO", "FooBench") not in pairs_of(found, "evaluated_on")
