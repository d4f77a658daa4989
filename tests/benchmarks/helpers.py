"""Shared by the tests of benchmarks/: loading its scripts as modules, and a tiny corpus of abstracts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def load_script(name: str) -> ModuleType:
    """The script ``benchmarks/<name>.py`` as a module, loaded once (the scripts are no package; they import
    each other with benchmarks/ on sys.path, so a module is registered under its own name)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


# Written for these tests (not taken from any corpus).
ABSTRACTS = [
    {
        "id": "2501.00001",
        "title": "LumaNet: Sparse Attention for Image Classification",
        "abstract": "We propose LumaNet, a vision transformer with sparse attention. LumaNet uses ResNet-50 as its "
        "backbone. On ImageNet, LumaNet achieves 87.2% top-1 accuracy and outperforms ViT-B/16 by 1.3 points.",
    },
    {
        "id": "2501.00002",
        "title": "Counting Steps: Verifier-Guided Decoding for Math Word Problems",
        "abstract": "We introduce StepCheck, a decoding method that uses a learned verifier to rank candidate "
        "solutions. We evaluate StepCheck on GSM8K and MATH. StepCheck reaches 74.5% accuracy on GSM8K with "
        "LLaMA-2-13B, outperforming chain-of-thought prompting.",
    },
    {
        "id": "2501.00003",
        "title": "A Small Benchmark for Table Question Answering",
        "abstract": "We present TabQA-Mini, a benchmark of 2,000 questions over spreadsheets. We evaluate GPT-4 and "
        "Mistral-7B on TabQA-Mini. GPT-4 obtains an F1 score of 61.0, while Mistral-7B obtains 42.3.",
    },
    {
        "id": "2501.00004",
        "title": "Faster Speech Recognition with Distilled Encoders",
        "abstract": "We propose DistilWhisper, a distilled version of Whisper trained with knowledge distillation. "
        "DistilWhisper achieves a word error rate of 9.8% on LibriSpeech and runs 5.2x faster than Whisper.",
    },
    {
        "id": "2501.00005",
        "title": "Graph Contrastive Learning without Augmentations",
        "abstract": "We propose NoAugGCL, a graph contrastive learning method that uses a GCN encoder. NoAugGCL "
        "outperforms GraphCL on the Cora and PubMed datasets, reaching 84.1% accuracy on Cora.",
    },
]
