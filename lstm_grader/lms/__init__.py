"""Grades into the LMS: nbgrader export plugins for Canvas and Moodle (trusted side).

``nbgrader export --exporter lstm_grader.lms.canvas.CanvasExport --CanvasExport.canvas_csv=F``
and ``--exporter lstm_grader.lms.moodle.MoodleExport``; see the README, "Grades into the LMS".
"""
