from crimex_portal.pages.templatetags.rich_text import paragraphs


def test_paragraphs_and_lists():
    html = paragraphs("First line\ncontinues.\n\n- one\n- two\n\nLast.")
    assert html == "<p>First line continues.</p>\n<ul><li>one</li><li>two</li></ul>\n<p>Last.</p>"


def test_author_html_is_escaped():
    html = paragraphs('<script>alert(1)</script>\n\n- <img src="file:///etc/passwd">')
    assert "<script>" not in html
    assert "<img" not in html
    assert "&lt;script&gt;" in html
