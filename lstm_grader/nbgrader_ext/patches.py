"""Every monkeypatch of nbgrader, in this one module, each installed idempotently
(nbgrader_config.py calls :func:`install`). They are written against nbgrader 0.9.6
(:data:`TESTED_NBGRADER`); importing this module with any other nbgrader stops with
:class:`NbgraderVersionError`, which names the tested version: an upgrade must re-read each patch
below against the new code first, never break them silently.

Each patch, what it replaces in nbgrader 0.9.6, and why:

1. ``nbgrader.api.Gradebook.__init__`` and ``close`` (nbgrader/api.py, ``class Gradebook``)
   -> :func:`install_gradebook_locks`. nbgrader opens one SQLAlchemy session per step of grading
   and never locks: on SQLite two graders at once fail with "database is locked" (a reader that
   turns writer fails at once whatever the busy timeout); on PostgreSQL two sessions creating the
   tables and course row at once fail on a duplicate key. The patch holds the gradebook's lock
   (:mod:`lstm_grader.gradebook`) around the session. The formgrader keeps one Gradebook open for
   the server's life (nbgrader/server_extensions/formgrader/base.py, ``self.gradebook``): it is
   recognised by its caller's module (``gradebook.unlocked_caller``, ``sys._getframe``) and left
   unlocked, as upstream.
2. ``nbgrader.converters.autograde.Autograde.init_assignment`` (nbgrader/converters/autograde.py,
   line 74) -> ``init_assignment`` in :func:`install_sanitizer`. Upstream reads
   ``timestamp.txt`` and copies the submission's extra files with ``shutil.copy`` (line 136),
   which follows symbolic links and blocks on a FIFO. The patch first checks the student id and
   takes the submission in through the one intake (:func:`lstm_grader.intake.screen_submission`:
   links, FIFOs, devices, hard links removed and reported); files that are not notebooks
   (:func:`lstm_grader.intake.extra_files`) are left where they are and kept out of upstream's
   copy by ``coursedir.ignore`` for that call, so none reaches autograded/ or feedback/.
3. ``Autograde.convert_single_notebook`` (nbgrader/converters/autograde.py, line 184) ->
   ``convert_single_notebook`` in :func:`install_sanitizer`. Upstream reads the file with
   nbformat, with no hook before it does: a corrupt, oversized or edited submission ends the
   student's grading with a traceback. The patch reads it through
   :func:`lstm_grader.nbgrader_ext.sanitize.sanitize_file` (repaired, or a 0-scoring copy, with
   the reason in the grading record), then runs upstream's autograde pass.
4. ``nbgrader.converters.generate_feedback.GenerateFeedback.write_single_notebook`` (inherited
   from nbgrader/converters/base.py, line 214) -> :func:`install_feedback_csp`. Upstream writes
   the feedback page as exported; the patch adds a Content-Security-Policy allowing only the
   template's own inline scripts (hashed) and MathJax's CDN.
5. ``nbgrader.exchange.default.collect.ExchangeCollect.do_copy`` (inherited from
   nbgrader/exchange/default/exchange.py, line 87) -> :func:`screened_copy`. Upstream's
   ``shutil.copytree`` (line 100) follows links and blocks on a FIFO in a student's inbound
   folder; the patch copies plain regular files only.
"""

from __future__ import annotations

import copy
import glob
import os
from pathlib import Path

import nbformat

from lstm_grader import escape, gradebook, intake, paths, record
from lstm_grader.grading_findings import GradingFinding, Kind
from lstm_grader.nbgrader_ext import html_safety
from lstm_grader.nbgrader_ext.sanitize import blank_copy, sanitize_file

#: The nbgrader version every patch of this module was written and tested against.
TESTED_NBGRADER = "0.9.6"


class NbgraderVersionError(RuntimeError):
    """nbgrader is not the version the patches were written for (not an ImportError: the course
    configuration must not take it for "lstm_grader is not installed")."""


def check_nbgrader_version(version: str | None = None) -> None:
    """Stop with :class:`NbgraderVersionError` unless nbgrader is :data:`TESTED_NBGRADER`."""
    if version is None:
        import nbgrader

        version = str(getattr(nbgrader, "__version__", "unknown"))
    if version != TESTED_NBGRADER:
        raise NbgraderVersionError(
            f"lstm_grader patches nbgrader {TESTED_NBGRADER}, the version it is tested with, but "
            f"nbgrader {version} is installed: install nbgrader=={TESTED_NBGRADER} (as "
            "requirements.txt pins it), or re-read each patch of "
            "lstm_grader/nbgrader_ext/patches.py against nbgrader "
            f"{version}'s code, run the grader's tests, then change TESTED_NBGRADER"
        )


check_nbgrader_version()


def install_gradebook_locks() -> None:
    """Patch 1: :class:`nbgrader.api.Gradebook` takes the gradebook's locks (idempotent)."""
    from nbgrader.api import Gradebook

    if getattr(Gradebook, "_lstm_grader_locked", False):
        return
    original_init, original_close = Gradebook.__init__, Gradebook.close

    def __init__(self, db_url, *args, **kwargs):
        self._lstm_lock = None
        kind = gradebook.backend(str(db_url))
        if kind not in ("sqlite", "postgresql") or gradebook.unlocked_caller():
            original_init(self, db_url, *args, **kwargs)
            return
        lock = gradebook.session_lock(str(db_url))
        lock.acquire()
        try:
            original_init(self, db_url, *args, **kwargs)
        except BaseException:
            lock.release()
            raise
        if kind == "sqlite":
            self._lstm_lock = lock  # held for the whole session, released by close()
        else:
            lock.release()  # PostgreSQL: only the table/course creation is serialized

    def close(self):
        try:
            original_close(self)
        finally:
            lock, self._lstm_lock = getattr(self, "_lstm_lock", None), None
            if lock is not None:
                lock.release()

    Gradebook.__init__ = __init__
    Gradebook.close = close
    Gradebook._lstm_grader_locked = True


def install_feedback_csp() -> None:
    """Patch 4: every feedback page nbgrader writes gets a Content-Security-Policy allowing only the
    template's own inline scripts (hashed from a page of an empty notebook) and MathJax's CDN."""
    from nbgrader.converters.generate_feedback import GenerateFeedback

    if getattr(GenerateFeedback, "_lstm_grader_csp", False):
        return
    original = GenerateFeedback.write_single_notebook
    hashes: dict[str, set[str]] = {}

    def write_single_notebook(self, output, resources):
        key = str(getattr(self.exporter, "template_name", ""))
        if key not in hashes:
            try:
                empty = nbformat.v4.new_notebook()
                page, _ = self.exporter.from_notebook_node(
                    empty, resources=copy.deepcopy(resources)
                )
                hashes[key] = html_safety.template_script_hashes(page)
            except Exception:  # no page for an empty notebook: no inline script is allowed
                hashes[key] = set()
        if isinstance(output, str) and output.lstrip().lower().startswith(("<!doctype", "<html")):
            output = html_safety.add_csp(output, hashes[key])
        return original(self, output, resources)

    GenerateFeedback.write_single_notebook = write_single_notebook
    GenerateFeedback._lstm_grader_csp = True


def screened_copy(self, src, dest, log=None) -> list[str]:
    """nbgrader's exchange copy (``ExchangeCollect.do_copy``) taking only plain regular files:
    links are not followed, FIFOs never opened, devices and hard links skipped (upstream's
    ``shutil.copytree`` follows links and blocks on a FIFO). Returns what was refused."""
    import shutil

    from nbgrader.utils import ignore_patterns

    size = sum(
        os.lstat(os.path.join(d, f)).st_size for d, _, fs in os.walk(src) for f in fs
    )  # never following a link
    if size > 1000 * self.coursedir.max_dir_size:
        raise RuntimeError(f"Directory size is too big. Size is {size}")
    upstream = ignore_patterns(
        exclude=self.coursedir.ignore,
        include=self.coursedir.include,
        max_file_size=self.coursedir.max_file_size,
        log=self.log,
    )
    refused: list[str] = []

    def ignore(directory, names):
        out = set(upstream(directory, names))
        for name in names:
            problem = intake.file_problem(Path(directory) / name)
            if problem and name not in out:
                out.add(name)
                refused.append(f"{escape.terminal(name, newlines=False)}: {problem}")
        return out

    shutil.copytree(src, dest, ignore=ignore)
    for what in refused:
        self.log.warning("refused in %s: %s", escape.terminal(src), what)
    return refused


def install_collect_screen() -> None:
    """Patch 5: ``nbgrader collect`` copies submissions with :func:`screened_copy`."""
    try:
        from nbgrader.exchange.default.collect import ExchangeCollect
    except ImportError:
        return
    if getattr(ExchangeCollect, "_lstm_grader_screen", False):
        return
    ExchangeCollect.do_copy = screened_copy
    ExchangeCollect._lstm_grader_screen = True


def install(*, sanitize: bool = True) -> None:
    """Install the gradebook's locks, the feedback pages' CSP and, with ``sanitize``, the
    sanitizing read."""
    install_feedback_csp()
    install_collect_screen()
    install_gradebook_locks()
    if sanitize:
        install_sanitizer()


def install_sanitizer(report_dir: str = paths.REPORT_DIR) -> None:
    """Patches 2 and 3: ``nbgrader autograde`` takes a submission in through the intake and
    reads it through :func:`sanitize_file`."""
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
        findings[:0] = _SCREENED.get((info["assignment"], info["student"]), [])
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

    original_init_assignment = Autograde.init_assignment

    def init_assignment(self, assignment_id: str, student_id: str) -> None:
        # Before nbgrader reads or copies anything of the submission (timestamp.txt, extra files
        # with shutil.copy, which follows links): only plain regular files stay in it.
        intake.check_student_id(student_id)
        folder = self._format_source(assignment_id, student_id)
        found = intake.screen_submission(Path(folder))
        for f in found:
            self.log.warning("%s: %s", escape.terminal(student_id), escape.terminal(f.detail))
        # Files that are not notebooks stay in submitted/ but are never copied (upstream copies
        # every file to autograded/, then generate_feedback to feedback/, the folder released to
        # the student: a student's own HTML page would be served from there).
        extra = intake.extra_files(Path(folder))
        found += [
            GradingFinding(Kind.EXTRA_FILE, f"{escape.terminal(name)[:200]}: not graded or copied")
            for name in extra
        ]
        _SCREENED[(assignment_id, student_id)] = [
            *_PRESCREENED.pop((assignment_id, student_id), []),
            *found,
        ]
        ignore = self.coursedir.ignore
        self.coursedir.ignore = [*ignore, *(glob.escape(Path(n).name) for n in extra)]
        try:
            original_init_assignment(self, assignment_id, student_id)
        finally:
            self.coursedir.ignore = ignore

    Autograde.init_assignment = init_assignment
    Autograde.convert_single_notebook = convert_single_notebook
    Autograde._lstm_grader_sanitize = True


# (assignment, student) -> what intake.screen_submission refused, reported with each notebook
_SCREENED: dict[tuple[str, str], list[GradingFinding]] = {}
# (assignment, student) -> what the intake refused before the files reached this process (the
# Dask path screens on the instructor's machine: lstm_grader.intake.read_submission)
_PRESCREENED: dict[tuple[str, str], list[GradingFinding]] = {}


def prescreen(assignment: str, student: str, findings) -> None:
    """Report ``findings`` (refused by the intake elsewhere) with the student's notebook."""
    _PRESCREENED[(assignment, student)] = list(findings)
