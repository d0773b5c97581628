"""HTTP responses for the page shell and the renderer's script: compressed, and cached when versioned.

A URL that carries a version (the bundle's hash, plotly's release) names bytes that never change,
so the browser may keep them for a year without asking again (`immutable`); a new version is a
new URL. Text is sent gzipped to a browser that accepts it; bodies that repeat (the bundle,
plotly.js) are compressed once and the compressed bytes kept: plotly.js goes from 4.8 MB to 1.5 MB
for 0.2 s of the server's time on its first request, and the browser unpacks it as it arrives.
"""
from __future__ import annotations

import gzip
from functools import lru_cache

import flask

CACHE_FOR_A_YEAR = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"


def accepts_gzip(request: flask.Request) -> bool:
    """Whether the browser said it can read a gzipped body (`Accept-Encoding: gzip`)."""
    return "gzip" in request.headers.get("Accept-Encoding", "").lower()


@lru_cache(maxsize=8)
def gzipped(body: bytes) -> bytes:
    """`body` compressed, remembered for the few large bodies that are sent again and again (the
    bundle, plotly.js); `mtime=0` keeps the bytes the same from one run to the next."""
    return gzip.compress(body, compresslevel=6, mtime=0)


def text_response(body: str, mimetype: str, *, cache_control: str = REVALIDATE, remember: bool = False) -> flask.Response:
    """`body` as a response, gzipped when the browser accepts it. `remember=True` keeps the
    compressed bytes for the next request (for bodies that repeat, like the bundle)."""
    return bytes_response(body.encode("utf-8"), mimetype, cache_control=cache_control, remember=remember)


def bytes_response(data: bytes, mimetype: str, *, cache_control: str = REVALIDATE, remember: bool = False) -> flask.Response:
    """`data` as a response, as `text_response` sends text. With `remember=True` and a large body,
    pass one bytes object kept in memory: the compressed copy is looked up by the body's hash,
    which Python computes once per object."""
    response = flask.Response(mimetype=mimetype)
    response.headers["Cache-Control"] = cache_control
    response.headers["Vary"] = "Accept-Encoding"
    if accepts_gzip(flask.request):
        data = gzipped(data) if remember else gzip.compress(data, compresslevel=6, mtime=0)
        response.headers["Content-Encoding"] = "gzip"
    response.set_data(data)
    return response
