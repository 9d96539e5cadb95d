"""Package list: the app's packages plus the top-level resources/ folder as
`wellness_app.resources` (not expressible with find in pyproject alone). Building also
writes THIRD_PARTY_NOTICES (from the installed distributions' metadata) and a copy of
LICENSE into the package, so Help › Licenses can show both."""

import importlib.util
import shutil
import tomllib
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildPyWithNotices(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads them from the checkout
        target = Path(self.build_lib, "wellness_app", "resources")
        spec = importlib.util.spec_from_file_location("_notices",
                                                      ROOT / "wellness_app" / "notices.py")
        notices = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(notices)
        requirements = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
            "project"]["dependencies"]
        notices.write(target / notices.NOTICES_FILENAME, ROOT / "resources" / "licenses",
                      requirements)
        shutil.copyfile(ROOT / "LICENSE", target / "LICENSE")


setup(packages=[*find_packages(include=["wellness_app*"]), "wellness_app.resources"],
      cmdclass={"build_py": BuildPyWithNotices})
