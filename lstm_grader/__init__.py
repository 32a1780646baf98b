"""lstm_grader: grading the course's exercises with nbgrader (the `lstm-grade` command)."""
