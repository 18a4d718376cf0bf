"""The `peristiwa` command line."""
