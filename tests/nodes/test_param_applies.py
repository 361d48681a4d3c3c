"""Which parameters apply is declared on the parameter (`Param.only_for`), not in the UI."""

from nodeflow.nodes import REGISTRY, Param


def test_a_parameter_applies_where_its_declaration_says():
    p = Param("path", "path", "", "a file", only_for={"source": ("csv", "npz")})
    assert p.applies({"source": "csv"}) and not p.applies({"source": "moons"})
    assert Param("units", "int", 1, "units").applies({})  # undeclared: always


def test_every_dataset_source_has_its_parameters_and_only_those():
    spec = REGISTRY.get("Dataset")
    source = spec.param("source")

    def shown(name):
        values = {**spec.defaults(), "source": name}
        return {p.name for p in spec.params if p.applies(values)}

    common = {"source", "batch_size", "shuffle", "validation_split", "test_split", "standardize"}
    for name in source.choices:
        assert common <= shown(name), name
    assert shown("csv") - common == {"path", "target", "task", "skip_bad_rows", "categorical", "fill_missing"}
    assert shown("image_folder") - common == {"path", "image_size", "color", "max_images"}
    assert shown("idx") - common == shown("cifar10") - common == {"path", "max_images"}
    assert shown("drawn") - common == {"points", "task"}
    assert shown("npz") - common == {"path", "task"}
    assert shown("linear") - common == {"n_samples", "noise", "features", "slope", "intercept"}
    assert shown("sine") - common == {"n_samples", "noise", "seq_len"}
    assert shown("digits") - common == {"as_images"}
    assert shown("iris") == common
    for p in spec.params:  # every value an only_for names is a real choice
        for key, allowed in (p.only_for or {}).items():
            assert set(allowed) <= set(spec.param(key).choices), (p.name, key)
