from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest

from communique.consular import load_keyring
from communique.consular._crypto import name_tokens, normalise_name
from communique.errors import SecretKeyError


def test_a_missing_key_file_is_created_owner_only_and_said_so(tmp_path: Path,
                                                               caplog: pytest.LogCaptureFixture):
    path = tmp_path / "sub" / "secret.key"
    with caplog.at_level(logging.WARNING, logger="communique.consular"):
        ring = load_keyring(path)
    assert path.is_file()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert str(path) in caplog.text and "created a new consular secret key" in caplog.text
    assert load_keyring(path).keys == ring.keys


def test_values_round_trip_and_are_bound_to_their_column(tmp_path: Path):
    ring = load_keyring(tmp_path / "k")
    token = ring.encrypt("Oyelaran Quist", "citizen.name")
    assert token is not None and "Oyelaran" not in token
    assert ring.encrypt("Oyelaran Quist", "citizen.name") != token  # a fresh nonce each time
    assert ring.decrypt(token, "citizen.name") == "Oyelaran Quist"
    with pytest.raises(SecretKeyError, match="does not decrypt"):
        ring.decrypt(token, "citizen.contacts")


def test_another_key_file_cannot_read_the_values(tmp_path: Path):
    token = load_keyring(tmp_path / "a").encrypt("x", "c")
    other = load_keyring(tmp_path / "b")
    other.keys = {ring_kid: v for ring_kid, v in other.keys.items()}
    with pytest.raises(SecretKeyError, match="does not decrypt"):
        other.decrypt(token, "c")


def test_a_broken_key_file_is_a_clear_error(tmp_path: Path):
    path = tmp_path / "k"
    path.write_text("not json")
    with pytest.raises(SecretKeyError, match="not a communique key file"):
        load_keyring(path)


def test_the_index_ignores_case_accents_and_spacing(tmp_path: Path):
    ring = load_keyring(tmp_path / "k")
    assert ring.name_index("José  Ruiz") == ring.name_index("jose ruiz")
    assert ring.document_index("c-12 345") == ring.document_index("C12345")
    assert ring.name_index("Jose Ruiz") != ring.name_index("Jose Ruis")
    assert normalise_name(" Ána-María ") == "ana maria"
    assert name_tokens("Ana A Ruiz Ruiz") == ["ana", "ruiz"]
