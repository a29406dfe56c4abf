"""A small case with every kind of record the documents describe, for the document tests
(here, in tests/services and tests/cli): two requests in dispute, one resolved, and a log
with an outgoing letter, an incoming letter, an approximate phone call, a final letter and
one letter about the resolved request only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from app.documents.content import DeclarationContent
from app.documents.pdf import render_declaration
from app.documents.selection import select
from app.documents.style import DocumentStyle
from app.domain.model import Case, Litigant, Role
from tests.helpers.builders import incoming, make_case, make_counsel, make_dispute, outgoing

AS_OF = dt.date(2007, 8, 28)


def sample_case(**fields: object) -> Case:
    disputes = [
        make_dispute(
            "d1",
            label="Request for Production No. 3 (Set One)",
            served_to="Defendant Sample",
            served_on="2007-06-01",
            response_received_on="2007-07-06",
            deficiency="They objected as overbroad and produced nothing",
        ),
        make_dispute(
            "d2",
            kind="interrogatory",
            label="Interrogatory No. 5 (Set One)",
            served_on="2007-06-01",
            status="narrowed",
            deficiency="The answer is evasive.",
        ),
        make_dispute("d3", label="Request for Production No. 9 (Set One)", status="resolved"),
    ]
    communications = [
        outgoing(
            "c1",
            "2007-07-20",
            disputes=["d1", "d2"],
            counsel="k1",
            explains_deficiency=True,
            proposes_resolution=True,
            reply_requested_by="2007-08-03",
            summary="Explained why the objection fails; asked for the 2006 grievance records",
            mail_log_number="LM-2007-0412",
        ),
        incoming(
            "c2",
            "2007-08-06",
            received_on="2007-08-13",
            counsel="k1",
            summary="Counsel refused to produce anything.",
        ),
        outgoing(
            "c3",
            "2007-08-15",
            method="phone",
            time=dt.time(14, 30),
            duration_minutes=15,
            approximate=True,
            counsel="k1",
            requests_conference=True,
            summary="We discussed a protective order without agreement.",
        ),
        outgoing("c9", "2007-08-16", disputes=["d3"], counsel="k1", summary="About d3 only."),
        outgoing(
            "c4",
            "2007-08-20",
            disputes=["d1", "d2"],
            counsel="k2",
            states_impasse=True,
            summary="Told counsel both requests remain unresolved and a motion will follow.",
            mail_log_number="LM-2007-0450",
        ),
    ]
    values: dict[str, object] = {
        "disputes": disputes,
        "communications": communications,
        "judge": "Susan Illston",
        "litigant": Litigant(
            name="José Núñez",
            role=Role.PLAINTIFF,
            prisoner_number="V-12345",
            institution="Salinas Valley State Prison",
            address=["P.O. Box 1050", "Soledad, CA 93960-1050"],
        ),
        "plaintiffs": ["José Núñez"],
        "short_title": "Núñez v. Sample",
        "counsel": [
            make_counsel(
                "k1",
                name="Jane Roe",
                represents="Defendants Sample and Jones",
                address=["455 Golden Gate Ave., Suite 11000", "San Francisco, CA 94102"],
            ),
            make_counsel(
                "k2",
                name="John Doe",
                office="Office of the Attorney General",
                represents=None,
                address=["1300 I Street", "Sacramento, CA 95814"],
            ),
        ],
    }
    values.update(fields)
    return make_case(**values)  # type: ignore[arg-type]


def build_pdf(
    case: Case | None = None,
    style: DocumentStyle | None = None,
    as_of: dt.date = AS_OF,
    dispute_ids: Sequence[str] | None = None,
    **options: Any,
) -> bytes:
    """The document for `case` straight from app.documents (no profile, no store)."""
    selection = select(case or sample_case(), as_of, dispute_ids)
    edits = options.pop("edits", None)
    content = DeclarationContent.from_selection(selection, edits, **options)
    return render_declaration(content, style or DocumentStyle(pleading_paper=True))
