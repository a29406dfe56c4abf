"""Meet-and-Confer Log: document a good-faith effort to meet and confer before a motion
to compel discovery."""

import time

# When the program began, for the smoke test's "milliseconds to first paint": counted from
# here, the imports that come before the window are part of what a person waits for.
STARTED = time.perf_counter()

__version__ = "0.1.0"
APP_NAME = "Meet-and-Confer Log"
