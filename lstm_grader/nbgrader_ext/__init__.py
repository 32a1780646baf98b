"""The trusted side inside nbgrader: what ``nbgrader autograde`` runs in the grading process.

Nothing here is reachable by a student's code (that runs in :mod:`lstm_grader.sandbox`).
``sanitize.py`` repairs a submission before nbgrader reads it; ``executor.py`` is the preprocessor
in place of nbgrader's ``Execute``; ``proxy.py`` gives test cells stand-ins of the student's
functions; ``patches.py`` installs our hooks into nbgrader, idempotently (nbgrader_config.py calls
it). Importing this package does nothing.
"""
