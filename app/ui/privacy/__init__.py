"""A data folder locked with a passphrase, on the screen: the unlock screen asked for before
anything of a case is read (`unlock_screen`), locking the program by hand or after some
minutes without use (`session_lock`, `idle`), and the menu entries and the button that do it
(`actions`). Only a locked folder loads more than `actions`."""
