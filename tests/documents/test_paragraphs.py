from __future__ import annotations

import datetime as dt

from app.documents.paragraphs import generate, resolve
from app.documents.selection import select
from app.domain.model import Case, ParagraphEdit
from tests.documents.sample import AS_OF, sample_case
from tests.helpers.builders import day, incoming, make_case, make_dispute, outgoing


def _texts(case: Case | None = None, as_of: dt.date = AS_OF) -> dict[str, str]:
    return dict(generate(select(case or sample_case(), as_of)))


def test_keys_in_the_declarations_order() -> None:
    keys = [key for key, _ in generate(select(sample_case(), AS_OF))]
    assert keys == [
        "intro",
        "dispute:d1",
        "dispute:d2",
        "communication:c1",
        "communication:c2",
        "communication:c3",
        "communication:c4",
        "unresolved",
        "certification",
    ]


def test_intro_gives_identity_and_personal_knowledge() -> None:
    intro = _texts()["intro"]
    assert "I am the plaintiff in this action" in intro
    assert "Salinas Valley State Prison" in intro and "V-12345" in intro
    assert "personal knowledge" in intro


def test_dispute_paragraph_service_response_and_deficiency() -> None:
    texts = _texts()
    d1 = texts["dispute:d1"]
    assert d1.startswith("On June 1, 2007, I served Request for Production No. 3 (Set One)")
    assert "by delivering it to prison staff for mailing" in d1
    assert "I received a response to it on July 6, 2007." in d1
    assert "They objected as overbroad and produced nothing." in d1
    d2 = texts["dispute:d2"]
    assert "The response was due on July 5, 2007. No response came by that day" in d2
    assert "narrowed" in d2


def test_outgoing_letter_in_plain_words_with_everything_it_did() -> None:
    c1 = _texts()["communication:c1"]
    assert c1.startswith(
        "On July 20, 2007, I delivered to prison staff for mailing a letter to Jane Roe"
    )
    assert "Request for Production No. 3 (Set One) and Interrogatory No. 5 (Set One)" in c1
    assert "explained what is wrong with the response" in c1
    assert "proposed a way to resolve the dispute" in c1
    assert "I asked for a reply by August 3, 2007." in c1
    assert "asked for the 2006 grievance records." in c1  # the summary, made a sentence
    assert "LM-2007-0412" in c1
    assert c1.endswith("(Exhibit A, row 1.)")


def test_incoming_letter_gives_both_days() -> None:
    c2 = _texts()["communication:c2"]
    assert c2.startswith("On August 13, 2007, I received a letter dated August 6, 2007, from")
    assert "(Exhibit A, row 2.)" in c2


def test_call_on_or_about_with_its_length() -> None:
    c3 = _texts()["communication:c3"]
    assert c3.startswith("On or about August 15, 2007, at 2:30 p.m., I spoke by telephone with")
    assert "for about 15 minutes" in c3
    assert "I placed the call." in c3


def test_final_letter_states_the_impasse() -> None:
    c4 = _texts()["communication:c4"]
    assert "stated which requests remain unresolved" in c4


def test_unresolved_lists_the_live_requests() -> None:
    unresolved = _texts()["unresolved"]
    assert unresolved == (
        "As of August 28, 2007, the following requests remain unresolved: Request for "
        "Production No. 3 (Set One) and Interrogatory No. 5 (Set One) (narrowed)."
    )


def test_certification_cites_rule_37() -> None:
    certification = _texts()["certification"]
    assert "in good faith conferred or attempted to confer" in certification
    assert "without court action" in certification
    assert "37(a)(1)" in certification


def test_other_methods_and_directions() -> None:
    case = make_case(
        disputes=[make_dispute(served_on="2007-06-01", served_by="hand")],
        communications=[
            incoming("e", "2007-07-02", method="email", counsel="k1"),
            outgoing("v", "2007-07-03", method="video", duration_minutes=30, counsel="k1"),
            incoming("m", "2007-07-04", method="in_person", approximate=True, counsel="k1"),
            incoming("u", "2007-07-05", approximate=True, counsel="k1"),
            incoming("p", "2007-07-06", method="phone", counsel="k1", proposes_resolution=True),
        ],
    )
    texts = _texts(case, day("2007-08-01"))
    assert "by hand delivery" in texts["dispute:d1"]
    assert texts["communication:e"].startswith(
        "I received an email dated July 2, 2007, from A. Lawyer, counsel for Defendants."
    )
    assert (
        "I spoke by video conference with A. Lawyer, counsel for Defendants, for about 30"
        in (texts["communication:v"])
    )
    assert texts["communication:m"].startswith("On or about July 4, 2007, I met in person with")
    # No day of receipt and an uncertain day: nothing says the paper bears that date.
    assert "I received a letter, sent on or about July 5, 2007, from A. Lawyer, counsel " \
        "for Defendants." in texts["communication:u"]
    # The log says the call came in, not who dialled it: nobody is named as the caller.
    assert "The call was placed to me." in texts["communication:p"]
    assert "placed the call" not in texts["communication:p"]
    assert "In the call, I proposed" in texts["communication:p"]


def test_nobody_is_named_when_the_log_does_not_say_who() -> None:
    case = make_case(
        communications=[
            outgoing("l", "2007-07-01"),
            incoming("l2", "2007-07-02", received_on="2007-07-03", states_impasse=True),
            incoming("o", "2007-07-04", method="other", disputes=[]),
            incoming("p", "2007-07-05", method="phone", duration_minutes=5),
        ],
    )
    texts = _texts(case, day("2007-08-01"))
    assert texts["communication:l"].startswith(
        "On July 1, 2007, I delivered to prison staff for mailing a letter."
    )
    assert texts["communication:l2"].startswith(
        "On July 3, 2007, I received a letter dated July 2, 2007."
    )
    assert "In the letter, the sender stated" in texts["communication:l2"]
    assert texts["communication:o"].startswith("On July 4, 2007, I received a communication.")
    assert (
        "I spoke by telephone for about 5 minutes. The call was placed to me."
        in (texts["communication:p"])
    )
    assert not any("counsel for" in t for k, t in texts.items() if k.startswith("comm"))


def test_an_edit_replaces_the_text_and_is_flagged_when_the_record_changes() -> None:
    case = sample_case()
    generated = _texts(case)["communication:c2"]
    edits = {"communication:c2": ParagraphEdit("communication:c2", "My own words.", generated)}
    paragraph = {p.key: p for p in resolve(select(case, AS_OF), edits)}["communication:c2"]
    assert (paragraph.text, paragraph.edited, paragraph.possibly_out_of_date) == (
        "My own words.",
        True,
        False,
    )
    assert paragraph.generated == generated

    case.communications[1].summary = "Counsel refused again."
    changed = {p.key: p for p in resolve(select(case, AS_OF), edits)}["communication:c2"]
    assert changed.text == "My own words."
    assert changed.possibly_out_of_date
    untouched = {p.key: p for p in resolve(select(case, AS_OF), edits)}["intro"]
    assert not untouched.edited and untouched.text == untouched.generated


def test_edits_of_paragraphs_no_longer_printed_are_ignored() -> None:
    edits = {"communication:gone": ParagraphEdit("communication:gone", "x", "y")}
    keys = [p.key for p in resolve(select(sample_case(), AS_OF), edits)]
    assert "communication:gone" not in keys


def test_certification_names_the_requests_and_the_courts_own_rule() -> None:
    certification = _texts()["certification"]
    assert "Request for Production No. 3 (Set One) and Interrogatory No. 5 (Set One)" \
        in certification
    # The sample case is in N.D. Cal.: its own rule from the profile's sources.
    assert "Federal Rule of Civil Procedure 37(a)(1) and N.D. Cal. Civil L.R. 37-1" \
        in certification
    generic = make_case(rule_profile="generic", disputes=[make_dispute()])
    text = _texts(generic)["certification"]
    assert text.endswith("as Federal Rule of Civil Procedure 37(a)(1) requires.")


def test_default_covers_only_documented_requests() -> None:
    from app.documents.selection import documented_ids

    # On August 28 both reply windows are still open: nothing is documented yet, and a
    # declaration made then covers nothing unless the person picks requests.
    assert documented_ids(sample_case(), AS_OF) == []
    assert documented_ids(sample_case(), day("2007-09-20")) == ["d1", "d2"]


def test_due_day_and_lateness() -> None:
    case = make_case(
        disputes=[
            # Mailed June 1: 30 days, 3 for mail: due July 5 (July 4 is a holiday).
            make_dispute("late", served_on="2007-06-01", response_received_on="2007-07-16"),
            make_dispute("ontime", served_on="2007-06-01", response_received_on="2007-07-05"),
            make_dispute("never", served_on="2007-06-01"),
        ],
    )
    texts = _texts(case, day("2007-08-01"))
    assert "The response was due on July 5, 2007. I received a response to it on July 16, " \
        "2007. It came 11 days late." in texts["dispute:late"]
    assert "late" not in texts["dispute:ontime"].split("I received")[1]
    assert "No response came by that day" in texts["dispute:never"]


def test_a_letter_about_several_requests_says_responses() -> None:
    c1 = _texts()["communication:c1"]
    assert "explained what is wrong with the responses" in c1
