"""Machine translation with public MarianMT models: two backends and the checks of their outputs.

* :class:`MarianTranslator` (transformers + sentencepiece) and :class:`CT2Translator`
  (CTranslate2 int8, converted once by :func:`~wiredrift.align.models.convert_model`) implement the
  :class:`~wiredrift.align.types.Translator` protocol. Both translate one sentence per item (opus-mt
  drops sentences when several are joined), batch by length, keep input order, decode
  deterministically and flag outputs that loop or run away (:func:`detect_flags`).
* :func:`load_translator` and :func:`translator_for_check` pick the backend and the model.

The rest lives beside it, and stays importable from here: model resolution and the CT2 conversion in
:mod:`wiredrift.align.models`, the translation cache in :mod:`wiredrift.align.mtcache`, the MT-based
similarity in :mod:`wiredrift.align.mtsim`. Heavy libraries (torch, transformers, ctranslate2) are
imported inside the functions that need them, never at module level.
"""

from __future__ import annotations

import contextlib
import copy
import json
import logging
import re
import warnings
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .backends import BACKENDS
from .cache import cache_root
from .errors import ConfigError, InputError, ModelError
from .models import (
    DEFAULT_MODEL,
    ResolvedModel,
    convert_model,
    ct2_path,
    default_model_id,
    find_cached_model,
    is_offline,
    quiet_transformers,
    resolve_model,
)
from .mtcache import CachedTranslator, TranslationCache
from .mtsim import CombinedSimilarity, MTSimilarity

logger = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_MODEL",
    "BACKENDS",
    "ResolvedModel",
    "TranslationResult",
    "MarianTranslator",
    "CT2Translator",
    "TranslationCache",
    "CachedTranslator",
    "MTSimilarity",
    "CombinedSimilarity",
    "default_model_id",
    "is_offline",
    "cache_root",
    "resolve_model",
    "find_cached_model",
    "ct2_path",
    "convert_model",
    "load_translator",
    "translator_for_check",
    "detect_flags",
    "check_batch",
]

# --------------------------------------------------------------------------------------------
# Output checks


@dataclass(frozen=True, slots=True)
class TranslationResult:
    """One translated sentence.

    :param text: the translation (empty for an empty source).
    :param flags: problems seen in the output: ``repetition`` (an n-gram loops), ``long-output``
        (far longer than the source), ``truncated`` (decoding stopped at ``max_length``),
        ``input-truncated`` (the source was longer than the model accepts).
    """

    text: str
    flags: tuple[str, ...] = ()


def _max_repeat(words: Sequence[str], max_n: int = 16) -> tuple[int, int]:
    """The longest run of back-to-back copies of one n-gram: ``(copies, span in words)``."""
    best = (1, 0)
    for n in range(1, min(max_n, len(words) // 2) + 1):
        i = 0
        while i + 2 * n <= len(words):
            copies = 1
            while words[i + copies * n: i + (copies + 1) * n] == words[i: i + n]:
                copies += 1
            if copies > 1 and copies * n > best[1]:
                best = (copies, copies * n)
            i += 1
    return best


#: A 1-12 character unit repeated at least 4 times back to back ("spspspsp", "ha ha ha ha ").
_CHAR_LOOP = re.compile(r"(.{1,12}?)\1{3,}", re.DOTALL)


def _longest_char_loop(text: str) -> int:
    return max((len(m.group(0)) for m in _CHAR_LOOP.finditer(text)), default=0)


def detect_flags(src: str, out: str) -> tuple[str, ...]:
    """Flags for an output that loops or runs away (a known opus-mt failure on odd input).

    ``repetition``: some 1-16-gram occurs at least 3 times back to back, covering 6 words or more
    (4 copies for a single word), more often than in the source. ``long-output``: the output has
    more than three times as many characters as the source, plus 20. A loop inside one word
    (``spspspsp...``, 16 characters or more) also counts as ``repetition`` when the source has none.
    """
    flags: list[str] = []
    ow = out.lower().split()
    copies, span = _max_repeat(ow)
    if copies >= 3 and (span >= 6 or copies >= 4) and copies > _max_repeat(src.lower().split())[0]:
        flags.append("repetition")
    else:
        loop = _longest_char_loop(out)
        if loop >= 16 and loop > _longest_char_loop(src):
            flags.append("repetition")
    if len(out) > 3 * len(src) + 20:
        flags.append("long-output")
    return tuple(flags)


def check_batch(batch: Sequence[str]) -> list[str]:
    if isinstance(batch, str):
        raise InputError("translate() takes a list of sentences, not one string")
    items = list(batch)
    for k, s in enumerate(items):
        if not isinstance(s, str):
            raise InputError(f"item {k} of the batch is {type(s).__name__}, not str")
    return items


def _buckets(lengths: Sequence[int], batch_size: int) -> list[list[int]]:
    """Indices grouped into batches of similar length (shortest first), so padding stays small."""
    order = sorted(range(len(lengths)), key=lambda k: (lengths[k], k))
    return [order[k: k + batch_size] for k in range(0, len(order), batch_size)]


# --------------------------------------------------------------------------------------------
# Translators


@contextlib.contextmanager
def _torch_threads(torch: Any, threads: int | None) -> Iterator[None]:
    """torch's intra-op thread count set to ``threads`` inside the block and restored after it (``None``: unchanged)."""
    if threads is None or threads == torch.get_num_threads():
        yield
        return
    before = torch.get_num_threads()
    torch.set_num_threads(threads)
    try:
        yield
    finally:
        torch.set_num_threads(before)




def _max_positions(folder: Path) -> int | None:
    """``max_position_embeddings`` of the model in ``folder`` (its config.json), or None when unknown."""
    try:
        value = json.loads((folder / "config.json").read_text(encoding="utf-8")).get("max_position_embeddings")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, int) and value > 0 else None


class _BaseTranslator:
    """What both backends share: settings, validation, bucketing and flags."""

    backend = "base"

    def __init__(self, model: str, *, offline: bool, cache_dir: str | Path | None, num_beams: int,
                 max_length: int, batch_size: int, threads: int | None) -> None:
        if num_beams < 1:
            raise ConfigError(f"num_beams must be at least 1, got {num_beams}")
        if max_length < 1:
            raise ConfigError(f"max_length must be at least 1, got {max_length}")
        if batch_size < 1:
            raise ConfigError(f"batch_size must be at least 1, got {batch_size}")
        self.resolved = resolve_model(model, offline=offline, cache_dir=cache_dir)
        positions = _max_positions(self.resolved.path)
        if positions is not None and max_length > positions:  # generation past the table is an IndexError
            logger.info("max_length %d -> %d, the positions of %s", max_length, positions, self.resolved.model_id)
            max_length = positions
        self.model_id = self.resolved.model_id
        self.revision = self.resolved.revision
        self.num_beams = num_beams
        self.max_length = max_length
        self.batch_size = batch_size
        self.threads = threads
        self._tokenizer: Any = None
        self.max_input_length = 512

    def settings(self) -> dict[str, Any]:
        """Everything that changes the output; part of the cache key and the report signature."""
        return {"backend": self.backend, "num_beams": self.num_beams, "max_length": self.max_length,
                "max_input_length": self.max_input_length, "sampling": False}

    def _load_tokenizer(self) -> Any:
        try:
            from transformers import AutoTokenizer

            with warnings.catch_warnings():
                # MarianTokenizer recommends sacremoses, which opus-mt inference does not need.
                warnings.filterwarnings("ignore", message=".*sacremoses.*")
                tok = AutoTokenizer.from_pretrained(str(self.resolved.path), local_files_only=True,
                                                    trust_remote_code=False)
        except Exception as exc:
            raise ModelError(f"cannot load the tokenizer of {self.model_id} from {self.resolved.path}: "
                             f"{str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from exc
        limit = getattr(tok, "model_max_length", 512)
        self.max_input_length = int(limit) if isinstance(limit, int) and 0 < limit < 100_000 else 512
        positions = _max_positions(self.resolved.path)
        if positions is not None:
            self.max_input_length = min(self.max_input_length, positions)
        return tok

    def translate(self, batch: Sequence[str]) -> list[str]:
        """Translate each item separately; empty strings translate to empty strings.

        :param batch: sentences, one per item.
        :return: one translation per item, in input order.
        """
        return [r.text for r in self.translate_detailed(batch)]

    def translate_detailed(self, batch: Sequence[str]) -> list[TranslationResult]:
        """Like :meth:`translate` but with flags (repetition, truncation) on each output."""
        items = check_batch(batch)
        results: list[TranslationResult] = [TranslationResult("")] * len(items)
        todo = [k for k, s in enumerate(items) if s.strip()]
        if not todo:
            return results
        # verbose=False: measuring an over-long input here is expected, not worth a warning.
        encoded = [self._tokenizer(items[k], truncation=False, verbose=False)["input_ids"] for k in todo]
        lengths = [len(ids) for ids in encoded]
        for bucket in _buckets(lengths, self.batch_size):
            outs = self._generate([items[todo[b]] for b in bucket])
            for b, (text, truncated) in zip(bucket, outs):
                k = todo[b]
                flags = list(detect_flags(items[k], text))
                if truncated:
                    flags.append("truncated")
                if lengths[b] > self.max_input_length:
                    flags.append("input-truncated")
                results[k] = TranslationResult(text, tuple(flags))
        return results

    def _generate(self, texts: list[str]) -> list[tuple[str, bool]]:  # pragma: no cover - abstract
        raise NotImplementedError


class MarianTranslator(_BaseTranslator):
    """A MarianMT model (``Helsinki-NLP/opus-mt-{src}-{tgt}`` or a local folder) through transformers.

    :param model: hub id or folder.
    :param offline: never reach the hub; a model missing from the cache is a :class:`ModelError`.
    :param cache_dir: Hugging Face cache folder (default: the hub's default).
    :param device: torch device, ``cpu`` by default.
    :param num_beams: 1 for greedy decoding, more for a fixed beam; never sampling.
    :param max_length: most new tokens per output (the output is flagged ``truncated`` when hit).
    :param batch_size: sentences per forward pass; inputs are sorted into length buckets first.
    :param threads: torch intra-op threads (1 by default: on a shared machine more is slower);
        ``None`` leaves torch's setting alone.
    :raises ModelError: the model cannot be found or loaded.
    """

    backend = "transformers"

    def __init__(self, model: str = DEFAULT_MODEL, *, offline: bool = False, cache_dir: str | Path | None = None,
                 device: str = "cpu", num_beams: int = 1, max_length: int = 256, batch_size: int = 16,
                 threads: int | None = 1) -> None:
        super().__init__(model, offline=offline, cache_dir=cache_dir, num_beams=num_beams,
                         max_length=max_length, batch_size=batch_size, threads=threads)
        try:
            import torch
            from transformers import AutoModelForSeq2SeqLM
        except ImportError as exc:
            raise ModelError("the transformers backend needs torch, transformers and sentencepiece "
                             "(pip install 'wiredrift[mt]')") from exc
        # torch's thread count is process-wide: it is set around each forward pass and restored
        # after it (see _generate), never left changed for the caller.
        self._torch = torch
        self._tokenizer = self._load_tokenizer()
        weights = self.resolved.weights
        try:
            with quiet_transformers():
                self._model = AutoModelForSeq2SeqLM.from_pretrained(
                    str(self.resolved.path), local_files_only=True, trust_remote_code=False,
                    use_safetensors=True if weights is not None and weights.suffix == ".safetensors" else None,
                )
        except Exception as exc:
            raise ModelError(f"cannot load model {self.model_id} from {self.resolved.path}: "
                             f"{str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from exc
        self._model.to(device)
        self._model.eval()
        self.device = device
        self._eos = self._model.config.eos_token_id
        self._pad = self._model.config.pad_token_id
        # The length limit as max_length (decoder start token + max_length new tokens): passing
        # max_new_tokens beside the folder's own max_length only adds a warning on every call.
        self._gen_config = copy.deepcopy(self._model.generation_config)
        self._gen_config.max_length = self.max_length + 1
        self._gen_config.max_new_tokens = None
        self._gen_config.num_beams = self.num_beams
        self._gen_config.do_sample = False
        self._gen_config.early_stopping = self.num_beams > 1

    def _generate(self, texts: list[str]) -> list[tuple[str, bool]]:
        torch = self._torch
        enc = self._tokenizer(texts, return_tensors="pt", padding=True, truncation=True,
                              max_length=self.max_input_length).to(self.device)
        with torch.inference_mode(), _torch_threads(torch, self.threads):
            out = self._model.generate(**enc, generation_config=self._gen_config)
        rows = out.tolist()
        decoded = self._tokenizer.batch_decode(out, skip_special_tokens=True)
        special = {self._eos, self._pad}
        results = []
        for row, text in zip(rows, decoded):
            # Content tokens (no start, eos or padding). Marian forces eos at the length limit, so an
            # output that filled all but that last slot was cut off (CT2 counts the same way).
            content = sum(1 for t in row[1:] if t not in special)
            results.append((text.strip(), content >= self.max_length - 1))
        return results


class CT2Translator(_BaseTranslator):
    """The same model converted to CTranslate2 (int8 by default): about 4x faster on CPU.

    The converted folder comes from :func:`convert_model` (``wiredrift models convert ID``); the
    tokenizer is read from the original folder. Parameters as :class:`MarianTranslator`, plus
    ``compute_type``.

    :raises ModelError: the model is not converted yet, or ctranslate2 is missing.
    """

    backend = "ct2"

    def __init__(self, model: str = DEFAULT_MODEL, *, offline: bool = False, cache_dir: str | Path | None = None,
                 device: str = "cpu", num_beams: int = 1, max_length: int = 256, batch_size: int = 16,
                 threads: int | None = 1, compute_type: str = "int8") -> None:
        super().__init__(model, offline=offline, cache_dir=cache_dir, num_beams=num_beams,
                         max_length=max_length, batch_size=batch_size, threads=threads)
        self.compute_type = compute_type
        folder = ct2_path(self.resolved, compute_type)
        if not (folder / "model.bin").is_file():
            raise ModelError(f"model {self.model_id} has no CTranslate2 {compute_type} conversion; "
                             f"run `wiredrift models convert {self.model_id}` or use --backend transformers")
        try:
            import ctranslate2
        except ImportError as exc:
            raise ModelError("the ct2 backend needs ctranslate2: pip install ctranslate2") from exc
        self._tokenizer = self._load_tokenizer()
        try:
            self._translator = ctranslate2.Translator(str(folder), device=device, compute_type=compute_type,
                                                      intra_threads=threads or 0, inter_threads=1)
        except Exception as exc:
            raise ModelError(f"cannot load the CTranslate2 model {folder}: {exc}") from exc
        self.ct2_folder = folder
        self._eos_token = self._tokenizer.eos_token or "</s>"

    def settings(self) -> dict[str, Any]:
        """Everything that changes the output, plus the CTranslate2 compute type."""
        return {**super().settings(), "compute_type": self.compute_type}

    def _generate(self, texts: list[str]) -> list[tuple[str, bool]]:
        tok = self._tokenizer
        sources = []
        for t in texts:
            ids = tok(t, truncation=True, max_length=self.max_input_length)["input_ids"]
            # The Marian tokenizer appends </s>, which CT2 needs at the end of the source tokens.
            sources.append(tok.convert_ids_to_tokens(ids))
        res = self._translator.translate_batch(
            sources, beam_size=self.num_beams, max_batch_size=self.batch_size,
            # CT2 counts tokens without the end token: n-1 here matches transformers max_new_tokens=n.
            max_decoding_length=max(self.max_length - 1, 1), return_end_token=True,
            max_input_length=self.max_input_length,
        )
        out = []
        for r in res:
            tokens = list(r.hypotheses[0])
            ended = bool(tokens) and tokens[-1] == self._eos_token
            if ended:
                tokens = tokens[:-1]
            text = tok.decode(tok.convert_tokens_to_ids(tokens), skip_special_tokens=True)
            out.append((text.strip(), len(tokens) >= self.max_length - 1))
        return out


def load_translator(model: str, *, backend: str = "auto", offline: bool = False,
                    cache_dir: str | Path | None = None, **kwargs: Any) -> MarianTranslator | CT2Translator:
    """A translator for ``model``: ``ct2`` when asked, or for ``auto`` when a conversion exists.

    :param kwargs: decoding settings passed to the translator (``num_beams``, ``max_length`` ...).
    :raises ConfigError: unknown backend.
    :raises ModelError: the model cannot be found or loaded.
    """
    if backend not in BACKENDS:
        raise ConfigError(f"--backend must be one of {', '.join(BACKENDS)}, got {backend!r}")
    resolved = resolve_model(model, offline=offline, cache_dir=cache_dir)
    if backend == "auto":
        compute_type = kwargs.get("compute_type", "int8")
        try:
            import ctranslate2  # noqa: F401

            has_ct2 = True
        except ImportError:
            has_ct2 = False
        backend = "ct2" if has_ct2 and (ct2_path(resolved, compute_type) / "model.bin").is_file() else "transformers"
        logger.info("backend auto -> %s for %s", backend, model)
    if backend != "ct2":
        kwargs.pop("compute_type", None)
    # Batch runners check many documents in one process: load each model once, not once per check.
    key = (backend, model, str(resolved.path), resolved.revision, str(ct2_path(resolved)) if backend == "ct2" else "",
           tuple(sorted(kwargs.items())))
    loaded = _LOADED.get(key)
    if loaded is not None:
        _LOADED.move_to_end(key)
        return loaded
    cls = CT2Translator if backend == "ct2" else MarianTranslator
    loaded = cls(model, offline=offline, cache_dir=cache_dir, **kwargs)
    _LOADED[key] = loaded
    while len(_LOADED) > _MAX_LOADED:
        _LOADED.popitem(last=False)
    return loaded


#: Translators loaded by :func:`load_translator`, most recently used last.
_LOADED: OrderedDict[tuple[Any, ...], MarianTranslator | CT2Translator] = OrderedDict()
_MAX_LOADED = 2


def translator_for_check(
    model: str | None, src_lang: str, tgt_lang: str, *, backend: str = "auto", offline: bool = False,
    cache: TranslationCache | None = None,
) -> tuple[CachedTranslator | None, str | None]:
    """The cached translator a check uses, or the reason there is none.

    A named ``model`` must load (:class:`ModelError` otherwise). With no model named, the
    ``opus-mt-{src}-{tgt}`` model is used when it is in the local cache (never downloaded);
    when it is absent or cannot load, the check runs without MT and reports the returned reason.

    :return: ``(translator, None)`` or ``(None, one-line reason)``.
    :raises ModelError: ``model`` was named and cannot be found or loaded.
    """
    if model:
        return CachedTranslator(load_translator(model, backend=backend, offline=offline), cache), None
    model_id = default_model_id(src_lang, tgt_lang)
    tail = "alignment used the embedding encoder only"
    found = find_cached_model(src_lang, tgt_lang)
    if found is None:
        where = "not in the local cache" + (" (offline)" if is_offline(offline) else "")
        return None, (f"MT skipped: {model_id} is {where}; run `wiredrift models pull {model_id}` "
                      f"or pass --model DIR; {tail}")
    try:
        return CachedTranslator(load_translator(found.model_id, backend=backend, offline=True), cache), None
    except ModelError as exc:
        return None, f"MT skipped: {exc}; {tail}"
