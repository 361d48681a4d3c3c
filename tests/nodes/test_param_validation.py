"""Bad parameter values are refused with a message naming the parameter and what it must be."""

from __future__ import annotations

import pytest

from nodeflow.nodes import REGISTRY, ParamError

BAD = [
    ("Dense", {"units": 0}, "'units' must be between 1 and 65536, got 0"),
    ("Dense", {"units": "abc"}, "'units' must be an integer, got 'abc'"),
    ("Dense", {"units": 1.5}, "'units' must be an integer"),
    ("Dense", {"units": True}, "'units' must be an integer"),
    ("Dense", {"units": 70000}, "between 1 and 65536"),
    ("Dense", {"use_bias": "yes"}, "'use_bias' must be true or false"),
    ("Dense", {"init": "random"}, "'init' must be one of auto, he, xavier"),
    ("Dropout", {"rate": 1.5}, "'rate' must be between 0 and 0.99, got 1.5"),
    ("Dropout", {"rate": 1.0}, "'rate' must be between 0 and 0.99"),
    ("Dropout", {"rate": -0.1}, "'rate'"),
    ("Conv2D", {"kernel_size": 16}, "'kernel_size' must be between 1 and 15"),
    ("Conv2D", {"padding": "full"}, "'padding' must be an integer or one of valid, same"),
    ("Conv2D", {"stride": 0}, "'stride'"),
    ("MaxPool2D", {"pool_size": 0}, "'pool_size'"),
    ("Reshape", {"shape": []}, "'shape' must be a list of 1 to 8 positive integers"),
    ("Reshape", {"shape": [0, 4]}, "'shape'"),
    ("BatchNorm", {"eps": 0}, "'eps'"),
    ("BatchNorm", {"momentum": 1.0}, "'momentum'"),
    ("LSTM", {"return_sequences": 1}, "'return_sequences' must be true or false"),
    ("Concat", {"axis": 1.5}, "'axis' must be an integer"),
    ("Huber", {"delta": 0}, "'delta'"),
    ("ELU", {"alpha": float("nan")}, "'alpha' must be a finite number"),
]


@pytest.mark.parametrize("type_name, raw, fragment", BAD, ids=lambda v: str(v))
def test_bad_values(type_name, raw, fragment):
    with pytest.raises(ParamError) as info:
        REGISTRY.get(type_name).validate_params(raw)
    assert fragment in str(info.value)


def test_unknown_name_lists_the_known_ones():
    with pytest.raises(ParamError) as info:
        REGISTRY.get("Dense").validate_params({"unitz": 3})
    assert "unknown parameter 'unitz' for Dense" in str(info.value)
    assert "units" in str(info.value)


def test_good_values_are_canonical():
    spec = REGISTRY.get("Conv2D")
    params = spec.validate_params({"filters": 8.0, "padding": 1})
    assert params["filters"] == 8 and isinstance(params["filters"], int)
    assert params["padding"] == 1
    assert spec.validate_params({"padding": "same"})["padding"] == "same"
    assert REGISTRY.get("Dropout").validate_params({"rate": 0})["rate"] == 0.0
