"""The limits of grading one notebook: one definition, read by the sandbox, the executor,
nbgrader_config.py and the README's table."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Limits:
    """Per-notebook limits. Memory in bytes (address space), times in seconds."""

    memory: int = 6 * 1024**3
    processes: int = 256
    cpu_seconds: int = 600
    file_size: int = 64 * 1024**2
    cell_timeout: float = 30.0
    notebook_timeout: float = 300.0
    startup_timeout: float = 60.0
    # ---- the sandbox as a whole (issue 10)
    sandbox_memory: int = 6 * 1024**3  # bytes, all the sandbox's processes together (+ its tmpfs)
    disk: int = 256 * 1024**2  # bytes, size of each scratch filesystem (/home/student, /tmp)
    interrupt_grace: float = 5.0  # seconds an interrupted runner has to answer before it is killed
    # ---- what the trusted side accepts from the sandbox
    reply_bytes: int = 16 * 1024**2  # one reply message on the pipe
    nesting: int = 20  # levels of nesting of a value or reply
    value_chars: int = 10_000  # longest string in a value returned by a graded call
    cell_outputs: int = 25  # outputs kept per cell
    mime_keys: int = 8  # MIME types kept per display output
    cell_output_bytes: int = 256 * 1024  # characters of output kept per cell
    notebook_output_bytes: int = 4 * 1024**2  # characters of output kept per notebook
    # ---- intake (a submitted notebook, a collected archive)
    notebook_bytes: int = 16 * 1024**2  # size of one submitted notebook file
    notebook_cells: int = 2_000  # cells of one submitted notebook
    archive_bytes: int = 256 * 1024**2  # decompressed size of an archive given to `collect`
