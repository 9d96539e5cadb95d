"""Package list: the app's packages plus the top-level resources/ folder as
`wellness_app.resources` (not expressible with find in pyproject alone). The README is
copied into the installed resources: Help › User guide shows its sections offline."""

import shutil
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py


class BuildWithGuide(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "wellness_app" / "resources" / "README.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(__file__).parent / "README.md", target)


setup(packages=[*find_packages(include=["wellness_app*"]), "wellness_app.resources"],
      cmdclass={"build_py": BuildWithGuide})
