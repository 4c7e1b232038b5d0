"""Machine translation with public MarianMT models: model resolution, two backends, a translation
cache, and the MT-based similarity the aligner can mix with embeddings.

* :func:`resolve_model` finds a model folder: a local folder, or a Hugging Face hub id looked up in
  the local cache first (and downloaded only when not offline).
* :class:`MarianTranslator` (transformers + sentencepiece) and :class:`CT2Translator`
  (CTranslate2 int8, converted once by :func:`convert_model`) implement the
  :class:`~wiredrift.align.types.Translator` protocol. Both translate one sentence per item (opus-mt
  drops sentences when several are joined), batch by length, keep input order, decode
  deterministically and flag outputs that loop or run away (:func:`detect_flags`).
* :class:`TranslationCache` (sqlite, WAL) and :class:`CachedTranslator` make a re-run translate nothing.
* :class:`MTSimilarity` (chrF of MT vs target, as Bleualign does with BLEU) and
  :class:`CombinedSimilarity` (a weighted average of similarities) plug into the aligner.

Heavy libraries (torch, transformers, ctranslate2, huggingface_hub) are imported inside the
functions that need them, never at module level.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import time
import warnings
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .backends import BACKENDS
from .cache import remove_stale
from .errors import ConfigError, InputError, ModelError
from .types import Similarity

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
]

#: The model a check uses for Indonesian -> English when none is named.
DEFAULT_MODEL = "Helsinki-NLP/opus-mt-id-en"

#: Files a Marian folder needs; weights are preferred as safetensors.
_MODEL_FILES = (
    "config.json",
    "generation_config.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "vocab.json",
    "source.spm",
    "target.spm",
)
_WEIGHTS = ("model.safetensors", "pytorch_model.bin")
#: Seconds before a hub request gives up; an unreachable hub must fail fast, not hang.
_HUB_TIMEOUT = "10"


def default_model_id(src_lang: str, tgt_lang: str) -> str:
    """The public opus-mt model id for a language pair, e.g. ``Helsinki-NLP/opus-mt-id-en``."""
    return f"Helsinki-NLP/opus-mt-{src_lang}-{tgt_lang}"


def is_offline(offline: bool = False) -> bool:
    """True when ``offline`` is set or the environment says so (``HF_HUB_OFFLINE=1``)."""
    env = os.environ.get("HF_HUB_OFFLINE") or os.environ.get("TRANSFORMERS_OFFLINE") or ""
    return bool(offline) or env.strip().lower() in ("1", "true", "yes", "on")


def cache_root() -> Path:
    """wiredrift's own cache folder: ``$WIREDRIFT_CACHE``, ``$XDG_CACHE_HOME/wiredrift`` or
    ``~/.cache/wiredrift`` (a temporary folder, with a warning, when there is no usable home)."""
    from .cache import cache_root as root

    return root()


# --------------------------------------------------------------------------------------------
# Model resolution


@dataclass(frozen=True, slots=True)
class ResolvedModel:
    """A model folder on disk and what identifies it.

    :param model_id: the hub id, or the folder path as given for a local folder.
    :param path: the folder holding config.json, the weights and the tokenizer files.
    :param revision: the hub commit hash (snapshot folder name), or ``sha256:<16 hex>`` of the
        weights, config and tokenizer files for a local folder; it keys the translation cache and
        the CT2 conversion.
    :param local: True when ``model_id`` named a folder rather than a hub id.
    """

    model_id: str
    path: Path
    revision: str
    local: bool = False

    @property
    def weights(self) -> Path | None:
        """The weights file, safetensors first."""
        for name in _WEIGHTS:
            if (self.path / name).is_file():
                return self.path / name
        return None


def _hash_files(paths: Iterable[Path]) -> str:
    h = hashlib.sha256()
    for path in paths:
        h.update(path.name.encode("utf-8") + b"\x00")
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    return h.hexdigest()


_REVISIONS: dict[tuple[tuple[str, int, int], ...], str] = {}


def _folder_revision(path: Path) -> str:
    # A hub snapshot folder is named by its commit hash; any other folder is identified by the
    # hash of its weights plus the small files that change the output (config, vocabulary, spm).
    if path.parent.name == "snapshots" and re.fullmatch(r"[0-9a-f]{40}", path.name):
        return path.name
    for name in _WEIGHTS:
        if (path / name).is_file():
            files = [path / name, *(path / f for f in _MODEL_FILES if (path / f).is_file())]
            # Hashing 300 MB of weights takes a second: remember it while the files are unchanged.
            stamp = tuple((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files)
            if stamp not in _REVISIONS:
                _REVISIONS[stamp] = "sha256:" + _hash_files(files)[:16]
            return _REVISIONS[stamp]
    raise ModelError(f"model folder {path} has no weights (model.safetensors or pytorch_model.bin)")


def _how_to_get(model_id: str) -> str:
    return (f"run `wiredrift models pull {model_id}` on a machine with network, "
            f"or pass --model DIR")


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


def _set_hub_timeouts() -> None:
    # huggingface_hub reads these when it is imported; set them before that so a dead hub fails fast.
    os.environ.setdefault("HF_HUB_ETAG_TIMEOUT", _HUB_TIMEOUT)
    os.environ.setdefault("HF_HUB_DOWNLOAD_TIMEOUT", _HUB_TIMEOUT)
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")


def _cached_snapshot(model_id: str, cache_dir: str | Path | None) -> Path | None:
    """The snapshot folder of ``model_id`` in the local hub cache, or None."""
    _set_hub_timeouts()
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:  # pragma: no cover - huggingface_hub comes with transformers
        return None
    try:
        found = try_to_load_from_cache(model_id, "config.json", cache_dir=cache_dir)
    except Exception as exc:  # an invalid repo id, say
        logger.debug("hub cache lookup for %s failed: %s", model_id, exc)
        return None
    if not isinstance(found, str):
        return None
    folder = Path(found).parent
    if not any((folder / w).exists() for w in _WEIGHTS):
        return None
    return folder


def resolve_model(model: str, *, offline: bool = False, cache_dir: str | Path | None = None) -> ResolvedModel:
    """Find the folder of ``model`` (a local folder or a hub id), downloading only when allowed.

    :param model: a folder path, or a hub id such as ``Helsinki-NLP/opus-mt-id-en``.
    :param offline: never reach the hub (also ``HF_HUB_OFFLINE=1``).
    :param cache_dir: the Hugging Face cache folder (default: the hub's own default).
    :return: the resolved model.
    :raises ConfigError: ``model`` is empty.
    :raises ModelError: the folder has no model, or the id is neither cached nor downloadable.
    """
    if not model or not model.strip():
        raise ConfigError("--model is empty")
    path = Path(model).expanduser()
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise ModelError(f"model folder {model} has no config.json")
        return ResolvedModel(model, path.resolve(), _folder_revision(path.resolve()), local=True)
    if model.startswith((".", "/", "~")) or model.count("/") > 1:
        raise ModelError(f"model folder {model} does not exist")
    snap = _cached_snapshot(model, cache_dir)
    if snap is not None:
        return ResolvedModel(model, snap, _folder_revision(snap))
    if is_offline(offline):
        raise ModelError(f"model {model} is not in the local cache and --offline is set; {_how_to_get(model)}")
    snap = _download(model, cache_dir)
    return ResolvedModel(model, snap, _folder_revision(snap))


def _probe_hub(model_id: str) -> None:
    """One request with a short timeout and no retries, so a dead hub fails in seconds.

    huggingface_hub itself retries with back-off (about 25 s and a warning per try) before it
    gives up. Any HTTP answer, even 401 or 404, means the hub is reachable.
    """
    import urllib.error
    import urllib.request

    endpoint = os.environ.get("HF_ENDPOINT", "https://huggingface.co").rstrip("/")
    url = f"{endpoint}/api/models/{model_id}"
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=float(_HUB_TIMEOUT)):
            pass
    except urllib.error.HTTPError:
        return
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ModelError(
            f"cannot download model {model_id}: the hub at {endpoint} is unreachable ({reason}); "
            f"copy the model folder to this machine and pass --model DIR"
        ) from None


def _download(model_id: str, cache_dir: str | Path | None) -> Path:
    """Download the files a Marian model needs (safetensors when the repo has them)."""
    _set_hub_timeouts()
    _probe_hub(model_id)
    try:
        from huggingface_hub import list_repo_files, snapshot_download
    except ImportError as exc:  # pragma: no cover
        raise ModelError(f"cannot download {model_id}: huggingface_hub is not installed") from exc
    try:
        files = set(list_repo_files(model_id))
        weights = [w for w in _WEIGHTS if w in files][:1]
        if not weights:
            raise ModelError(f"model {model_id} has no model.safetensors or pytorch_model.bin on the hub")
        folder = snapshot_download(model_id, cache_dir=cache_dir, allow_patterns=[*_MODEL_FILES, *weights],
                                   etag_timeout=float(_HUB_TIMEOUT))
    except ModelError:
        raise
    except Exception as exc:
        reason = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
        raise ModelError(
            f"cannot download model {model_id}: the hub is unreachable or refused ({type(exc).__name__}: {reason}); "
            f"copy the model folder to this machine and pass --model DIR"
        ) from exc
    return Path(folder)


def find_cached_model(src_lang: str, tgt_lang: str, cache_dir: str | Path | None = None) -> ResolvedModel | None:
    """The opus-mt model for ``src_lang``->``tgt_lang`` when it is in the local cache; never downloads."""
    model_id = default_model_id(src_lang, tgt_lang)
    snap = _cached_snapshot(model_id, cache_dir)
    if snap is None:
        return None
    try:
        return ResolvedModel(model_id, snap, _folder_revision(snap))
    except ModelError:
        return None


def ct2_path(model: ResolvedModel, compute_type: str = "int8") -> Path:
    """Where the CTranslate2 conversion of ``model`` lives in wiredrift's cache."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "--", model.model_id if not model.local else model.path.name).strip("-")
    rev = model.revision.replace("sha256:", "")[:16]
    return cache_root() / "ct2" / f"{slug}-{rev}-{compute_type}"


def convert_model(model: ResolvedModel, *, compute_type: str = "int8", force: bool = False) -> Path:
    """Convert ``model`` to CTranslate2 once and cache it (see :func:`ct2_path`).

    :return: the converted folder (``model.bin`` + vocabulary).
    :raises ModelError: ctranslate2 is missing or the conversion failed.
    """
    out = ct2_path(model, compute_type)
    if (out / "model.bin").is_file() and not force:
        return out
    try:
        from ctranslate2.converters import TransformersConverter
    except ImportError as exc:
        raise ModelError("the ct2 backend needs ctranslate2: pip install ctranslate2") from exc
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        # trust_remote_code stays False (the converter's default): a Marian folder needs no code.
        with warnings.catch_warnings(), _quiet_transformers():
            warnings.filterwarnings("ignore", message=".*sacremoses.*")
            TransformersConverter(str(model.path), trust_remote_code=False).convert(
                str(tmp / "m"), quantization=compute_type, force=True)
        (tmp / "m" / "wiredrift.json").write_text(json.dumps(
            {"model": model.model_id, "revision": model.revision, "compute_type": compute_type}) + "\n",
            encoding="utf-8")
        if out.exists():
            shutil.rmtree(out)
        os.replace(tmp / "m", out)
    except Exception as exc:
        raise ModelError(f"cannot convert {model.model_id} to CTranslate2: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


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


def _check_batch(batch: Sequence[str]) -> list[str]:
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
        items = _check_batch(batch)
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


@contextlib.contextmanager
def _quiet_transformers() -> Iterator[None]:
    """No "Loading weights" progress bar on stderr while a model loads (restored afterwards)."""
    from transformers.utils import logging as tlog

    was = tlog.is_progress_bar_enabled()
    tlog.disable_progress_bar()
    try:
        yield
    finally:
        if was:
            tlog.enable_progress_bar()


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
            with _quiet_transformers():
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


# --------------------------------------------------------------------------------------------
# Translation cache

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    key TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    revision TEXT NOT NULL,
    settings TEXT NOT NULL,
    src TEXT NOT NULL,
    mt TEXT NOT NULL,
    flags TEXT NOT NULL,
    checksum TEXT NOT NULL,
    created REAL NOT NULL
)
"""


def _sha(*parts: str) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


class TranslationCache:
    """Translations on disk in sqlite, keyed by model, revision, decoding settings and source text.

    Safe with several processes at once (WAL journal, a busy timeout, short write transactions).
    A row whose checksum does not match is ignored and rewritten; a file that is not a database is
    moved aside and recreated with a warning. Cache trouble is never fatal: at worst it translates again.

    :param path: the sqlite file (default: ``cache_root()/translations/cache.sqlite3``).
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else cache_root() / "translations" / "cache.sqlite3"
        self._conn: sqlite3.Connection | None = None
        self.disabled = False

    def _connect(self) -> sqlite3.Connection | None:
        if self._conn is not None or self.disabled:
            return self._conn
        for attempt in range(2):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                if attempt == 0:  # caches a killed run moved aside (name.corrupt-PID) go once it is dead
                    remove_stale(self.path.parent, re.escape(self.path.name) + r"(?:-wal|-shm)?\.corrupt-(?P<pid>\d+)")
                conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
                conn.execute("PRAGMA busy_timeout = 30000")
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                conn.execute(_SCHEMA)
                conn.execute("SELECT count(*) FROM translations LIMIT 1").fetchone()
                self._conn = conn
                return conn
            except sqlite3.DatabaseError as exc:
                if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                    time.sleep(0.2)
                    continue
                if attempt == 0:
                    logger.warning("translation cache %s is corrupt (%s); recreating it", self.path, exc)
                    self._move_aside()
                    continue
            except OSError as exc:
                logger.warning("translation cache %s cannot be opened (%s); translating without it", self.path, exc)
                break
        self.disabled = True
        return None

    def _move_aside(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            p = Path(str(self.path) + suffix)
            if p.exists():
                try:
                    os.replace(p, Path(str(p) + f".corrupt-{os.getpid()}"))
                except OSError:
                    p.unlink(missing_ok=True)

    @staticmethod
    def key(model: str, revision: str, settings: Mapping[str, Any], src: str) -> str:
        """The cache key of one source sentence under one model and decoding setup."""
        return _sha(model, revision, json.dumps(dict(settings), sort_keys=True), src)

    def get_many(self, model: str, revision: str, settings: Mapping[str, Any],
                 texts: Iterable[str]) -> dict[str, TranslationResult]:
        """Cached translations of ``texts`` (missing and corrupt entries are left out)."""
        conn = self._connect()
        texts = list(dict.fromkeys(texts))
        if conn is None or not texts:
            return {}
        keys = {self.key(model, revision, settings, t): t for t in texts}
        found: dict[str, TranslationResult] = {}
        klist = list(keys)
        try:
            for k in range(0, len(klist), 500):
                chunk = klist[k: k + 500]
                rows = conn.execute(
                    f"SELECT key, src, mt, flags, checksum FROM translations WHERE key IN ({','.join('?' * len(chunk))})",
                    chunk).fetchall()
                for key, src, mt, flags, checksum in rows:
                    try:
                        if src != keys[key] or checksum != _sha(key, mt, flags):
                            raise ValueError("checksum mismatch")
                        parsed = json.loads(flags)
                        if not isinstance(parsed, list) or not isinstance(mt, str):
                            raise ValueError("bad flags")
                    except (ValueError, TypeError, KeyError) as exc:
                        logger.warning("ignoring a corrupt translation cache entry (%s); it will be rewritten", exc)
                        continue
                    found[keys[key]] = TranslationResult(mt, tuple(str(f) for f in parsed))
        except sqlite3.DatabaseError as exc:
            logger.warning("translation cache %s could not be read (%s); translating again", self.path, exc)
            return {}
        return found

    def put_many(self, model: str, revision: str, settings: Mapping[str, Any],
                 items: Mapping[str, TranslationResult]) -> None:
        """Store translations (source text -> result), replacing any old or corrupt row."""
        conn = self._connect()
        if conn is None or not items:
            return
        sjson = json.dumps(dict(settings), sort_keys=True)
        rows = []
        now = time.time()
        for src, res in items.items():
            key = self.key(model, revision, settings, src)
            flags = json.dumps(list(res.flags))
            rows.append((key, model, revision, sjson, src, res.text, flags, _sha(key, res.text, flags), now))
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT OR REPLACE INTO translations VALUES (?,?,?,?,?,?,?,?,?)", rows)
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.DatabaseError:
                pass
            logger.warning("translation cache %s could not be written (%s); continuing without it", self.path, exc)

    def close(self) -> None:
        """Close the database connection (the next call opens it again)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None


@dataclass(slots=True)
class _Counts:
    hits: int = 0
    misses: int = 0


class CachedTranslator:
    """A translator whose outputs go through a :class:`TranslationCache`.

    :param translator: the backend (:class:`MarianTranslator`, :class:`CT2Translator` or any object
        with ``model_id``, ``revision``, ``settings()`` and ``translate_detailed`` or ``translate``).
    :param cache: the cache; ``None`` uses the default file.
    :ivar hits: sentences answered from the cache; ``misses``: sentences translated.
    """

    def __init__(self, translator: Any, cache: TranslationCache | None = None) -> None:
        self.translator = translator
        self.cache = cache if cache is not None else TranslationCache()
        self.model_id: str = translator.model_id
        self.revision: str = getattr(translator, "revision", "unknown")
        self._counts = _Counts()

    @property
    def hits(self) -> int:
        """Sentences answered from the cache so far."""
        return self._counts.hits

    @property
    def misses(self) -> int:
        """Sentences translated (not found in the cache) so far."""
        return self._counts.misses

    def settings(self) -> dict[str, Any]:
        """The wrapped translator's decoding settings (part of the cache key)."""
        s = getattr(self.translator, "settings", None)
        return dict(s()) if callable(s) else {}

    def translate(self, batch: Sequence[str]) -> list[str]:
        """Translate with the cache in front; see :meth:`translate_detailed`."""
        return [r.text for r in self.translate_detailed(batch)]

    def translate_detailed(self, batch: Sequence[str]) -> list[TranslationResult]:
        """Cached results where present; the rest translated once each (duplicates share one)."""
        items = _check_batch(batch)
        settings = self.settings()
        wanted = [t for t in dict.fromkeys(items) if t.strip()]
        found = self.cache.get_many(self.model_id, self.revision, settings, wanted)
        missing = [t for t in wanted if t not in found]
        self._counts.hits += len(wanted) - len(missing)
        self._counts.misses += len(missing)
        if missing:
            if hasattr(self.translator, "translate_detailed"):
                new = self.translator.translate_detailed(missing)
            else:
                new = [TranslationResult(t, detect_flags(s, t)) for s, t in zip(missing, self.translator.translate(missing))]
            fresh = dict(zip(missing, new))
            self.cache.put_many(self.model_id, self.revision, settings, fresh)
            found.update(fresh)
        return [found[t] if t.strip() else TranslationResult("") for t in items]


# --------------------------------------------------------------------------------------------
# MT-based similarity


class _ChrF:
    """Sentence chrF (sacrebleu defaults: 6 character orders, beta 2) with n-grams cached per text.

    Uses sacrebleu's own n-gram extraction and F-score, so values equal
    ``CHRF().sentence_score(hyp, [ref]).score / 100``; the cache makes an ``n x m`` matrix cheap.
    """

    def __init__(self) -> None:
        from sacrebleu.metrics import CHRF

        self._metric = CHRF()
        self._ngrams: dict[str, list[Counter[str]]] = {}

    def _grams(self, text: str) -> list[Counter[str]]:
        g = self._ngrams.get(text)
        if g is None:
            from sacrebleu.metrics.helpers import extract_all_char_ngrams

            g = extract_all_char_ngrams(text, self._metric.char_order, self._metric.whitespace)
            self._ngrams[text] = g
        return g

    def score(self, hyp: str, ref: str) -> float:
        """chrF of ``hyp`` against ``ref`` in ``[0, 1]``."""
        stats: list[int] = []
        for h, r in zip(self._grams(hyp), self._grams(ref)):
            stats.extend(self._metric._get_match_statistics(h, r))
        return self._metric._compute_f_score(stats) / 100.0


class MTSimilarity:
    """chrF of the machine translation of each source sentence against each target sentence.

    Implements :class:`~wiredrift.align.types.Similarity`. Source texts are looked up in
    ``translations``; a text not there is translated with ``translator`` when one is given.

    :param translations: source text -> MT.
    :param translator: optional fallback for source texts not in ``translations``.
    :return: scores in ``[0, 1]``.
    """

    def __init__(self, translations: Mapping[str, str], translator: Any | None = None) -> None:
        self._mt = dict(translations)
        self._translator = translator
        self._chrf = _ChrF()

    def _mts(self, texts: Sequence[str]) -> list[str]:
        missing = [t for t in dict.fromkeys(texts) if t not in self._mt]
        if missing:
            if self._translator is None:
                raise InputError(f"MTSimilarity has no translation for {missing[0][:60]!r}")
            self._mt.update(zip(missing, self._translator.translate(missing)))
        return [self._mt[t] for t in texts]

    def matrix(self, src: Sequence[str], tgt: Sequence[str]) -> np.ndarray:
        """chrF(MT(src[i]), tgt[j]), shape ``(len(src), len(tgt))``."""
        mts = self._mts(src)
        out = np.zeros((len(src), len(tgt)), dtype=np.float64)
        for i, h in enumerate(mts):
            for j, r in enumerate(tgt):
                out[i, j] = self._chrf.score(h, r)
        return out

    def groups(self, src_groups: Sequence[Sequence[str]], tgt_groups: Sequence[Sequence[str]]) -> np.ndarray:
        """chrF of the joined MTs of each source group against the joined target group, shape ``(k,)``."""
        if len(src_groups) != len(tgt_groups):
            raise InputError(f"groups() got {len(src_groups)} source and {len(tgt_groups)} target groups")
        out = np.zeros(len(src_groups), dtype=np.float64)
        for k, (sg, tg) in enumerate(zip(src_groups, tgt_groups)):
            out[k] = self._chrf.score(" ".join(self._mts(list(sg))), " ".join(tg))
        return out


@dataclass(slots=True)
class CombinedSimilarity:
    """A weighted average of similarities (e.g. embeddings 0.7 + MT chrF 0.3).

    Implements :class:`~wiredrift.align.types.Similarity`; weights are normalised to sum to 1.

    :param parts: ``(similarity, weight)`` pairs, weights >= 0 and not all 0.
    """

    parts: Sequence[tuple[Similarity, float]]
    _weights: list[float] = field(init=False)

    def __post_init__(self) -> None:
        total = sum(w for _, w in self.parts)
        if not self.parts or total <= 0 or any(w < 0 for _, w in self.parts):
            raise ConfigError(f"CombinedSimilarity weights must be >= 0 and sum to more than 0, got "
                              f"{[w for _, w in self.parts]}")
        self._weights = [w / total for _, w in self.parts]

    def matrix(self, src: Sequence[str], tgt: Sequence[str]) -> np.ndarray:
        """The weighted average of the parts' matrices, shape ``(len(src), len(tgt))``."""
        return sum(w * np.asarray(s.matrix(src, tgt), dtype=np.float64)
                   for (s, _), w in zip(self.parts, self._weights))  # type: ignore[return-value]

    def groups(self, src_groups: Sequence[Sequence[str]], tgt_groups: Sequence[Sequence[str]]) -> np.ndarray:
        """The weighted average of the parts' group scores, shape ``(len(src_groups),)``."""
        return sum(w * np.asarray(s.groups(src_groups, tgt_groups), dtype=np.float64)
                   for (s, _), w in zip(self.parts, self._weights))  # type: ignore[return-value]
