"""The options of the shared engine (:mod:`stance.engine`), the same for `score` and `extract`."""


def add_engine_arguments(parser, *, unit: str, chunk_size: int) -> None:
    """``--chunk-size``, ``--jobs``, ``--engine``, ``--scheduler`` and ``--quiet``; ``unit`` names a chunk's items."""
    parser.add_argument("--chunk-size", type=int, default=chunk_size, metavar="N",
                        help=f"{unit} read, worked on and written at a time (default: {chunk_size:,})")
    parser.add_argument("--jobs", type=int, default=None, metavar="N",
                        help="worker processes on this machine; 1 works in-process, 0 uses every "
                             "core (default: 1; with --engine dask: 2 local workers)")
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="local: stream the files here (default); dask: dask.dataframe on a cluster")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="a running Dask scheduler, e.g. tcp://10.0.0.5:8786 "
                             "(default: start a local cluster)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary line")


def engine_options(args) -> dict:
    """The engine keyword arguments of ``score_file`` / ``extract_file`` from parsed options."""
    return {"chunk_size": args.chunk_size, "jobs": args.jobs, "engine": args.engine,
            "scheduler": args.scheduler, "encoding": args.encoding, "progress": not args.quiet}
