"""`AppHarness.text` reads what a person sees, as the browser's own text of the element does, on
learndash's page and on Dash's: what the browser does not draw is not read (K-1 props `hidden`
and `style`). The browser puts line breaks between blocks; the headless text does not (see the
differences page), so the two are compared without white space."""
from __future__ import annotations

from learndash.testing.harness import AppHarness


def hidden_parts_app(lib):
    """Text in a hidden element, in one with `display: none` and in one with `visibility: hidden`,
    between shown pieces; a callback then shows the hidden Span."""
    html = lib.html
    app = lib.Dash(__name__)
    app.layout = html.Div([
        html.Div(id="box", children=[
            "shown ",
            html.Span("secret ", id="secret", hidden=True),
            html.Span("gone ", style={"display": "none"}),
            html.Span("blank ", style={"color": "red", "visibility": "hidden"}),
            html.Div("also shown", title="a tip"),
        ]),
        html.Button("reveal", id="reveal"),
    ])

    @app.callback(lib.Output("secret", "hidden"), lib.Input("reveal", "n_clicks"), prevent_initial_call=True)
    def reveal(n_clicks):
        return False

    return app


def without_space(text: str) -> str:
    return "".join(text.split())


def test_text_leaves_out_what_the_browser_does_not_draw(open_page):
    """The browser's text of the box, on both pages, is what the headless harness reads."""
    import learndash

    page = open_page(hidden_parts_app)
    headless = AppHarness(hidden_parts_app(learndash))
    assert without_space(page.text("box")) == without_space(headless.text("box")) == "shownalsoshown"
    page.click("reveal")
    headless.click("reveal")
    assert without_space(page.text("box")) == without_space(headless.text("box")) == "shownsecretalsoshown"
