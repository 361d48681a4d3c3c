"""Run a lesson without the window: apply a solution's changes to the lesson's graph, train
(or check gradients) with the engine's own Trainer, and grade the runs. The tests use it to
show every lesson's check passes with the intended change and fails without it, and
`nodeflow lesson run` uses it for teachers.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import Any

from nodeflow.graph.document import Graph, GraphError
from nodeflow.lessons.checker import Outcome, grade
from nodeflow.lessons.model import Lesson, SolutionRun
from nodeflow.lessons.result import RunResult


def load_graph(lesson: Lesson) -> Graph:
    """The lesson's graph, freshly read from its file (base_dir = its folder)."""
    from nodeflow.graph import io

    return io.load(lesson.graph_path)


def apply_changes(graph: Graph, changes: Mapping[str, Any]) -> Graph:
    """A copy of `graph` with "node.param", "node.type" and "training.key" changes applied
    (a type swap keeps the parameters the new type also has, and the wires whose ports
    still exist, as the inspector's type swap does). Raises GraphError naming the setting."""
    from nodeflow.nodes import REGISTRY, NodeError

    out = graph.copy()
    for key, value in changes.items():
        node_id, _, name = key.partition(".")
        if node_id == "training":
            out.set_training(name, copy.deepcopy(value))
            continue
        node = out.node(node_id)
        if name == "type":
            try:
                spec = REGISTRY.get(value)
            except NodeError as exc:
                raise GraphError(f"{key}: {exc}", node_id) from None
            known = {p.name for p in spec.params}
            params = {k: v for k, v in node.params.items() if k in known}
            _node, edges = out.remove_node(node_id)
            out.add_node(spec.type, params, node.pos, node_id)
            for e in edges:
                if (e.src[0] != node_id or e.src[1] in spec.outputs) and (e.dst[0] != node_id or e.dst[1] in spec.inputs):
                    out.connect(e.src, e.dst)
        else:
            out.set_param(node_id, name, copy.deepcopy(value))
    return out


def train(graph: Graph, *, base_dir: str | None = None) -> RunResult:
    """Train `graph` to the end with the engine's Trainer; the result as the checker reads it."""
    from nodeflow.compute.trainer import Trainer
    from nodeflow.compute.weights import weight_arrays
    from nodeflow.graph.analysis import analyze

    analysis = analyze(graph)
    if not analysis.ok:
        return RunResult(error=str(analysis.first_error), graph=graph.copy())
    events: list[dict] = []

    def keep(event: dict) -> None:
        if event.get("event") != "batch":
            events.append(event)

    trainer = Trainer(graph, on_event=keep, analysis=analysis, base_dir=base_dir)
    trainer.run()
    return RunResult.from_events(events, graph=graph.copy(), weights=weight_arrays(trainer.network),
                                 param_count=int(analysis.param_count))


def gradcheck(graph: Graph, *, base_dir: str | None = None) -> RunResult:
    """The gradient check the window's Run ▸ Check Gradients runs, as a result."""
    from nodeflow.compute.graph_gradcheck import check_graph
    from nodeflow.graph.analysis import analyze

    analysis = analyze(graph)
    seed = int(graph.training.get("seed", 0) or 0)
    checks = check_graph(graph, analysis=analysis, seed=seed, base_dir=base_dir)
    return RunResult.from_gradcheck({node: c.error for node, c in checks.items()}, graph=graph.copy())


def run_solution(lesson: Lesson, *, with_changes: bool = True,
                 solution: Sequence[SolutionRun] | None = None) -> list[RunResult]:
    """The runs of the lesson's solution, in order. Without the changes: what a learner gets
    who changes nothing and only presses Train, as many times."""
    from nodeflow.graph import io

    base = load_graph(lesson)
    base_dir = str(lesson.graph_path.parent)
    runs: list[RunResult] = []
    done: dict[tuple[str, str], RunResult] = {}
    for step in solution if solution is not None else lesson.solution:
        graph = apply_changes(base, step.changes) if with_changes else base.copy()
        action = step.action if with_changes else "train"
        key = (action, io.dumps(graph))
        if key not in done:  # the same graph and seed train to the same result (trainer.py)
            done[key] = gradcheck(graph, base_dir=base_dir) if action == "gradcheck" else train(graph, base_dir=base_dir)
        runs.append(done[key])
    return runs


def grade_solution(lesson: Lesson, *, with_changes: bool = True, lang: str = "en") -> Outcome:
    """Grade the runs of `run_solution` as the Lessons panel would."""
    return grade(lesson, run_solution(lesson, with_changes=with_changes), lang=lang, lesson_graph=load_graph(lesson))
