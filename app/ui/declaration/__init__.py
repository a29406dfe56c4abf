"""The "Prepare declaration" page: review and edit the declaration's paragraphs, choose the
requests it covers, see whether each is ready to file, preview the real pages, print them
or save them as a PDF.

Nothing here is imported at start-up: the main window makes the page the first time its
tab is shown or the page is asked for (`app.ui.lazy_page`), and the page reads the case
when shown. `preview` and `printing` (QtPdf, QtPrintSupport) and the documents service are
imported when first used.

Wiring in the main window (`MainWindow._make_declaration_page`)::

    from app.ui.declaration.page import DeclarationPage

    page = DeclarationPage(lambda: self.context.session, today=self.context.today)
    self.context.case_opened.connect(page.refresh)
    self.context.changed.connect(page.refresh)

and in the menus: View gains "&Prepare the declaration" (Ctrl+5, shows the tab) and Case
gains "&Print the declaration…" (Ctrl+P) and "Save the declaration as PD&F…", which show
the tab and call `declaration_page.print_declaration()` / `save_as_pdf()`; enable them
with the other case actions. These letters clash with nothing in either language (the
Spanish is in resources/translations). The page retranslates itself on a language
change.
"""
