"""The benchmark province (tools/bench) in the load test's cluster: built there once as a
template, copied for each run, then made ready for the 25th: a sample of real users of
each role with a password, the month's period opened."""

import os
import sys
from pathlib import Path

from replica_check.common import Abort

from load.common import say

TEMPLATE = "load_province"


def build_template(cluster, tasks):
    """tools/bench's generation (the same province as ``make bench``), in ``cluster``: libpq's
    variables point its psql calls and its Odoo processes there."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import bench.common  # noqa: F401, PLC0415 (puts Odoo on sys.path first)
    from bench.generate import build_template as bench_build  # noqa: PLC0415

    os.environ.update(cluster.environment)
    argv = sys.argv
    # bench's generation re-reads its options from sys.argv (tools/bench --generate ...)
    sys.argv = [argv[0], "--tasks", str(tasks)]
    try:
        bench_build(None, TEMPLATE)
    except Exception as error:
        raise Abort(f"building the province failed: {error}") from error
    finally:
        sys.argv = argv


def ensure_template(cluster, tasks, rebuild=False):
    if rebuild or not cluster.db_exists(TEMPLATE):
        say(f"building the benchmark province ({tasks} tasks) in {TEMPLATE}: once, some minutes")
        build_template(cluster, tasks)
    else:
        say(f"reusing the province template {TEMPLATE} (LOAD_REBUILD=1 to rebuild it)")
