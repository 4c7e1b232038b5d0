"""The model cache: what is downloaded, pulling a model where a hub is reachable, CT2 conversion.

Hub models live in the Hugging Face cache (``HF_HOME``/``HF_HUB_CACHE``); CTranslate2 conversions
live in wiredrift's cache (``$WIREDRIFT_CACHE/ct2``, see :func:`~wiredrift.align.translate.ct2_path`).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from .errors import ModelError
from .translate import (
    ResolvedModel,
    _download,
    _folder_revision,
    cache_root,
    convert_model,
    is_offline,
    resolve_model,
)

logger = logging.getLogger(__name__)

__all__ = ["CachedModel", "list_models", "pull_model", "convert"]


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
