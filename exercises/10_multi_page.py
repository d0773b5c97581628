"""Exercise 10: a two-page converter (chapter 10, multi-page apps).

- R1: Layout: `dcc.Location` id "url", and an `html.Div` id "page-content" that a callback fills
  from the url's `pathname`.
- R2: The page "/": an `html.H1` id "home-title" reading "Home", and a `dcc.Link` to "/converter".
- R3: The page "/converter": a `dcc.Input` id "miles" (type "number", value 1) and an `html.Div` id "km".
- R4: Any other path: an `html.Div` id "not-found" reading "404: <path> was not found"
  (e.g. "404: /nowhere was not found").
- R5: A callback from "miles" `value` to "km" `children`: "1.61 km" (miles * 1.609344, two
  decimals); "" when the box is empty.
- R6: "miles" and "km" are not in the first layout, so the app must say that is expected:
  `Dash(__name__, suppress_callback_exceptions=True)`. Without it, Dash reports an error for a
  callback whose ids are not on the page.

Check your work with `learndash check 10`.
"""
from learndash import Dash, Input, Output, dcc, html

app = Dash(__name__)  # TODO: this app adds components later; tell Dash

app.layout = html.Div(
    [
        dcc.Location(id="url"),
        html.Div(id="page-content"),
    ]
)


@app.callback(Output("page-content", "children"), Input("url", "pathname"))
def display_page(pathname):
    # TODO: the home page, the converter page and the 404 page
    return html.P(f"TODO: the page for {pathname}")


# TODO: the miles -> km callback


if __name__ == "__main__":
    app.run(debug=True)
