"""analyze(): order, cycles, each kind of node error, graph-level rules, totals."""

import pytest
from graphdocs import SPECS, doc, mlp_doc

from nodeflow.graph import Edge, Node, analyze, to_networkx
from nodeflow.graph.io import graph_from_dict
from nodeflow.nodes import Inferred, NodeSpec, TensorType
from nodeflow.nodes.spec import Registry


@pytest.fixture
def check(registry):
    return lambda graph: analyze(graph, registry=registry)


def test_valid_mlp_infers_shapes_totals_and_order(build, check):
    a = check(build(mlp_doc()))
    assert a.ok and a.first_error is None, a.errors
    assert a.order == ["data", "fc1", "relu", "fc2", "mse", "sgd"]
    assert str(a.output_type(("fc1", "out"))) == "(N, 8)"
    assert a.input_types("fc2") == {"in": TensorType((None, 8))}
    assert a.params["fc1"] == {"units": 8, "rate": 0.5}  # defaults filled
    assert a.param_count == (3 * 8 + 8) + (8 * 1 + 1)
    assert a.macs == 3 * 8 + 8 * 1


def test_order_is_topological_and_stable_under_file_order(build, check):
    d = mlp_doc()
    d["nodes"].reverse()
    order = check(build(d)).order
    pos = {n: i for i, n in enumerate(order)}
    for e in d["edges"]:
        assert pos[e["from"][0]] < pos[e["to"][0]]
    assert order == check(build(d)).order


def test_independent_branches_follow_document_order(build, check):
    d = doc([("b", "TData"), ("a", "TData"), ("fa", "TDense"), ("fb", "TDense")],
            [("a.x", "fa.in"), ("b.x", "fb.in")])
    assert check(build(d)).order == ["b", "a", "fa", "fb"]


def test_cycle_names_every_node_of_it(build, check):
    d = doc([("data", "TData"), ("add", "TAdd"), ("f1", "TDense"), ("f2", "TDense"), ("after", "TReLU")],
            [("data.x", "add.a"), ("add.out", "f1.in"), ("f1.out", "f2.in"), ("f2.out", "add.b"),
             ("f2.out", "after.in")])
    a = check(build(d))
    assert not a.ok
    assert a.errors["add"] == "add: cycle: add -> f1 -> f2 -> add"
    assert a.errors["f1"] == "f1: cycle: f1 -> f2 -> add -> f1"
    assert a.errors["f2"] == "f2: cycle: f2 -> add -> f1 -> f2"
    assert "after" not in a.errors  # downstream of an error: skipped silently
    assert set(a.order) == {"data", "add", "f1", "f2", "after"}
    assert a.order.index("data") < a.order.index("add") < a.order.index("after")


def test_self_loop_is_a_cycle(build, check):
    g = build(doc([("r", "TReLU")], []))
    g.edges.append(Edge(("r", "out"), ("r", "in")))
    assert check(g).errors["r"] == "r: cycle: r -> r"


def test_bad_param_is_the_nodes_error(build, check):
    g = build(mlp_doc())
    g.nodes["fc1"].params["units"] = 0
    a = check(g)
    assert a.errors["fc1"] == "fc1: parameter 'units' must be between 1 and 100000, got 0"
    assert set(a.errors) == {"fc1"}  # relu, fc2, mse, sgd are downstream
    assert a.first_error == a.errors["fc1"]


def test_unknown_parameter_name(build, check):
    g = build(mlp_doc())
    g.nodes["fc2"].params["colour"] = "red"
    assert check(g).errors["fc2"].startswith("fc2: unknown parameter 'colour' for TDense")


def test_unknown_type(build, check):
    g = build(mlp_doc())
    g.nodes["relu"] = Node("relu", "Sparkle")
    assert check(g).errors["relu"] == "relu: unknown node type 'Sparkle'"


def test_non_text_type_built_by_hand(build, check):
    g = build(mlp_doc())
    g.nodes["relu"] = Node("relu", ["ReLU"])
    assert check(g).errors["relu"] == "relu: unknown node type \"['ReLU']\""


def test_missing_input(build, check):
    d = mlp_doc()
    d["edges"] = [e for e in d["edges"] if e["to"] != ["fc2", "in"]]
    a = check(build(d))
    assert a.errors["fc2"] == "fc2: input 'in' is not connected"


def test_two_missing_inputs_and_optimizer_without_loss(build, check):
    a = check(build(doc([("add", "TAdd"), ("sgd", "TSGD")], [])))
    assert a.errors["add"] == "add: inputs 'a' and 'b' are not connected"
    assert a.errors["sgd"] == "sgd: input 'loss' is not connected"


def test_shape_error_names_both_shapes_and_the_source(build, check):
    d = doc([("data", "TData", {"features": 3}), ("f1", "TDense", {"units": 8}), ("f2", "TDense", {"units": 5}),
             ("add", "TAdd")],
            [("data.x", "f1.in"), ("data.x", "f2.in"), ("f1.out", "add.a"), ("f2.out", "add.b")])
    a = check(build(d))
    assert a.errors == {"add": "add: expects (N, 8) but gets (N, 5) from f2"}


def test_node_error_from_a_rule_and_internal_errors_never_propagate(build, check):
    d = doc([("data", "TData", {"fail": True}), ("d2", "TData"), ("bad", "TBroken")], [("d2.x", "bad.in")])
    a = check(build(d))
    assert a.errors["data"] == "data: cannot read data.csv"
    assert a.errors["bad"] == "bad: internal error in shape rule: ZeroDivisionError: division by zero"


def test_rule_missing_an_output_is_an_internal_error():
    reg = Registry()
    reg.register(SPECS[0])
    reg.register(NodeSpec("Odd", "layer", "gives nothing", lambda p, i: Inferred({})))
    g = graph_from_dict(doc([("d", "TData"), ("r", "Odd")], [("d.x", "r.in")]), registry=reg)
    assert analyze(g, registry=reg).errors["r"].startswith("r: internal error in shape rule")


def test_loss_not_minimized(build, check):
    d = mlp_doc()
    d["nodes"] = [n for n in d["nodes"] if n["id"] != "sgd"]
    d["edges"] = [e for e in d["edges"] if e["to"][0] != "sgd"]
    a = check(build(d))
    assert a.errors == {"mse": "mse: nothing minimizes this loss; wire its output into an optimizer"}


def test_second_optimizer_on_the_same_loss_overlaps(build, check):
    d = mlp_doc()
    d["nodes"].append({"id": "sgd2", "type": "TSGD", "params": {}})
    d["edges"].append({"from": ["mse", "loss"], "to": ["sgd2", "loss"]})
    a = check(build(d))
    assert "sgd" not in a.errors
    assert a.errors["sgd2"].startswith("sgd2: overlaps sgd: both would train ")


def test_loss_without_dataset(build, check):
    d = doc([("a", "TBroken"), ("m", "TMSE"), ("o", "TSGD")], [("m.loss", "o.loss")])
    a = check(build(d))
    assert "the graph has a loss but no Dataset node to train on" in a.graph_errors
    assert not a.ok


def test_unwired_outputs_are_fine_and_empty_graph_is_ok(build, check):
    assert check(build(doc([("d", "TData"), ("f", "TDense")], [("d.x", "f.in")]))).ok
    a = check(build(doc([], [])))
    assert a.ok and a.order == [] and a.param_count == 0


def test_dangling_wires_built_by_hand_are_reported(build, check):
    g = build(doc([("d", "TData"), ("f", "TDense")], []))
    g.edges += [Edge(("ghost", "out"), ("f", "in")), Edge(("d", "x"), ("nowhere", "in")),
                Edge(("d", "nope"), ("f", "in"))]
    a = check(g)
    assert a.errors["f"] == "f: input 'in' comes from a missing node 'ghost'"
    assert a.errors["d"] == "d: has no output port 'nope'"
    assert any("nowhere" in m for m in a.graph_errors)


def test_to_networkx_keeps_ports(build):
    nx_graph = to_networkx(build(mlp_doc()))
    assert nx_graph.number_of_nodes() == 6 and nx_graph.number_of_edges() == 6
    (attrs,) = nx_graph.get_edge_data("data", "mse").values()
    assert attrs == {"src_port": "y", "dst_port": "target"}


def test_long_chain(build, check):
    nodes = [("data", "TData")] + [(f"n{i}", "TDense" if i % 2 else "TReLU") for i in range(1000)]
    edges = [("data.x", "n0.in")] + [(f"n{i}.out", f"n{i + 1}.in") for i in range(999)]
    a = check(build(doc(nodes, edges)))
    assert a.ok and len(a.order) == 1001 and a.order[-1] == "n999"
