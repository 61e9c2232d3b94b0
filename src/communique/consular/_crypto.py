"""Field encryption (AES-256-GCM) and the keyed-hash search index of the consular desk.

The key file (``COMMUNIQUE_SECRET_KEY_FILE``, default ``consular-secret.key`` in the
data folder, ``COMMUNIQUE_DATA_DIR``)
is JSON: ``{"current": "k1", "keys": {"k1": "<base64 of 32 bytes>"}}``. It is
created with mode 0600 on first use when it does not exist, and a warning says
where. From each master key HKDF derives two keys: one for AES-GCM, one for
the HMAC blind index. A ciphertext is ``v1:<key id>:<base64(nonce + ct)>``;
the column it belongs to is bound as associated data, so a value copied into
another column does not decrypt.

Rotation (:func:`communique.consular.rotate_keys`) adds a new key to the file
first, re-encrypts every field in one transaction, then drops the old key:
a failure in between leaves both keys in the file and the data readable.
"""

from __future__ import annotations

import base64
import hmac
import json
import logging
import os
import secrets
import unicodedata
from dataclasses import dataclass, field
from hashlib import sha256
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..errors import SecretKeyError

__all__ = ["KEY_FILE_ENV", "DEFAULT_KEY_FILE", "Keyring", "key_file_path", "load_keyring",
           "normalise_name", "name_tokens"]

KEY_FILE_ENV = "COMMUNIQUE_SECRET_KEY_FILE"
DEFAULT_KEY_FILE = "consular-secret.key"
_PREFIX = "v1"
_log = logging.getLogger("communique.consular")


def key_file_path(explicit: str | Path | None = None, data_dir: str | Path | None = None) -> Path:
    """The key file: explicit, else ``COMMUNIQUE_SECRET_KEY_FILE``, else
    ``consular-secret.key`` in the data folder (``COMMUNIQUE_DATA_DIR``)."""
    if explicit or os.environ.get(KEY_FILE_ENV):
        return Path(explicit or os.environ[KEY_FILE_ENV])
    from ..config import get_settings

    return Path(data_dir or get_settings().data_dir) / DEFAULT_KEY_FILE


def _derive(master: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"communique consular " + purpose).derive(master)


def normalise_name(value: str) -> str:
    """Case, accents and spacing do not matter for search ("José  Ruiz" = "jose ruiz")."""
    decomposed = unicodedata.normalize("NFKD", value)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().replace("-", " ").split())


def name_tokens(value: str) -> list[str]:
    """The words of a name that the index keeps (2 characters or more), without repeats."""
    return list(dict.fromkeys(w for w in normalise_name(value).split() if len(w) >= 2))


def _normalise_document(value: str) -> str:
    return "".join(c for c in value.upper() if c.isalnum())


@dataclass
class Keyring:
    """The keys of the key file; ``current`` encrypts and indexes, every key decrypts."""

    path: Path
    current: str
    keys: dict[str, bytes]
    _derived: dict[tuple[str, bytes], bytes] = field(default_factory=dict, repr=False)

    def _key(self, kid: str, purpose: bytes) -> bytes:
        found = self._derived.get((kid, purpose))
        if found is None:
            found = self._derived[(kid, purpose)] = _derive(self.keys[kid], purpose)
        return found

    def _aead(self, kid: str) -> AESGCM:
        return AESGCM(self._key(kid, b"aes-gcm"))

    def encrypt(self, value: str | None, column: str) -> str | None:
        if value is None or value == "":
            return None
        nonce = secrets.token_bytes(12)
        ct = self._aead(self.current).encrypt(nonce, value.encode("utf-8"), column.encode())
        return f"{_PREFIX}:{self.current}:{base64.b64encode(nonce + ct).decode('ascii')}"

    def decrypt(self, token: str | None, column: str) -> str | None:
        if token is None:
            return None
        try:
            prefix, kid, body = token.split(":", 2)
        except ValueError:
            raise SecretKeyError(f"a stored {column} value is not in the encrypted format; "
                                 "the database was written by something else") from None
        if prefix != _PREFIX or kid not in self.keys:
            raise SecretKeyError(
                f"a stored {column} value was encrypted with key {kid!r}, which the key file "
                f"{self.path} does not hold; point {KEY_FILE_ENV} at the key file this "
                "database was written with") from None
        raw = base64.b64decode(body)
        try:
            return self._aead(kid).decrypt(raw[:12], raw[12:], column.encode()).decode("utf-8")
        except InvalidTag:
            raise SecretKeyError(
                f"a stored {column} value does not decrypt with key {kid!r} of {self.path}: "
                "the key file was replaced or the value altered; restore the right key file"
            ) from None

    def encrypt_bytes(self, data: bytes, column: str) -> bytes:
        """Bytes (an attachment) as ``v1:<key id>:`` + nonce + ciphertext, bound to ``column``."""
        nonce = secrets.token_bytes(12)
        ct = self._aead(self.current).encrypt(nonce, data, column.encode())
        return f"{_PREFIX}:{self.current}:".encode("ascii") + nonce + ct

    def decrypt_bytes(self, blob: bytes | None, column: str) -> bytes | None:
        if blob is None:
            return None
        head = bytes(blob[:40]).split(b":", 2)
        if len(head) != 3 or head[0] != _PREFIX.encode():
            raise SecretKeyError(f"a stored {column} value is not in the encrypted format; "
                                 "the database was written by something else")
        kid = head[1].decode("ascii", "replace")
        if kid not in self.keys:
            raise SecretKeyError(
                f"a stored {column} value was encrypted with key {kid!r}, which the key file "
                f"{self.path} does not hold; point {KEY_FILE_ENV} at the key file this "
                "database was written with")
        raw = bytes(blob)[len(head[0]) + len(head[1]) + 2:]
        try:
            return self._aead(kid).decrypt(raw[:12], raw[12:], column.encode())
        except InvalidTag:
            raise SecretKeyError(
                f"a stored {column} value does not decrypt with key {kid!r} of {self.path}: "
                "the key file was replaced or the value altered; restore the right key file"
            ) from None

    def _mac(self, purpose: bytes, value: str) -> str:
        key = self._key(self.current, b"index " + purpose)
        return hmac.new(key, value.encode("utf-8"), sha256).hexdigest()

    def name_index(self, name: str) -> str:
        return self._mac(b"name", normalise_name(name))

    def token_index(self, token: str) -> str:
        return self._mac(b"token", normalise_name(token))

    def document_index(self, number: str) -> str:
        return self._mac(b"document", _normalise_document(number))

    # ------------------------------------------------------------ the file

    def save(self) -> None:
        """Write the key file atomically, readable by its owner only."""
        data = {"current": self.current,
                "keys": {k: base64.b64encode(v).decode("ascii") for k, v in self.keys.items()}}
        tmp = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.path)

    def add_key(self) -> str:
        n = 1 + max((int(k[1:]) for k in self.keys if k[1:].isdigit()), default=0)
        kid = f"k{n}"
        self.keys[kid] = secrets.token_bytes(32)
        return kid


def load_keyring(path: str | Path | None = None, *, create: bool = True) -> Keyring:
    """The keyring of the key file, creating the file (0600) with a warning when absent."""
    file = key_file_path(path)
    if not file.exists():
        if not create:
            raise SecretKeyError(f"there is no key file at {file}; set {KEY_FILE_ENV}",
                                 path=str(file))
        ring = Keyring(file, "k1", {"k1": secrets.token_bytes(32)})
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            ring.save()
        except OSError as exc:
            raise SecretKeyError(f"cannot create the key file ({exc.strerror}); set "
                                 f"{KEY_FILE_ENV} to a writable path", path=str(file)) from None
        _log.warning("created a new consular secret key in %s (mode 0600): back it up; "
                     "without it the citizens' data cannot be read", file)
        return ring
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        keys = {str(k): base64.b64decode(v) for k, v in data["keys"].items()}
        current = str(data["current"])
    except OSError as exc:
        raise SecretKeyError(f"cannot read the key file ({exc.strerror})", path=str(file)) from None
    except (ValueError, KeyError, TypeError, AttributeError):
        raise SecretKeyError("the key file is not a communique key file (JSON with "
                             "'current' and 'keys'); restore it from a backup",
                             path=str(file)) from None
    if current not in keys or any(len(v) != 32 for v in keys.values()):
        raise SecretKeyError("the key file names a missing current key or holds a key that "
                             "is not 32 bytes; restore it from a backup", path=str(file))
    if file.stat().st_mode & 0o077:
        _log.warning("the key file %s can be read by other users: chmod 600 it", file)
    return Keyring(file, current, keys)
