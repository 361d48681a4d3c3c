"""What the diagnosis watches is declared on the node types (issue 12: no tables keyed by type
name), so a plugin's activation gets the same diagnoses by declaring the same fields."""

from nodeflow.nodes import REGISTRY


def test_saturating_and_dying_activations_say_so_on_their_declarations():
    assert REGISTRY.get("Sigmoid").saturates == (0.02, 0.98)
    assert REGISTRY.get("Tanh").saturates == (-0.98, 0.98)
    assert REGISTRY.get("ReLU").units_can_die
    # a leaky slope keeps negative units learning; ELU/SELU too: nothing to report
    for name in ("LeakyReLU", "ELU", "SELU", "Softplus", "Identity"):
        spec = REGISTRY.get(name)
        assert not spec.units_can_die and spec.saturates is None, name


def test_no_table_of_type_names_is_left_in_the_diagnosis():
    import inspect

    from nodeflow.compute import diagnose

    source = inspect.getsource(diagnose)
    for name in ('"ReLU"', '"Sigmoid"', '"Tanh"'):
        assert name not in source
