"""What one ``lstm-grade autograde`` run returns: an outcome per student, and its summary."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Outcome:
    """How grading one student's submission went."""

    student: str
    status: str  # "ok", "failed" or "interrupted"
    seconds: float = 0.0
    score: float | None = None
    max_score: float | None = None
    error: str = ""
    log: str = ""  # the student's nbgrader log, relative to the course root


@dataclass
class RunResult:
    """One ``lstm-grade autograde`` run."""

    assignment: str
    students: list[str]
    workers: int = 0
    outcomes: list[Outcome] = field(default_factory=list)
    startup_seconds: float = 0.0  # from the start to the first worker ready
    grading_seconds: float = 0.0  # from the first worker ready to the end
    wall_seconds: float = 0.0
    interrupted: bool = False
    stopped: str = ""  # why the run stopped before the end (a lost Dask scheduler), if it did

    @property
    def graded(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "ok"]

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def not_graded(self) -> list[str]:
        done = {o.student for o in self.outcomes if o.status in ("ok", "failed")}
        return [s for s in self.students if s not in done]


def summary(result: RunResult) -> str:
    """What the run did, in a few lines (for the end of the command's output)."""
    lines = [
        f"{result.assignment}: graded {len(result.graded)} of {len(result.students)} submissions "
        f"with {result.workers} workers in {result.wall_seconds:.1f} s "
        f"(start-up {result.startup_seconds:.1f} s)"
    ]
    for o in result.failed:
        first = o.error.strip().splitlines()
        lines.append(f"  FAILED {o.student}: {first[0] if first else 'failed'} (log: {o.log})")
    if result.interrupted or result.stopped:
        missing = result.not_graded
        why = "interrupted" if result.interrupted else f"stopped: {result.stopped}"
        lines.append(f"  {why}: {len(missing)} not graded: {', '.join(missing)}")
    return "\n".join(lines)
