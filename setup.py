"""Package list: the app's packages plus the top-level resources/ folder as
`wellness_app.resources` (not expressible with find in pyproject alone)."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["wellness_app*"]), "wellness_app.resources"])
