"""Pure-Python core: the case's records, their validation, day counting and the rules
engine. Nothing here imports Qt, SQLite or reportlab."""
