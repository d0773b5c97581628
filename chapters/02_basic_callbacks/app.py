"""Chapter 2: basic callbacks. Whatever is typed in the text box is echoed into the div below it."""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        html.H6("Change the value in the text box to see callbacks in action!"),
        html.Div(["Input: ", dcc.Input(id="my-input", value="initial value", type="text")]),
        html.Br(),
        # No children here: the callback fills them in when the page loads.
        html.Div(id="my-output"),
    ]
)


@app.callback(
    Output(component_id="my-output", component_property="children"),
    Input(component_id="my-input", component_property="value"),
)
def update_output_div(input_value):
    return f"Output: {input_value}"


if __name__ == "__main__":
    app.run(debug=True)
