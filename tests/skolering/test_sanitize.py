from skolering.sanitize import clean_html, clean_text


def test_scripts_handlers_and_javascript_links_are_removed():
    dirty = (
        '<p onclick="steal()">Hei <script>alert(1)</script><a href="javascript:alert(1)">x</a>'
        '<img src=x onerror="alert(1)"><strong>du</strong></p>'
    )
    clean = clean_html(dirty)
    assert "<script" not in clean and "onclick" not in clean and "onerror" not in clean
    assert "javascript:" not in clean and "<img" not in clean
    assert "<strong>du</strong>" in clean


def test_safe_formatting_and_links_survive():
    html = '<p>Les <a href="https://example.org/">mer</a></p><ul><li>én</li></ul>'
    assert clean_html(html) == html


def test_clean_text_removes_every_tag():
    assert clean_text("<b>Hei</b> <i>der</i>") == "Hei der"
