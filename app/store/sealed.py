"""Passphrase protection for backups: AES-256-GCM with a key made by scrypt.

A protected backup starts with a small header, all of it covered by the cipher's
authentication tag (a changed byte anywhere is refused):

    magic   16 bytes  b"MeetConferSealed"
    version  1 byte   1
    log2 n   1 byte   scrypt cost (n = 2 ** log2 n)
    r        1 byte   scrypt block size
    p        1 byte   scrypt parallelism
    salt    16 bytes
    nonce   12 bytes
    then the encrypted database and its 16-byte tag.

A wrong passphrase and a changed file look the same to the cipher, so both get one plain
message; nothing is written in either case.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass

from app.domain.text import QT_TRANSLATE_NOOP, message
from app.store.errors import StoreError

MAGIC = b"MeetConferSealed"
VERSION = 1
_SALT_SIZE = 16
_NONCE_SIZE = 12
_HEADER_SIZE = len(MAGIC) + 4 + _SALT_SIZE + _NONCE_SIZE
# scrypt with n = 2**15, r = 8: about 32 MB and a fraction of a second, even on an old PC.
_DEFAULT_COST = (15, 8, 1)
# A changed header could ask scrypt for gigabytes and minutes before the passphrase is found
# wrong: nothing above what this program writes is tried.
_MAX_LOG2_N, _MAX_R, _MAX_P = _DEFAULT_COST


class PassphraseError(StoreError):
    """The passphrase is missing or does not open the file; nothing was changed."""


@dataclass(frozen=True, slots=True)
class _Header:
    log2_n: int
    r: int
    p: int
    salt: bytes
    nonce: bytes

    def encode(self) -> bytes:
        return MAGIC + bytes([VERSION, self.log2_n, self.r, self.p]) + self.salt + self.nonce


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC)


def seal(data: bytes, passphrase: str) -> bytes:
    if not passphrase.strip():
        raise PassphraseError(
            message(
                "Safety",
                QT_TRANSLATE_NOOP(
                    "Safety", "The passphrase is empty. Type a passphrase to protect the backup."
                ),
            )
        )
    log2_n, r, p = _DEFAULT_COST
    header = _Header(log2_n, r, p, os.urandom(_SALT_SIZE), os.urandom(_NONCE_SIZE))
    encoded = header.encode()
    # cryptography is imported where a passphrase is used, not when the app starts.
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return encoded + AESGCM(_key(header, passphrase)).encrypt(header.nonce, data, encoded)


def unseal(data: bytes, passphrase: str) -> bytes:
    """The protected bytes, or `PassphraseError` for a wrong passphrase or a changed file."""
    if not passphrase:
        raise _empty_passphrase()
    header = _read_header(data)
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(_key(header, passphrase)).decrypt(
            header.nonce, data[_HEADER_SIZE:], data[:_HEADER_SIZE]
        )
    except InvalidTag:
        raise _wrong_passphrase() from None


def _read_header(data: bytes) -> _Header:
    if len(data) < _HEADER_SIZE + 16 or not is_sealed(data):
        raise _wrong_passphrase()
    version, log2_n, r, p = data[len(MAGIC) : len(MAGIC) + 4]
    if version != VERSION or not (
        1 <= log2_n <= _MAX_LOG2_N and 1 <= r <= _MAX_R and 1 <= p <= _MAX_P
    ):
        raise _wrong_passphrase()
    salt_at = len(MAGIC) + 4
    return _Header(
        log2_n,
        r,
        p,
        data[salt_at : salt_at + _SALT_SIZE],
        data[salt_at + _SALT_SIZE : _HEADER_SIZE],
    )


def _key(header: _Header, passphrase: str) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=header.salt, length=32, n=2**header.log2_n, r=header.r, p=header.p)
    # The same passphrase typed on another computer may come in another Unicode form.
    return kdf.derive(unicodedata.normalize("NFC", passphrase).encode("utf-8"))


def not_protected(path: str) -> PassphraseError:
    """A passphrase was given for a backup that has none: said, not silently ignored (the
    person may have picked another file than the one they meant)."""
    return PassphraseError(
        message(
            "Safety",
            QT_TRANSLATE_NOOP(
                "Safety",
                "The backup {path} is not protected with a passphrase, yet a passphrase was "
                "given. Nothing was changed. If this is the backup you meant, use it without "
                "a passphrase.",
            ),
            path=path,
        )
    )


def _wrong_passphrase() -> PassphraseError:
    return PassphraseError(
        message(
            "Safety",
            QT_TRANSLATE_NOOP(
                "Safety",
                "The passphrase does not open this backup, or the backup file has been "
                "changed or damaged. Nothing was changed. Check the passphrase and try again.",
            ),
        )
    )


def _empty_passphrase() -> PassphraseError:
    return PassphraseError(
        message(
            "Safety",
            QT_TRANSLATE_NOOP(
                "Safety",
                "This backup is protected with a passphrase. Type the passphrase to use it.",
            ),
        )
    )
