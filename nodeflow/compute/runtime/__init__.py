"""The training runtime: the compiled plan (which node plays which role), data sources and the
kernels that are about the run rather than about maths (Noise, Constant, Detach).

Value types here import nothing above `nodeflow.compute`, so the graph analysis (which builds
the plan), the engine (which compiles from it) and the exporters (which read it) share them.
"""

from nodeflow.compute.runtime.plan import Objective, TrainingPlan

__all__ = ["Objective", "TrainingPlan"]
