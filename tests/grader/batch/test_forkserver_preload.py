"""lstm_grader.batch.forkserver_preload: importing it is the fork server's warm-up (on purpose)."""

from __future__ import annotations

import subprocess
import sys


def test_importing_it_warms_the_process_up() -> None:
    code = (
        "import sys\n"
        "assert 'nbgrader.apps.autogradeapp' not in sys.modules\n"
        "import lstm_grader.batch.forkserver_preload\n"
        "from lstm_grader.batch import warmup\n"
        "assert warmup._warmed and 'nbgrader.apps.autogradeapp' in sys.modules\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
