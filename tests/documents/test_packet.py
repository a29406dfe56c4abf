"""The filing packet (one PDF in filing order): parts in order, requests and responses in
full, letters reprinted from their stored text, slip sheets, `Page k of N` on every page,
exhibit letters that match the index, one proof of service listing every document."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from app.documents.packet_content import exhibit_label
from app.domain.model import Case, LetterKind, LetterRecord
from app.services.documents import build_packet_pdf, packet_content
from tests.documents.pdfcheck import embedded_file, font_sizes, fonts, full_text, page_texts
from tests.documents.sample import sample_case
from tests.helpers.builders import incoming

AS_OF = dt.date(2007, 9, 20)  # both requests documented by then
REQUEST = ("Produce every grievance filed against Officer Sample from January 1, 2005, "
           "to the present, with the responses to each.")
RESPONSE = ("Objection: overbroad and unduly burdensome. Defendant will not produce "
            "documents in response to this request.")
LETTER = (
    "José Núñez\nPrisoner No. V-12345\n\nAugust 20, 2007\n\nJohn Doe\n1300 I Street\n"
    "Sacramento, CA 95814\n\nRe: Núñez v. Sample, No. C 07-959 SI\n\nDear Counsel:\n\n"
    "I write a last time about the requests that remain unresolved.\n"
    "    Produce every grievance filed against Officer Sample.\n\n"
    "I will ask the court to decide them.\n\nSincerely,\n\n" + "_" * 32 + "\nJosé Núñez"
)


def packet_case() -> Case:
    case = sample_case()
    d1 = case.disputes[0]
    d1.request_text, d1.response_text = REQUEST, RESPONSE
    d1.reasons = ["boilerplate_objection"]
    d1.wanted = "Produce the grievances from 2005 to the present within 30 days"
    final = next(c for c in case.communications if c.id == "c4")
    final.letter = LetterRecord(LetterKind.IMPASSE, LETTER)
    case.communications.append(
        incoming("e1", "2007-08-22", method="email", received_on="2007-08-24", counsel="k1",
                 disputes=["d1"], summary="Counsel wrote that nothing more will come."))
    return case


@pytest.fixture(scope="module")
def packet() -> bytes:
    return build_packet_pdf(packet_case(), AS_OF, ["d1", "d2"])


@pytest.fixture(scope="module")
def pages(packet: bytes) -> list[str]:
    return [" ".join(text.split()) for text in page_texts(packet)]


def test_parts_in_filing_order(packet: bytes) -> None:
    text = " ".join(full_text(packet).split())
    parts = [
        "PLAINTIFF'S STATEMENT OF DISCOVERY REQUESTS AND RESPONSES IN DISPUTE",
        "REQUEST FOR PRODUCTION NO. 3 (SET ONE):",
        "RESPONSE TO REQUEST FOR PRODUCTION NO. 3 (SET ONE):",
        "WHY THE RESPONSE IS NOT ENOUGH:",
        "WHAT PLAINTIFF ASKS THE COURT TO ORDER:",
        "DECLARATION OF JOSÉ NÚÑEZ IN SUPPORT OF MOTION TO COMPEL",
        "I declare under penalty of perjury",
        "INDEX OF EXHIBITS",
        "EXHIBIT A",
        "Meet-and-Confer Log",
        "EXHIBIT B",
        "DECLARATION OF SERVICE BY MAIL",
    ]
    at = 0
    for part in parts:  # each found after the one before it
        found = text.find(part, at)
        assert found >= 0, part
        at = found + len(part)


def test_each_request_and_response_in_full(packet: bytes) -> None:
    text = " ".join(full_text(packet).split())
    assert REQUEST in text and RESPONSE in text
    # The picked reason's sentence with its rule, and what the court is asked to order.
    assert "Fed. R. Civ. P." in text.split("WHY THE RESPONSE IS NOT ENOUGH:")[1][:600]
    assert "Produce the grievances from 2005 to the present within 30 days." in text


def test_a_request_without_stored_texts_points_to_its_slip_sheet(pages: list[str]) -> None:
    content = packet_content(packet_case(), AS_OF, ["d1", "d2"])
    slip = next(e for e in content.exhibits if e.dispute_id == "d2")
    statement = " ".join(pages[:3])
    assert f"The request and the response are attached as Exhibit {slip.label}." in statement
    sheet = next(p for p in pages if f"EXHIBIT {slip.label} " in p + " ")
    assert "Interrogatory No. 5 (Set One)" in sheet and "the paper copy follows" in sheet


def test_the_reprinted_letter_is_the_stored_text(pages: list[str]) -> None:
    printed = " ".join(pages)
    for line in LETTER.split("\n"):
        if line.strip():
            assert " ".join(line.split()) in printed, line


def test_slip_sheet_names_both_days_of_an_incoming_email(pages: list[str]) -> None:
    sheet = next(p for p in pages if "Email from Jane Roe to José Núñez" in p
                 and "EXHIBIT" in p)
    assert "dated August 22, 2007, received August 24, 2007" in sheet


def test_page_k_of_n_on_every_page_and_exhibit_on_exhibit_pages(pages: list[str]) -> None:
    total = len(pages)
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in text
    exhibit_a = next(i for i, p in enumerate(pages) if p.startswith("EXHIBIT A") or
                     " EXHIBIT A " in f" {p} ")
    assert "Exhibit A" in pages[exhibit_a + 1]


def test_cited_exhibits_match_the_index(pages: list[str]) -> None:
    content = packet_content(packet_case(), AS_OF, ["d1", "d2"])
    index = next(p for p in pages if "INDEX OF EXHIBITS" in p)
    for exhibit in content.exhibits:
        assert f" {exhibit.label} {exhibit.description}" in f" {index}"
        # The index's page is the page where that exhibit's cover stands.
        found = re.search(re.escape(exhibit.description) + r" (\d+)", index)
        assert found is not None
        assert f"EXHIBIT {exhibit.label}" in pages[int(found[1]) - 1]
    declaration = " ".join(p for p in pages if "I, José Núñez, declare" in p or "¶" not in p)
    cited = set(re.findall(r"\(Exhibit ([A-Z]+);", declaration))
    assert cited and cited <= {e.label for e in content.exhibits}
    for paragraph in content.paragraphs:
        if paragraph.key.startswith("communication:"):
            exhibit = next((e for e in content.exhibits
                            if e.communication_id == paragraph.key.split(":", 1)[1]), None)
            if exhibit is not None:
                assert f"(Exhibit {exhibit.label};" in paragraph.text


def test_proof_of_service_lists_every_document(pages: list[str]) -> None:
    content = packet_content(packet_case(), AS_OF, ["d1", "d2"])
    proof = " ".join(pages[next(i for i, p in enumerate(pages)
                                if "DECLARATION OF SERVICE BY MAIL" in p):])
    for title in content.documents:
        assert title in proof, title
    assert "deemed served on the day I handed them to prison staff for mailing" in proof
    assert "Executed on ____________ at Salinas Valley State Prison, Soledad, CA." in proof


def test_same_case_same_bytes_fonts_embedded_and_never_small(packet: bytes) -> None:
    assert build_packet_pdf(packet_case(), AS_OF, ["d1", "d2"]) == packet
    assert all(embedded_file(font) for font in fonts(packet))
    assert min(font_sizes(packet)) >= 12


def test_a_joint_stipulation_court_gets_its_title_and_custody_paragraph() -> None:
    case = packet_case()
    case.rule_profile = "cacd"
    text = " ".join(full_text(build_packet_pdf(case, AS_OF, ["d1"])).split())
    assert "PLAINTIFF'S PORTION OF THE JOINT STIPULATION REGARDING MOTION TO COMPEL" in text
    assert "is in custody at Salinas Valley State Prison and proceeds pro se" in text


def test_exhibit_labels_run_past_z() -> None:
    assert [exhibit_label(i) for i in (0, 1, 24, 25, 26)] == ["B", "C", "Z", "AA", "AB"]


def test_the_demo_cases_logged_letter_is_reprinted_word_for_word() -> None:
    from app import paths
    from app.services.casefiles import read_case_path

    case = read_case_path(paths.demo_case_path())
    logged = next(c for c in case.communications if c.letter is not None)
    assert logged.letter is not None
    data = build_packet_pdf(case, dt.date(2025, 7, 8), ["d1", "d2", "d4"])
    printed = " ".join(" ".join(t.split()) for t in page_texts(data))
    for line in logged.letter.text.split("\n"):
        if line.strip():
            assert " ".join(line.split()) in printed, line


def test_a_request_never_answered_says_so_with_its_due_day() -> None:
    content = packet_content(packet_case(), AS_OF, ["d2"])
    # Mailed June 1, 2007: 30 days and 3 for mail, July 4 a holiday: due July 5.
    assert content.entries[0].response_text == (
        "No response was served. It was due on July 5, 2007, and none came by September 20, "
        "2007.")
