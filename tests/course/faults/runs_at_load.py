"""A server started at the top of the file, outside `if __name__ == "__main__":` (a port the server cannot use, so it fails at once)."""
from learndash import Dash, html

app = Dash(__name__)
app.layout = html.Div("hello")

app.run(port=-1)
