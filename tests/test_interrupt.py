"""Ctrl-C at any moment of `nodeflow train` ends quietly (exit 130), never with a traceback of
nodeflow's code: not during training, and not while NumPy and the catalogue are still being
imported, before `main()` could have installed anything."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINEAR = ROOT / "examples" / "linear_regression.nodeflow"
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def test_an_interrupt_while_the_heavy_modules_import_is_quiet(tmp_path):
    """The interrupt is made to land exactly inside the import of NetworkX (which `nodeflow`
    needs before it can read a graph): deterministic, where a timed signal is a lottery."""
    script = (
        "import sys\n"
        "class Interrupt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'networkx':\n"
        "            raise KeyboardInterrupt\n"
        "sys.meta_path.insert(0, Interrupt())\n"
        "from nodeflow.cli import main\n"
        f"sys.exit(main(['train', {str(LINEAR)!r}, '--epochs', '1']))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], env=ENV, capture_output=True, text=True, timeout=120)
    assert done.returncode == 130, done.stderr
    assert "Traceback" not in done.stderr and "KeyboardInterrupt" not in done.stderr


def test_real_interrupts_in_the_first_moments_never_show_nodeflow_frames():
    """A signal may also land while Python itself starts (a traceback through runpy or the site
    module only, or none before any handler exists); no traceback may pass through nodeflow."""
    for delay in (0.05, 0.1, 0.15, 0.25, 0.4):
        proc = subprocess.Popen([sys.executable, "-m", "nodeflow", "train", str(LINEAR), "--epochs", "200"],
                                env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        time.sleep(delay)
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=120)
        ours = [f for f in re.findall(r'File "([^"]+)"', err) if f"{os.sep}nodeflow{os.sep}" in f]
        assert not ours, (delay, err)
        if "Traceback" not in err:  # one in Python's own start-up (runpy, site) has no nodeflow frame
            assert err.strip() in ("", "interrupted"), (delay, err)
            assert proc.returncode in (130, -signal.SIGINT, 0), (delay, proc.returncode)
