"""The app's small helpers: the login limiter and safe redirects."""

from __future__ import annotations

from pathlib import Path

from communique.web._security import safe_next
from communique.web._state import LoginLimiter


def test_the_limiter_counts_failures_per_address_and_name_within_the_window() -> None:
    now = [0.0]
    limiter = LoginLimiter(per_user=2, per_ip=3, window=60, clock=lambda: now[0])
    limiter.fail("1.2.3.4", "Ana")
    assert limiter.wait("1.2.3.4", "ana") == 0
    limiter.fail("1.2.3.4", "ana")
    assert limiter.wait("1.2.3.4", "ANA") == 61
    assert limiter.wait("5.6.7.8", "ana") == 0  # another address
    limiter.fail("1.2.3.4", "ben")
    assert limiter.wait("1.2.3.4", "cy") > 0  # too many names tried from one address
    now[0] = 60.5
    assert limiter.wait("1.2.3.4", "ana") == 0


def test_a_success_clears_that_user_s_failures() -> None:
    limiter = LoginLimiter(per_user=2)
    limiter.fail("ip", "ana")
    limiter.succeed("ip", "ana")
    limiter.fail("ip", "ana")
    assert limiter.wait("ip", "ana") == 0


def test_only_local_paths_are_followed_after_login() -> None:
    assert safe_next("/events?type=visit") == "/events?type=visit"
    for bad in ("https://evil.example", "//evil.example", "/\\evil.example", "javascript:x",
                "/ok\r\nSet-Cookie: x=1", None, ""):
        assert safe_next(bad) == "/"


def test_the_session_key_is_kept_private_in_a_private_folder(tmp_path, monkeypatch) -> None:
    import stat
    import subprocess

    from communique.web._state import load_secret

    monkeypatch.delenv("COMMUNIQUE_SECRET_KEY", raising=False)
    folder = tmp_path / "communique-data"
    key = load_secret(folder)
    assert len(key) > 40 and load_secret(folder) == key  # made once, then read
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "web-secret").stat().st_mode) == 0o600
    ignored = subprocess.run(["git", "check-ignore", "-q", "communique-data/web-secret"],
                             cwd=Path(__file__).resolve().parents[2])
    assert ignored.returncode == 0, "communique-data/ must be in .gitignore"
