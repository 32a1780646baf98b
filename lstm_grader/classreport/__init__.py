"""What the class got wrong: the instructor's report after a grading run (trusted side).

``lstm-grade report --html`` (and ``lstm-grade grade-all`` at its end) writes, into the course
root's ``class_report/``:

    index.html            one static page: per assignment the score histogram, each test cell's
                          pass rate, the diagnosed mistakes ranked (once per student), grading
                          findings per student
    <assignment>_scores.png   the histograms (matplotlib), loaded by the page from beside it
    class_report.json     all of it as data
    scores.csv, cells.csv, mistakes.csv, grading.csv   the page's tables as CSV

Files and folder get the gradebook's permissions (it holds the same student data); nothing is
published. :func:`writer.write` builds it from the gradebook and ``grading_report/``:
``data`` gathers, ``page`` renders, ``figures`` draws.
"""
