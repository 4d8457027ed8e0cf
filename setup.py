"""What pyproject.toml cannot say: ship the top-level data folders inside the app package.

The repo keeps ``resources/`` and ``nl_model/pipeline/`` at the top level (they are the source
of truth, edited and retrained there). A wheel or sdist maps them to ``app/_data/resources`` and
``app/_data/pipeline``, where ``app.resources`` finds them with importlib.resources. Every
sub-folder is listed as a (data-only) package, which is how setuptools wants data folders named.
Everything else (metadata, dependencies, entry point) is in pyproject.toml.
"""

from pathlib import Path

from setuptools import find_packages, setup

DATA_DIRS = {"app._data.resources": "resources", "app._data.pipeline": "nl_model/pipeline"}


def data_packages() -> list[str]:
    names = []
    for package, folder in DATA_DIRS.items():
        names.append(package)
        for sub in sorted(Path(folder).rglob("*")):
            if sub.is_dir() and sub.name != "__pycache__":
                names.append(".".join((package, *sub.relative_to(folder).parts)))
    return names


DATA_PACKAGES = data_packages()

setup(
    packages=[*find_packages(include=["app", "app.*"]), *DATA_PACKAGES],
    package_dir=DATA_DIRS,
    package_data={name: ["*"] for name in DATA_PACKAGES},
    exclude_package_data={name: ["*.pyc"] for name in DATA_PACKAGES},
)
