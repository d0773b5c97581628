"""Reference solution for exercise 02: a greeter."""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)

app.layout = html.Div(
    [
        html.H1("Greeter"),
        dcc.Input(id="name-input", type="text", value="Dash"),
        html.Div(id="greeting"),
    ]
)


@app.callback(Output("greeting", "children"), Input("name-input", "value"))
def update_greeting(name):
    if not name or not name.strip():
        return "Hello, stranger!"
    return f"Hello, {name}!"


if __name__ == "__main__":
    app.run(debug=True)
