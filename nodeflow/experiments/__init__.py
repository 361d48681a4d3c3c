"""Experiments: several variants of one graph trained side by side from the same start.

`spec` parses and checks what is varied (`--vary NODE.PARAM=V1,V2`), `presets` gives the
course's comparisons, `sweep` runs the variants (process pool or one after another) into runs
of the run model, `table` and `landscape` summarise them. Nothing here imports Qt; this
package file imports nothing, so the command line's parser stays light.
"""
