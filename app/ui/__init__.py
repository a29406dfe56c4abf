"""The desktop app (PySide6). Views call `app.services`; they never touch the store."""
