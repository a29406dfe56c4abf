"""The printed documents: the declaration, Exhibit A and the proof of service (exhibit.md).

The text (`paragraphs`, `selection`, and the English wording they share with the letters,
`app.domain.wording`) is plain Python with no reportlab, so the
app's review screen can show it without loading the PDF machinery; only `pdf` and the
modules it uses import reportlab.
"""
