"""Translation backends: the one table of ``--backend`` values (light: imports nothing, so ``--help`` can read it)."""

from __future__ import annotations

__all__ = ["BACKEND_HELP", "BACKENDS"]

#: Backend -> what it is; ``auto`` picks ``ct2`` when a converted model exists, else ``transformers``.
BACKEND_HELP: dict[str, str] = {
    "auto": "ct2 when a converted model exists, else transformers",
    "transformers": "MarianMT on PyTorch",
    "ct2": "a CTranslate2 int8 conversion (wiredrift models convert), about 4x faster on CPU",
}

#: Translation backends, in the order the CLI lists them.
BACKENDS: tuple[str, ...] = tuple(BACKEND_HELP)
