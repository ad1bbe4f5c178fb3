"""Every module of the package imports on its own, first of all: no import cycle is hidden
by the order in which the rest of the package happens to be loaded."""

from __future__ import annotations

import subprocess
import sys
import textwrap

_SCRIPT = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    import tacitus
    names = [m.name for m in pkgutil.walk_packages(tacitus.__path__, "tacitus.")]
    failed = []
    for name in names:
        for loaded in [k for k in sys.modules if k == "tacitus" or k.startswith("tacitus.")]:
            del sys.modules[loaded]
        try:
            importlib.import_module(name)
        except ImportError as exc:
            failed.append(f"{name}: {exc}")
    print(len(names))
    print("\\n".join(failed))
    """
)


def test_each_module_imports_first() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT], capture_output=True, text=True, check=True, timeout=600
    )
    count, *failures = done.stdout.splitlines()
    assert int(count) > 100
    assert [f for f in failures if f] == []
