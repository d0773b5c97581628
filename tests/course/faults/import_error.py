from learndash import Dash, html
from learndash.widgets import Slider

app = Dash(__name__)
