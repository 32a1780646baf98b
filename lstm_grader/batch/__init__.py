"""Grading at course scale (``lstm-grade autograde``): trusted orchestration of nbgrader runs.

``run.py`` is the run loop; ``pool.py`` the worker processes seen from the main process;
``worker.py`` what each worker does (nbgrader's own apps, in-process, one student after another);
``warmup.py`` what is imported ahead so that workers start fast; ``forkserver_preload.py`` the one
module that does work when imported (the fork server's hook); ``shards.py`` which students a run
grades; ``progress.py`` the progress bar; ``outcome.py`` what a run returns; ``signals.py`` SIGTERM
as Ctrl-C. Importing this package does nothing.
"""
