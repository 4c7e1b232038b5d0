"""Subcommands of the ``wiredrift`` CLI, one module each (see :mod:`wiredrift.eval.cli`)."""
