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
