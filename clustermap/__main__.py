"""The ``clustermap`` command (and ``python -m clustermap``): ``clustermap.cli`` behind a
check of the settings, which are read when the command's modules are imported, so a
value of the wrong kind (``CLUSTERMAP_MAX_INPUT_BYTES=20MB``) is one line on stderr and
exit status 2, as argparse answers a bad option, not a traceback."""

from __future__ import annotations

import sys


def main() -> int:
    """Check the settings, then run the command line; its exit status."""
    try:
        import geo.settings  # noqa: F401  (the first import reads the environment)
    except ValueError as exc:  # geo.settings.SettingError, whose module failed to load
        print(f"clustermap: {exc}", file=sys.stderr)
        return 2
    from clustermap import cli

    return cli.main()


if __name__ == "__main__":
    sys.exit(main())
