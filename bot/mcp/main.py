"""`sobot mcp`: load the knowledge once, then serve MCP on stdio until the client closes it.

Standard output carries nothing but the protocol; logs go to standard error. The
`mcp` SDK is imported only here, when the command runs, so `sobot ask` never loads it.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from bot.mcp import messages as msg

log = logging.getLogger("sobot.mcp")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `sobot mcp`."""
    parser.add_argument("--log-level", default=os.environ.get("SOBOT_LOG_LEVEL") or "INFO",
                        choices=["DEBUG", "INFO", "WARNING", "ERROR"], help="log detail on stderr (default INFO)")


def configure_logging(level: str) -> None:
    """Log to stderr, set up before the SDK would install its own handler."""
    root = logging.getLogger()
    if not root.handlers:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(stream)
    root.setLevel(level)


def run(args: argparse.Namespace) -> int:
    """Serve until stdin closes; 1 when the SDK is missing (bad data raises DataError for the CLI to report)."""
    configure_logging(getattr(args, "log_level", "INFO"))
    try:
        from bot.mcp.server import build_server
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("mcp"):
            raise
        print(msg.SDK_MISSING, file=sys.stderr)
        return 1
    from bot.core.engine import load_engine

    engine = load_engine()
    if getattr(args, "own_process", False):
        from bot.core.engine import settle

        settle()  # served until stdin closes: full collections need not walk the engine again
    server = build_server(engine)
    log.info(msg.loaded(len(engine.catalog.items), len(engine.catalog.platforms)))
    server.run("stdio")
    return 0
