"""The options of the shared engine (:mod:`stance.engine`), the same for `score` and `extract`."""


def add_engine_arguments(parser, *, unit: str, chunk_size: int) -> None:
    """``--chunk-size``, ``--jobs``, ``--engine``, ``--scheduler`` and ``--quiet``; ``unit`` names a chunk's items."""
    parser.set_defaults(default_chunk_size=chunk_size)
    parser.add_argument("--chunk-size", type=int, default=None, metavar="N",
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
    """The engine keyword arguments of ``score_file`` / ``extract_file`` from parsed options.

    Options the chosen engine would ignore are refused, rather than dropped without a word."""
    from ..exceptions import DataError

    if args.engine == "dask" and args.chunk_size is not None:
        raise DataError("--chunk-size is for the local engine; the Dask engine cuts the input into "
                        "partitions of about 16 MB")
    if args.engine == "dask" and args.scheduler and args.jobs is not None:
        raise DataError("--jobs sets the workers of a local cluster; the cluster at --scheduler has its own")
    chunk_size = args.default_chunk_size if args.chunk_size is None else args.chunk_size
    return {"chunk_size": chunk_size, "jobs": args.jobs, "engine": args.engine,
            "scheduler": args.scheduler, "encoding": args.encoding, "progress": not args.quiet}
