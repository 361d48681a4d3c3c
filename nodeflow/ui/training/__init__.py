"""Training from the window: the worker thread, live plots, progress, inspection and results.

`TrainingController` owns the thread; the widgets (`TrainingPlots`, `TrainingProgress`, ...)
only draw what the controller's GUI-thread signals carry.
"""
