"""The shrunk bundle (`shrink.py`): comments and indentation go, every token and every line break
between tokens stays, so the browser runs the same code (rule I-1, the page's own script).

`//` and `/*` are comments only outside strings, template literals and regular expressions; these
cases are the ones a text pattern would get wrong."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import learndash
from learndash.bundle import build_bundle
from learndash.shrink import ShrinkError, shrink, significant_tokens, tokens

STATIC = Path(learndash.__file__).parent / "static"


def test_comments_and_indentation_go_and_line_breaks_stay():
    source = "/** Docs. */\nfunction f(a) {\n    // why\n    return a; // the end\n\n\n}\n"
    assert shrink(source) == "function f(a) {\nreturn a;\n}\n"


@pytest.mark.parametrize("code", [
    'const url = "http://example.com/*not a comment*/";',
    "const path = '//server/share';",
    'const both = "a\\"//b" + \'c\\\'/*d\';',
    "const t = `http://x/${'//'}/*`;",
])
def test_comment_marks_inside_strings_stay(code):
    assert shrink(code + " // a comment") == code


@pytest.mark.parametrize("code, regex", [
    ("const stars = /\\/*/g;", "/\\/*/g"),
    ("const slashes = /a\\/\\/b/g.test(s);", "/a\\/\\/b/g"),
    ("const inClass = /[/*]+/.test(s);", "/[/*]+/"),
    ("if (ok) return /^\\/\\//.test(url);", "/^\\/\\//"),
    ("const list = [/a/, x];", "/a/"),
])
def test_regular_expressions_stay_whole(code, regex):
    assert shrink(code + " /* a comment */") == code
    assert [t.text for t in tokens(code) if t.kind == "regex"] == [regex]


def test_a_slash_after_a_value_divides():
    """After a name, a number, `)` or `]` a `/` is division, so the next `/` does not end a regex."""
    code = "const half = total / 2 / count; const r = (a + b) / c[0] / 4; // done"
    assert shrink(code) == "const half = total / 2 / count; const r = (a + b) / c[0] / 4;"
    assert "regex" not in [t.kind for t in tokens(code)]


def test_comments_inside_template_substitutions_go_and_the_template_text_stays():
    code = "const s = `a ${b /* x */ + `c ${d // y\n} // e`} /* f */`;"
    assert shrink(code) == "const s = `a ${b + `c ${d\n} // e`} /* f */`;"


def test_template_text_keeps_its_indentation_and_empty_lines():
    code = "    const html = `\n    <p>\n\n      //x\n    </p>`;"
    assert shrink(code) == "const html = `\n    <p>\n\n      //x\n    </p>`;"


def test_a_comment_before_a_line_starting_with_a_bracket_keeps_its_line_break():
    """Without the line break `a\\n(b)` would become the call `a(b)`, and `a\\n[0]` an index."""
    code = "let x = a /* one\ntwo */\n(b);\nlet y = c // three\n[0].forEach(f);"
    shrunk = shrink(code)
    assert shrunk == "let x = a\n(b);\nlet y = c\n[0].forEach(f);"
    assert significant_tokens(shrunk) == significant_tokens(code)
    assert shrink("a /* a block\nover lines */ b") == "a\nb"
    assert shrink("return/**/x") == "return x"


def test_unclosed_literals_are_refused():
    for source in ('"open', "`open ${", "/* open", "x = /open"):
        with pytest.raises(ShrinkError):
            shrink(source)


def bundle_files(*, shrunk: bool) -> list[str]:
    """The texts of the bundle of the real static folder and of its chunks, in order."""
    read = {p.relative_to(STATIC).as_posix(): p.read_text(encoding="utf-8") for p in STATIC.rglob("*.js")}
    bundle = build_bundle(read, shrunk=shrunk)
    return [bundle.text] + [chunk.text for chunk in bundle.chunks.values()]


def comparable(text: str) -> list[tuple[bool, str]]:
    """The significant tokens, with the chunks' names (hashes of texts, shrunk or not) made alike."""
    return [(broken, CHUNK_NAME.sub("renderer-<chunk>.js", token)) for broken, token in significant_tokens(text)]


CHUNK_NAME = re.compile(r"renderer-[0-9a-f]{16}\.js")


def test_the_real_bundle_shrunk_has_the_same_tokens_and_line_breaks():
    readable, shrunk = bundle_files(shrunk=False), bundle_files(shrunk=True)
    assert len(readable) == len(shrunk) > 1
    for before, after in zip(readable, shrunk):
        assert comparable(after) == comparable(before)
        assert not any(token.kind == "comment" for token in tokens(after))
        assert len(after) < 0.9 * len(before)


@pytest.mark.skipif(shutil.which("node") is None and not os.environ.get("CI"), reason="node is not installed: the syntax check of the real bundle needs it (the token comparison above runs without; in CI it must run)")
def test_node_parses_the_shrunk_bundle_and_its_chunks_as_modules(tmp_path):
    """Node's own parser accepts every shrunk file as an ES module (the way the page loads them)."""
    for number, text in enumerate(bundle_files(shrunk=True)):
        path = tmp_path / f"file{number}.mjs"
        path.write_text(text, encoding="utf-8")
        result = subprocess.run(["node", "--check", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
