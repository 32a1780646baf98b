"""Run notebooks with nbclient, one fresh kernel each, and write them back executed.

Run by the student-path tests with a student venv's Python in isolated mode
(``python -I run_notebooks.py JOBS.json``), so it imports only what that venv has. JOBS.json is a
list of ``{"notebook": path, "cwd": folder, "out": path}``; each executed notebook is written to
its "out" (errors are kept in the cells' outputs: allow_errors), and a line per notebook is
printed: its path and the seconds it took.
"""

from __future__ import annotations

import json
import sys
import time

import nbformat
from nbclient import NotebookClient

CELL_TIMEOUT = 600  # seconds; the slowest chapter cell trains a small LSTM


def main(jobs_file: str) -> int:
    for job in json.loads(open(jobs_file).read()):
        nb = nbformat.read(job["notebook"], as_version=4)
        start = time.monotonic()
        client = NotebookClient(
            nb,
            timeout=CELL_TIMEOUT,
            kernel_name="python3",
            allow_errors=True,
            resources={"metadata": {"path": job["cwd"]}},
        )
        client.execute()
        nbformat.write(nb, job["out"])
        print(f"{job['notebook']}: {time.monotonic() - start:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
