import sys

from learndash import Dash

app = Dash(__name__)
sys.exit(0)
