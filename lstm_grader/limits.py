"""The limits of grading one notebook: the one definition.

Read by the sandbox (:mod:`lstm_grader.sandbox.launch` turns them into rlimits,
:mod:`lstm_grader.sandbox.client` into time limits), by the executor (each limit is a setting of
``SandboxedExecute`` whose default is the value here: change it in nbgrader_config.py, e.g.
``c.SandboxedExecute.timeout = 60``), by nbgrader_config.py (nbgrader's own ``Execute`` gets the
same cell timeout) and by the instructors' page book/instructors/safety.md, whose table is
:func:`markdown_table`
(``tests/grader/test_limits.py`` checks that they agree).

The trusted side's budgets per notebook (issue 20) are here too: what sanitizing keeps of a
submission (:mod:`lstm_grader.nbgrader_ext.sanitize`: markdown, attachments, metadata, JSON
nesting), what a feedback page may hold (:mod:`lstm_grader.nbgrader_ext.html_safety`: HTML
nesting, page size), and the wall time and memory of the trusted steps of one notebook
(``sanitize_timeout``, ``feedback_timeout``, ``report_timeout``, ``grading_timeout``,
``grading_memory``), which the batch worker (:mod:`lstm_grader.batch`) enforces per notebook.

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
        64, "process_limit", "processes of the sandbox's user (RLIMIT_NPROC)", "processes"
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
    # ---- the sandbox as a whole (issue 10)
    sandbox_memory: int = _limit(
        6 * GiB,
        "sandbox_memory_limit",
        "memory of all the sandbox's processes together, its tmpfs included (cgroup)",
        "B",
    )
    disk: int = _limit(
        256 * MiB, "disk_limit", "size of each scratch tmpfs of the sandbox (home, /tmp)", "B"
    )
    interrupt_grace: float = _limit(
        5.0, "interrupt_grace", "wall time an interrupted runner has to answer, then killed", "s"
    )
    # ---- what the trusted side accepts from the sandbox
    reply_bytes: int = _limit(
        16 * MiB, "reply_limit", "one reply of the sandbox (larger: killed, a finding)", "B"
    )
    nesting: int = _limit(20, "nesting_limit", "levels of nesting of a reply or value", "levels")
    value_chars: int = _limit(
        10_000, "value_chars_limit", "longest string in a value a graded call returns", "chars"
    )
    cell_outputs: int = _limit(25, "cell_outputs_limit", "outputs kept per cell", "outputs")
    mime_keys: int = _limit(8, "mime_keys_limit", "MIME types kept per display output", "types")
    cell_output_bytes: int = _limit(
        256 * 1024, "cell_output_limit", "characters of output kept per cell", "chars"
    )
    notebook_output_bytes: int = _limit(
        4 * 1024 * 1024, "notebook_output_limit", "characters of output kept per notebook", "chars"
    )
    # ---- intake (a submitted notebook, a collected archive)
    notebook_bytes: int = _limit(
        16 * MiB, "notebook_size_limit", "size of one submitted notebook file", "B"
    )
    notebook_cells: int = _limit(
        2_000, "notebook_cells_limit", "cells of one submitted notebook", "cells"
    )
    archive_bytes: int = _limit(
        256 * MiB, "archive_size_limit", "decompressed content of an archive `collect` reads", "B"
    )
    # ---- the trusted side's budgets per notebook (issue 20): what sanitizing keeps of a
    # submission (lstm_grader.nbgrader_ext.sanitize: past a budget the part is cut or dropped with a
    # finding, the notebook is still graded), what a feedback page may hold
    # (lstm_grader.nbgrader_ext.html_safety), and how long the trusted steps may take (enforced
    # per notebook by the batch worker, lstm_grader.batch)
    markdown_chars: int = _limit(
        1 * MiB, "markdown_limit", "characters of markdown and raw cells kept per notebook", "chars"
    )
    markdown_cell_chars: int = _limit(
        128 * 1024, "markdown_cell_limit", "characters kept of one markdown or raw cell", "chars"
    )
    html_nesting: int = _limit(
        256,
        "html_nesting_limit",
        "levels of HTML nesting rendered in a feedback page (deeper: shown as text)",
        "levels",
    )
    attachment_bytes: int = _limit(
        8 * MiB,
        "attachments_limit",
        "characters of markdown attachments (pasted images) kept per notebook",
        "chars",
    )
    metadata_bytes: int = _limit(
        1 * MiB,
        "metadata_limit",
        "characters of notebook and cell metadata kept per notebook (beyond: dropped)",
        "chars",
    )
    metadata_nesting: int = _limit(
        32,
        "metadata_nesting_limit",
        "levels of a metadata entry kept (deeper entries, e.g. widget state, dropped)",
        "levels",
    )
    json_nesting: int = _limit(
        400,
        "json_nesting_limit",
        "levels of JSON of a submitted notebook read at all (deeper: scored 0)",
        "levels",
    )
    feedback_bytes: int = _limit(
        48 * MiB,
        "feedback_size_limit",
        "size of one feedback page (larger: replaced by a page that says so)",
        "B",
    )
    sanitize_timeout: float = _limit(
        60.0, "sanitize_timeout", "wall time to read and repair one submitted notebook", "s"
    )
    feedback_timeout: float = _limit(
        120.0, "feedback_timeout", "wall time to write one notebook's feedback page", "s"
    )
    report_timeout: float = _limit(
        60.0, "report_timeout", "wall time to gather one notebook's grading record", "s"
    )
    grading_timeout: float = _limit(
        900.0,
        "grading_timeout",
        "wall time of the trusted grading of one notebook, all steps together",
        "s",
    )
    grading_memory: int = _limit(
        4 * GiB,
        "grading_memory_limit",
        "address space of the trusted process grading one notebook (RLIMIT_AS)",
        "B",
    )
    # ---- intake (issue 20, one intake path): entries of what collect or a submission may hold
    archive_entries: int = _limit(
        10_000,
        "archive_entries_limit",
        "files of an archive `collect` reads, or of one submission folder",
        "entries",
    )


DEFAULT_LIMITS = Limits()


def fields() -> tuple[dataclasses.Field, ...]:
    """The limits, in the order of the limits table (book/instructors/safety.md)."""
    return dataclasses.fields(Limits)


def _human(value, unit: str) -> str:
    if unit == "B":
        for size, name in ((GiB, "GiB"), (MiB, "MiB")):
            if value % size == 0:
                return f"{value // size} {name}"
        return f"{value} bytes"
    if unit == "s":
        return f"{value:g} s"
    return f"{value:,} {unit}" if isinstance(value, int) else f"{value:g} {unit}"


def markdown_table(limits: Limits = DEFAULT_LIMITS) -> str:
    """The limits table of book/instructors/safety.md (``python -m lstm_grader.limits``)."""
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
