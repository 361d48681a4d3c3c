"""Views of a learning agent, fed by plain arrays (no dependency on the training dock):

- `grid_view.GridValueView`    the grid with V(s) = max_a Q(s, a) as a heat map, the greedy
                               policy as arrows, walls/pits/goal marked, the last episode's path
- `control_view.ControlStateView`  a small drawing of CartPole, MountainCar or Acrobot from the
                               observation vector (no pygame window), replaying an episode
- `rl_panel.RLPanel`           both, beside the episode return (raw and smoothed) and length
"""
