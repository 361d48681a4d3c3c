"""An example nodeflow plugin: the GELU activation, declared as the built-ins are."""

from nodeflow.nodes.plugins import NodeSpec, Param, TensorType, same_shape, torch_expr

KERNELS = "nodeflow_gelu.kernels"


def node_types():
    """The entry point (`nodeflow.nodes` group): the node types this plugin adds."""
    return [
        NodeSpec(
            type="GELU",
            category="activation",
            help="x * Phi(x), the Gaussian error linear unit: a smooth ReLU that lets small negative values through.",
            params=(
                Param("approximate", "choice", "none", "'tanh' uses the tanh approximation of Phi (as GPT-2 did).",
                      choices=("none", "tanh")),
            ),
            shape_rule=same_shape,
            kernel=f"{KERNELS}:GELU",
            summary=lambda p: "GELU" if p["approximate"] == "none" else "GELU (tanh)",
            init_before="he",
            torch=torch_expr("F.gelu({x}, approximate={approximate})"),
            sample_inputs={"in": TensorType((None, 8))},
        ),
    ]
