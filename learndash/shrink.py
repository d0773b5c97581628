"""The bundle without comments or indentation: the same tokens, on the same lines, in fewer bytes.

The modules in `static/` keep their comments for students; the copy the browser downloads needs
none of them. Shrinking is done on tokens, never on text patterns, because `//` and `/*` also occur
inside strings, template literals and regular expressions, where they are not comments:

    const url = "http://x"; // the page        →  const url = "http://x";
        if (/\\/*/.test(s)) {  /* a star */      →  if (/\\/*/.test(s)) {

Line breaks stay where they were (empty lines go), so automatic semicolon insertion reads the code
exactly as before: a comment that spans lines becomes a line break, one inside a line a space.
Only the syntax the renderer's modules use is understood; `significant_tokens` is what a test
compares before and after.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

# A `/` after one of these words starts a regular expression; after any other word, a division.
WORDS_BEFORE_AN_EXPRESSION = frozenset(
    "return typeof instanceof in of new delete void throw case do else yield await".split()
)
WORD = re.compile(r"[\w$\u0080-\uffff]+")
SPACE = re.compile(r"[ \t\f\v\ufeff\u00a0]+")


@dataclass(frozen=True)
class Token:
    """One piece of the source: `kind` is code, string, template, regex, space, newline or comment."""

    kind: str
    text: str


class ShrinkError(ValueError):
    """The source ends inside a string, comment, template or regular expression."""


def tokens(source: str) -> Iterator[Token]:
    """The source cut into tokens that, joined, give back the source exactly.

    A template literal is cut at its `${ ... }` substitutions, whose code is tokenized like any
    other: "`a${b}c`" gives template "`a${", code "b", template "}c`".
    """
    position = 0
    braces: list[str] = []  # for each open `{` or `${`: "code" or "template"
    regex_allowed = True  # whether a `/` here would start a regular expression
    while position < len(source):
        char = source[position]
        rest = source.startswith
        if char == "\n" or char == "\r":
            end = position + 1
            kind = "newline"
        elif SPACE.match(char):
            end = SPACE.match(source, position).end()
            kind = "space"
        elif rest("//", position):
            end = source.find("\n", position)
            end = len(source) if end == -1 else end
            kind = "comment"
        elif rest("/*", position):
            end = _closing(source, "*/", position + 2) + 2
            kind = "comment"
        elif char in "'\"":
            end = _string_end(source, position)
            kind = "string"
        elif char == "`" or (char == "}" and braces and braces[-1] == "template"):
            if char == "}":
                braces.pop()
            end, opens_substitution = _template_end(source, position + 1)
            if opens_substitution:
                braces.append("template")
            kind = "template"
        elif char == "/" and regex_allowed:
            end = _regex_end(source, position)
            kind = "regex"
        else:
            word = WORD.match(source, position)
            end = word.end() if word else position + 1
            kind = "code"
            if char == "{":
                braces.append("code")
            elif char == "}" and braces:
                braces.pop()
        text = source[position:end]
        if kind in ("code", "string", "template", "regex"):
            regex_allowed = _regex_may_follow(kind, text)
        yield Token(kind, text)
        position = end
    if "template" in braces:
        raise ShrinkError("The source ends inside a template literal's ${ substitution }.")


def _regex_may_follow(kind: str, text: str) -> bool:
    """After this token, does a `/` start a regular expression (else it divides)?"""
    if kind in ("string", "regex"):
        return False
    if kind == "template":
        return text.endswith("${")  # inside a substitution an expression starts
    if WORD.fullmatch(text):
        return text in WORDS_BEFORE_AN_EXPRESSION
    return text not in (")", "]", "}")


def _closing(source: str, closer: str, start: int) -> int:
    end = source.find(closer, start)
    if end == -1:
        raise ShrinkError(f"The source ends inside a comment that starts at character {start - 2}.")
    return end


def _string_end(source: str, start: int) -> int:
    """The end of the '...' or "..." string that starts at `start` (a backslash escapes any character)."""
    quote = source[start]
    position = start + 1
    while position < len(source):
        char = source[position]
        if char == "\\":
            position += 2
            continue
        if char == quote:
            return position + 1
        if char == "\n":
            break
        position += 1
    raise ShrinkError(f"The string that starts at character {start} is not closed on its line.")


def _template_end(source: str, position: int) -> tuple[int, bool]:
    """Where this stretch of template text ends, and whether it ends by opening a `${` substitution."""
    while position < len(source):
        char = source[position]
        if char == "\\":
            position += 2
        elif char == "`":
            return position + 1, False
        elif source.startswith("${", position):
            return position + 2, True
        else:
            position += 1
    raise ShrinkError("The source ends inside a template literal.")


def _regex_end(source: str, start: int) -> int:
    """The end of the /regular expression/flags that starts at `start`; a `/` inside [...] is literal."""
    position = start + 1
    in_class = False
    while position < len(source) and source[position] != "\n":
        char = source[position]
        if char == "\\":
            position += 2
            continue
        if char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "/" and not in_class:
            flags = WORD.match(source, position + 1)
            return flags.end() if flags else position + 1
        position += 1
    raise ShrinkError(f"The regular expression that starts at character {start} is not closed on its line.")


def shrink(source: str) -> str:
    """The source without comments, indentation, trailing spaces or empty lines (see the module docstring)."""
    out: list[str] = []
    gap = ""  # the spaces and comments since the last code token on this line
    line_start = True
    for token in tokens(source):
        if token.kind == "space" or (token.kind == "comment" and "\n" not in token.text):
            gap += token.text
        elif token.kind == "newline" or token.kind == "comment":
            if not line_start:
                out.append("\n")
            gap, line_start = "", True
        else:
            if not line_start and gap:
                out.append(gap if SPACE.fullmatch(gap) else " ")
            out.append(token.text)
            gap, line_start = "", False
    return "".join(out)


def significant_tokens(source: str) -> list[tuple[bool, str]]:
    """The tokens that mean something, each with whether a line break comes before it: what
    shrinking must keep the same (the line breaks decide where semicolons are inserted)."""
    found: list[tuple[bool, str]] = []
    broken = False
    for token in tokens(source):
        if token.kind in ("newline", "space", "comment"):
            broken = broken or "\n" in token.text or token.kind == "newline"
        else:
            found.append((broken and bool(found), token.text))
            broken = False
    return found
