"""`running=` while a request is in flight (C-2 item 3) and a Patch that cannot apply (O-7), in
Chromium, on learndash's page and on real Dash's page (the `open_page` fixture opens both)."""
from __future__ import annotations

import threading


def gated_app(release: threading.Event):
    """A save button whose callback answers only when the test releases it."""

    def build(lib):
        app = lib.Dash(__name__)
        app.layout = lib.html.Div([lib.html.Button("save", id="save"), lib.html.Div("idle", id="status"),
                                   lib.html.Div(id="out")])

        @app.callback(lib.Output("out", "children"), lib.Input("save", "n_clicks"), prevent_initial_call=True,
                      running=[(lib.Output("save", "disabled"), True, False),
                               (lib.Output("status", "children"), "saving...", "saved")])
        def save(n_clicks):
            release.wait(10)  # the test decides when the server answers: no sleeping, no race
            return f"saved {n_clicks} time(s)"

        return app

    return build


RUNNING_SHOWN = ("document.getElementById('save').disabled === true"
                 " && document.getElementById('status').textContent === 'saving...'")


def test_running_values_show_while_the_callback_runs(open_page):
    """C-2 item 3: while the request is in flight the button is disabled and the status says so;
    when the answer arrives both take their "off" values and the output its new value."""
    release = threading.Event()
    page = open_page(gated_app(release))
    page.execute_script("document.getElementById('save').click()")
    page.wait_until(RUNNING_SHOWN)
    assert page.execute_script("return document.getElementById('out').textContent") == ""
    release.set()
    page.wait_idle()
    assert page.get_prop("save", "disabled") is False
    assert page.text("status") == "saved" and page.text("out") == "saved 1 time(s)"


def undefined_patch_app(lib):
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([lib.html.Button("go", id="go"), lib.dcc.Store(id="store"),
                               lib.html.Div("before", id="note")])

    @app.callback(lib.Output("store", "data"), lib.Output("note", "children"), lib.Input("go", "n_clicks"),
                  prevent_initial_call=True)
    def grow(n_clicks):
        patch = lib.Patch()
        patch.append(n_clicks)
        return patch, "after"

    return app


def test_a_patch_of_a_prop_with_no_value_fails_the_whole_answer(open_page):
    """O-7: "Cannot patch undefined", and nothing of that answer is written (the other output too)."""
    page = open_page(undefined_patch_app)
    page.click("go")
    assert page.get_prop("store", "data") is None and page.text("note") == "before"
    assert [error.title for error in page.errors] == ["Cannot patch undefined"]
