"""Use cases: the one API that the desktop app and the command line call."""
