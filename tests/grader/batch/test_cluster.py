"""lstm_grader.batch.cluster: `lstm-grade autograde --scheduler` on a real Dask cluster gives
local grading's results.

The cluster is what an instructor starts by hand (README, "Several machines: a Dask cluster"): a
`dask scheduler` and `dask worker` processes from the command line on 127.0.0.1, each worker in its
own clone of the course (a copy without submitted/), one thread, daemon mode off; the gradebook is a
real PostgreSQL server the workers share. The instructor's course folder holds the submissions.

- the demo submissions of SCALE_ASSIGNMENTS and a batch of hostile ex02_cell submissions graded on
  two workers give the same gradebook, feedback HTML and grading records as the local pool;
- a worker killed (SIGKILL) in the middle of a task: the batch completes, the scores equal a clean
  run's, every student is in the gradebook once and in the output once;
- TLS: a scheduler and worker with throwaway certificates grade; without them nobody gets in;
- a worker at another version of the course fails its tasks with the commit to check out;
- a lost scheduler stops the run with a message; the same command, run again, grades the rest;
- results coming back are written only into the student's own output folders.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import (
    SCALE_ASSIGNMENTS,
    copy_course,
    course_env,
    gradebook_scores,
    sqlite_url,
    submit_demo,
    unavailable,
)

pytestmark = pytest.mark.slow

DEMO_COPIES = {"erin": "alice", "fred": "bob"}  # 6 submissions of ex02_cell for the fault test
# Hostile submissions of ex02_cell that grade fast and do not name the course's path.
HOSTILE = ("honest", "wrong", "calls_torch_lstmcell", "os_exit", "corrupt_json", "edited_test_cell")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """`dask scheduler` and `dask worker` processes on 127.0.0.1, as the README starts them."""

    def __init__(self, base: Path, n_workers: int, tls: dict[str, Path] | None = None) -> None:
        self.base, self.tls = base, tls
        self.port = _free_port()
        proto = "tls" if tls else "tcp"
        self.address = f"{proto}://127.0.0.1:{self.port}"
        self.procs: list[subprocess.Popen] = []
        self.clones = [
            copy_course(base / f"worker{k}", with_exercises=False) for k in range(n_workers)
        ]
        self.logs = base / "logs"
        self.logs.mkdir(parents=True, exist_ok=True)

    def _tls_args(self, who: str) -> list[str]:
        if not self.tls:
            return []
        return [
            "--tls-ca-file",
            str(self.tls["ca"]),
            "--tls-cert",
            str(self.tls[f"{who}_cert"]),
            "--tls-key",
            str(self.tls[f"{who}_key"]),
        ]

    def _start(self, cmd: list[str], cwd: Path, name: str) -> subprocess.Popen:
        env = {**course_env(), "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
        log = open(self.logs / f"{name}.log", "ab")  # noqa: SIM115 - closed with the process
        proc = subprocess.Popen(
            cmd, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        log.close()
        self.procs.append(proc)
        return proc

    def start_scheduler(self) -> None:
        cmd = [
            "dask",
            "scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--no-dashboard",
            *self._tls_args("server"),
        ]
        if self.tls:
            cmd += ["--protocol", "tls"]
        self.scheduler = self._start(cmd, self.base, "scheduler")

    def start(self) -> Cluster:
        self.start_scheduler()
        for k, clone in enumerate(self.clones):
            cmd = [
                "dask",
                "worker",
                self.address,
                "--nthreads",
                "1",
                "--nworkers",
                "1",
                "--no-dashboard",
                "--name",
                f"w{k}",
                *self._tls_args("server"),
            ]
            self._start(cmd, clone, f"worker{k}")
        self.wait_for_workers(len(self.clones))
        return self

    def client(self, timeout: float = 30):
        from distributed import Client

        return Client(self.address, timeout=timeout, security=self.security(), set_as_default=False)

    def security(self):
        if not self.tls:
            return None
        from distributed.security import Security

        return Security(
            tls_ca_file=str(self.tls["ca"]),
            tls_client_cert=str(self.tls["client_cert"]),
            tls_client_key=str(self.tls["client_key"]),
            require_encryption=True,
        )

    def wait_for_workers(self, n: int, timeout: float = 240) -> None:
        deadline = time.monotonic() + timeout
        while True:
            with contextlib.suppress(OSError, TimeoutError):
                with self.client(timeout=10) as c:
                    c.wait_for_workers(n, timeout=max(1, deadline - time.monotonic()))
                    return
            if time.monotonic() > deadline:
                raise AssertionError(f"the Dask cluster did not start:\n{self.log_tail()}")
            time.sleep(1)

    def log_tail(self) -> str:
        return "\n".join(
            f"--- {p.name}\n{p.read_text(errors='replace')[-2500:]}"
            for p in sorted(self.logs.glob("*.log"))
        )

    def env(self) -> dict[str, str]:
        """The instructor's environment: the scheduler's address (and certificates)."""
        env = {**course_env(), "LSTM_GRADER_SCHEDULER": self.address}
        if self.tls:
            env |= {
                "DASK_DISTRIBUTED__COMM__TLS__CA_FILE": str(self.tls["ca"]),
                "DASK_DISTRIBUTED__COMM__TLS__CLIENT__CERT": str(self.tls["client_cert"]),
                "DASK_DISTRIBUTED__COMM__TLS__CLIENT__KEY": str(self.tls["client_key"]),
                "DASK_DISTRIBUTED__COMM__REQUIRE_ENCRYPTION": "True",
            }
        return env

    def restart(self) -> Cluster:
        """A new scheduler on the same address, and the workers again (a `dask worker` exits
        when its scheduler is gone; systemd or the like restarts them)."""
        self.stop()
        self.procs = []
        return self.start()

    def stop(self) -> None:
        for proc in reversed(self.procs):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(10)


@pytest.fixture(scope="module")
def postgres():
    from test_postgres import PG_BIN, Server

    if PG_BIN is None:
        unavailable("PostgreSQL server binaries not found (scripts/install-system-deps.sh)")
    server = Server()
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    from lstm_grader.sandbox.launch import probe

    if probe() != "bwrap":
        unavailable(f"bubblewrap cannot run here: {probe()}")
    c = Cluster(tmp_path_factory.mktemp("cluster"), n_workers=2)
    try:
        yield c.start()
    finally:
        c.stop()


def lstm_grade(course: Path, env: dict, *args: str, timeout: float = 600):
    return subprocess.run(
        ["lstm-grade", *args], cwd=course, env=env, text=True, capture_output=True, timeout=timeout
    )


def _submit_hostile(course: Path) -> list[str]:
    """The HOSTILE attacks as students hostile_<name> of ex02_cell; their names."""
    sys.path.insert(0, str(Path(__file__).parents[1] / "adversarial"))
    import json as _json

    import nbformat
    from attacks import ATTACKS
    from test_adversarial import _make_submission

    source = nbformat.read(course / "solutions" / "ex02_cell" / "lstm_cell.ipynb", as_version=4)
    names = []
    for attack in ATTACKS:
        if attack.name not in HOSTILE:
            continue
        folder = course / "submitted" / f"hostile_{attack.name}" / "ex02_cell"
        folder.mkdir(parents=True)
        nb = _make_submission(source, attack, course)
        target = folder / "lstm_cell.ipynb"
        if attack.raw is None:
            nbformat.write(nb, target)
        else:
            target.write_text(attack.raw(_json.loads(nbformat.writes(nb))))
        names.append(f"hostile_{attack.name}")
    assert len(names) >= 4, f"too few of {HOSTILE} in attacks.py: {names}"
    return names


def _results(course: Path) -> dict[str, object]:
    """What grading left in a course folder: feedback HTML and grading records, by path; the
    records without their timings, and both without the details of the hidden random cases
    (drawn afresh by every run, local or not) and without random cell ids."""
    out: dict[str, object] = {}
    for path in sorted((course / "feedback").rglob("*.html")):
        # (a submitted cell without an id gets a random one when nbformat reads it)
        html = re.sub(r'id="cell-id=[\w-]+"', 'id="cell-id"', path.read_text())
        out[str(path.relative_to(course))] = _unseeded(html)
    for path in sorted((course / "grading_report").rglob("*.json")):
        record = json.loads(path.read_text())
        out[str(path.relative_to(course))] = _without_timings(record)
    return out


def _unseeded(text: str) -> str:
    """A check's message with what depends on the values drawn at grading taken out: the random
    cases' shapes, seed and details (the numbers, the student's own error message), and the
    values of the visible cases, which grading also draws afresh (``fresh_values``): where the
    first difference is, got/expected and the largest error. What failed and how stays."""
    text = re.sub(r"\(B=\d+(?:, [A-Z]=\d+)*, seed=\d+\)", "(random)", text)
    details = r"\(random\)([.:]).*?(?=\nLikely mistake|\n\(|</pre>|$)"
    text = re.sub(details, r"(random)\1 ...", text, flags=re.S)
    text = re.sub(r"random case \d+ \([^)]*\)", "random case (random)", text)
    text = re.sub(r"seed=\d+", "seed=?", text)
    text = re.sub(r"at \[[\d, ]+\] \([^)]*\)", "at [?]", text)
    return re.sub(r"-?\d+\.\d+(?:e[+-]?\d+)?", "#", text)


def _without_timings(obj):
    if isinstance(obj, dict):
        return {
            k: _without_timings(v)
            for k, v in obj.items()
            if not re.search(r"seconds|time|elapsed|duration", k)
        }
    if isinstance(obj, list):
        return [_without_timings(v) for v in obj]
    return _unseeded(obj) if isinstance(obj, str) else obj


def _submission_rows(url: str) -> dict[tuple[str, str], int]:
    """How many submission rows the gradebook has for each (student, assignment)."""
    import sqlalchemy

    engine = sqlalchemy.create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                sqlalchemy.text(
                    "SELECT s.student_id, a.name, count(*) FROM submitted_assignment s "
                    "JOIN assignment a ON a.id = s.assignment_id GROUP BY s.student_id, a.name"
                )
            )
            return {(r[0], r[1]): r[2] for r in rows}
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def local_and_dask(tmp_path_factory, postgres, cluster):
    """The same submissions (demo of SCALE_ASSIGNMENTS + hostile ex02_cell) graded locally with
    `lstm-grade autograde --workers 2` and on the cluster with `--scheduler`."""
    runs = {}
    for how in ("local", "dask"):
        course = copy_course(tmp_path_factory.mktemp(how) / "course", with_exercises=False)
        submit_demo(course)
        hostile = _submit_hostile(course)
        if how == "local":
            env, args = course_env(), ["--workers", "2"]
        else:
            env = {**cluster.env(), "LSTM_GRADER_DB_URL": postgres.create_database("dask")}
            args = []
        procs = {a: lstm_grade(course, env, "autograde", a, *args) for a in SCALE_ASSIGNMENTS}
        url = env.get("LSTM_GRADER_DB_URL") or sqlite_url(course)
        runs[how] = {"course": course, "procs": procs, "url": url, "hostile": hostile}
    return runs


def test_dask_grading_equals_local_grading(local_and_dask, sequential_scores, cluster) -> None:
    local, dask = local_and_dask["local"], local_and_dask["dask"]
    for how in (local, dask):
        for assignment, proc in how["procs"].items():
            assert proc.returncode == 0, (
                f"{assignment}:\n{proc.stdout}\n{proc.stderr[-3000:]}\n{cluster.log_tail()}"
            )
    scores = gradebook_scores(dask["url"])
    demo = {k: v for k, v in scores.items() if not k[0].startswith("hostile_")}
    assert demo == sequential_scores  # nbgrader's own, one by one
    assert scores == gradebook_scores(local["url"])
    assert _results(dask["course"]) == _results(local["course"])
    assert len(_results(dask["course"])) >= 2 * len(scores)  # a feedback and a record each
    # the autograded notebooks are in place on the instructor's machine
    for student, assignment in scores:
        assert list((dask["course"] / "autograded" / student / assignment).glob("*.ipynb"))


def test_dask_grading_keeps_the_output_and_knows_the_attacks(local_and_dask) -> None:
    sys.path.insert(0, str(Path(__file__).parents[1] / "adversarial"))
    from attacks import ATTACKS

    dask = local_and_dask["dask"]
    proc = dask["procs"]["ex02_cell"]
    n = 4 + len(dask["hostile"])
    lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("[")]
    assert len(lines) == n, proc.stderr
    assert f"ex02_cell: graded {n} of {n} submissions with 2 workers" in proc.stdout, proc.stdout
    scores = gradebook_scores(dask["url"])
    for attack in ATTACKS:
        student = f"hostile_{attack.name}"
        if student not in dask["hostile"]:
            continue
        got = scores[(student, "ex02_cell")][2]
        want = {k: v for k, v in attack.expected.items() if v is not None}
        assert {k: got[k] for k in want} == want, (student, got)
    # the workers' clones never saw a submission
    for clone in (dask["course"].parents[2]).glob("cluster*/worker*"):
        assert not (clone / "submitted").exists() and not (clone / "autograded").exists()


def test_a_worker_killed_mid_task_is_rescheduled_and_grades_once(
    tmp_path, postgres, cluster, sequential_scores
) -> None:
    course = copy_course(tmp_path / "course", with_exercises=False)
    submit_demo(course, ["ex02_cell"], copies=DEMO_COPIES)
    url = postgres.create_database("killed")
    env = {**cluster.env(), "LSTM_GRADER_DB_URL": url}
    proc = subprocess.Popen(
        ["lstm-grade", "autograde", "ex02_cell"],
        cwd=course,
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    killed = None
    with cluster.client() as client:
        pids = client.run(os.getpid)
        deadline = time.monotonic() + 300
        while killed is None and proc.poll() is None and time.monotonic() < deadline:
            executing = client.run(_EXECUTING)
            busy = [addr for addr, keys in executing.items() if keys]
            if busy:
                killed = (busy[0], executing[busy[0]][0])
                os.kill(pids[busy[0]], signal.SIGKILL)
            else:
                time.sleep(0.05)
    out, err = proc.communicate(timeout=600)
    assert killed is not None, f"no task was seen running:\n{out}\n{err}"
    assert proc.returncode == 0, f"{out}\n{err[-3000:]}\n{cluster.log_tail()}"
    students = ["alice", "bob", "carol", "dave", "erin", "fred"]
    lines = [ln for ln in err.splitlines() if ln.startswith("[")]
    assert sorted(re.search(r"ex02_cell (\w+):", ln).group(1) for ln in lines) == students, err
    want = {
        (s, "ex02_cell"): sequential_scores[(DEMO_COPIES.get(s, s), "ex02_cell")] for s in students
    }
    assert gradebook_scores(url) == want
    assert set(_submission_rows(url).values()) == {1}
    cluster.wait_for_workers(2)  # the nanny restarted the killed worker


def _advisory_locks(url: str) -> int:
    import sqlalchemy

    engine = sqlalchemy.create_engine(url)
    try:
        with engine.connect() as conn:
            q = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
            return int(conn.execute(sqlalchemy.text(q)).scalar())
    finally:
        engine.dispose()


def test_ctrl_c_leaves_every_student_graded_or_visibly_not_graded(
    tmp_path, postgres, cluster
) -> None:
    """Dask cannot stop a running task: the task finds the run's lock given back and leaves its
    student not graded, so no score stays in PostgreSQL that no feedback on disk shows (and no
    old feedback stays beside a new score)."""
    course = copy_course(tmp_path / "course", with_exercises=False)
    submit_demo(course, ["ex02_cell"], copies=DEMO_COPIES)
    students = sorted(p.name for p in (course / "submitted").iterdir())
    url = postgres.create_database("ctrlc")
    env = {**cluster.env(), "LSTM_GRADER_DB_URL": url}
    proc = subprocess.Popen(["lstm-grade", "autograde", "ex02_cell"], cwd=course, env=env,
                            text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    deadline = time.monotonic() + 300
    with cluster.client() as client:  # a task is running on a worker
        while not any(client.run(_EXECUTING).values()):
            assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
            time.sleep(0.05)
    time.sleep(1.0)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, f"{out}\n{err[-3000:]}"
    not_graded = re.search(r"interrupted: \d+ not graded: (.*)", out).group(1).split(", ")
    # the tasks still running on the workers end (they cannot be stopped), then: consistent
    deadline = time.monotonic() + 300
    while _advisory_locks(url):
        assert time.monotonic() < deadline, "a grading task of the stopped run never ended"
        time.sleep(0.5)
    time.sleep(1.0)
    scores = gradebook_scores(url)
    for s in students:
        has = (
            (s, "ex02_cell") in scores,
            (course / "autograded" / s / "ex02_cell").exists(),
            (course / "feedback" / s / "ex02_cell").exists(),
        )
        assert has in ((True, True, True), (False, False, False)), (s, has, out)
        assert has[0] == (s not in not_graded), (s, has, not_graded)
    assert not_graded and len(not_graded) < len(students) + 1


def test_a_lost_scheduler_stops_the_run_and_a_rerun_grades_the_rest(
    tmp_path, postgres, cluster, sequential_scores
) -> None:
    # (it kills the module cluster's scheduler, then restarts the cluster for the next tests)
    course = copy_course(tmp_path / "course", with_exercises=False)
    submit_demo(course, ["ex02_cell"], copies=DEMO_COPIES)
    url = postgres.create_database("lost")
    env = {**cluster.env(), "LSTM_GRADER_DB_URL": url}
    cmd = ["lstm-grade", "autograde", "ex02_cell"]
    proc = subprocess.Popen(cmd, cwd=course, env=env, text=True, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)  # fmt: skip
    deadline = time.monotonic() + 300
    while not list(course.glob("feedback/*/ex02_cell")):
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.05)
    os.killpg(cluster.scheduler.pid, signal.SIGKILL)
    try:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 1, out + err
        want = "lstm-grade: lost the connection to the Dask scheduler at tcp://127.0.0.1:"
        assert want in err, err
        assert "run the same command again to grade the rest" in err, err
        m = re.search(r"stopped: .*: (\d) not graded: (.*)", out)
        assert m and 1 <= int(m.group(1)) <= 5, out
        graded_first = {s for s, _ in gradebook_scores(url)}
    finally:  # the next tests need the cluster, whatever this one found
        cluster.restart()
    proc = lstm_grade(course, env, *cmd[1:])
    assert proc.returncode == 0, f"{proc.stdout}\n{proc.stderr[-3000:]}\n{cluster.log_tail()}"
    students = ["alice", "bob", "carol", "dave", "erin", "fred"]
    want = {(s, "ex02_cell"): sequential_scores[(DEMO_COPIES.get(s, s), "ex02_cell")]
            for s in students}  # fmt: skip
    assert gradebook_scores(url) == want
    assert graded_first < set(students)
    assert set(_submission_rows(url).values()) == {1}
    assert sorted(p.parent.name for p in course.glob("feedback/*/ex02_cell")) == students


# what a worker is running now (a lambda: sent by value, the workers cannot import this module)
_EXECUTING = lambda dask_worker: [str(ts.key) for ts in dask_worker.state.executing]  # noqa: E731


def test_tasks_on_workers_at_another_version_fail_and_grade_nothing(
    tmp_path, postgres, cluster
) -> None:
    # The instructor's course differs from the workers' clones by one solution notebook's byte.
    course = copy_course(tmp_path / "course", with_exercises=False)
    submit_demo(course, ["ex01_gates"])
    nb = next((course / "solutions" / "ex01_gates").glob("*.ipynb"))
    nb.write_text(nb.read_text() + "\n")
    url = postgres.create_database("version")
    proc = lstm_grade(
        course, {**cluster.env(), "LSTM_GRADER_DB_URL": url}, "autograde", "ex01_gates"
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "graded 0 of 3 submissions" in proc.stdout, proc.stdout
    want = r"FAILED alice: the Dask worker .* grades with a different version of the course"
    assert re.search(want, proc.stdout), proc.stdout
    assert "then restart its `dask worker`" in proc.stdout, proc.stdout
    assert gradebook_scores(url) == {}
    assert not (course / "autograded").exists() or not any((course / "autograded").iterdir())


# ---------------------------------------------------------------- TLS


def _certificates(folder: Path) -> dict[str, Path]:
    """A throwaway CA and, signed by it, a server certificate (scheduler and workers) and a client
    certificate (the instructor), for 127.0.0.1."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.timezone.utc)

    def name(cn: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])

    def build(subject, issuer, key, sign_key, ca: bool):
        b = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(issuer)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        )
        if not ca:
            san = [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            b = b.add_extension(x509.SubjectAlternativeName(san), critical=False)
        return b.sign(sign_key, hashes.SHA256())

    def write(path: Path, data: bytes) -> Path:
        path.write_bytes(data)
        path.chmod(0o600)
        return path

    folder.mkdir(parents=True, exist_ok=True)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = build(name("lstm-course test CA"), name("lstm-course test CA"), ca_key, ca_key, True)
    out = {"ca": write(folder / "ca.pem", ca.public_bytes(serialization.Encoding.PEM))}
    for who in ("server", "client"):
        key = ec.generate_private_key(ec.SECP256R1())
        cert = build(name(f"lstm-course {who}"), ca.subject, key, ca_key, False)
        out[f"{who}_cert"] = write(
            folder / f"{who}.pem", cert.public_bytes(serialization.Encoding.PEM)
        )
        out[f"{who}_key"] = write(
            folder / f"{who}.key",
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            ),
        )
    return out


def test_tls_cluster_grades_and_refuses_clients_without_certificates(
    tmp_path, postgres, sequential_scores
) -> None:
    certs = _certificates(tmp_path / "certs")
    tls = Cluster(tmp_path / "tls", n_workers=1, tls=certs).start()
    try:
        course = copy_course(tmp_path / "course", with_exercises=False)
        submit_demo(course, ["ex01_gates"])
        url = postgres.create_database("tls")
        env = {**tls.env(), "LSTM_GRADER_DB_URL": url}
        proc = lstm_grade(course, env, "autograde", "ex01_gates")
        assert proc.returncode == 0, f"{proc.stdout}\n{proc.stderr[-3000:]}\n{tls.log_tail()}"
        want = {k: v for k, v in sequential_scores.items() if k[1] == "ex01_gates"}
        assert gradebook_scores(url) == want
        # without the course's certificates: no connection, a clear message, exit status 2
        bare = {k: v for k, v in env.items() if not k.startswith("DASK_")}
        proc = lstm_grade(course, bare, "autograde", "ex01_gates", timeout=120)
        assert proc.returncode == 2, proc.stdout + proc.stderr
        assert f"cannot reach the Dask scheduler at {tls.address}" in proc.stderr, proc.stderr
        assert "DASK_DISTRIBUTED__COMM__TLS__CA_FILE" in proc.stderr, proc.stderr
        plain = {**env, "LSTM_GRADER_SCHEDULER": tls.address.replace("tls://", "tcp://")}
        proc = lstm_grade(course, plain, "autograde", "ex01_gates", timeout=120)
        assert proc.returncode == 2 and "cannot reach the Dask scheduler" in proc.stderr, (
            proc.stdout + proc.stderr
        )
    finally:
        tls.stop()


def test_scheduler_needs_a_shared_gradebook(tmp_path) -> None:
    course = copy_course(tmp_path / "course", with_exercises=False)
    submit_demo(course, ["ex01_gates"])
    env = {**course_env(), "LSTM_GRADER_SCHEDULER": "tcp://127.0.0.1:9"}
    env.pop("LSTM_GRADER_DB_URL", None)
    proc = lstm_grade(course, env, "autograde", "ex01_gates", timeout=120)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "needs a gradebook every worker can reach" in proc.stderr, proc.stderr
