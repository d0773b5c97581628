from dash import Dash, html

app = Dash(__name__)
