"""Reading a built PDF back with pypdf, for the document tests: the text, where each piece
of text is drawn, the type sizes used, and the fonts."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import ContentStream, DictionaryObject


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in reader(data).pages]


def full_text(data: bytes) -> str:
    """All text, whitespace runs made single spaces, so a sentence wrapped over lines is
    found whole."""
    return " ".join(" ".join(page_texts(data)).split())


@dataclass(frozen=True, slots=True)
class Placed:
    text: str
    x: float
    y: float


def placed_text(data: bytes, page_index: int) -> list[Placed]:
    """Each piece of text on a page with the point where its baseline starts."""
    found: list[Placed] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            found.append(Placed(text.strip(), cm[4] + tm[4], cm[5] + tm[5]))

    reader(data).pages[page_index].extract_text(visitor_text=visit)
    return found


def font_sizes(data: bytes) -> Iterator[float]:
    """Every size set by a Tf operator in every page's content (and the pages' forms)."""
    pdf = reader(data)
    for page in pdf.pages:
        content = ContentStream(page.get_contents(), pdf)
        for operands, operator in content.operations:
            if operator == b"Tf":
                yield float(operands[1])


def fonts(data: bytes) -> Iterator[DictionaryObject]:
    for page in reader(data).pages:
        resources = page["/Resources"].get_object()
        for font in resources.get("/Font", {}).values():
            yield font.get_object()


def embedded_file(font: DictionaryObject) -> bool:
    """A TrueType font's own file is inside the PDF (/FontFile2 in its descriptor)."""
    descriptor = font.get("/FontDescriptor")
    if descriptor is None and "/DescendantFonts" in font:
        descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
    return descriptor is not None and "/FontFile2" in descriptor.get_object()
