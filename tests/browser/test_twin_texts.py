"""One text per page error (issue 9): the browser's `page_errors.js` and `suggest.js` word each
message exactly as `learndash/page_errors.py` and `learndash/suggest.py` do, checked by importing
the JS modules into a real page and comparing the strings."""
from __future__ import annotations

from learndash import Dash, html
from learndash.page_errors import missing_object_message, set_props_target_message
from learndash.suggest import did_you_mean

IDS = ["year-slider", "graph", '{"i":1,"type":"row"}', "out", "output-2", "greeting"]
WORDS = ["year-sliderr", "grph", '{"i":2,"type":"row"}', "ot", "outptu-2", "greet", "zzz", "", "Graph", "slider-year"]

COMPUTE = """
const done = arguments[arguments.length - 1];
const [ids, words] = [arguments[0], arguments[1]];
Promise.all([import("/_learndash/static/suggest.js"), import("/_learndash/static/page_errors.js")]).then(([suggest, errors]) => {
  done({
    hints: words.map((word) => suggest.didYouMean(word, ids)),
    missing: words.map((word) => errors.missingObjectMessage("update", "State", word, "value", ids)),
    setProps: words.map((word) => errors.setPropsTargetMessage("update", word, ids)),
  });
});
"""


def test_page_error_texts_are_the_same_in_python_and_javascript(open_learndash_page):
    """V-6, C-2 item 3: missing-object and set_props-target messages, and their "Did you mean",
    are identical on both sides for near and far misses."""
    def build(lib):
        app = Dash(__name__)
        app.layout = html.Div(id="root")
        return app

    page = open_learndash_page(build)
    found = page.execute_async_script(COMPUTE, IDS, WORDS)
    assert found["hints"] == [did_you_mean(word, IDS) for word in WORDS]
    assert any(found["hints"]) and not all(found["hints"])
    assert found["missing"] == [missing_object_message("update", "State", word, "value", IDS) for word in WORDS]
    assert found["setProps"] == [set_props_target_message("update", word, IDS) for word in WORDS]
