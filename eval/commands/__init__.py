"""The ``wiredrift`` subcommands, one module each (see :mod:`wiredrift.eval.cli`)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["RunState"]

#: The stages a failure to run is reported in (``error: STAGE: FILE: ...``).
STAGES = ("read", "segment", "translate", "align", "detect", "score", "report", "export")


@dataclass(slots=True)
class RunState:
    """Where a command is, so an unexpected error can name the stage and the file (``args._state``).

    :ivar stage: one of :data:`STAGES` (the command's name, or ``run``, before the command sets one).
    :ivar file: the input or output the stage works on.
    :ivar output: set while an output is written, so an OS error names that output, not a temporary file.
    """

    stage: str = "run"
    file: str | None = None
    output: str | None = None

    def at(self, stage: str, file: object = None, *, output: object = None) -> None:
        """Enter ``stage`` working on ``file`` (and writing ``output``, when given)."""
        self.stage = stage
        self.file = None if file is None else str(file)
        self.output = None if output is None else str(output)


def state_of(args: object) -> RunState:
    """The :class:`RunState` the CLI put on ``args`` (a fresh one when a command runs outside the CLI)."""
    state = getattr(args, "_state", None)
    if not isinstance(state, RunState):
        state = RunState()
        try:
            setattr(args, "_state", state)  # noqa: B010 - args is typed object: any namespace
        except AttributeError:  # pragma: no cover - a namespace that takes no attributes
            pass
    return state
