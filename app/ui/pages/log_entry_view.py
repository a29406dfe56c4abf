"""The chosen letter or call in full, under the log's table: the table cuts long text
short, and a tired reader should not have to open the form just to read an entry."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser

from app.domain.model import Case, Communication, Direction
from app.i18n import day_in_words, time_in_words
from app.ui.words import method_name


class LogEntryView(QTextBrowser):
    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("The chosen letter or call"))
        self.show_entry(None, None)

    def show_entry(self, case: Case | None, comm: Communication | None) -> None:
        if case is None or comm is None:
            self.setHtml("<p>{}</p>".format(html.escape(self.tr(
                "Choose a letter or call in the list to read it in full here."))))
            return
        esc = html.escape
        lawyer = case.counsel_by_id(comm.counsel) if comm.counsel else None
        if comm.direction is Direction.OUTGOING:
            title = self.tr("{how} from me to {who}")
        else:
            title = self.tr("{how} to me from {who}")
        who = lawyer.name if lawyer else self.tr("the other side")
        day = day_in_words(comm.sent_on, weekday=True)
        if comm.approximate:
            day = self.tr("about {day}").format(day=day)
        lines = [f"<b>{esc(day)} \u2014 "
                 f"{esc(title.format(how=method_name(comm.method), who=who))}</b>"]
        if comm.received_on is not None:
            lines.append(esc(self.tr("Received: {day}").format(
                day=day_in_words(comm.received_on, weekday=True))))
        if comm.time is not None or comm.duration_minutes is not None:
            parts = []
            if comm.time is not None:
                parts.append(self.tr("at {time}").format(time=time_in_words(comm.time)))
            if comm.duration_minutes is not None:
                parts.append(self.tr("{minutes} minutes").format(minutes=comm.duration_minutes))
            lines.append(esc(", ".join(parts)))
        labels = [d.label if (d := case.dispute(key)) else key for key in comm.disputes]
        if labels:
            lines.append(esc(self.tr("Requests: {labels}").format(labels="; ".join(labels))))
        did = [words for flag, words in (
            (comm.explains_deficiency, self.tr("explained what is wrong")),
            (comm.proposes_resolution, self.tr("proposed a way to settle it")),
            (comm.requests_conference, self.tr("asked for a call or meeting")),
            (comm.states_impasse, self.tr("said a motion will follow")),
        ) if flag]
        if did:
            lines.append(esc(self.tr("It {things}.").format(things=", ".join(did))))
        if comm.mail_log_number:
            lines.append(esc(self.tr("Legal mail log number: {number}").format(
                number=comm.mail_log_number)))
        if comm.letter is not None:
            lines.append(esc(self.tr("The program wrote this letter; its text as mailed is "
                                     "kept with this entry (\u201cRead the letter you "
                                     "mailed\u201d).")))
        body = "<br>".join(lines)
        if comm.summary:
            body += "<p>{}</p>".format(esc(comm.summary).replace("\n", "<br>"))
        self.setHtml(body)
