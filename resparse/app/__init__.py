"""The shell: the command line (click), settings and configuration, file discovery, the process pool and
progress. Nothing below this package knows there is a command line."""
