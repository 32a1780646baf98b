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
import json
import os
import time
import traceback
from pathlib import Path

from nbformat.notebooknode import NotebookNode
from nbgrader import utils
from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Float, Integer, Unicode

from lstm_grader.limits import Limits
from lstm_grader.nbgrader_ext import proxy
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


class SandboxedExecute(NbGraderPreprocessor):
    """Run student cells sandboxed and test cells trusted (see the module docstring)."""

    timeout = Integer(30, help="Seconds per cell (and per call of a student's function).").tag(
        config=True
    )
    notebook_timeout = Integer(300, help="Seconds of sandbox time per notebook.").tag(config=True)
    memory_limit = Integer(6 * 1024**3, help="Address-space limit of the sandbox, bytes.").tag(
        config=True
    )
    process_limit = Integer(256, help="RLIMIT_NPROC inside the sandbox.").tag(config=True)
    startup_timeout = Float(60.0, help="Seconds for the sandboxed runner to start.").tag(
        config=True
    )
    report_dir = Unicode(
        "grading_report", help="Where per-notebook findings go (relative to the course root)."
    ).tag(config=True)

    def preprocess(self, nb, resources):
        info = resources.get("nbgrader", {})
        self.findings: list[dict] = []
        self.cells: list[dict] = []
        limits = Limits(
            memory=self.memory_limit,
            processes=self.process_limit,
            cpu_seconds=max(self.notebook_timeout, 1),
            cell_timeout=float(self.timeout),
            notebook_timeout=float(self.notebook_timeout),
            startup_timeout=self.startup_timeout,
        )
        sandbox = Sandbox(limits=limits)
        started = time.monotonic()
        try:
            try:
                sandbox.start()
            except SandboxUnavailable:
                raise
            except Exception as exc:  # the runner could not start: every cell is 0, with a reason
                sandbox.dead_reason = f"the sandbox did not start: {exc}"
                self._finding("sandbox_start_failed", str(exc))
            if sandbox.mode == "none":
                self._finding("unsandboxed", "LSTM_GRADER_SANDBOX=none: ran without isolation")
            for index, cell in enumerate(nb.cells):
                if cell.cell_type != "code":
                    continue
                cell.outputs = []
                cell.execution_count = None
                if is_test_cell(cell):
                    self._run_trusted(cell, sandbox)
                else:
                    self._run_sandboxed(cell, sandbox)
                self.cells.append(
                    {
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
                )
        finally:
            sandbox.close()
            self._write_report(info, time.monotonic() - started, sandbox)
        return nb, resources

    # ---------------------------------------------------------------- cells

    def _finding(self, kind: str, detail: str, cell=None) -> None:
        entry = {"kind": kind, "detail": detail[:500]}
        if cell is not None:
            entry["grade_id"] = cell.metadata.get("nbgrader", {}).get("grade_id")
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
            self._finding("timeout", str(exc), cell)
            cell.outputs = [_error_output("CellTimeoutError", str(exc))]
            return
        except SandboxDied as exc:
            self._finding("sandbox_died", str(exc), cell)
            cell.outputs = [_error_output("SandboxDied", str(exc))]
            return
        for hit in reply.get("forbidden", []) or []:
            self._finding("forbidden_call", f"while the cell ran: {hit}", cell)
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
                self._finding("exit_attempt", f"{ename}: {evalue}", cell)
        cell.outputs = outputs

    def _run_trusted(self, cell, sandbox: Sandbox) -> None:
        buf = io.StringIO()
        findings: list[dict] = []
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
                self._finding("timeout", str(exc), cell)
            elif isinstance(exc, SandboxDied):
                self._finding("sandbox_died", str(exc), cell)
            lines = traceback.format_exception_only(type(exc), exc)
            text = buf.getvalue()[-MAX_TRUSTED_OUTPUT:]
            cell.outputs = ([_stream(text)] if text else []) + [
                _error_output(type(exc).__name__, str(exc)[:MAX_TRUSTED_OUTPUT], lines)
            ]
        else:
            text = buf.getvalue()[-MAX_TRUSTED_OUTPUT:] or "passed\n"
            cell.outputs = [_stream(text)]
        for f in findings:
            self._finding(f["kind"], f["detail"], cell)

    # ---------------------------------------------------------------- report

    def _write_report(self, info: dict, seconds: float, sandbox: Sandbox) -> None:
        student = info.get("student") or "unknown"
        assignment = info.get("assignment") or "unknown"
        notebook = info.get("notebook") or "notebook"
        path = Path(self.report_dir) / assignment / student / f"{notebook}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {
            "student": student,
            "assignment": assignment,
            "notebook": notebook,
            "sandbox": sandbox.mode,
            "seconds": round(seconds, 2),
            "findings": self.findings,
            "cells": self.cells,
        }
        # merge with what sanitize.py recorded for this notebook before the run
        if path.exists():
            try:
                old = json.loads(path.read_text())
                data["findings"] = old.get("sanitize_findings", []) + data["findings"]
                data["sanitize_findings"] = old.get("sanitize_findings", [])
            except (OSError, ValueError):
                pass
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=1))
        os.replace(tmp, path)
