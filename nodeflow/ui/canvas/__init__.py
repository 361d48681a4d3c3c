"""The node canvas: a QGraphicsView over the graph document.

The document (`nodeflow.graph.document.Graph`) is the single source of truth; the scene builds,
removes and updates its items from `graph.changed` events and never keeps model state of its own.
"""

from nodeflow.ui.canvas.view import CanvasView

__all__ = ["CanvasView"]
