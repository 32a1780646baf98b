"""Everything of the repository that the sandbox holds: this folder, bound read-only as a whole
at ``/opt/lstm_grader`` (``tests/grader/sandbox/test_launch.py`` checks that the sandbox binds
exactly this folder's files). ``runner.py`` runs the student's cells and answers calls of their
functions; ``wire.py`` is the message format, imported by both sides. A student's code can read
these files; nothing here is secret, and nothing outside this folder is reachable.
"""
