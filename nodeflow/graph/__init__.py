"""The document (nodes, wires, training settings), its analysis and its file format."""

from nodeflow.graph.analysis import Analysis, analyze, to_networkx
from nodeflow.graph.document import Edge, Graph, GraphError, Node
from nodeflow.graph.io import dumps, load, loads, save

__all__ = ["Analysis", "Edge", "Graph", "GraphError", "Node", "analyze", "dumps", "load", "loads", "save", "to_networkx"]
