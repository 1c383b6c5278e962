"""The ``clustermap`` command."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    """Run the ``clustermap`` command line; returns the exit status."""
    parser = argparse.ArgumentParser(prog="clustermap", description=__doc__)
    parser.parse_args(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
