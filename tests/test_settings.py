from __future__ import annotations

from pathlib import Path

import pytest

from smartnews import SettingsError, load_settings


def test_defaults_load_from_the_shipped_file() -> None:
    settings = load_settings()
    assert settings.dedup.near_duplicate_threshold == 88.0
    assert settings.fetch.timeout == 10.0


def test_a_user_file_overrides_key_by_key(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text("[fetch]\ntimeout = 3\n")
    settings = load_settings(path)
    assert settings.fetch.timeout == 3.0  # int accepted for a float
    assert settings.fetch.max_bytes == load_settings().fetch.max_bytes


def test_the_environment_variable_names_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.toml"
    path.write_text("[pipeline]\nbatch_size = 7\n")
    monkeypatch.setenv("SMARTNEWS_SETTINGS", str(path))
    assert load_settings().pipeline.batch_size == 7


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[fetch]\ntimout = 3\n", "unknown setting 'fetch.timout'"),
        ("[nope]\nx = 1\n", "unknown setting 'nope'"),
        ("[fetch]\ntimeout = 'soon'\n", "must be float"),
        ("[pipeline]\nbatch_size = true\n", "must be int"),
        ("[fetch\n", "cannot read settings file"),
    ],
)
def test_bad_files_say_what_is_wrong(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "s.toml"
    path.write_text(content)
    with pytest.raises(SettingsError, match=message):
        load_settings(path)
    with pytest.raises(ValueError):  # also the built-in it resembles
        load_settings(path)


def test_the_backend_is_a_setting_and_an_unknown_one_is_an_error(tmp_path: Path) -> None:
    assert load_settings().pipeline.backend == "spacy"
    path = tmp_path / "s.toml"
    path.write_text('[pipeline]\nbackend = "stanza"\n')
    assert load_settings(path).pipeline.backend == "stanza"
    path.write_text('[pipeline]\nbackend = "nltk"\n')
    with pytest.raises(SettingsError, match=r"pipeline\.backend"):
        load_settings(path)
