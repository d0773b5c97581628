"""The Dash tutorial's apps, as the docs write them (small inline data instead of downloads).

Each scenario's first rule id is the rule its app is mostly about; "T-" in the name marks a
tutorial app.
"""
from __future__ import annotations

from .vocabulary import FigureAxisType, FigureTitle, ID, Scenario, Texts, click, load, set_props

SCENARIOS: list[Scenario] = []


def build_text_input(lib):
    """C-2, I-2 (tutorial "Basic callbacks", cbsc001): typing in an Input updates a Div; one call
    at load and one per edit."""
    html, dcc = lib.html, lib.dcc
    app = lib.Dash(__name__)
    app.layout = html.Div([
        html.H6("Change the value in the text box to see callbacks in action!"),
        html.Div(["Input: ", dcc.Input(id="my-input", value="initial value", type="text")]),
        html.Br(),
        html.Div(id="my-output"),
    ])

    @app.callback(lib.Output("my-output", "children"), lib.Input("my-input", "value"))
    def update_output_div(input_value):
        return f"Output: {input_value}"

    return app


SCENARIOS.append(Scenario(
    name="C-2-T-text-input-to-div",
    rule_ids=("C-2", "I-2"),
    build=build_text_input,
    steps=[
        load(expect={("my-output", "children"): "Output: initial value"}, calls={"update_output_div": 1}),
        set_props("my-input", {"value": "hello"}, expect={("my-output", "children"): "Output: hello"},
                  calls={"update_output_div": 1}),
        set_props("my-input", {"value": ""}, expect={("my-output", "children"): "Output: "},
                  calls={"update_output_div": 1}),
    ],
))


def indicator_frame():
    """A few rows shaped like the tutorial's country-indicators CSV."""
    import pandas as pd

    rows = []
    values = {
        ("Chile", "GDP"): (4000, 9000), ("Chile", "Life"): (55, 78),
        ("Kenya", "GDP"): (900, 1500), ("Kenya", "Life"): (42, 54),
        ("Norway", "GDP"): (12000, 49000), ("Norway", "Life"): (72, 80),
        ("Peru", "GDP"): (3000, 7400), ("Peru", "Life"): (43, 71),
    }
    for (country, indicator), (early, late) in values.items():
        rows.append({"Country Name": country, "Indicator Name": indicator, "Year": 1962, "Value": early})
        if country != "Peru":  # one country has no recent data, so the count differs by year
            rows.append({"Country Name": country, "Indicator Name": indicator, "Year": 2007, "Value": late})
    return pd.DataFrame(rows)


def build_multiple_inputs_graph(lib):
    """C-2, O-1 (tutorial "Multiple inputs"): two Dropdowns, two RadioItems and a Slider feed one
    Graph; every edit runs the callback once with all five current values."""
    import plotly.express as px

    html, dcc = lib.html, lib.dcc
    df = indicator_frame()
    indicators = sorted(df["Indicator Name"].unique())
    years = sorted(int(y) for y in df["Year"].unique())
    app = lib.Dash(__name__)
    app.layout = html.Div([
        html.Div([
            html.Div([
                dcc.Dropdown(indicators, "GDP", id="xaxis-column"),
                dcc.RadioItems(["Linear", "Log"], "Linear", id="xaxis-type", inline=True),
            ], style={"width": "48%", "display": "inline-block"}),
            html.Div([
                dcc.Dropdown(indicators, "Life", id="yaxis-column"),
                dcc.RadioItems(["Linear", "Log"], "Linear", id="yaxis-type", inline=True),
            ], style={"width": "48%", "float": "right", "display": "inline-block"}),
        ]),
        dcc.Graph(id="indicator-graphic"),
        dcc.Slider(years[0], years[-1], step=None, id="year--slider", value=years[-1],
                   marks={str(year): str(year) for year in years}),
    ])

    @app.callback(
        lib.Output("indicator-graphic", "figure"),
        lib.Input("xaxis-column", "value"),
        lib.Input("yaxis-column", "value"),
        lib.Input("xaxis-type", "value"),
        lib.Input("yaxis-type", "value"),
        lib.Input("year--slider", "value"),
    )
    def update_graph(xaxis_column_name, yaxis_column_name, xaxis_type, yaxis_type, year_value):
        dff = df[df["Year"] == year_value]
        x = dff[dff["Indicator Name"] == xaxis_column_name]
        y = dff[dff["Indicator Name"] == yaxis_column_name]
        fig = px.scatter(x=x["Value"].tolist(), y=y["Value"].tolist(), hover_name=y["Country Name"].tolist())
        fig.update_layout(margin={"l": 40, "b": 40, "t": 10, "r": 0}, hovermode="closest",
                          title=f"{len(x)} countries in {year_value}: {yaxis_column_name} by {xaxis_column_name}")
        fig.update_xaxes(title=xaxis_column_name, type="linear" if xaxis_type == "Linear" else "log")
        fig.update_yaxes(title=yaxis_column_name, type="linear" if yaxis_type == "Linear" else "log")
        return fig

    return app


SCENARIOS.append(Scenario(
    name="C-2-T-multiple-inputs-to-graph",
    rule_ids=("C-2", "O-1", "K-4"),
    build=build_multiple_inputs_graph,
    steps=[
        load(expect={("indicator-graphic", "figure"): FigureTitle("3 countries in 2007: Life by GDP")},
             calls={"update_graph": 1}),
        set_props("xaxis-type", {"value": "Log"},
                  expect={("indicator-graphic", "figure"): FigureAxisType("xaxis", "log")}, calls={"update_graph": 1}),
        set_props("year--slider", {"value": 1962},
                  expect={("indicator-graphic", "figure"): FigureTitle("4 countries in 1962: Life by GDP")},
                  calls={"update_graph": 1}),
        set_props("yaxis-column", {"value": "GDP"},
                  expect={("indicator-graphic", "figure"): FigureTitle("4 countries in 1962: GDP by GDP")},
                  calls={"update_graph": 1}),
    ],
))


def build_five_outputs(lib):
    """O-1 (tutorial "Multiple outputs"): one number Input, five Outputs, one callback call."""
    html, dcc = lib.html, lib.dcc
    app = lib.Dash(__name__)
    app.layout = html.Div([
        dcc.Input(id="num-multi", type="number", value=5),
        html.Table([
            html.Tr([html.Td(["x", html.Sup(2)]), html.Td(id="square")]),
            html.Tr([html.Td(["x", html.Sup(3)]), html.Td(id="cube")]),
            html.Tr([html.Td([2, html.Sup("x")]), html.Td(id="twos")]),
            html.Tr([html.Td([3, html.Sup("x")]), html.Td(id="threes")]),
            html.Tr([html.Td(["x", html.Sup("x")]), html.Td(id="x^x")]),
        ]),
    ])

    @app.callback(
        lib.Output("square", "children"),
        lib.Output("cube", "children"),
        lib.Output("twos", "children"),
        lib.Output("threes", "children"),
        lib.Output("x^x", "children"),
        lib.Input("num-multi", "value"),
    )
    def callback_a(x):
        return x**2, x**3, 2**x, 3**x, x**x

    return app


SCENARIOS.append(Scenario(
    name="O-1-T-five-outputs-from-one-number",
    rule_ids=("O-1",),
    build=build_five_outputs,
    steps=[
        load(expect={("square", "children"): 25, ("cube", "children"): 125, ("twos", "children"): 32,
                     ("threes", "children"): 243, ("x^x", "children"): 3125},
             calls={"callback_a": 1}),
        set_props("num-multi", {"value": 3},
                  expect={("square", "children"): 9, ("cube", "children"): 27, ("twos", "children"): 8,
                          ("threes", "children"): 27, ("x^x", "children"): 27},
                  calls={"callback_a": 1}),
    ],
))


def build_countries_cities(lib):
    """C-11a (tutorial "Chained callbacks"): countries → cities options → cities value → display.
    Each callback runs once per change and the display never shows a city of another country."""
    html, dcc = lib.html, lib.dcc
    all_options = {
        "America": ["New York City", "San Francisco", "Cincinnati"],
        "Canada": ["Montréal", "Toronto", "Ottawa"],
    }
    app = lib.Dash(__name__)
    app.layout = html.Div([
        dcc.RadioItems(list(all_options.keys()), "America", id="countries-radio"),
        html.Hr(),
        dcc.RadioItems(id="cities-radio"),
        html.Hr(),
        html.Div(id="display-selected-values"),
    ])

    @app.callback(lib.Output("cities-radio", "options"), lib.Input("countries-radio", "value"))
    def set_cities_options(selected_country):
        return [{"label": i, "value": i} for i in all_options[selected_country]]

    @app.callback(lib.Output("cities-radio", "value"), lib.Input("cities-radio", "options"))
    def set_cities_value(available_options):
        return available_options[0]["value"]

    @app.callback(
        lib.Output("display-selected-values", "children"),
        lib.Input("countries-radio", "value"),
        lib.Input("cities-radio", "value"),
    )
    def set_display_children(selected_country, selected_city):
        return f"{selected_city} is a city in {selected_country}"

    return app


SCENARIOS.append(Scenario(
    name="C-11a-T-countries-and-cities",
    rule_ids=("C-11a", "I-5"),
    build=build_countries_cities,
    steps=[
        load(expect={("cities-radio", "value"): "New York City",
                     ("display-selected-values", "children"): "New York City is a city in America"},
             calls={"set_cities_options": 1, "set_cities_value": 1, "set_display_children": 1}),
        set_props("countries-radio", {"value": "Canada"},
                  expect={("cities-radio", "value"): "Montréal",
                          ("display-selected-values", "children"): "Montréal is a city in Canada"},
                  calls={"set_cities_options": 1, "set_cities_value": 1, "set_display_children": 1}),
        set_props("cities-radio", {"value": "Ottawa"},
                  expect={("display-selected-values", "children"): "Ottawa is a city in Canada"},
                  calls={"set_cities_options": 0, "set_cities_value": 0, "set_display_children": 1}),
    ],
))


def build_state_form(lib):
    """C-2, W-9 (tutorial "State"): typing into State inputs runs nothing; the button's click
    runs the callback with the current text of both inputs."""
    html, dcc = lib.html, lib.dcc
    app = lib.Dash(__name__)
    app.layout = html.Div([
        dcc.Input(id="input-1-state", type="text", value="Montréal"),
        dcc.Input(id="input-2-state", type="text", value="Canada"),
        html.Button(id="submit-button-state", n_clicks=0, children="Submit"),
        html.Div(id="output-state"),
    ])

    @app.callback(
        lib.Output("output-state", "children"),
        lib.Input("submit-button-state", "n_clicks"),
        lib.State("input-1-state", "value"),
        lib.State("input-2-state", "value"),
    )
    def update_output(n_clicks, input1, input2):
        return f'The Button has been pressed {n_clicks} times, Input 1 is "{input1}", and Input 2 is "{input2}"'

    return app


SCENARIOS.append(Scenario(
    name="C-2-T-state-form",
    rule_ids=("C-2", "W-9"),
    build=build_state_form,
    steps=[
        load(expect={("output-state", "children"):
                     'The Button has been pressed 0 times, Input 1 is "Montréal", and Input 2 is "Canada"'},
             calls={"update_output": 1}),
        set_props("input-1-state", {"value": "Paris"},
                  expect={("output-state", "children"):
                          'The Button has been pressed 0 times, Input 1 is "Montréal", and Input 2 is "Canada"'},
                  calls={"update_output": 0}),
        set_props("input-2-state", {"value": "France"}, calls={"update_output": 0}),
        click("submit-button-state",
              expect={("output-state", "children"):
                      'The Button has been pressed 1 times, Input 1 is "Paris", and Input 2 is "France"'},
              calls={"update_output": 1}),
    ],
))


def sales_frame():
    """A few rows shaped like the tutorial's sales data."""
    import pandas as pd

    return pd.DataFrame({
        "country": ["Canada", "Canada", "Mexico", "Mexico", "USA", "USA"],
        "product": ["a", "b", "a", "b", "a", "b"],
        "sales": [10, 20, 30, 40, 50, 60],
    })


def build_add_chart(lib):
    """P-4, P-5, C-8, C-1 (tutorial "Pattern-matching callbacks", dynamic charts with MATCH):
    "Add Chart" appends a Graph, a chart-type RadioItems and a country Dropdown with index
    n_clicks (the first at load, n_clicks=0). Each chart's MATCH callback reads only its own
    controls; re-returning the container re-inserts every chart, so each re-runs once, and
    edits kept in the layout survive (State children carries them)."""
    import plotly.express as px

    html, dcc = lib.html, lib.dcc
    df = sales_frame()
    app = lib.Dash(__name__)
    app.layout = html.Div([
        html.Button("Add Chart", id="add-chart", n_clicks=0),
        html.Div(id="container", children=[]),
    ])

    @app.callback(lib.Output("container", "children"), lib.Input("add-chart", "n_clicks"),
                  lib.State("container", "children"))
    def display_graphs(n_clicks, div_children):
        new_child = html.Div(
            style={"width": "45%", "display": "inline-block", "outline": "thin lightgrey solid", "padding": 10},
            children=[
                dcc.Graph(id={"type": "dynamic-graph", "index": n_clicks}, figure={}),
                dcc.RadioItems(id={"type": "dynamic-choice", "index": n_clicks},
                               options=[{"label": "Bar Chart", "value": "bar"},
                                        {"label": "Line Chart", "value": "line"},
                                        {"label": "Pie Chart", "value": "pie"}],
                               value="bar"),
                dcc.Dropdown(id={"type": "dynamic-dpn-s", "index": n_clicks},
                             options=[{"label": s, "value": s} for s in sorted(df["country"].unique())],
                             multi=True, value=[]),
            ],
        )
        div_children.append(new_child)
        return div_children

    @app.callback(
        lib.Output({"type": "dynamic-graph", "index": lib.MATCH}, "figure"),
        lib.Input({"type": "dynamic-dpn-s", "index": lib.MATCH}, "value"),
        lib.Input({"type": "dynamic-choice", "index": lib.MATCH}, "value"),
    )
    def update_graph(s_value, chart_choice):
        dff = df[df["country"].isin(s_value)] if s_value else df
        title = f"{chart_choice} of {len(dff)} rows"
        if chart_choice == "bar":
            fig = px.bar(dff, x="country", y="sales", title=title)
        elif chart_choice == "line":
            fig = px.line(dff, x="country", y="sales", title=title)
        else:
            fig = px.pie(dff, names="country", values="sales", title=title)
        return fig

    return app


SCENARIOS.append(Scenario(
    name="P-4-T-add-chart-with-match",
    rule_ids=("P-4", "P-5", "C-8", "C-1"),
    build=build_add_chart,
    steps=[
        load(expect={(ID(type="dynamic-graph", index=0), "figure"): FigureTitle("bar of 6 rows")},
             calls={"display_graphs": 1, "update_graph": 1}),
        set_props({"type": "dynamic-choice", "index": 0}, {"value": "line"},
                  expect={(ID(type="dynamic-graph", index=0), "figure"): FigureTitle("line of 6 rows")},
                  calls={"display_graphs": 0, "update_graph": 1}),
        click("add-chart",
              expect={(ID(type="dynamic-graph", index=0), "figure"): FigureTitle("line of 6 rows"),
                      (ID(type="dynamic-graph", index=1), "figure"): FigureTitle("bar of 6 rows")},
              calls={"display_graphs": 1, "update_graph": 2}),
        set_props({"type": "dynamic-dpn-s", "index": 1}, {"value": ["Mexico"]},
                  expect={(ID(type="dynamic-graph", index=0), "figure"): FigureTitle("line of 6 rows"),
                          (ID(type="dynamic-graph", index=1), "figure"): FigureTitle("bar of 2 rows")},
                  calls={"update_graph": 1}),
    ],
))


def build_add_filter(lib):
    """P-7, P-8, C-8 b/d (tutorial "Pattern-matching callbacks", ALL): "Add Filter" appends a
    Dropdown {"type": "filter-dropdown", "index": n_clicks}; one callback lists every
    dropdown's value through an ALL Input, at load (first with []), on each addition (triggered
    by the new dropdowns' values) and on each choice."""
    html, dcc = lib.html, lib.dcc
    app = lib.Dash(__name__)
    app.layout = html.Div([
        html.Button("Add Filter", id="add-filter", n_clicks=0),
        html.Div(id="dropdown-container", children=[]),
        html.Div(id="dropdown-container-output"),
    ])

    @app.callback(lib.Output("dropdown-container", "children"), lib.Input("add-filter", "n_clicks"),
                  lib.State("dropdown-container", "children"))
    def display_dropdowns(n_clicks, children):
        new_dropdown = dcc.Dropdown(
            id={"type": "filter-dropdown", "index": n_clicks},
            options=[{"label": i, "value": i} for i in ["NYC", "MTL", "LA", "TOKYO"]],
        )
        children.append(new_dropdown)
        return children

    @app.callback(lib.Output("dropdown-container-output", "children"),
                  lib.Input({"type": "filter-dropdown", "index": lib.ALL}, "value"))
    def display_output(values):
        return html.Div([html.Div(f"Dropdown {i + 1} = {value}") for (i, value) in enumerate(values)])

    return app


SCENARIOS.append(Scenario(
    name="P-8-T-add-filter-with-all",
    rule_ids=("P-8", "P-7", "C-8", "I-3"),
    build=build_add_filter,
    steps=[
        load(expect={("dropdown-container-output", "children"): Texts(["Dropdown 1 = None"])},
             calls={"display_dropdowns": 1, "display_output": 2}),
        set_props({"type": "filter-dropdown", "index": 0}, {"value": "MTL"},
                  expect={("dropdown-container-output", "children"): Texts(["Dropdown 1 = MTL"])},
                  calls={"display_output": 1}),
        click("add-filter",
              expect={("dropdown-container-output", "children"): Texts(["Dropdown 1 = MTL", "Dropdown 2 = None"])},
              calls={"display_dropdowns": 1, "display_output": 1}),
        set_props({"type": "filter-dropdown", "index": 1}, {"value": "LA"},
                  expect={("dropdown-container-output", "children"): Texts(["Dropdown 1 = MTL", "Dropdown 2 = LA"])},
                  calls={"display_output": 1}),
    ],
))
