"""analyze() with the real node catalogue: the messages people see in the window."""

from pathlib import Path

from nodeflow.graph import Edge, analyze, load

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_removing_flatten_names_both_shapes_and_the_source():
    g = load(EXAMPLES / "digits_cnn.nodeflow")
    g.remove_node("flatten")
    g.connect(("pool2", "out"), ("fc", "in"))
    a = analyze(g)
    message = a.errors["fc"]
    assert message.startswith("fc: ") and message.endswith(" from pool2")
    assert f"but gets {a.output_type(('pool2', 'out'))} from pool2" in message
    assert "(N, F)" in message
    assert list(a.errors) == ["fc"] and a.first_error == message


def test_add_with_unequal_shapes_names_the_source():
    g = load(EXAMPLES / "residual_mlp.nodeflow")
    g.set_param("fc2", "units", 16)
    message = analyze(g).errors["add"]
    assert message.startswith("add: ") and "(N, 32)" in message and "(N, 16)" in message
    assert message.endswith("from relu2")


def test_real_order_totals_and_types():
    g = load(EXAMPLES / "digits_mlp.nodeflow")
    a = analyze(g)
    assert a.order == ["data", "fc1", "relu", "fc2", "softmax", "xent", "adam"]
    assert a.param_count == 64 * 128 + 128 + 128 * 10 + 10
    assert str(a.output_type(("data", "y"))) == "(N,) labels<10>"
    assert set(a.input_types("xent")) == {"pred", "target"}


def test_labels_into_a_dense_layer_is_refused_with_a_reason():
    g = load(EXAMPLES / "moons_mlp.nodeflow")
    g.edges = [e for e in g.edges if e.dst != ("fc1", "in")] + [Edge(("data", "y"), ("fc1", "in"))]
    message = analyze(g).errors["fc1"]
    assert message.startswith("fc1: ") and message.endswith("from data")
