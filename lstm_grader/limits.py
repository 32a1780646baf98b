"""The limits of grading one notebook: the one definition.

Read by the sandbox (:mod:`lstm_grader.sandbox.launch` turns them into rlimits,
:mod:`lstm_grader.sandbox.client` into time limits), by the executor (each limit is a setting of
``SandboxedExecute`` whose default is the value here: change it in nbgrader_config.py, e.g.
``c.SandboxedExecute.timeout = 60``), by nbgrader_config.py (nbgrader's own ``Execute`` gets the
same cell timeout) and by the README, whose table is :func:`markdown_table`
(``tests/grader/test_limits.py`` checks that they agree).

Adding a limit: one field here, with its ``config`` (the ``SandboxedExecute`` setting), ``what``
and ``unit``; then one trait line in the executor and where the sandbox applies it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

GiB = 1024**3
MiB = 1024**2


def _limit(default, config: str, what: str, unit: str):
    return field(default=default, metadata={"config": config, "what": what, "unit": unit})


@dataclass(frozen=True)
class Limits:
    """Per-notebook limits. Memory and file size in bytes, times in seconds."""

    memory: int = _limit(
        6 * GiB, "memory_limit", "address space of every process of the sandbox (RLIMIT_AS)", "B"
    )
    processes: int = _limit(
        256, "process_limit", "processes of the sandbox's user (RLIMIT_NPROC)", "processes"
    )
    cpu_seconds: int = _limit(
        300, "cpu_limit", "CPU time of each process of the sandbox (RLIMIT_CPU)", "s"
    )
    file_size: int = _limit(
        64 * MiB, "file_size_limit", "size of a file the sandbox writes (RLIMIT_FSIZE)", "B"
    )
    cell_timeout: float = _limit(
        30.0, "timeout", "wall time of a cell, and of one call of a student's function", "s"
    )
    notebook_timeout: float = _limit(
        300.0, "notebook_timeout", "wall time of the sandbox for the whole notebook", "s"
    )
    startup_timeout: float = _limit(
        60.0, "startup_timeout", "wall time for the sandboxed runner to start", "s"
    )


DEFAULT_LIMITS = Limits()


def fields() -> tuple[dataclasses.Field, ...]:
    """The limits, in the order of the README's table."""
    return dataclasses.fields(Limits)


def _human(value, unit: str) -> str:
    if unit == "B":
        for size, name in ((GiB, "GiB"), (MiB, "MiB")):
            if value % size == 0:
                return f"{value // size} {name}"
        return f"{value} bytes"
    if unit == "s":
        return f"{value:g} s"
    return f"{value:g} {unit}"


def markdown_table(limits: Limits = DEFAULT_LIMITS) -> str:
    """The README's table of the limits (``python -m lstm_grader.limits`` prints it)."""
    lines = [
        "| limit | default | setting in nbgrader_config.py |",
        "| --- | --- | --- |",
    ]
    for f in fields():
        value = _human(getattr(limits, f.name), f.metadata["unit"])
        lines.append(
            f"| {f.metadata['what']} | {value} | `c.SandboxedExecute.{f.metadata['config']}` |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown_table())
