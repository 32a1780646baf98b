"""Grading at course scale (``lstm-grade autograde``): trusted orchestration of nbgrader runs.

On one machine: ``run.py`` is the run loop; ``pool.py`` the worker processes seen from the main
process; ``worker.py`` what each worker does (nbgrader's own apps, in-process, one student after
another); ``warmup.py`` what is imported ahead so that workers start fast;
``forkserver_preload.py`` the one module that does work when imported (the fork server's hook).
On a Dask cluster (``--scheduler``): ``cluster.py`` the instructor's side (one task per student,
results written into place); ``cluster_worker.py`` the task and the worker plugin, on the workers.
Both: ``progress.py`` the progress bar; ``outcome.py`` what a run returns; ``signals.py`` SIGTERM
as Ctrl-C. Importing this package does nothing.
"""
