"""Translation models: resolving a model (a folder or a hub id, cached first, downloaded only when
allowed), the CTranslate2 conversion, and the model cache listing behind ``wiredrift models``.

Hub models live in the Hugging Face cache (``HF_HOME``/``HF_HUB_CACHE``); CTranslate2 conversions
live in wiredrift's cache (``$WIREDRIFT_CACHE/ct2``, see :func:`ct2_path`).

No process-wide state is changed here: hub requests get their timeouts as arguments
(:data:`HUB_TIMEOUT_S`); the hub's own environment defaults are set by the CLI entry point only
(:func:`wiredrift.eval.cli.main`), because huggingface_hub reads them once, at import.
Heavy libraries (transformers, ctranslate2, huggingface_hub) are imported inside the functions.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .backends import BACKENDS
from .cache import cache_root
from .errors import ConfigError, ModelError

logger = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_MODEL",
    "BACKENDS",
    "HUB_TIMEOUT_S",
    "ResolvedModel",
    "CachedModel",
    "default_model_id",
    "is_offline",
    "cache_root",
    "resolve_model",
    "find_cached_model",
    "ct2_path",
    "convert_model",
    "quiet_transformers",
    "list_models",
    "pull_model",
    "convert",
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
HUB_TIMEOUT_S = 10.0


def default_model_id(src_lang: str, tgt_lang: str) -> str:
    """The public opus-mt model id for a language pair, e.g. ``Helsinki-NLP/opus-mt-id-en``."""
    return f"Helsinki-NLP/opus-mt-{src_lang}-{tgt_lang}"


def is_offline(offline: bool = False) -> bool:
    """True when ``offline`` is set or the environment says so (``HF_HUB_OFFLINE=1``)."""
    env = os.environ.get("HF_HUB_OFFLINE") or os.environ.get("TRANSFORMERS_OFFLINE") or ""
    return bool(offline) or env.strip().lower() in ("1", "true", "yes", "on")



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


def _cached_snapshot(model_id: str, cache_dir: str | Path | None) -> Path | None:
    """The snapshot folder of ``model_id`` in the local hub cache, or None."""
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
        with urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=HUB_TIMEOUT_S):
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
                                   etag_timeout=HUB_TIMEOUT_S)
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
        with warnings.catch_warnings(), quiet_transformers():
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
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ModelError(f"cannot convert {model.model_id} to CTranslate2: {reason}") from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


@contextlib.contextmanager
def quiet_transformers() -> Iterator[None]:
    """No "Loading weights" progress bar on stderr while a model loads (restored afterwards)."""
    from transformers.utils import logging as tlog

    was = tlog.is_progress_bar_enabled()
    tlog.disable_progress_bar()
    try:
        yield
    finally:
        if was:
            tlog.enable_progress_bar()



@dataclass(frozen=True, slots=True)
class CachedModel:
    """One model on disk.

    :param model_id: hub id (or the folder name a conversion was made from).
    :param revision: commit hash, or ``sha256:...`` of the weights for a local folder.
    :param size_bytes: bytes on disk.
    :param path: the snapshot or conversion folder.
    :param kind: ``hub`` (a Hugging Face snapshot) or ``ct2-int8`` (a CTranslate2 conversion) ...
    """

    model_id: str
    revision: str
    size_bytes: int
    path: Path
    kind: str


def _size(path: Path) -> int:
    # Snapshot files are symlinks into blobs/: count what they point to.
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def list_models(cache_dir: str | Path | None = None) -> list[CachedModel]:
    """Hub snapshots of translation models and CTranslate2 conversions, sorted by id.

    :param cache_dir: Hugging Face cache folder (default: the hub's default).
    """
    found: list[CachedModel] = []
    try:
        from huggingface_hub import scan_cache_dir

        info = scan_cache_dir(cache_dir)
        repos = [r for r in info.repos if r.repo_type == "model"]
    except Exception as exc:  # no cache folder yet, or huggingface_hub missing
        logger.info("no Hugging Face cache to list (%s)", exc)
        repos = []
    for repo in repos:
        for rev in repo.revisions:
            found.append(CachedModel(repo.repo_id, rev.commit_hash, int(rev.size_on_disk),
                                     Path(rev.snapshot_path), "hub"))
    ct2 = cache_root() / "ct2"
    if ct2.is_dir():
        for folder in sorted(ct2.iterdir()):
            meta = folder / "wiredrift.json"
            if not (folder / "model.bin").is_file() or not meta.is_file():
                continue
            try:
                m = json.loads(meta.read_text(encoding="utf-8"))
                found.append(CachedModel(str(m["model"]), str(m["revision"]), _size(folder), folder,
                                         f"ct2-{m.get('compute_type', 'int8')}"))
            except (ValueError, KeyError, OSError) as exc:
                logger.warning("skipping unreadable conversion %s (%s)", folder, exc)
    return sorted(found, key=lambda c: (c.model_id, c.kind, c.revision))


def pull_model(model_id: str, *, offline: bool = False, cache_dir: str | Path | None = None) -> ResolvedModel:
    """Download ``model_id`` into the Hugging Face cache (safetensors when the repo has them).

    :raises ModelError: offline, or the hub cannot be reached (one line, naming the model).
    """
    if Path(model_id).expanduser().is_dir():
        raise ModelError(f"{model_id} is a local folder; pull takes a hub id such as Helsinki-NLP/opus-mt-id-en")
    if is_offline(offline):
        raise ModelError(f"cannot pull {model_id}: offline mode is set (--offline or HF_HUB_OFFLINE=1)")
    folder = _download(model_id, cache_dir)
    return ResolvedModel(model_id, folder, _folder_revision(folder))


def convert(model: str, *, offline: bool = False, cache_dir: str | Path | None = None,
            compute_type: str = "int8", force: bool = False) -> tuple[ResolvedModel, Path]:
    """Convert ``model`` (hub id or folder) to CTranslate2 once; returns the model and the folder."""
    resolved = resolve_model(model, offline=offline, cache_dir=cache_dir)
    return resolved, convert_model(resolved, compute_type=compute_type, force=force)
