"""What runs inside the sandbox, and what starts it and talks to it.

A student's code can reach exactly one folder of the repository: ``inside/`` (``runner.py`` runs
the student's cells and answers calls of their functions; ``wire.py`` is the message format,
imported by both sides), bound whole and read-only. Its Python is the sandbox's own environment
(``.venv-sandbox``: NumPy, no torch, no lstm_ref). ``launch.py`` builds the bubblewrap command
line; ``client.py`` is the grading side's end of the pipe. Importing this package does nothing.
"""
