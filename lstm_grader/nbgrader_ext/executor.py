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

import contextlib
import io
import time
import traceback

from nbformat.notebooknode import NotebookNode
from nbgrader import utils
from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Float, Integer, Unicode

from lstm_grader import limits as limits_mod
from lstm_grader import paths, record
from lstm_grader.findings import GradingFinding, Kind
from lstm_grader.limits import Limits
from lstm_grader.nbgrader_ext import cell_findings, proxy
from lstm_grader.sandbox.client import Sandbox, SandboxDied, SandboxTimeout, SandboxUnavailable

MAX_TRUSTED_OUTPUT = 20_000  # characters of a test cell's output kept


def _error_output(ename: str, evalue: str, lines: list[str] | None = None) -> NotebookNode:
    return NotebookNode(
        output_type="error",
        ename=ename,
        evalue=evalue,
        traceback=lines if lines else [f"{ename}: {evalue}"],
    )


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
    report_dir = Unicode(
        paths.REPORT_DIR, help="Where the grading records go (relative to the course root)."
    ).tag(config=True)

    def limits(self) -> Limits:
        """The limits as configured."""
        return Limits(**{f.name: getattr(self, f.metadata["config"]) for f in limits_mod.fields()})

    def preprocess(self, nb, resources):
        info = resources.get("nbgrader", {})
        self.findings: list[GradingFinding] = []
        self.cells: list[dict] = []
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
            for index, cell in enumerate(nb.cells):
                if cell.cell_type != "code":
                    continue
                cell.outputs = []
                cell.execution_count = None
                check = None
                if is_test_cell(cell):
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

    def _run_sandboxed(self, cell, sandbox: Sandbox) -> None:
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
        for hit in reply.get("forbidden", []) or []:
            self._finding(Kind.FORBIDDEN_CALL, f"while the cell ran: {hit}", cell)
        outputs = []
        for out in reply.get("outputs", [])[:25]:
            if out.get("output_type") == "stream" and out.get("name") in ("stdout", "stderr"):
                outputs.append(_stream(str(out.get("text", "")), out["name"]))
            elif out.get("output_type") == "display_data" and isinstance(out.get("data"), dict):
                data = {str(k): str(v) for k, v in out["data"].items()}
                outputs.append(NotebookNode(output_type="display_data", data=data, metadata={}))
        err = reply.get("error")
        if err:
            ename, evalue = str(err.get("ename", "Error")), str(err.get("evalue", ""))
            tb = [str(x) for x in (err.get("traceback") or [])][-40:]
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
            ns = {"__name__": "__main__", "__builtins__": __builtins__}
            ns.update(proxy.student_namespace(sandbox, findings))
            code = compile(cell.source, f"<test cell {grade_id}>", "exec")
            with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(buf):
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
        return check

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
