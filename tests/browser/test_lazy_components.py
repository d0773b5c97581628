"""Components whose modules the page loads when needed (components/registry.js LATER): a type
that is not in the first layout still renders, and works, when a callback returns it, on
learndash's page as on Dash's (which loads its own component chunks on demand, too)."""
from __future__ import annotations

RENDERER_SCRIPTS = (
    "return performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)"
    ".filter((path) => path.startsWith('/_learndash/renderer-')).length;"
)


def reveal_app(lib):
    """A button that adds a Dropdown, a Markdown and Tabs, none of them in the first layout."""
    app = lib.Dash(__name__)
    app.layout = lib.html.Div([lib.html.Button("Show", id="show"), lib.html.Div(id="place"), lib.html.Div(id="picked")])

    @app.callback(lib.Output("place", "children"), lib.Input("show", "n_clicks"), prevent_initial_call=True)
    def show(n_clicks):
        return [
            lib.dcc.Dropdown(["red", "blue"], "red", id="pick"),
            lib.dcc.Markdown("Some **bold** text", id="note"),
            lib.dcc.Tabs([lib.dcc.Tab(label="One", value="one"), lib.dcc.Tab(label="Two", value="two")], id="tabs", value="one"),
        ]

    @app.callback(lib.Output("picked", "children"), lib.Input("pick", "value"), lib.Input("tabs", "value"))
    def describe(color, tab):
        return f"{color} on {tab}"

    return app


def test_a_component_returned_by_a_callback_renders_when_its_module_was_not_loaded(open_page):
    """Rules C-8 a and K-3: components a callback adds mount and fire their callbacks, even when
    their module reaches the page only then."""
    page = open_page(reveal_app)
    if not open_page.dash_mode:
        assert page.execute_script(RENDERER_SCRIPTS) == 1  # the bundle alone: no Dropdown, Markdown or Tabs
    page.click("show")
    page.wait_until("document.querySelector('#note strong') && document.getElementById('tabs')")
    assert page.execute_script("return document.querySelector('#note strong').textContent;") == "bold"
    assert page.text("picked") == "red on one"
    page.select_option("pick", "blue")
    assert page.get_prop("pick", "value") == "blue"
    assert page.text("picked") == "blue on one"
    if not open_page.dash_mode:
        assert page.execute_script(RENDERER_SCRIPTS) == 4  # and the three chunks, once each
