"""One module per CLI subcommand; game.cli parses arguments and calls run(args)."""
