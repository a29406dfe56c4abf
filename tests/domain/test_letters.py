"""Letters drafted from the log: the kind proposed from the assessment, and what each kind
says, with flags only where its text bears them out."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.letters import (
    LetterBlock,
    compose_letter,
    default_counsel_id,
    letter_text,
    propose_kind,
)
from app.domain.model import Case, LetterKind, Method
from app.domain.profiles import effective_parameters, get_profile
from app.domain.rules import reply_day
from app.domain.text import Message
from app.services.assessment import assess_case
from tests.helpers.builders import day, incoming, make_case, make_counsel, make_dispute, outgoing

ANSWERED = {"served_on": "2007-06-01", "response_received_on": "2007-07-02",
            "deficiency": "No documents were produced.",
            "wanted": "Produce the logbook pages for June 3, 2007 within 30 days."}


def _proposed(case: Case, as_of: str) -> LetterKind | None:
    return propose_kind(case, assess_case(case, day(as_of)).disputes[0])


def _params(case: Case):  # type: ignore[no-untyped-def]
    params, _ = effective_parameters(get_profile(case.rule_profile), case.profile_overrides)
    return params


def _compose(case: Case, kind: LetterKind, on: str = "2007-08-01", ids: tuple[str, ...] = ("d1",),
             counsel: str = "k1"):  # type: ignore[no-untyped-def]
    return compose_letter(case, kind, list(ids), counsel, day(on), _params(case), reasons={
        "boilerplate_objection": "The objection is stated in general terms. See Fed. R. Civ. "
                                 "P. 34(b)(2)(B)."})


# --- the proposal ------------------------------------------------------------------------


def test_a_first_letter_once_the_answer_has_come_and_nothing_was_written() -> None:
    assert _proposed(make_case(disputes=[make_dispute(**ANSWERED)]), "2007-07-10") \
        is LetterKind.FIRST
    # Overdue, no answer: a first letter too.
    overdue = make_case(disputes=[make_dispute(served_on="2007-06-01")])
    assert _proposed(overdue, "2007-07-06") is LetterKind.FIRST
    # Not due yet: no letter.
    assert _proposed(overdue, "2007-07-05") is None


def test_no_letter_while_their_time_to_reply_runs() -> None:
    case = make_case(disputes=[make_dispute(**ANSWERED)],
                     communications=[outgoing("c1", "2007-07-20", explains_deficiency=True)])
    assert _proposed(case, "2007-08-06") is None  # the window ends August 6
    assert _proposed(case, "2007-08-07") is LetterKind.FOLLOW_UP


def test_a_call_request_where_the_court_wants_a_live_conference() -> None:
    case = make_case(rule_profile="cacd", disputes=[make_dispute(**ANSWERED)],
                     communications=[outgoing("c1", "2007-07-20", explains_deficiency=True),
                                     incoming("c2", "2007-07-25")])
    assert _proposed(case, "2007-08-10") is LetterKind.CALL_REQUEST


def test_confirming_after_a_call_then_impasse() -> None:
    call = outgoing("c2", "2007-08-01", method=Method.PHONE)
    case = make_case(disputes=[make_dispute(**ANSWERED)],
                     communications=[outgoing("c1", "2007-07-10", explains_deficiency=True),
                                     call])
    assert _proposed(case, "2007-08-02") is LetterKind.CONFIRMING
    confirmed = make_case(disputes=[make_dispute(**ANSWERED)], communications=[
        outgoing("c1", "2007-07-10", explains_deficiency=True), call,
        outgoing("c3", "2007-08-02", explains_deficiency=True)])
    assert _proposed(confirmed, "2007-08-30") is LetterKind.IMPASSE
    stated = make_case(disputes=[make_dispute(**ANSWERED)], communications=[
        *confirmed.communications, outgoing("c4", "2007-09-04", states_impasse=True)])
    assert _proposed(stated, "2007-10-01") is None


def test_closed_requests_get_no_letter() -> None:
    for status in ("resolved", "withdrawn"):
        case = make_case(disputes=[make_dispute(status=status, **ANSWERED)])
        assert _proposed(case, "2007-08-01") is None


# --- the letter --------------------------------------------------------------------------


def _case() -> Case:
    return make_case(
        disputes=[make_dispute("d1", label="Request for Production No. 3 (Set One)",
                               request_text="All logbook pages for\n\nJune 3, 2007.",
                               response_text="Objection: overbroad.",
                               reasons=["boilerplate_objection"], served_to="Defendant Sample",
                               **ANSWERED),
                  make_dispute("d2", label="Interrogatory No. 5 (Set One)",
                               served_on="2007-06-01", served_by="hand")],
        counsel=[make_counsel("k1", name="Jane Roe", represents="Defendant Sample"),
                 make_counsel("k2", name="Rae Doe", represents=None, office="Doe LLP",
                              address=[])],
    )


def test_a_first_letter_says_what_the_log_holds() -> None:
    case = _case()
    draft = _compose(case, LetterKind.FIRST, ids=("d1", "d2"))
    text = draft.text
    assert draft.reply_requested_by == reply_day(day("2007-08-01"), Method.LETTER,
                                                 _params(case)) == day("2007-08-20")
    for expected in (
        "Marcus L. Harrison\nPrisoner No. V-12345\nExample State Prison",
        "\n\nAugust 1, 2007\n\n",
        "Jane Roe\nCounsel for Defendant Sample\nOffice of the Attorney General\n"
        "455 Golden Gate Ave.",
        "Re: Harrison v. Sample, No. C 07-959 SI\nMeet and confer about Request for "
        "Production No. 3 (Set One) and Interrogatory No. 5 (Set One)",
        "\n\nDear Counsel:\n\n",
        "1. Request for Production No. 3 (Set One)\nI served this request on Defendant Sample "
        "by mail on June 1, 2007. The response was due by July 5, 2007. I received the "
        "response on July 2, 2007.",
        "The request reads:\n    All logbook pages for\n\n    June 3, 2007.",
        "The response reads:\n    Objection: overbroad.",
        "The objection is stated in general terms. See Fed. R. Civ. P. 34(b)(2)(B). "
        "No documents were produced.",
        "To resolve this request, I ask for the following: Produce the logbook pages",
        "2. Interrogatory No. 5 (Set One)\nI served this request by hand on June 1, 2007. The "
        "response was due by July 2, 2007. I have not received a response.",
        "No response has been served, and the time to respond has passed.",
        "Please reply in writing by August 20, 2007.",
        "I will file a motion to compel under Federal Rule of Civil Procedure 37(a)",
        "through the institution's litigation coordinator, or in whatever way the institution "
        "requires",
        "Sincerely,\n\n________________________________\nMarcus L. Harrison\nPrisoner No. "
        "V-12345\nPlaintiff, pro se",
        "cc: Rae Doe, Doe LLP",
    ):
        assert expected in text, expected
    assert "Mr." not in text and "Ms." not in text
    assert draft.explains_deficiency and draft.requests_conference
    assert not draft.proposes_resolution  # d2 says nothing of what would settle it
    assert not draft.states_impasse
    assert [m.template for m in draft.missing if "settle" in m.template]
    assert "d1" in draft.summary or "Request for Production No. 3" in draft.summary


def test_flags_follow_what_the_text_can_say() -> None:
    bare = make_case(disputes=[make_dispute(served_on="2007-06-01",
                                            response_received_on="2007-07-02")])
    draft = _compose(bare, LetterKind.FIRST)
    assert not draft.explains_deficiency and not draft.proposes_resolution
    assert any("What is wrong" in m.template for m in draft.missing)
    full = _compose(make_case(disputes=[make_dispute(**ANSWERED)]), LetterKind.FIRST)
    assert full.explains_deficiency and full.proposes_resolution and full.requests_conference
    call = _compose(make_case(disputes=[make_dispute(**ANSWERED)]), LetterKind.CALL_REQUEST)
    assert call.requests_conference and not call.explains_deficiency
    assert not call.states_impasse
    impasse = _compose(make_case(disputes=[make_dispute(**ANSWERED)]), LetterKind.IMPASSE)
    assert impasse.states_impasse and not impasse.requests_conference


def test_a_follow_up_names_the_earlier_letter_and_the_answer() -> None:
    case = make_case(disputes=[make_dispute(**ANSWERED)], communications=[
        outgoing("c1", "2007-07-10"),
        incoming("c2", "2007-07-18", received_on="2007-07-23")])
    text = _compose(case, LetterKind.FOLLOW_UP).text
    assert ("I write to follow up on my letter of July 10, 2007 about the discovery request "
            "listed below. Since then, I received your letter dated July 18, 2007 on July 23, "
            "2007, but this request is still unresolved. I would like to "
            "resolve it without asking the court for help.") in text
    silent = make_case(disputes=[make_dispute(**ANSWERED)],
                       communications=[outgoing("c1", "2007-07-10")])
    assert "I have not received a reply." in _compose(silent, LetterKind.FOLLOW_UP).text


def test_a_confirming_letter_names_the_call() -> None:
    case = make_case(disputes=[make_dispute(status="narrowed", **ANSWERED)], communications=[
        outgoing("c1", "2007-07-20", method=Method.PHONE, time=dt.time(14, 5),
                 summary="We agreed on the June pages")])
    text = _compose(case, LetterKind.CONFIRMING).text
    assert "Thank you for speaking with me by telephone on July 20, 2007 at 2:05 p.m." in text
    assert "As I understood our conversation: We agreed on the June pages." in text
    assert "We narrowed this request, but part of it is still in dispute." in text


def test_an_impasse_letter_lists_the_history_and_says_a_motion_will_follow() -> None:
    case = make_case(disputes=[make_dispute(**ANSWERED)], communications=[
        outgoing("c1", "2007-07-10"), outgoing("c2", "2007-07-30", method=Method.PHONE)])
    text = _compose(case, LetterKind.IMPASSE).text
    assert ("I have tried to resolve this request with you through my letter of July 10, "
            "2007 and our telephone call on July 30, 2007.") in text
    assert "I will ask the court to decide it by filing a motion to compel" in text
    two = _compose(make_case(disputes=[make_dispute("d1", **ANSWERED),
                                       make_dispute("d2", **ANSWERED)]),
                   LetterKind.IMPASSE, ids=("d1", "d2")).text
    assert "I write about the discovery requests listed below, which are still unresolved." \
        in two
    assert "If you are willing to resolve any of them" in two


def test_no_prisoner_no_prison_words() -> None:
    case = make_case(disputes=[make_dispute(**ANSWERED)])
    case.litigant.prisoner_number = None
    case.litigant.institution = None
    text = _compose(case, LetterKind.FIRST).text
    assert "incarcerated" not in text and "institution" not in text
    assert "Please let me know a day and time that suits you." in text


@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_block_has_a_purpose_and_the_text_joins_them(kind: LetterKind) -> None:
    draft = _compose(_case(), kind, ids=("d1", "d2"))
    assert all(isinstance(b.purpose, Message) and b.purpose.english() for b in draft.blocks)
    assert len({b.key for b in draft.blocks}) == len(draft.blocks)
    assert draft.text == "\n\n".join(b.text for b in draft.blocks)
    assert "\n\n\n" not in draft.text


def test_letter_text_normalises_line_ends_and_leaves_out_empty_blocks() -> None:
    blocks = [LetterBlock("a", Message("Letters", "x"), "One  \r\nTwo\r\n"),
              LetterBlock("b", Message("Letters", "x"), "  \n"),
              LetterBlock("c", Message("Letters", "x"), "Three")]
    assert letter_text(blocks) == "One\nTwo\n\nThree"


def test_the_default_counsel_is_the_one_of_the_latest_communication() -> None:
    case = _case()
    assert default_counsel_id(case, ["d1"]) == "k1"
    case.communications = [outgoing("c1", "2007-07-10", counsel="k2"),
                           outgoing("c2", "2007-07-12", counsel=None)]
    assert default_counsel_id(case, ["d1"]) == "k2"
    assert default_counsel_id(make_case(counsel=[]), ["d1"]) is None


def test_a_call_with_another_lawyer_is_never_called_ours() -> None:
    case = make_case(
        disputes=[make_dispute(**ANSWERED)],
        counsel=[make_counsel("k1", name="Jane Roe"), make_counsel("k2", name="Rae Doe")],
        communications=[outgoing("c1", "2007-07-10", counsel="k1"),
                        outgoing("c2", "2007-07-20", method=Method.IN_PERSON, counsel="k2")])
    confirming = _compose(case, LetterKind.CONFIRMING, counsel="k1").text
    assert "Thank you for speaking" not in confirming
    assert "I write to confirm in writing where we stand" in confirming
    to_rae = _compose(case, LetterKind.CONFIRMING, counsel="k2").text
    assert "Thank you for speaking with me in person on July 20, 2007" in to_rae
    impasse = _compose(case, LetterKind.IMPASSE, counsel="k1").text
    assert ("through my letter of July 10, 2007 and my meeting with Rae Doe on July 20, 2007."
            in impasse)
    follow = _compose(case, LetterKind.FOLLOW_UP, counsel="k1").text
    assert "Since then, I met with Rae Doe on July 20, 2007, but this request" in follow
