"""The progress bar of a grading run: tqdm on a terminal, else one plain line per submission."""

from __future__ import annotations

import sys
import time

from lstm_grader.batch.outcome import Outcome


class Progress:
    """A progress bar with an ETA on stderr (tqdm on a terminal; plain lines otherwise)."""

    def __init__(self, total: int, label: str, stream=None, bar: bool | None = None) -> None:
        self.total, self.label, self.done = total, label, 0
        self.stream = stream or sys.stderr
        self.started = time.monotonic()
        if bar is None:
            bar = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.bar = None
        if bar:
            try:
                from tqdm import tqdm
            except ImportError:  # pragma: no cover - tqdm is in requirements.txt
                tqdm = None
            if tqdm is not None:
                self.bar = tqdm(
                    total=total, desc=label, unit="nb", file=self.stream, dynamic_ncols=True
                )

    def update(self, outcome: Outcome) -> None:
        self.done += 1
        what = describe(outcome)
        if self.bar is not None:
            self.bar.set_postfix_str(f"{outcome.student}: {what}", refresh=False)
            self.bar.update(1)
            if outcome.status != "ok":
                self.bar.write(f"{outcome.student}: {what}", file=self.stream)
            return
        elapsed = time.monotonic() - self.started
        left = self.total - self.done
        eta = _clock(elapsed / self.done * left) if self.done else "?"
        print(
            f"[{self.done}/{self.total}] {self.label} {outcome.student}: {what} "
            f"({outcome.seconds:.1f} s) elapsed {_clock(elapsed)} eta {eta}",
            file=self.stream,
            flush=True,
        )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def describe(o: Outcome) -> str:
    if o.status == "ok":
        if o.score is None:
            return "graded"
        return f"{o.score:g}/{o.max_score:g}"
    if o.status == "interrupted":
        return "interrupted"
    first = o.error.strip().splitlines()[0] if o.error.strip() else "failed"
    return f"FAILED: {first[:160]}"


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
