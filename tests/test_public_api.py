"""The public API in ``newsdesk/__init__.py`` beside the stage packages of the same name."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = "Article(headline='h', body='Kabul rejected the accusation.')"


def python(code: str) -> subprocess.CompletedProcess[str]:
    """``code`` in a fresh interpreter: what is imported first decides what a name is."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize(
    "statement",
    [
        "import newsdesk.analyse.places as m",
        "import newsdesk; import newsdesk.analyse.places as m",
        "from newsdesk.analyse import places as m",
        "import newsdesk.analyse.gazetteer as m",
    ],
)
def test_stage_modules_import_whatever_was_imported_before(statement: str) -> None:
    done = python(f"{statement}; print(m.__name__)")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("newsdesk.analyse.")


@pytest.mark.slow
def test_newsdesk_analyse_is_still_the_public_function() -> None:
    done = python(
        "import newsdesk, newsdesk.analyse.places\n"
        "from newsdesk import Analysis, Article, analyse\n"
        f"first = newsdesk.analyse({ARTICLE})\n"
        f"second = analyse({ARTICLE}, nlp=None, gazetteer=None)\n"
        "assert isinstance(first, Analysis) and first == second\n"
        "print([m.entity for m in first.mentions])\n"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['gov:AFG']"


def test_no_public_function_hides_a_module_of_the_package() -> None:
    import newsdesk

    package = Path(newsdesk.__file__).parent
    modules = {p.stem for p in package.glob("*.py")} | {
        p.parent.name for p in package.glob("*/__init__.py")
    }
    for name in set(newsdesk.__all__) & modules:
        attribute = getattr(newsdesk, name)
        assert attribute is sys.modules[f"newsdesk.{name}"] and callable(attribute), name


@pytest.mark.slow
def test_mypy_accepts_calls_of_newsdesk_analyse(tmp_path: Path) -> None:
    use = tmp_path / "use_api.py"
    use.write_text(
        "import newsdesk\n"
        "import newsdesk.analyse.places as places\n"
        "from newsdesk import Analysis, Article, analyse\n\n\n"
        "def run(article: Article) -> Analysis:\n"
        "    assert places.__name__\n"
        "    first = newsdesk.analyse(article)\n"
        "    second: Analysis = analyse(article, nlp=None)\n"
        "    return first if first.entities else second\n\n\n"
        "newsdesk.analyse('not an article')\n"
    )
    cache = ["--cache-dir", str(tmp_path / "cache")]
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", *cache, str(use)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    # The only error is the wrong argument: the call sites are typed against the function.
    assert done.stdout.count("error:") == 1, done.stdout
    assert 'Argument 1 to "analyse" has incompatible type "str"; expected "Article"' in done.stdout
