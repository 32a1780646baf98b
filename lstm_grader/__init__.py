"""lstm_grader: grading the course's exercises with nbgrader (the `lstm-grade` command).

The folders say what a student's code can reach: ``sandbox/`` (the only code inside the sandbox,
and what starts it), ``nbgrader_ext/`` (trusted, inside nbgrader), ``batch/`` (trusted
orchestration); the modules at the top are trusted, one concern each (see DESIGN.md).
Importing this package does nothing.
"""
