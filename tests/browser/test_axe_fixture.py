"""The axe check itself must catch real problems, or a green page inventory means nothing."""

import pytest

from tests.browser.helpers import assert_accessible, browser_test

pytestmark = browser_test

BROKEN = """<!DOCTYPE html><html lang="nb"><head><title>Ødelagt</title></head><body>
<main><h1>Ødelagt side</h1>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<form><input type="text" name="navn"></form>
</main></body></html>"""

FIXED = BROKEN.replace('<img src="', '<img alt="Logo" src="').replace(
    '<input type="text" name="navn">', '<label>Navn <input type="text" name="navn"></label>'
)


def test_a_page_with_an_image_without_alt_and_an_unlabelled_input_fails(browsing):
    page = browsing().page
    page.set_content(BROKEN)
    with pytest.raises(AssertionError) as failure:
        assert_accessible(page)
    report = str(failure.value)
    assert "image-alt (critical)" in report
    assert "label (critical)" in report
    assert "https://dequeuniversity.com/rules/axe/" in report
    assert "at img" in report and "at input" in report


def test_the_same_page_with_alt_text_and_a_label_passes(browsing):
    page = browsing().page
    page.set_content(FIXED)
    assert_accessible(page)
