"""A normal install works anywhere: the wheel carries data/ and intents/ and `sobot` answers from any directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(out), str(ROOT)], check=True, capture_output=True, timeout=300)
    (found,) = out.glob("sobot-*.whl")
    return found


def test_the_wheel_holds_the_knowledge_and_every_subpackage(wheel: Path) -> None:
    import zipfile

    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in ("data", "intents"):
        shipped = {n.rsplit("/", 1)[-1] for n in names if n.startswith(f"bot/_knowledge/{folder}/")}
        assert shipped == {p.name for p in (ROOT / folder).glob("*.yaml")}
    packages = {str(p.parent.relative_to(ROOT)) for p in (ROOT / "bot").rglob("__init__.py")}
    assert packages <= {n.rsplit("/", 1)[0] for n in names if n.endswith("__init__.py")}
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    assert "License-Expression: MIT" in zipfile.ZipFile(wheel).read(metadata).decode()


def test_an_installed_sobot_answers_from_another_directory(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    subprocess.run([sys.executable, "-m", "pip", "--python", str(env_dir / "bin" / "python"), "install",
                    "--quiet", "--no-deps", str(wheel)], check=True, capture_output=True, timeout=300)
    # the dependencies come from this environment (no network in tests); sobot itself from the wheel
    python = str(env_dir / "bin" / "python")
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          check=True, capture_output=True, text=True).stdout.strip()
    Path(site, "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    clean = {k: v for k, v in os.environ.items() if not k.startswith("SOBOT_") and k != "PYTHONPATH"}
    question = "can I deploy a sentry plugin to CRM Online?"
    done = subprocess.run([str(env_dir / "bin" / "sobot"), "ask", "--json", question],
                          cwd=elsewhere, env={**clean, "SOBOT_STATE_DIR": str(tmp_path / "state"),
                                              "SOBOT_CACHE_DIR": str(tmp_path / "cache")},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["items"][0]["name"] == "Sentry Plugins"
    assert answer["items"][0]["online"] is False
    located = subprocess.run([python, "-c", "import bot; print(bot.__file__)"],
                             cwd=elsewhere, env=clean, capture_output=True, text=True, check=True).stdout
    assert str(ROOT) not in located  # the installed copy, not this clone
