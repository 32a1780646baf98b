"""The nbgrader preprocessor that replaces ``Execute`` in ``nbgrader autograde``.

For each code cell of a submission (after nbgrader's sanitizing preprocessors have restored the
instructor's test cells from the gradebook):

- a test cell (``grade`` and not ``solution``) runs here, in the trusted grading process, in a
  namespace where the student's functions and classes are proxies
  (:mod:`lstm_grader.nbgrader_ext.proxy`); the checks run with their full diagnosis. Its outputs
  are written by us: the check's line when it ran to its end, else one error output. nbgrader's
  ``SaveAutoGrades`` then scores it (an error output is 0 points, anything else full points): a
  cell passes only if it ran to its end here.
- every other code cell runs in the sandbox (:mod:`lstm_grader.sandbox.client`); its outputs are the
  capped stdout/stderr/display data the runner captured.

What was found (forbidden calls, timeouts, a dead sandbox, ...) goes to a JSON file per notebook
under ``grading_report/`` (see :mod:`lstm_grader.report`).
"""

from __future__ import annotations

import builtins
import contextlib
import io
import logging
import secrets
import time
import traceback
from pathlib import Path

from nbformat.notebooknode import NotebookNode
from nbgrader import utils
from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Float, Integer, Unicode

from lstm_grader import limits as limits_mod
from lstm_grader import paths, record
from lstm_grader.grading_findings import GradingFinding, Kind
from lstm_grader.limits import Limits
from lstm_grader.nbgrader_ext import cell_findings, code_scan, graded_names, proxy, release_cells
from lstm_grader.nbgrader_ext.outputs import OutputBudget
from lstm_grader.sandbox.client import Sandbox, SandboxDied, SandboxTimeout, SandboxUnavailable
from lstm_ref.setup_cell import is_setup_cell

MAX_TRUSTED_OUTPUT = 20_000  # characters of a test cell's output kept
log = logging.getLogger(__name__)


def fresh_values(seed: int):
    """``lstm_ref.checks.fresh_values(seed)``: the visible fixed cases' configurations with fresh
    arrays, so that a lookup table of the published cases earns nothing at grading."""
    from lstm_ref import checks

    return checks.fresh_values(seed)


def _error_output(ename: str, evalue: str, lines: list[str] | None = None) -> NotebookNode:
    tb = lines or [f"{ename}: {evalue}"]
    return NotebookNode(output_type="error", ename=ename, evalue=evalue, traceback=tb)


def _stream(text: str, name: str = "stdout") -> NotebookNode:
    return NotebookNode(output_type="stream", name=name, text=text)


def is_test_cell(cell) -> bool:
    return cell.cell_type == "code" and utils.is_grade(cell) and not utils.is_solution(cell)


def _limit_trait(name: str):
    """The setting of one limit of :class:`lstm_grader.limits.Limits`: its default is there."""
    f = next(f for f in limits_mod.fields() if f.name == name)
    default = getattr(limits_mod.DEFAULT_LIMITS, name)
    trait = Float if isinstance(default, float) else Integer
    return trait(default, help=f"{f.metadata['what']} ({f.metadata['unit']})").tag(config=True)


class SandboxedExecute(NbGraderPreprocessor):
    """Run student cells sandboxed and test cells trusted (see the module docstring).

    Each limit of :class:`lstm_grader.limits.Limits` is a setting here (its ``config`` name)."""

    memory_limit = _limit_trait("memory")
    process_limit = _limit_trait("processes")
    cpu_limit = _limit_trait("cpu_seconds")
    file_size_limit = _limit_trait("file_size")
    timeout = _limit_trait("cell_timeout")
    notebook_timeout = _limit_trait("notebook_timeout")
    startup_timeout = _limit_trait("startup_timeout")
    sandbox_memory_limit = _limit_trait("sandbox_memory")
    disk_limit = _limit_trait("disk")
    interrupt_grace = _limit_trait("interrupt_grace")
    reply_limit = _limit_trait("reply_bytes")
    nesting_limit = _limit_trait("nesting")
    value_chars_limit = _limit_trait("value_chars")
    cell_outputs_limit = _limit_trait("cell_outputs")
    mime_keys_limit = _limit_trait("mime_keys")
    cell_output_limit = _limit_trait("cell_output_bytes")
    notebook_output_limit = _limit_trait("notebook_output_bytes")
    notebook_size_limit = _limit_trait("notebook_bytes")
    notebook_cells_limit = _limit_trait("notebook_cells")
    archive_size_limit = _limit_trait("archive_bytes")
    # the trusted side's budgets (read by sanitize, html_safety and the batch worker)
    markdown_limit = _limit_trait("markdown_chars")
    markdown_cell_limit = _limit_trait("markdown_cell_chars")
    html_nesting_limit = _limit_trait("html_nesting")
    attachments_limit = _limit_trait("attachment_bytes")
    metadata_limit = _limit_trait("metadata_bytes")
    metadata_nesting_limit = _limit_trait("metadata_nesting")
    json_nesting_limit = _limit_trait("json_nesting")
    feedback_size_limit = _limit_trait("feedback_bytes")
    sanitize_timeout = _limit_trait("sanitize_timeout")
    feedback_timeout = _limit_trait("feedback_timeout")
    report_timeout = _limit_trait("report_timeout")
    grading_timeout = _limit_trait("grading_timeout")
    grading_memory_limit = _limit_trait("grading_memory")
    archive_entries_limit = _limit_trait("archive_entries")  # the intake's (collect, submissions)
    report_dir = Unicode(
        paths.REPORT_DIR, help="Where the grading records go (relative to the course root)."
    ).tag(config=True)
    release_dir = Unicode(paths.RELEASE_DIR, help="The released notebooks, from the course "
                          "root (cells recognised by id and source)").tag(config=True)  # fmt: skip

    def limits(self) -> Limits:
        """The limits as configured."""
        return Limits(**{f.name: getattr(self, f.metadata["config"]) for f in limits_mod.fields()})

    def preprocess(self, nb, resources):
        info = resources.get("nbgrader", {})
        self.findings: list[GradingFinding] = []
        self.cells: list[dict] = []
        self._oom_noted = False
        limits = self.limits()
        sandbox = Sandbox(limits=limits)
        started = time.monotonic()
        try:
            try:
                sandbox.start()
            except SandboxUnavailable:
                raise
            except Exception as exc:  # the runner could not start: every cell is 0, with a reason
                sandbox.dead_reason = f"the sandbox did not start: {exc}"
                self._finding(Kind.SANDBOX_START_FAILED, str(exc))
            if sandbox.mode == "none":
                self._finding(Kind.UNSANDBOXED, "LSTM_GRADER_SANDBOX=none: ran without isolation")
            self.budget = OutputBudget(limits)
            tests = [c.source for c in nb.cells if is_test_cell(c)]
            self.graded = graded_names.for_assignment(info.get("assignment"), tests)
            if info.get("assignment") not in graded_names.GRADED_NAMES:
                log.warning(
                    "assignment %r declares no graded names; its test cells may call %s",
                    info.get("assignment"),
                    sorted(self.graded),
                )
            self.seed = secrets.randbits(63)  # the visible fixed cases' fresh values
            where = release_cells.find_release(Path.cwd(), self.release_dir, paths.SOURCE_DIR, info)
            self.release = release_cells.release_sources(where) if where else {}
            skip = release_cells.plan(nb.cells, self.release)
            self._scan(nb)
            for index, cell in enumerate(nb.cells):
                if cell.cell_type != "code":
                    continue
                cell.outputs = []
                cell.execution_count = None
                if is_setup_cell(cell):  # exactly the generated set-up cell: never run (no pip)
                    continue
                check = None
                if index in skip:  # the release's illustration with torch: runs locally only
                    cell.outputs = [_stream(release_cells.NOT_RUN.format(library=skip[index]))]
                elif is_test_cell(cell):
                    check = self._run_trusted(cell, sandbox)
                else:
                    self._run_sandboxed(cell, sandbox)
                entry = {
                    "index": index,
                    "grade_id": cell.metadata.get("nbgrader", {}).get("grade_id"),
                    "test": is_test_cell(cell),
                    "error": next(
                        (
                            f"{o.ename}: {o.evalue}"
                            for o in cell.outputs
                            if o.output_type == "error"
                        ),
                        None,
                    ),
                }
                if check is not None:  # the check's diagnosis, for the class report only
                    entry["check"] = check
                self.cells.append(entry)
        finally:
            sandbox.close()
            self._write_report(info, time.monotonic() - started, sandbox)
        return nb, resources

    # ---------------------------------------------------------------- cells

    def _finding(self, kind: Kind, detail: str, cell=None) -> None:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id") if cell is not None else None
        entry = GradingFinding(kind, detail, grade_id)
        if entry not in self.findings:
            self.findings.append(entry)

    def _note_memory(self, cell, sandbox: Sandbox) -> None:
        """A finding the first time the kernel killed a process of the sandbox for memory."""
        group = sandbox.cgroup
        if self._oom_noted or group is None or not group.oom_killed():
            return
        self._oom_noted = True
        self._finding(
            Kind.MEMORY_LIMIT,
            "a process of the sandbox was killed: its processes together passed "
            f"{sandbox.limits.sandbox_memory / 1024**3:g} GiB",
            cell,
        )

    def _run_sandboxed(self, cell, sandbox: Sandbox) -> None:
        try:
            self._run_sandboxed_cell(cell, sandbox)
        finally:
            self._note_memory(cell, sandbox)

    def _run_sandboxed_cell(self, cell, sandbox: Sandbox) -> None:
        if not sandbox.alive:
            cell.outputs = [
                _error_output("SandboxDied", f"not run: {sandbox.dead_reason or 'no sandbox'}")
            ]
            return
        try:
            reply = sandbox.request({"op": "exec", "code": cell.source})
        except SandboxTimeout as exc:
            self._finding(Kind.TIMEOUT, str(exc), cell)
            cell.outputs = [_error_output("CellTimeoutError", str(exc))]
            return
        except SandboxDied as exc:
            self._finding(Kind.SANDBOX_DIED, str(exc), cell)
            cell.outputs = [_error_output("SandboxDied", str(exc))]
            return
        for hit in (reply.get("forbidden") or [])[:10]:
            self._finding(Kind.FORBIDDEN_CALL, f"while the cell ran: {str(hit)[:200]}", cell)
        outputs = self.budget.bound(reply.get("outputs"))
        for note in self.budget.take_notes():
            self._finding(Kind.OUTPUT_TRUNCATED, note, cell)
        err = reply.get("error")
        if isinstance(err, dict):
            ename, evalue = str(err.get("ename", "Error"))[:100], str(err.get("evalue", ""))[:2000]
            tb = [str(x)[:2000] for x in (err.get("traceback") or [])[-40:]]
            outputs.append(_error_output(ename, evalue, tb))
            if ename in ("SystemExit", "KeyboardInterrupt"):
                self._finding(Kind.EXIT_ATTEMPT, f"{ename}: {evalue}", cell)
        cell.outputs = outputs

    def _run_trusted(self, cell, sandbox: Sandbox) -> dict | None:
        """Run a test cell here; returns what its failed check diagnosed (cell_findings)."""
        check = None
        buf = io.StringIO()
        findings: list[GradingFinding] = []
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        try:
            if not sandbox.alive:
                raise SandboxDied(sandbox.dead_reason or "the sandbox is not running")
            # Only the assignment's graded names cross, as the kind declared: no builtin, no
            # other name of the student's is in here (graded_names).
            ns = {"__name__": "__main__", "__builtins__": builtins}
            ns.update(proxy.student_namespace(sandbox, findings, self.graded))
            code = compile(cell.source, f"<test cell {grade_id}>", "exec")
            with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(buf):
                with fresh_values(self.seed):
                    exec(code, ns)  # noqa: S102 - the instructor's test cell, restored by nbgrader
        except KeyboardInterrupt:  # the grader's own Ctrl-C (the student's never reaches here)
            raise
        except BaseException as exc:  # every failure of a test cell is a 0 with its reason
            if isinstance(exc, SandboxTimeout):
                self._finding(Kind.TIMEOUT, str(exc), cell)
            elif isinstance(exc, SandboxDied):
                self._finding(Kind.SANDBOX_DIED, str(exc), cell)
            check = cell_findings.from_exception(exc, (SandboxTimeout, SandboxDied))
            lines = traceback.format_exception_only(type(exc), exc)
            text = buf.getvalue()[-MAX_TRUSTED_OUTPUT:]
            cell.outputs = ([_stream(text)] if text else []) + [
                _error_output(type(exc).__name__, str(exc)[:MAX_TRUSTED_OUTPUT], lines)
            ]
        else:
            text = buf.getvalue()[-MAX_TRUSTED_OUTPUT:] or "passed\n"
            cell.outputs = [_stream(text)]
        for f in findings:
            self._finding(f.kind, f.detail, cell)
        self._note_memory(cell, sandbox)
        return check

    _oom_noted = False
    graded: dict = {}  # noqa: RUF012 - set per notebook in preprocess
    release: dict = {}  # noqa: RUF012
    seed = 0

    def _scan(self, nb) -> None:
        """Static reading of the student's own code cells (:func:`code_scan.scan_cells`): never
        a test cell, the release's own cells (:mod:`release_cells`) or a locked cell."""
        release = self.release
        skip = lambda c: is_test_cell(c) or release_cells.is_release_cell(c, release)  # noqa: E731
        for cell, text in code_scan.scan_cells(nb.cells, skip):
            self._finding(Kind.SUSPICIOUS_CODE, text, cell)

    # ---------------------------------------------------------------- report

    def _write_report(self, info: dict, seconds: float, sandbox: Sandbox) -> None:
        record.write_executed(
            self.report_dir,
            info,
            sandbox=sandbox.mode,
            seconds=seconds,
            findings=self.findings,
            cells=self.cells,
        )
