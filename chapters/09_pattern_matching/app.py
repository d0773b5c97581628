"""Chapter 9: pattern-matching callbacks. ALL (add-filter), MATCH (add-chart) and ALLSMALLER (running totals)."""
import plotly.express as px

from learndash import ALL, ALLSMALLER, MATCH, Dash, Input, Output, State, dcc, html

df = px.data.gapminder()

app = Dash(__name__)

app.layout = html.Div(
    [
        html.H2("ALL: as many filters as you like"),
        html.Button("Add Filter", id="add-filter", n_clicks=0),
        html.Div(id="dropdown-container", children=[]),
        html.Div(id="dropdown-container-output"),
        html.Hr(),
        html.H2("MATCH: charts that each have their own controls"),
        dcc.Dropdown(
            id="country",
            options=sorted(df.country.unique()),
            value="Canada",
            style={"display": "inline-block", "width": 200},
        ),
        html.Button("Add Chart", id="add-chart", n_clicks=0, style={"display": "inline-block"}),
        html.Div(id="container", children=[]),
        html.Hr(),
        html.H2("ALLSMALLER: running totals"),
        html.Button("Add Row", id="add-row", n_clicks=0),
        html.Div(id="rows", children=[]),
    ]
)


# --8<-- [start:all_filters]
@app.callback(
    Output("dropdown-container", "children"),
    Input("add-filter", "n_clicks"),
    State("dropdown-container", "children"),
    prevent_initial_call=True,
)
def display_dropdowns(n_clicks, children):
    # The new dropdown's index is the number of dropdowns before it: 0, 1, 2, ...
    new_dropdown = dcc.Dropdown(
        id={"type": "filter-dropdown", "index": len(children)},
        options=["NYC", "MTL", "LA", "TOKYO"],
    )
    return children + [new_dropdown]


@app.callback(
    Output("dropdown-container-output", "children"),
    Input({"type": "filter-dropdown", "index": ALL}, "value"),
)
def display_output(values):
    # `values` holds one value per matching dropdown, in page order; [] when there are none.
    return html.Div([html.Div(f"Dropdown {i + 1} = {value}") for i, value in enumerate(values)])
# --8<-- [end:all_filters]


# --8<-- [start:match_charts]
def create_figure(column_x, column_y, country):
    chart_type = px.line if column_x == "year" else px.scatter
    figure = chart_type(
        df[df.country == country],  # a filtered copy: the global df is never changed
        x=column_x,
        y=column_y,
        title=f"{country} {column_x} vs {column_y}",
    )
    return figure.update_layout(margin={"l": 10, "r": 0, "b": 30})


@app.callback(
    Output("container", "children"),
    Input("add-chart", "n_clicks"),
    State("container", "children"),
    State("country", "value"),
    prevent_initial_call=True,
)
def display_chart(n_clicks, children, country):
    index = len(children)
    new_element = html.Div(
        style={"width": "23%", "display": "inline-block", "outline": "thin lightgrey solid", "padding": 10},
        children=[
            dcc.Graph(
                id={"type": "dynamic-output", "index": index},
                style={"height": 300},
                figure=create_figure("year", "gdpPercap", country),
            ),
            dcc.Dropdown(
                id={"type": "dynamic-dropdown-x", "index": index},
                options=list(df.columns),
                value="year",
            ),
            dcc.Dropdown(
                id={"type": "dynamic-dropdown-y", "index": index},
                options=list(df.columns),
                value="gdpPercap",
            ),
        ],
    )
    return children + [new_element]


@app.callback(
    Output({"type": "dynamic-output", "index": MATCH}, "figure"),
    Input({"type": "dynamic-dropdown-x", "index": MATCH}, "value"),
    Input({"type": "dynamic-dropdown-y", "index": MATCH}, "value"),
    Input("country", "value"),
)
def update_chart(column_x, column_y, country):
    # MATCH: a change in chart 2's dropdowns updates chart 2's graph, and no other.
    return create_figure(column_x, column_y, country)
# --8<-- [end:match_charts]


# --8<-- [start:running_totals]
@app.callback(
    Output("rows", "children"),
    Input("add-row", "n_clicks"),
    State("rows", "children"),
    prevent_initial_call=True,
)
def add_row(n_clicks, rows):
    index = len(rows)
    row = html.Div(
        [
            dcc.Input(id={"type": "amount", "index": index}, type="number", value=0),
            html.Span(id={"type": "running-total", "index": index}),
        ]
    )
    return rows + [row]


@app.callback(
    Output({"type": "running-total", "index": MATCH}, "children"),
    Input({"type": "amount", "index": MATCH}, "value"),
    Input({"type": "amount", "index": ALLSMALLER}, "value"),
)
def running_total(amount, earlier_amounts):
    # ALLSMALLER: every amount whose index is smaller than this row's index.
    total = sum(value or 0 for value in earlier_amounts) + (amount or 0)
    return f"Total: {total}"
# --8<-- [end:running_totals]


if __name__ == "__main__":
    app.run(debug=True)
