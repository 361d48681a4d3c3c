"""Lessons: a small documented file beside a graph (title, goal, steps in Korean and English,
locked settings, a *predict, then run* question, and an automatic check with hints).

Qt-free: `loader` reads lesson files, `expr` is the safe check language, `result` what a check
reads about a run, `checker` grades, `headless` trains a lesson without the window. The
window's Lessons panel lives in nodeflow.ui.lessons. The format: docs/lessons.md.
"""
