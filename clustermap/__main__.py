"""The ``clustermap`` command (and ``python -m clustermap``): ``clustermap.cli`` behind a
check of the settings, which are read when the command's modules are imported, so a
value of the wrong kind (``CLUSTERMAP_MAX_INPUT_BYTES=20MB``) is one line on stderr and
exit status 2, as argparse answers a bad option, not a traceback."""

from __future__ import annotations

import os
import signal
import sys


def main() -> int:
    """Check the settings, then run the command line; its exit status."""
    try:
        import geo.settings  # noqa: F401  (the first import reads the environment)
    except ValueError as exc:  # geo.settings.SettingError, whose module failed to load
        print(f"clustermap: {exc}", file=sys.stderr)
        return 2
    from clustermap import cli

    try:
        return cli.main()
    except BrokenPipeError:
        # The reader went away (`clustermap extract --json | head`): as a shell tool
        # killed by SIGPIPE, stop quietly. stdout is pointed at /dev/null so the flush at
        # exit does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 128 + signal.SIGPIPE


if __name__ == "__main__":
    sys.exit(main())
