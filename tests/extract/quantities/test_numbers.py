"""The quantity parser on hand-written cases, and its spaCy component."""

from __future__ import annotations

import pytest
import spacy

from claimgraph.extract.quantities.numbers import (
    MEASURE_UNITS,
    QuantityMatch,
    describe_measure,
    find_quantities,
)


def only(text: str) -> QuantityMatch:
    found = find_quantities(text)
    assert len(found) == 1, [q.text for q in found]
    q = found[0]
    assert text[q.start : q.end] == q.text
    return q


# (text, quantity text, value, high, unit, multiplier)
FORMS = [
    ("an LLM with 2.8B parameters", "2.8B parameters", 2.8e9, None, "parameters", 1e9),
    ("trained 175 billion parameters", "175 billion parameters", 175e9, None, "parameters", 1e9),
    ("contexts of 32K tokens", "32K tokens", 32e3, None, "tokens", 1e3),
    ("it gains 1.24% overall", "1.24%", 1.24, None, "%", 1.0),
    ("it is 10x faster", "10x", 10.0, None, "x", 1.0),
    ("a ×3 speedup", "×3", 3.0, None, "x", 1.0),
    ("a 3× speedup", "3×", 3.0, None, "x", 1.0),
    ("it prunes 50-60% of weights", "50-60%", 50.0, 60.0, "%", 1.0),
    ("it prunes 50%-60% of weights", "50%-60%", 50.0, 60.0, "%", 1.0),
    ("a corpus of 3.11 GB, cleaned", "3.11 GB", 3.11, None, "GB", 1.0),
    ("with 4-bit weights", "4-bit", 4.0, None, "bits", 1.0),
    ("weights in 8 bits", "8 bits", 8.0, None, "bits", 1.0),
    ("a gain of 0.5 BLEU points", "0.5 BLEU points", 0.5, None, "points", 1.0),
    ("we collect 1,000 problems", "1,000 problems", 1000.0, None, "problems", 1.0),
    ("we collect 1.5 million", "1.5 million", 1.5e6, None, None, 1e6),
    ("it costs $0.5 per call", "$0.5", 0.5, None, "$", 1.0),
    ("only 2.5k examples", "2.5k examples", 2500.0, None, "examples", 1e3),
    ("a gain of +4.3 on MMLU", "+4.3", 4.3, None, None, 1.0),
    ("a gain of 4.3 points", "4.3 points", 4.3, None, "points", 1.0),
    ("for a 7B-parameter model", "7B-parameter", 7e9, None, "parameters", 1e9),
    ("a budget of 100M", "100M", 1e8, None, None, 1e6),
    ("a learning rate of 1e-5", "1e-5", 1e-5, None, None, 1.0),
    ("about 10^6 steps", "10^6 steps", 1e6, None, "steps", 1.0),
    ("it is up to 3.5x faster", "3.5x", 3.5, None, "x", 1.0),
    ("it is 2-3x faster", "2-3x", 2.0, 3.0, "x", 1.0),
    ("a 4.3% absolute improvement", "4.3%", 4.3, None, "%", 1.0),
    ("using 8 semantic fragments", "8 semantic fragments", 8.0, None, "fragments", 1.0),
    ("in 12 diverse languages", "12 diverse languages", 12.0, None, "languages", 1.0),
    ("it drops by 5 percent", "5 percent", 5.0, None, "%", 1.0),
    ("it drops by 5 per cent", "5 per cent", 5.0, None, "%", 1.0),
    ("gains of 2 percentage points", "2 percentage points", 2.0, None, "points", 1.0),
    ("gains of 2 pp on GLUE", "2 pp", 2.0, None, "points", 1.0),
    ("a 2.5-fold speedup", "2.5-fold", 2.5, None, "x", 1.0),
    ("it runs 3 times faster", "3 times", 3.0, None, "x", 1.0),
    ("with 360M params.", "360M params", 3.6e8, None, "parameters", 1e6),
    ("a latency of 12 ms per token", "12 ms", 12.0, None, "ms", 1.0),
    ("in 3 hours on one GPU", "3 hours", 3.0, None, "hours", 1.0),
    ("after 2 days of training", "2 days", 2.0, None, "days", 1.0),
    ("trained with 1e21 FLOPs", "1e21 FLOPs", 1e21, None, "FLOPs", 1.0),
    ("needs 3.2 GFLOPs per token", "3.2 GFLOPs", 3.2e9, None, "FLOPs", 1e9),
    ("a GPU with 80GB memory", "80GB", 80.0, None, "GB", 1.0),
    ("a total of 5 USD", "5 USD", 5.0, None, "$", 1.0),
    ("on 1T tokens", "1T tokens", 1e12, None, "tokens", 1e12),
    ("a 1.3B model", "1.3B", 1.3e9, None, "parameters", 1e9),
    ("a 32k context model", "32k", 32e3, None, "tokens", 1e3),
    ("a .36 improvement", ".36", 0.36, None, None, 1.0),
    ("over 50,000 accelerator hours", "50,000 accelerator hours", 5e4, None, "hours", 1.0),
    ("on 8 GPUs", "8 GPUs", 8.0, None, "gpus", 1.0),
    ("compared with 90 LLMs", "90 LLMs", 90.0, None, "models", 1.0),  # counted_synonyms
    ("the 3-layer transformer", "3-layer", 3.0, None, "layers", 1.0),
    ("a drop of -2.1 on average", "-2.1", -2.1, None, None, 1.0),
    ("at 19.2times higher throughput", "19.2times", 19.2, None, "x", 1.0),
    ("accuracy (50.4\\% vs", "50.4\\%", 50.4, None, "%", 1.0),
    ("from 7B - 65B, on average", "7B - 65B", 7e9, 65e9, "parameters", 1e9),  # bare billions: a model size
    ("between 10B--40B parameters", "10B--40B parameters", 10e9, 40e9, "parameters", 1e9),
    ("1k-6k instruction samples", "1k-6k instruction samples", 1e3, 6e3, "samples", 1e3),
    ("in the 1.58 Bits era", "1.58 Bits", 1.58, None, "bits", 1.0),
    ("a 100-billion-parameter model", "100-billion-parameter", 1e11, None, "parameters", 1e9),
    ("documents of 2048 tokens", "2048 tokens", 2048.0, None, "tokens", 1.0),
    ("we win by a factor of 30!", "30", 30.0, None, "x", 1.0),
    ("(seq. length 1K)", "1K", 1e3, None, "tokens", 1e3),
    ("reached 5 % more", "5 %", 5.0, None, "%", 1.0),
    # a European decimal comma: one or two digits after it and a percent sign or multiplier, never thousands
    ("a mAP up to 99,5% for parts", "99,5%", 99.5, None, "%", 1.0),
    ("an accuracy of 87,25 % on", "87,25 %", 87.25, None, "%", 1.0),
    ("a mAP of 99{,}5\\% on parts", "99{,}5\\%", 99.5, None, "%", 1.0),
    ("a total of 4,6k images", "4,6k images", 4600.0, None, "images", 1e3),
    ("it grows by 12,345% in", "12,345%", 12345.0, None, "%", 1.0),
    ("consists of 1{,}500 authored", "1{,}500", 1500.0, None, None, 1.0),
    ("a benchmark of 43{,}756 samples", "43{,}756 samples", 43756.0, None, "samples", 1.0),
]


@pytest.mark.parametrize(("text", "qtext", "value", "high", "unit", "mult"), FORMS)
def test_forms(text, qtext, value, high, unit, mult):
    q = only(text)
    assert q.text == qtext
    assert q.start == text.index(qtext)
    assert q.end == q.start + len(qtext)
    assert q.value == pytest.approx(value, rel=1e-9)
    assert (q.high is None) if high is None else q.high == pytest.approx(high, rel=1e-9)
    assert q.unit == unit
    assert q.multiplier == pytest.approx(mult)


@pytest.mark.parametrize(
    ("text", "texts"),
    [
        ("scores of 3,5 and 7 on it", ["3", "5", "7"]),  # no unit after it: a list, not a decimal comma
        ("a weight in $[0,1]$ for each", []),
        ("from 1,000 to 2,000 images", ["1,000 to 2,000 images"]),
    ],
)
def test_a_comma_without_a_unit_after_it_is_no_decimal(text, texts):
    assert [q.text for q in find_quantities(text)] == texts


def test_from_to_is_two_quantities():
    found = find_quantities("accuracy rose from 12.3 to 45.6 on GSM8K")
    assert [(q.text, q.value, q.high) for q in found] == [("12.3", 12.3, None), ("45.6", 45.6, None)]
    assert [(q.start, q.end) for q in found] == [(19, 23), (27, 31)]


def test_several_in_one_sentence_with_offsets():
    text = "It reduces memory by 50% and runs 2.2x faster on 4 benchmarks."
    found = find_quantities(text)
    assert [q.text for q in found] == ["50%", "2.2x", "4 benchmarks"]
    for q in found:
        assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("existing 7B and 13B models", ["parameters", "parameters"]),
        ("down to 3 or 4 bits per weight", ["bits", "bits"]),
        ("from 128K to 512K context lengths", ["tokens"]),
        ("in size 1B, 3.7B, 7B, and 16B parameters", ["parameters"] * 4),
        ("from 590 million to 2 billion parameters", ["parameters"]),
        ("from 12.3 to 45.6", [None, None]),
        ("between 56% and 78%", ["%"]),
        ("accuracies of 85.2 and 80.1% on", ["%", "%"]),
        ("gains of 0.5 and 1.5% on", ["%", "%"]),
        # a fraction below one beside a percentage of ten or more: another scale, another measure
        ("an F1-score of 0.71 and 83% recall", [None, "%"]),
        ("reaching a WISE score of 0.90 and 79.06% reasoning accuracy", [None, "%"]),
        ("an accuracy of 0.9487 or 94.87%.", [None, "%"]),
    ],
)
def test_unit_shared_by_coordinated_numbers(text, units):
    assert [q.unit for q in find_quantities(text)] == units


EXCLUDED = [
    "This was shown in 2023 by others.",
    "as shown by Wang et al., 2023 and others",
    "prior work (Brown et al., 2020) and (2021)",
    "spoken in India (INDIA, 2011).",
    "as in [12] and [3, 4] and [1-3]",
    "we ask (1) whether and (2) how",
    "three issues: 1) cost, 2) speed",
    "see Section 3, Figure 2, Table 1 and Eq. 4",
    "see Fig. 5 and Appendix 2 and Algorithm 1",
    "models such as GPT-3 and T5",
    "pass@1 on HumanEval",
    "we fine-tune Llama-2-7b and LLaMA-7B",
    "perplexity on WikiText-103",
    "we train Orca 2 on synthetic data",
    "written in Python 3.11",
    "P-Tuning v2 and V2",
    "code at https://github.com/x/T6 and www.site.com/12",
    "the 1st, 2nd, 3rd and 4th place",
    "a third of one hundred",
    "Mistral 7B outperforms Llama 2 13B",
    "they use GPT 4 here",
    "version 1.2.3 of the tool",
    "ImageNet 256 times 256",
    "images of 64times64 pixels",
    "the 1990s saw neural networks",
    "text8 and seq2seq and mT5",
    "Gemma 2: a new family",
    "in the period 2019-2023",
    "published Mar 14",
    "on A100 GPUs",
    "the H100s we used",
    "Qwen2.5-7B-Instruct and Mistral-7B-v0.2",
    "a 3D scene",
    "since 2020 researchers have",
    "IoU ($T{=}1$) and with $K=8$ steps",
]


@pytest.mark.parametrize("text", EXCLUDED)
def test_exclusions(text):
    assert find_quantities(text) == []


def test_year_like_number_with_a_measure_unit_is_kept():
    assert [q.text for q in find_quantities("sequences of 2000 tokens")] == ["2000 tokens"]
    assert [q.text for q in find_quantities("we annotate 2000 examples")] == ["2000 examples"]


def test_enumerator_numbers_with_units_are_kept():
    assert [q.text for q in find_quantities("(20%) and (30B) and (13B parameters)")] == [
        "20%",
        "30B",
        "13B parameters",
    ]


def test_name_then_measured_number_is_kept():
    assert [q.unit for q in find_quantities("GPT-4 reaches 97% and Mistral 7B parameters")] == ["%", "parameters"]


def test_title_case_gerund_is_not_a_name():
    assert [q.unit for q in find_quantities("Scaling 12 Languages with Training 8 Models")] == [
        "languages",
        "models",
    ]


def test_count_noun_stops_at_prepositions_and_verbs():
    assert only("8 of them").unit is None
    assert only("our 7B outperforms it").unit == "parameters"  # a bare billions count is a model size
    assert [(q.text, q.value, q.unit) for q in find_quantities("it wins 5 out of 9 tasks")] == [
        ("5 out of 9 tasks", 5.0, "tasks")  # one count, of the noun after the total
    ]
    assert [q.text for q in find_quantities("it solves 45 of 50 problems")] == ["45 of 50 problems"]
    assert [q.text for q in find_quantities("85% of 10 models")] == ["85%", "10 models"]  # a share: never merged
    assert [q.text for q in find_quantities("2 of 8 GB")] == ["2", "8 GB"]  # the total has a measure unit


def test_units_documented_set():
    assert {"%", "x", "points", "parameters", "tokens", "bits", "GB", "$", "FLOPs"} <= MEASURE_UNITS


@pytest.mark.parametrize(
    ("text", "qtext", "expected"),
    [
        ("an average improvement of 1.24% across nine tasks", "1.24%", "average improvement"),
        ("an LLM with 2.8B parameters", "2.8B parameters", "model size"),
        ("a 4.3% absolute improvement", "4.3%", "absolute improvement"),
        ("it achieves a 2.2x speedup", "2.2x", "speedup"),
        ("it reduces KV cache memory by 50%", "50%", "KV cache memory"),
        ("a corpus of 3.11 GB", "3.11 GB", "memory"),
        ("using 1,000 problems", "1,000 problems", "number of problems"),
        ("a 32K context window", "32K", "context length"),
        ("the perplexity of 3.02 among", "3.02", "perplexity"),
        ("an F1 score of 81.46% in", "81.46%", "F1 score"),
    ],
)
def test_describe_measure(text, qtext, expected):
    q = only(text)
    assert q.text == qtext
    assert q.measures == expected
    assert describe_measure(text, q.start, q.end, q.unit) == expected


def test_describe_measure_without_unit_uses_context():
    text = "an average improvement of 1.24% across nine tasks"
    start = text.index("1.24%")
    assert describe_measure(text, start, start + 5) == "average improvement"
    assert describe_measure("it is 7", 6, 7) is None


def test_describe_can_be_switched_off():
    assert only_measures("a 4.3% absolute improvement", describe=False) is None


def only_measures(text: str, describe: bool) -> str | None:
    (q,) = find_quantities(text, describe=describe)
    return q.measures


def test_deterministic_and_frozen():
    text = "It gains 4.3 points with 7B parameters (50-60% sparsity)."
    assert find_quantities(text) == find_quantities(text)
    q = find_quantities(text)[0]
    with pytest.raises(AttributeError):
        q.value = 1.0  # type: ignore[misc]


# ---- the spaCy component -------------------------------------------------


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimgraph_quantities")
    return nlp


def test_component_sets_span_group_and_extension(nlp):
    doc = nlp("IDP yields an average improvement of 1.24% with 2.8B parameters on 9 tasks.")
    spans = list(doc.spans["quantities"])
    assert [s.text for s in spans] == ["1.24%", "2.8B parameters", "9 tasks"]
    assert [s._.quantity.unit for s in spans] == ["%", "parameters", "tasks"]
    assert spans[0]._.quantity.measures == "average improvement"
    assert spans[1]._.quantity.value == pytest.approx(2.8e9)


def test_component_drops_quantities_inside_entities(nlp):
    doc = nlp.make_doc("Mistral 7B-parameter model gains 5% over baselines.")
    doc.spans["entities"] = [doc.char_span(0, 10, alignment_mode="expand")]
    doc = nlp.get_pipe("claimgraph_quantities")(doc)
    assert [s.text for s in doc.spans["quantities"]] == ["5%"]


def test_component_without_entities_group(nlp):
    doc = nlp("Llama 2 13B reaches 70.1% on MMLU (Wang et al., 2023).")
    assert [s.text for s in doc.spans["quantities"]] == ["70.1%"]


def test_component_config_and_empty_doc():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimgraph_quantities", config={"spans_key": "numbers", "describe": False})
    doc = nlp("")
    assert list(doc.spans["numbers"]) == []
    doc = nlp("a 3× speedup")
    assert doc.spans["numbers"][0]._.quantity.measures is None


def test_extension_registration_is_idempotent():
    import importlib

    import claimgraph.extract.quantities.numbers as module

    importlib.reload(module)
    assert spacy.tokens.Span.has_extension("quantity")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("obtains 2x to 5x speedups", [("2x to 5x", 2.0, 5.0, "x")]),
        ("sizes ranging from 6 billion to 13 billion", [("6 billion to 13 billion", 6e9, 13e9, "parameters")]),
        ("between 3 and 4 bits", [("3 and 4 bits", 3.0, 4.0, "bits")]),
        ("models from 125M to 2.7B parameters", [("125M to 2.7B parameters", 125e6, 2.7e9, "parameters")]),
        ("improves accuracy from 61% to 75%", [("61%", 61.0, None, "%"), ("75%", 75.0, None, "%")]),
        ("from 12.3 to 45.6", [("12.3", 12.3, None, None), ("45.6", 45.6, None, None)]),
        ("grows 5x to 2x", [("5x", 5.0, None, "x"), ("2x", 2.0, None, "x")]),
    ],
)
def test_ranges_written_with_to_and_between(text, expected):
    assert [(q.text, q.value, q.high, q.unit) for q in find_quantities(text)] == expected


def test_issue17_quantity_shapes():
    from claimgraph.extract.quantities.numbers import find_quantities

    def read(text):
        return [(q.text, q.value, q.high, q.unit) for q in find_quantities(text)]

    assert read("gains of 7.33~8.26 BLEU") == [("7.33~8.26", 7.33, 8.26, None)]
    assert read("a 23. 0% improvement") == [("23. 0%", 23.0, None, "%")]
    assert read("reaching $27.2$ PQ") == [("27.2", 27.2, None, None)]  # LaTeX math, not dollars
    assert read("costs $5 per run") == [("$5", 5.0, None, "$")]
    assert read("a 1.3$\\times$ speedup") == [("1.3$\\times$", 1.3, None, "x")]
    assert read("a $12.5\\%$ gain") == [("12.5\\%", 12.5, None, "%")]
    assert read("in DINOv2. 2) To pool") == []  # an enumerator, no broken decimal
    assert read("~8.2 BLEU") == [("8.2", 8.2, None, None)]  # "~" alone is "about", no range


@pytest.mark.parametrize(
    "text, qtext, unit",
    [
        ("reaches 0.083 LPIPS on it", "0.083", None),  # an acronym in capitals names a measure
        ("reaches 45.1 NDS on it", "45.1", None),
        ("trained on 500 GPUs", "500 GPUs", "gpus"),  # a plural acronym still counts
        ("with 3 LLMs", "3 LLMs", "models"),  # counted_synonyms
    ],
)
def test_an_acronym_in_capitals_is_no_counted_noun(text, qtext, unit):
    q = only(text)
    assert (q.text, q.unit) == (qtext, unit)


@pytest.mark.parametrize(
    "text, qtext, unit",
    [
        ("by $\\textbf{15.86}$ points in mIoU", "15.86}$ points", "points"),
        ("by \\underline{3.1} points", "3.1} points", "points"),
        ("reaches \\textbf{27.2} PQ", "27.2", None),  # no unit after the group: the number alone
        ("a {3} b", "3", None),
        # the unit after the "$" closing LaTeX math
        ("an MAE of $2.74$ years for females", "2.74$ years", "years"),
        ("an RMSE of $1.77$ m on DFC23", "1.77$ m", "m"),
        ("reaches $27.2$ PQ on it", "27.2", None),
        ("a vanilla U-Net reaches RMSE $= 1.01$ cm on the test set", "1.01$ cm", "cm"),  # "$= x$ unit"
        ("the plain F1 $= 0.85$ and the rest", "0.85", None),
    ],
)
def test_the_unit_after_a_latex_group(text, qtext, unit):
    q = only(text)
    assert (q.text, q.unit) == (qtext, unit)


@pytest.mark.parametrize(
    ("text", "quantity", "unit"),
    [
        ("a PSNR of 32.1 dB on Set5", "32.1 dB", "dB"),
        ("PSNR (35.6421 dB) and SSIM", "35.6421 dB", "dB"),
        ("a success rate of 98.1$%$. We", "98.1$%$", "%"),
        ("a success rate of 98.1$\\%$ here", "98.1$\\%$", "%"),
    ],
)
def test_decibels_and_math_mode_percent_keep_their_unit(text, quantity, unit):
    q = only(text)
    assert (q.text, q.unit) == (quantity, unit)


def test_the_second_half_of_a_colon_range_is_no_number():
    assert [q.text for q in find_quantities("with mAP@0.5:0.95 of 0.48 and")] == ["0.48"]
    assert [q.text for q in find_quantities("ACC:0.94 and F1: 0.91")] == ["0.94", "0.91"]  # a label's colon


def test_a_day_of_a_date_is_no_quantity():
    assert [q.text for q in find_quantities("SOTA on Arena Hard at 92.7 as of 5 Mar 2025, surpassing o1")] == ["92.7"]
    assert find_quantities("released on 12 December 2024") == []
    assert [q.unit for q in find_quantities("we trained 5 models in March 2024")] == ["models"]


def test_glued_decibels_and_spaced_tilde_ranges():
    q = only("it wins by 0.96dB in PSNR")
    assert (q.text, q.value, q.unit) == ("0.96dB", 0.96, "dB")
    q = only("QUAD achieves 94% ~ 96% accuracy")
    assert (q.value, q.high, q.unit) == (94.0, 96.0, "%")
    assert [q.text for q in find_quantities("achieving 2.78~(CIFAR-10) and 3.42")] == ["2.78", "3.42"]


def test_terms_of_a_formula_are_no_quantities():
    assert find_quantities("trained on the k basis vectors out of 2^k - 1 possible inputs") == []
    assert find_quantities("a network with n + 1 layers") == []
    assert [q.text for q in find_quantities("it uses 10^6 samples")] == ["10^6 samples"]
    assert [q.text for q in find_quantities("we get 0.5 - 0.7 AUC")] == ["0.5 - 0.7"]


def test_a_thousands_count_after_a_context_word_counts_tokens():
    assert [(q.text, q.unit) for q in find_quantities("a token length of 20K and")] == [("20K", "tokens")]
    assert [(q.text, q.unit) for q in find_quantities("after the context window exceeds 20K, most")] == [
        ("20K", "tokens")
    ]
    [q] = find_quantities("an input length from 2K to 50K.")
    assert (q.text, q.value, q.high, q.unit) == ("2K to 50K", 2e3, 5e4, "tokens")
    assert [q.unit for q in find_quantities("visual tokens (about 4700 for 2K resolution)")] == [None, None]
    assert [q.unit for q in find_quantities("we collect 10K samples of length")] == ["samples"]
    assert [q.unit for q in find_quantities("trained on 50K images")] == ["images"]  # no context word


def test_a_symbol_assigned_in_latex_math_is_no_quantity_but_a_correlation_is():
    assert [q.text for q in find_quantities("mIoU ($T{=}1$), and $N{=}3$ objects")] == []
    assert [q.text for q in find_quantities("a correlation of $r=0.93$ and $R{=}0.9$")] == ["0.93", "0.9"]
    assert [q.text for q in find_quantities("with K=8 and F1 = 0.97")] == ["8", "0.97"]  # not in LaTeX math


def test_from_to_in_brackets_is_two_quantities():
    assert [q.text for q in find_quantities("accuracy by 2.1% (from 80.1% to 82.2%)")] == ["2.1%", "80.1%", "82.2%"]
    assert [q.text for q in find_quantities("sizes (ranging from 7B to 13B)")] == ["7B to 13B"]


def test_latex_arrows_percent_signs_and_citations():
    # realabs: "GenEval (0.73rightarrow0.90)", "$64.6\pm6.3$% sensitivity", "(\textbf{11.9}\%", "F1=0.669[cite: 9]"
    assert [q.text for q in find_quantities("GenEval (0.73rightarrow0.90) and")] == ["0.73", "0.90"]
    assert [(q.text, q.unit) for q in find_quantities(r"from 0.73 $\rightarrow$ 0.90")] == [
        ("0.73", None),
        ("0.90", None),
    ]
    assert [q.unit for q in find_quantities(r"with $64.6\pm6.3$% sensitivity")] == ["%"]
    assert [q.unit for q in find_quantities(r"of \textbf{98.9\%} (\textbf{11.9}\%~$\uparrow$)")] == ["%", "%"]
    assert [q.text for q in find_quantities("yielding F1=0.669[cite: 9].")] == ["0.669"]
    # dollars and a plain spread are unchanged
    assert [(q.text, q.unit) for q in find_quantities("it costs $5 per run")] == [("$5", "$")]
    assert [q.unit for q in find_quantities("reaches 85.2 ± 0.3% accuracy")] == ["%", "%"]
    assert [q.text for q in find_quantities("a toy (0.5rightish) run")] == []


def test_one_counted_thing_after_a_modifier_is_a_count():
    # judged: "an FID of 1.52 with only 1 sampling step" gave "FID = 1"
    assert [(q.text, q.unit) for q in find_quantities("with only 1 sampling step.")] == [("1 sampling step", "step")]
    assert [(q.text, q.unit) for q in find_quantities("with 1 labeled example")] == [("1 labeled example", "example")]
    assert [q.unit for q in find_quantities("an FID of 1.52 on ImageNet")] == [None]


def test_a_number_glued_to_a_latex_space_is_a_lost_percent_unless_a_unit_follows():
    # issue #17: "92.2\ accuracy" is "92.2\%" whose percent sign was lost; "0.1\ ms" is a control space
    [q] = [q for q in find_quantities(r"on CIFAR10, we achieved 92.2\ accuracy") if q.value == 92.2]
    assert q.unit == "%"
    [q] = find_quantities(r"with per-frame inference latency below 0.1\ ms.")
    assert (q.value, q.unit) == (0.1, "ms")
    [q] = find_quantities("we achieved 92.2 accuracy")
    assert q.unit is None
    # a unit set as LaTeX after the control space: read when we can, never a lost percent
    [q] = find_quantities(r"an MAE of $4.98\ \text{cm}$ on the test set")
    assert (q.value, q.unit) == (4.98, "cm")
    [q] = find_quantities(r"an MAE of $4.98\ \mu\text{g}/\text{m}^3$ on the test set")
    assert (q.value, q.unit) == (4.98, None)


def test_a_decimal_broken_by_a_space_before_a_comma_or_a_word():
    from claimgraph.extract.quantities.numbers import find_quantities

    def texts(text):
        return [(q.text, q.value) for q in find_quantities(text)]

    assert texts("an F1 of 96. 4, a recall of 95. 8 and an AUC of 99. 1.") == [
        ("96. 4", 96.4),
        ("95. 8", 95.8),
        ("99. 1", 99.1),
    ]
    assert texts("a BLEU of 31. 5; a chrF of 55. 2.") == [("31. 5", 31.5), ("55. 2", 55.2)]
    # no broken decimal: a year's last digits, an enumerator, a capitalised word after the digits
    assert 21.3 not in [v for _, v in texts("It was released in 2021. 3 models follow.")]
    assert 1.2 not in [v for _, v in texts("Two goals: 1. 2) the second one.")]
    assert 12.7 not in [v for _, v in texts("It ends at 12. 7 Ways to go.")]
