"""State encodings: one-hot cells, scaled (row, col), observation vectors; wrong choices refused."""

import numpy as np
import pytest

from nodeflow.compute.rl.encoding import Encoder, coordinate_states, one_hot_states
from nodeflow.compute.rl.environment import Environment
from nodeflow.compute.rl.gridworld import GridWorld


def test_one_hot_and_coordinates_of_cells():
    assert one_hot_states(np.array([2, 0]), 3).tolist() == [[0, 0, 1], [1, 0, 0]]
    assert np.allclose(coordinate_states(np.array([0, 5, 11]), 3, 4), [[0, 0], [0.5, 1 / 3], [1, 1]])


def test_grid_encoders():
    env = GridWorld(np.random.default_rng(0), "S../..G")
    one_hot = Encoder(env)
    assert one_hot.kind == "one_hot" and one_hot.size == 6
    assert one_hot.encode(4).tolist() == [[0, 0, 0, 0, 1, 0]]
    assert np.array_equal(one_hot.all_cells(), np.eye(6, dtype=np.float32))
    coords = Encoder(env, "coords")
    assert coords.size == 2 and coords.encode([5, 1]).tolist() == [[1, 1], [0, 0.5]]
    with pytest.raises(ValueError, match="gives grid cells, not an observation vector: set the state encoding to one_hot"):
        Encoder(env, "observation")


def test_observation_encoder():
    class Vector(Environment):
        name = "Vector-v0"
        observation_size = 3

    enc = Encoder(Vector())
    assert enc.kind == "observation" and enc.size == 3
    x = enc.encode(np.array([1.0, 2.0, 3.0]))
    assert x.shape == (1, 3) and x.dtype == np.float32
    with pytest.raises(ValueError, match="Vector-v0 gives an observation vector"):
        Encoder(Vector(), "one_hot")
    with pytest.raises(ValueError, match="unknown state encoding"):
        Encoder(Vector(), "pixels")
