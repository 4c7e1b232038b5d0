"""CI gates over a check result: which conditions fail a build, and the exit code they add up to.

Three gates, each off unless asked for except ``fail_on`` (default ``major``):

``fail_on``
    fails when at least one finding has severity at or above it (``critical`` > ``major`` > ``minor``);
    ``none`` turns the gate off.
``max_findings``
    fails when the number of findings **of every severity** is greater than N (so ``0`` allows none).
    It is independent of ``fail_on``: ``--fail-on critical --max-findings 5`` fails on any critical
    finding, or on more than 5 findings of any severity.
``min_chrf``
    fails when the document chrF (sacrebleu, 0-100) is below X. It needs machine translation: when
    no model ran, the gate cannot be evaluated and is an *error* (exit 2, a usage problem: the build
    asked for a score it cannot have), never a silent pass.

Exit code: 2 if any gate is in error, else 1 if any gate failed, else 0.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..align.errors import ConfigError
from .findings import FAIL_ON, severity_rank
from .pipeline import CheckResult

if TYPE_CHECKING:  # pragma: no cover
    from .baseline import Baseline

logger = logging.getLogger(__name__)

__all__ = [
    "FAIL_ON",
    "judge",
    "GateConfig",
    "GateResult",
    "evaluate_gates",
    "exit_code",
    "document_score",
    "failing_findings",
]


EXIT_PASS = 0
EXIT_FAIL = 1
EXIT_USAGE = 2


@dataclass(frozen=True, slots=True)
class GateConfig:
    """The gates a run is judged by.

    :param fail_on: one of :data:`FAIL_ON`.
    :param max_findings: largest number of findings (any severity) that still passes, or ``None``.
    :param min_chrf: smallest document chrF (0-100) that still passes, or ``None``.
    :raises ConfigError: a value is out of range.
    """

    fail_on: str = "major"
    max_findings: int | None = None
    min_chrf: float | None = None

    def __post_init__(self) -> None:
        if self.fail_on not in FAIL_ON:
            raise ConfigError(f"--fail-on: {self.fail_on!r} is not one of {', '.join(FAIL_ON)}")
        if self.max_findings is not None and self.max_findings < 0:
            raise ConfigError(f"--max-findings: {self.max_findings} is negative")
        if self.min_chrf is not None and not 0.0 <= self.min_chrf <= 100.0:
            raise ConfigError(f"--min-chrf: {self.min_chrf} is outside 0-100 (chrF is a percentage)")


@dataclass(frozen=True, slots=True)
class GateResult:
    """The verdict of one gate.

    :param name: ``fail-on``, ``max-findings`` or ``min-chrf`` (the CLI flag without dashes).
    :param status: ``pass``, ``fail`` or ``error`` (the gate could not be evaluated).
    :param message: one line saying what was measured against what.
    :param threshold: the gate's setting as text (``major``, ``5``, ``50.0``).
    :param value: what was measured, or ``None`` when nothing could be.
    """

    name: str
    status: str
    message: str
    threshold: str
    value: float | None = None

    @property
    def passed(self) -> bool:
        """True when the gate passed."""
        return self.status == "pass"


def document_score(result: CheckResult, name: str) -> float | None:
    """The document-level score ``name`` (``chrf``, ``bleu``, ``ter`` ...) or ``None`` when MT did not run.

    Accepts both a bare number and a ``{"score": x, ...}`` record under the key; keys compare
    case-insensitively (``chrF`` == ``chrf``).
    """
    scores = result.document_scores
    if not scores:
        return None
    wanted = name.lower()
    for key, value in scores.items():
        if str(key).lower() != wanted:
            continue
        if isinstance(value, dict):
            value = value.get("score")
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
    return None


def failing_findings(result: CheckResult, fail_on: str, accepted: Collection[int] = ()) -> list[int]:
    """Indices into ``result.findings`` of the findings at or above ``fail_on`` (none for ``none``).

    :param accepted: indices of accepted findings (a baseline's, see
        :func:`wiredrift.eval.baseline.apply_baseline`); they never fail a gate.
    """
    if fail_on == "none":
        return []
    limit = severity_rank(fail_on)
    skip = set(accepted)
    return [k for k, f in enumerate(result.findings) if severity_rank(f.severity) <= limit and k not in skip]


def evaluate_gates(result: CheckResult, config: GateConfig, accepted: Collection[int] = ()) -> list[GateResult]:
    """Every gate ``config`` turns on, judged on ``result`` (``fail-on`` first, always present).

    :param accepted: indices into ``result.findings`` of accepted findings: ``fail-on`` and
        ``max-findings`` count only the others (the messages say how many were accepted).
    """
    out: list[GateResult] = []
    skip = set(accepted)
    also = f"; {len(skip)} accepted not counted" if skip else ""
    if config.fail_on == "none":
        out.append(GateResult("fail-on", "pass", "severity gate off (--fail-on none)", "none"))
    else:
        n = len(failing_findings(result, config.fail_on, skip))
        status = "fail" if n else "pass"
        out.append(GateResult("fail-on", status, f"{n} finding(s) at or above {config.fail_on}{also}",
                              config.fail_on, float(n)))
    if config.max_findings is not None:
        n = len(result.findings) - len(skip & set(range(len(result.findings))))
        status = "fail" if n > config.max_findings else "pass"
        out.append(GateResult("max-findings", status,
                              f"{n} finding(s), at most {config.max_findings} allowed{also}",
                              str(config.max_findings), float(n)))
    if config.min_chrf is not None:
        chrf = document_score(result, "chrf")
        if chrf is None:
            out.append(GateResult(
                "min-chrf", "error",
                f"--min-chrf {config.min_chrf:g} needs machine translation, but no MT model ran "
                "(give --model DIR or cache Helsinki-NLP/opus-mt-SRC-TGT)",
                f"{config.min_chrf:g}",
            ))
        else:
            status = "fail" if chrf < config.min_chrf else "pass"
            out.append(GateResult("min-chrf", status, f"document chrF {chrf:.1f}, at least {config.min_chrf:g} required",
                                  f"{config.min_chrf:g}", chrf))
    return out


def judge(result: CheckResult, config: GateConfig, baseline: Baseline | None = None) -> tuple[CheckResult, list[GateResult]]:
    """``result`` with its findings split by ``baseline`` (when one is given), and every gate judged on it:
    accepted findings count towards no gate. The one place ``check`` and ``corpus`` judge a document.

    :return: the result (a copy carrying the :class:`~wiredrift.eval.baseline.BaselineMatch` when a baseline
        was given, else ``result`` itself) and its gate results.
    """
    if baseline is not None:
        from dataclasses import replace

        from .baseline import apply_baseline

        result = replace(result, baseline=apply_baseline(result, baseline))
    accepted = result.baseline.accepted if result.baseline is not None else ()
    return result, evaluate_gates(result, config, accepted)


def exit_code(gates: Sequence[GateResult]) -> int:
    """2 if a gate could not be evaluated, else 1 if a gate failed, else 0."""
    if any(g.status == "error" for g in gates):
        return EXIT_USAGE
    if any(g.status == "fail" for g in gates):
        return EXIT_FAIL
    return EXIT_PASS
