"""Coming dates: what the case is waiting for, soonest first, and what the court's rules
say in plain words."""

from __future__ import annotations

import html

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from app.domain.profiles import ProfileError, get_profile
from app.i18n import day_in_words, interface_language, render
from app.services.assessment import coming_dates
from app.ui.context import CaseContext


class DatesPage(QWidget):
    def __init__(self, context: CaseContext) -> None:
        super().__init__()
        self.context = context
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Coming dates"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        context.case_opened.connect(self.refresh)
        context.changed.connect(self.refresh)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        # Worked out when shown, as the declaration page does: a hidden tab would assess
        # the whole case again on every change for nothing.
        self._build()
        super().showEvent(event)

    def refresh(self) -> None:
        if self.isVisible():
            self._build()

    def _build(self) -> None:
        session = self.context.session
        if session is None:
            self.view.clear()
            return
        today = self.context.today()
        esc = html.escape
        parts = ["<p>{}</p>".format(esc(self.tr("Today is {day}.").format(
            day=day_in_words(today, weekday=True))))]
        coming = coming_dates(session.case, today)
        if not coming:
            parts.append("<p>{}</p>".format(esc(self.tr(
                "Nothing is being waited for: no answer is due and no reply time is running."))))
        else:
            parts.append("<table cellpadding='6'>")
            for item in coming:
                days = (item.day - today).days
                if days == 0:
                    when = self.tr("today")
                elif days == 1:
                    when = self.tr("tomorrow")
                else:
                    when = self.tr("in {days} days").format(days=days)
                parts.append(
                    f"<tr><td valign='top'><b>{esc(day_in_words(item.day, weekday=True))}</b><br>"
                    f"{esc(when)}</td><td valign='top'>{esc(render(item.message))}</td></tr>"
                )
            parts.append("</table>")
        parts.append(self._court_html(session.case.rule_profile))
        self.view.setHtml("".join(parts))

    def _court_html(self, profile_id: str) -> str:
        try:
            profile = get_profile(profile_id)
        except ProfileError:
            return ""
        esc = html.escape
        return "<h3>{}</h3><p>{}</p><p><i>{}</i></p>".format(
            esc(self.tr("Your court: {name}").format(name=profile.name)),
            esc(" ".join(profile.notes_for(interface_language()).split())),
            esc(self.tr("These notes describe the court's rules; they are not legal advice.")),
        )
