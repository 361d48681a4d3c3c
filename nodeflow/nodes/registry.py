"""The one registry of node types. Importing `nodeflow.nodes` fills it."""

from nodeflow.nodes.spec import Registry

REGISTRY = Registry()
register = REGISTRY.register
