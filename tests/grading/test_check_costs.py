"""What grading saves per check gives the same reports as the plain way: a check that starts the app
gets the page the diagnostics, or the check before, opened and only read (when nothing was sent to
the child since), instead of loading the file and running its initial callbacks again."""
from __future__ import annotations

import pytest

from learndash.grading.graders import grader_for
from learndash.grading.runner import grade
from learndash.grading.sandbox_transport import SubmissionProcess

from .conftest import SOLUTIONS, SUBMISSIONS


def graded(key, path, monkeypatch, *, reuse: bool):
    """The report of `path`, and the requests its grading sent, by kind; `reuse=False` is the plain way."""
    sent: list[str] = []
    request = SubmissionProcess.request

    def counting(process, message):
        sent.append(message.get("op"))
        return request(process, message)

    with monkeypatch.context() as patch:
        patch.setattr(SubmissionProcess, "request", counting)
        if not reuse:
            patch.setattr(SubmissionProcess, "take_fresh_page", lambda process: None)
        report = grade(grader_for(key), path, load_seconds=10, check_seconds=10)
    return report, sent


def verdicts(report):
    return report.load_error, report.diagnostics, [
        (result.name, result.status, result.score, result.message, result.parts) for result in report.results]


@pytest.mark.parametrize("key, path", [
    ("03", SOLUTIONS / "03_slider_graph.py"),
    ("03", SUBMISSIONS / "03" / "mutates_global.py"),  # the check that catches it needs fresh loads
    ("08", SUBMISSIONS / "08" / "mutates_global.py"),
    ("08b", SOLUTIONS / "08b_page_load.py"),
    ("08b", SUBMISSIONS / "08b" / "save_on_page_load.py"),
    ("02", SUBMISSIONS / "02" / "crashes_on_blank.py"),
    ("07", SUBMISSIONS / "07" / "counts_in_a_global.py"),
    ("07", SUBMISSIONS / "07" / "ok_form_layout_function.py"),  # a layout function: the page's own layout is read
    ("10", SOLUTIONS / "10_multi_page.py"),
    ("13", SOLUTIONS / "13_clientside.py"),  # clientside callbacks run in this process, never in the child
])
def test_a_check_gets_an_untouched_page_and_the_verdicts_stay_the_same(key, path, monkeypatch):
    reused, reused_sent = graded(key, path, monkeypatch, reuse=True)
    plain, plain_sent = graded(key, path, monkeypatch, reuse=False)
    assert verdicts(reused) == verdicts(plain)
    assert reused_sent.count("load") < plain_sent.count("load")


@pytest.mark.parametrize("name", ["gapminder", "tips", "iris"])
def test_a_shared_dataset_is_a_fresh_read_each_time_and_a_change_stays_in_its_copy(name, monkeypatch):
    """The fork server's datasets (`datasets.py`): each read equals plotly's own read (values, dtypes,
    index), and a student who changes their DataFrame changes only their copy."""
    import pandas
    import plotly.data
    import plotly.express as px

    from learndash.grading.datasets import SharedDatasets, share_datasets

    plain, plain_filtered = getattr(px.data, name)(), px.data.gapminder(year=2007, pretty_names=True)
    monkeypatch.setattr(plotly.data, "_get_dataset", plotly.data._get_dataset)  # undone after the test
    share_datasets()
    assert isinstance(plotly.data._get_dataset, SharedDatasets)
    first = getattr(px.data, name)()
    pandas.testing.assert_frame_equal(first, plain, check_exact=True)
    assert list(first.dtypes) == list(plain.dtypes) and first.index.equals(plain.index)
    first.iloc[0, 0] = first.iloc[1, 0]  # the ways a student changes their data
    first[first.columns[1]] = first[first.columns[1]].iloc[::-1].to_numpy()
    first["added"] = 1
    again = getattr(px.data, name)()
    assert again is not first
    pandas.testing.assert_frame_equal(again, plain, check_exact=True)
    pandas.testing.assert_frame_equal(px.data.gapminder(year=2007, pretty_names=True), plain_filtered, check_exact=True)
