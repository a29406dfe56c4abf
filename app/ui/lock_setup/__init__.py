"""Locking the data folder with a passphrase from the desktop app: setting the lock up (from
the Privacy menu, or as the last, optional page of "Start my case"), changing the
passphrase, removing the lock. The conversion itself is `app.services.privacy`'s; this
package asks for the passphrases, shows that the work is under way, and puts the program
back on its data afterwards, locked or not (`converting`)."""
