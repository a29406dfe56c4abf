"""Meet-and-Confer Log: document a good-faith effort to meet and confer before a motion
to compel discovery."""

__version__ = "0.1.0"
APP_NAME = "Meet-and-Confer Log"
