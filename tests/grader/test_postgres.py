"""Grading into a real PostgreSQL gradebook: the same scores as SQLite, and setups running at once.

(Several machines grading into one PostgreSQL gradebook at once: test_dask.py.)

A PostgreSQL server is started from Debian's binaries (/usr/lib/postgresql/*/bin) in a temporary
folder, listening on a unix socket only, as the unprivileged user ``postgres`` when the tests run
as root (PostgreSQL refuses to run as root). The tests are skipped only when the binaries are not
installed (scripts/install-system-deps.sh installs them).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest
from conftest import SCALE_ASSIGNMENTS, course_env, gradebook_scores, submit_demo, unavailable


def _pg_bin() -> Path | None:
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


PG_BIN = _pg_bin()

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True, scope="module")
def _postgres_installed():
    if PG_BIN is None:
        unavailable(
            "PostgreSQL server binaries (initdb, pg_ctl) not found in /usr/lib/postgresql/*/bin; "
            "install them with scripts/install-system-deps.sh (Debian package postgresql)"
        )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A throwaway PostgreSQL server on a unix socket; superuser ``grader``, trust auth."""

    def __init__(self) -> None:
        self.base = Path(tempfile.mkdtemp(prefix="lstm-grader-pg-"))
        self.data, self.sock = self.base / "data", self.base / "sock"
        self.sock.mkdir()
        self.port = _free_port()
        self.as_user: list[str] = []
        if os.geteuid() == 0:  # postgres refuses to run as root: run it as an unprivileged user
            import pwd

            try:
                user = pwd.getpwnam("postgres")
                self.as_user = ["runuser", "-u", "postgres", "--"]
            except KeyError:
                user = pwd.getpwnam("nobody")
                ids = [f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--clear-groups"]
                self.as_user = ["setpriv", *ids]
            for path in (self.base, self.sock):
                os.chown(path, user.pw_uid, user.pw_gid)

    def _run(self, *args: str, timeout: float = 120) -> None:
        proc = subprocess.run(
            [*self.as_user, *args], capture_output=True, text=True, timeout=timeout, cwd=self.base
        )
        log = self.base / "server.log"
        tail = log.read_text()[-2000:] if log.exists() else ""
        assert proc.returncode == 0, f"{args[0]} failed:\n{proc.stdout}\n{proc.stderr}\n{tail}"

    def start(self) -> None:
        self._run(
            str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "grader", "-A", "trust",
            "-E", "UTF8", "--locale=C", "--no-sync",
        )  # fmt: skip
        options = (
            f"-k {self.sock} -p {self.port} -c listen_addresses='' -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.base / "server.log"),
            "-o", options, "-w", "-t", "60", "start",
        )  # fmt: skip

    def stop(self) -> None:
        subprocess.run(
            [*self.as_user, str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop"],
            capture_output=True,
            timeout=60,
            cwd=self.base,
        )
        shutil.rmtree(self.base, ignore_errors=True)

    def create_database(self, name: str) -> str:
        """A new, empty database; its SQLAlchemy URL."""
        import psycopg2

        conn = psycopg2.connect(dbname="postgres", user="grader", host=self.sock, port=self.port)
        try:
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute(f'CREATE DATABASE "{name}"')
        finally:
            conn.close()
        return f"postgresql+psycopg2://grader@/{name}?host={self.sock}&port={self.port}"


@pytest.fixture(scope="module")
def postgres():
    server = Server()
    try:
        server.start()
        yield server
    finally:
        server.stop()


def _subset(scores: dict, assignment: str) -> dict:
    return {k: v for k, v in scores.items() if k[1] == assignment}


def test_parallel_grading_into_postgres_equals_sqlite(
    postgres, tmp_path, course_copy, course_run, sequential_scores
) -> None:
    url = postgres.create_database("parallel")
    course = course_copy(tmp_path / "course", with_exercises=False)
    submit_demo(course)
    proc = course_run(["lstm-grade", "--db-url", url, "setup"], cwd=course)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for assignment in SCALE_ASSIGNMENTS:
        proc = course_run(
            ["lstm-grade", "--db-url", url, "autograde", assignment, "--workers", "2"],
            cwd=course,
            timeout=600,
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr[-3000:]
    assert not (course / "gradebook.db").exists(), "graded into SQLite, not PostgreSQL"
    assert gradebook_scores(url) == sequential_scores
    proc = course_run(["lstm-grade", "--db-url", url, "report"], cwd=course)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    bob = next(ln.split() for ln in proc.stdout.splitlines() if ln.startswith("bob "))
    assert bob[1:] == ["7", "1", "8"], proc.stdout  # ex01_gates 7, ex02_cell 1, total 8
    assert "7 notebooks graded" in proc.stdout


def test_concurrent_setups_register_every_assignment(postgres, tmp_path, course_copy) -> None:
    url = postgres.create_database("setups")
    course = course_copy(tmp_path / "course", with_exercises=False)
    env = {**course_env(), "LSTM_GRADER_DB_URL": url}
    procs = [
        subprocess.Popen(
            ["lstm-grade", "setup"],
            cwd=course,
            env=env,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=600)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], "\n".join(outs)
    from nbgrader.api import Gradebook

    with Gradebook(url) as gb:
        names = sorted(a.name for a in gb.assignments)
        assert names == sorted(p.name for p in (course / "solutions").iterdir()), names
        for assignment in gb.assignments:
            (notebook,) = assignment.notebooks
            assert notebook.grade_cells, assignment.name
