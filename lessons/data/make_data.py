"""Write the small csv files some lessons train on (seeded: the same files every time).

    python lessons/data/make_data.py

- curve.csv: y = sin(1.5 x) + noise on x in [-3, 3], a curve one hidden layer can follow
  (lesson 04).
- line_outliers.csv: y = 2 x - 1 + noise, with one point in ten pulled far above the line,
  where the squared error's pull shows (lesson 05).
- moons_noisy_labels.csv: two moons with one label in five flipped, so a large network can
  only reach a low training loss by memorising wrong answers (lessons 13, 15, 16).
- two_scales.csv: y = 3 a + 0.05 b + noise with a ~ N(0, 1) and b ~ N(0, 100): two inputs on
  very different scales, a long narrow valley in the loss surface (lesson 19).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent


def write(name: str, header: list[str], columns: list[np.ndarray]) -> None:
    rows = np.column_stack(columns)
    lines = [",".join(header)] + [",".join(f"{v:.5f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))
                                          for v in row) for row in rows]
    (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    rng = np.random.default_rng(2024)
    x = rng.uniform(-3.0, 3.0, 400)
    write("curve.csv", ["x", "y"], [x, np.sin(1.5 * x) + 0.05 * rng.standard_normal(400)])

    x = rng.uniform(-2.0, 2.0, 200)
    y = 2.0 * x - 1.0 + 0.1 * rng.standard_normal(200)
    outliers = np.arange(200) % 10 == 0
    y[outliers] += 12.0 + rng.uniform(0.0, 4.0, outliers.sum())
    write("line_outliers.csv", ["x", "y"], [x, y])

    n = 400
    t = rng.uniform(0.0, np.pi, n)
    label = rng.integers(0, 2, n)
    upper = np.stack([np.cos(t), np.sin(t)], axis=1)
    lower = np.stack([1.0 - np.cos(t), 0.5 - np.sin(t)], axis=1)
    x = np.where(label[:, None] == 0, upper, lower) + 0.1 * rng.standard_normal((n, 2))
    flipped = rng.random(n) < 0.2
    label = np.where(flipped, 1 - label, label)
    write("moons_noisy_labels.csv", ["x1", "x2", "label"], [x[:, 0], x[:, 1], label])

    a = rng.standard_normal(500)
    b = 100.0 * rng.standard_normal(500)
    write("two_scales.csv", ["a", "b", "y"], [a, b, 3.0 * a + 0.05 * b + 0.1 * rng.standard_normal(500)])


if __name__ == "__main__":
    main()
