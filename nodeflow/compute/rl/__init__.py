"""Reinforcement learning in NumPy: environments, exploration, replay, TD targets, the episode loop.

An agent acts in an environment, receives rewards and learns the action values Q(s, a) with
Q-learning; the Q-function is a network like any other. Modules, each with one job:

- `environment`  the interface every environment implements (`Environment`, `Step`, `GridLayout`)
- `gridworld`    the built-in grid world (walls, pits, goal, step penalty, slip probability)
- `gym_tasks`    Gymnasium's classic tasks through Gymnasium's own API (an optional dependency)
- `make`         an environment from a source name (`gridworld` or a Gymnasium id)
- `encoding`     states as network inputs: one-hot cell, (row, col) coordinates, observation vector
- `exploration`  epsilon-greedy action choice and its decay schedule
- `replay`       the replay buffer (seeded sampling)
- `td`           TD targets r + gamma * max_a' Q_target(s', a') and the TD loss with its gradient
- `qnetwork`     a Dense Q-network in plain NumPy with a target copy (the reference learner)
- `episodes`     the episode loop: events per episode, pause/stop, divergence checks
- `grid_policy`  V(s), the greedy policy and shortest paths on a grid (for views and tests)
- `describe`     an Environment node's parameters -> the environment, its settings, its shapes
- `graph_agent`  `RLTrainer`: Q-learning of a graph drawn on the canvas, with Trainer's surface

Nothing here imports Qt. Only `graph_agent` reads a graph (`nodeflow.graph`, lazily, as the
supervised `Trainer` does), and no module here imports `nodeflow.nodes` at import time (the
engine kernels and optimizers reused here bring what they need). Gymnasium is imported only
when a Gymnasium environment is made.
"""
