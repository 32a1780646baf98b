"""What the class got wrong: the instructor's report after a grading run (trusted side).

``lstm-grade report --html`` (and ``lstm-grade grade-all`` at its end) writes, into the course
root's ``class_report/``:

    index.html            one static page: per assignment the score histogram, item analysis
                          of each test cell (pass rate, point-biserial discrimination, flagged
                          where negative or near zero; Cronbach's alpha), the diagnosed mistakes
                          ranked (once per student), the scores held for review with their cause,
                          grading findings per student, and the most similar pairs of submissions
                          side by side with the matching regions marked (lstm_grader.similarity)
    <assignment>_scores.png   the histograms (matplotlib), loaded by the page from beside it
    class_report.json     all of it as data
    scores.csv, cells.csv, mistakes.csv, grading.csv, similarity.csv   the page's tables as CSV

The students are the gradebook's: a grading record of a student without a submission in the
gradebook is left out, and counted in one line.

Files and folder get the gradebook's permissions (it holds the same student data); nothing is
published. :func:`writer.write` builds it from the gradebook and ``grading_report/``:
``data`` gathers, ``page`` renders, ``figures`` draws.
"""
