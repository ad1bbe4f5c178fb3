"""The ``tacitus`` command: a thin layer over the library."""
