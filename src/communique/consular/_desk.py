"""The desk: a registry and the keyring that opens its personal data."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..registry import Registry
from ._crypto import Keyring, load_keyring

__all__ = ["Desk"]


@dataclass
class Desk:
    """The consular desk on a registry; the key file is read on first need."""

    registry: Registry
    key_file: str | Path | None = None
    _ring: Keyring | None = field(default=None, repr=False)

    def keyring(self) -> Keyring:
        if self._ring is None:
            self._ring = load_keyring(self.key_file)
        return self._ring

    def forget_keys(self) -> None:
        """Read the key file again on next need (after a rotation by another process)."""
        self._ring = None
