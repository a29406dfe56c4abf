"""Letters to the other side's lawyer: the window that writes one from the log, the
"I mailed it" step that logs it, and the read-only view of a letter already mailed.

Nothing here is imported at start-up: the pages and the menu import `opening` when the
person asks for a letter. The letter's words come from `app.services.letters`; printing
and the preview are the declaration's own (`app.ui.declaration.printing`, `.preview`).
"""
