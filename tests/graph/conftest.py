"""Fixtures: a registry of test-only node types and a document builder using it."""

import pytest
from graphdocs import SPECS

from nodeflow.graph.io import graph_from_dict
from nodeflow.nodes.spec import Registry


@pytest.fixture(scope="session")
def registry() -> Registry:
    reg = Registry()
    for spec in SPECS:
        reg.register(spec)
    return reg


@pytest.fixture
def build(registry):
    def _build(data: dict):
        return graph_from_dict(data, registry=registry)
    return _build

