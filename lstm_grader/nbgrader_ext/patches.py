"""Our hooks into nbgrader, each installed idempotently (nbgrader_config.py calls :func:`install`).

- the gradebook's locks (:func:`lstm_grader.gradebook.install`): every nbgrader command of the
  course is safe with several graders at once;
- the sanitizing read: ``Autograde.convert_single_notebook`` is wrapped so that its sanitizing pass
  reads the repaired notebook of :func:`lstm_grader.nbgrader_ext.sanitize.sanitize_file` instead of
  the file (nbgrader offers no hook before it reads the file), and records what was wrong.
"""

from __future__ import annotations

import os

import nbformat

from lstm_grader import gradebook, paths, record
from lstm_grader.findings import GradingFinding, Kind
from lstm_grader.nbgrader_ext.sanitize import blank_copy, sanitize_file


def install(*, sanitize: bool = True) -> None:
    """Install the gradebook's locks and, with ``sanitize``, the sanitizing read."""
    gradebook.install()
    if sanitize:
        install_sanitizer()


def install_sanitizer(report_dir: str = paths.REPORT_DIR) -> None:
    """Make ``nbgrader autograde`` read submissions through :func:`sanitize_file`."""
    from nbgrader.converters.autograde import Autograde
    from nbgrader.converters.base import BaseConverter
    from nbgrader.utils import setenv

    if getattr(Autograde, "_lstm_grader_sanitize", False):
        return

    def convert_single_notebook(self, notebook_filename: str) -> None:
        self.log.info("Sanitizing %s", notebook_filename)
        self._sanitizing = True
        self._init_preprocessors()
        resources = self.init_single_notebook_resources(notebook_filename)
        info = resources["nbgrader"]
        source_path = os.path.join(
            self.coursedir.format_path(self.coursedir.source_directory, ".", info["assignment"]),
            f"{info['notebook']}.ipynb",
        )
        nb, findings = sanitize_file(notebook_filename, source_path)
        for f in findings:
            where = f" [{f.grade_id}]" if f.grade_id else ""
            self.log.warning(
                "%s/%s: %s%s: %s", info["student"], info["notebook"], f.kind, where, f.detail
            )
        try:
            output, resources = self.exporter.from_notebook_node(nb, resources=resources)
        except Exception as exc:  # nbgrader's own sanitizers refused it: grade a blank copy
            findings.append(GradingFinding(Kind.INVALID_NOTEBOOK, f"nbgrader: {exc}"[:300]))
            source = nbformat.read(source_path, as_version=4)
            resources = self.init_single_notebook_resources(notebook_filename)
            output, resources = self.exporter.from_notebook_node(
                blank_copy(source, "nbgrader could not read the submission"), resources=resources
            )
        # the executor's report_dir setting, where configured: one record per notebook
        configured = self.config["SandboxedExecute"] if "SandboxedExecute" in self.config else {}
        record.write_sanitized(configured.get("report_dir", report_dir), info, findings)
        self.write_single_notebook(output, resources)

        notebook_filename = os.path.join(
            self.writer.build_directory, os.path.basename(notebook_filename)
        )
        self.log.info("Autograding %s", notebook_filename)
        self._sanitizing = False
        self._init_preprocessors()
        try:
            with setenv(NBGRADER_EXECUTION="autograde"):
                BaseConverter.convert_single_notebook(self, notebook_filename)
        finally:
            self._sanitizing = True

    Autograde.convert_single_notebook = convert_single_notebook
    Autograde._lstm_grader_sanitize = True
