"""The GAN tab: watching a generator and a discriminator learn against each other.

`panel.GanPanel` (Qt) draws what `probe.GanProbe` (NumPy only, run in the worker thread between
epochs) measures on the network: generated samples, D(x) over the data's space, the
generator's gradient on its samples, D's verdicts. `roles.find_roles` reads which parts of a
graph are the generator and the discriminator.
"""
