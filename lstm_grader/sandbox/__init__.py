"""What runs inside the sandbox, and what starts it and talks to it.

A student's code can reach exactly two files of this package, and nothing else of the repository:
``runner.py`` (runs the student's cells, answers calls of their functions) and ``wire.py`` (the
message format, imported by both sides). ``launch.py`` builds the bubblewrap command line;
``client.py`` is the grading side's end of the pipe. Importing this package does nothing.
"""
