"""The outputs a sandboxed cell sent back, bounded before they enter the graded notebook.

Everything here comes from the student's code: the number of outputs, their MIME types and their
sizes are capped per cell and per notebook (``Limits.cell_outputs``, ``mime_keys``,
``cell_output_bytes``, ``notebook_output_bytes``); past a bound the output is cut with a note, so a
flood can never make a 960 MB notebook. Only passive MIME types are kept: a ``text/html`` output
stays (the feedback page and the formgrader sanitize it), ``application/javascript`` and other
active types are dropped.
"""

from __future__ import annotations

from nbformat.notebooknode import NotebookNode

from lstm_grader.limits import Limits

# MIME types kept in a display output; the rest (application/javascript, image/svg+xml, widget
# state, ...) can run code or carry it and are dropped.
PASSIVE_MIME = ("text/plain", "text/html", "text/markdown", "text/latex", "image/png", "image/jpeg")


class OutputBudget:
    """What is left of the notebook's output allowance; ``notes`` says what was cut."""

    def __init__(self, limits: Limits):
        self.limits = limits
        self.left = limits.notebook_output_bytes
        self.notes: list[str] = []

    def bound(self, raw_outputs) -> list[NotebookNode]:
        """nbformat outputs from the runner's reply, within the limits (a note where cut)."""
        limits = self.limits
        cell_left = min(limits.cell_output_bytes, self.left)
        outputs: list[NotebookNode] = []
        raw = raw_outputs if isinstance(raw_outputs, list) else []
        dropped_types: set[str] = set()
        cut = 0
        for out in raw[: limits.cell_outputs]:
            if not isinstance(out, dict):
                continue
            kind = out.get("output_type")
            if kind == "stream" and out.get("name") in ("stdout", "stderr"):
                text = str(out.get("text", ""))
                kept = text[: max(cell_left, 0)]
                cut += len(text) - len(kept)
                cell_left -= len(kept)
                if kept:
                    outputs.append(NotebookNode(output_type="stream", name=out["name"], text=kept))
            elif kind == "display_data" and isinstance(out.get("data"), dict):
                data = {}
                for k, v in list(out["data"].items())[: 4 * limits.mime_keys]:
                    k = str(k)[:100]
                    if k not in PASSIVE_MIME:
                        dropped_types.add(k)
                        continue
                    if len(data) >= limits.mime_keys:
                        break
                    v = str(v)
                    if len(v) > cell_left:
                        cut += len(v)
                        continue
                    cell_left -= len(v)
                    data[k] = v
                if data:
                    outputs.append(NotebookNode(output_type="display_data", data=data, metadata={}))
        if len(raw) > limits.cell_outputs:
            self.notes.append(
                f"{len(raw) - limits.cell_outputs} outputs past the first {limits.cell_outputs} "
                "dropped"
            )
        if dropped_types:
            shown = ", ".join(sorted(dropped_types)[:5])
            self.notes.append(f"active or unknown output types dropped: {shown}")
        if cut:
            self.notes.append(
                f"{cut:,} characters of output cut (limits: {limits.cell_output_bytes:,} per cell, "
                f"{limits.notebook_output_bytes:,} per notebook)"
            )
            outputs.append(
                NotebookNode(
                    output_type="stream",
                    name="stderr",
                    text=f"\n[grader: {cut:,} characters of output cut here]\n",
                )
            )
        self.left -= min(limits.cell_output_bytes, self.left) - max(cell_left, 0)
        return outputs

    def take_notes(self) -> list[str]:
        notes, self.notes = self.notes, []
        return notes
