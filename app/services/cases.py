"""The desktop app's use cases for one install's cases: list, open, create, and change the
records of the case that is open.

A thin layer over the `Store` so that views never touch it. Each write returns the record
as stored and keeps an in-memory copy of the open case up to date, so a view refreshes only
what changed and the checks can be run again without reading the whole log back. Every
failure a person can cause or meet (a duplicate case number, a lawyer still named in the log,
a full disk, a read-only folder) comes out as `SaveError` with a translatable message; a bug
is left to propagate to the crash dialog.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from app import paths
from app.domain.model import Case, Communication, Counsel, Dispute
from app.domain.text import QT_TRANSLATE_NOOP, Message, message
from app.store import CaseSummary, Store, StoreError
from app.store.errors import database_errors

if TYPE_CHECKING:
    from app.documents.paragraphs import DeclarationParagraph
    from app.services.log import LogRows

__all__ = ["CaseSummary", "Cases", "OpenCase", "SaveError"]

_CTX = "Cases"


class SaveError(Exception):
    """A change that could not be saved; nothing was changed. `message` says why."""

    def __init__(self, msg: Message) -> None:
        super().__init__(msg.english())
        self.message = msg


def _environment_problem(error: Exception) -> SaveError:
    return SaveError(
        message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Cases",
                "The change could not be saved: the data folder could not be written "
                "({reason}). Nothing was changed. Check that the USB stick is still in and "
                "that the disk is not full, then try again.",
            ),
            reason=str(error),
        )
    )


class _Guard:
    """Turns store and environment errors into SaveError inside a `with` block."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, error: BaseException | None, tb: object) -> None:
        if isinstance(error, StoreError):
            raise SaveError(error.message) from error
        # A locked folder's errors are SQLCipher's, not sqlite3's: both come out the same.
        if isinstance(error, (*database_errors(), OSError)):
            raise _environment_problem(error) from error


_guard = _Guard()


class Cases:
    """Every case in the data folder."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def summaries(self) -> list[CaseSummary]:
        return self.store.list_cases()

    def case_id(self, case_number: str) -> int | None:
        return self.store.case_id(case_number)

    def open(self, case_id: int) -> OpenCase:
        with _guard:
            return OpenCase(self.store, case_id, self.store.load_case(case_id))

    def create(self, case: Case) -> OpenCase:
        with _guard:
            case_id = self.store.insert_case(case)
        return self.open(case_id)

    # -- case files -----------------------------------------------------------------

    def import_file(self, path: Path, *, replace: bool = False) -> int:
        """Import a case file, all or nothing; returns the new case's id.

        Raises `CaseFileError` (its problems name each place in the file), `CaseExistsError`
        (the number is taken and `replace` was not asked for), or SaveError."""
        from app.services.casefiles import import_case_file

        with _guard:
            number = import_case_file(self.store, path, replace=replace)
        return self._id_of(number)

    def export_file(self, case_number: str, path: Path) -> None:
        from app.services.casefiles import CaseNotFoundError, export_case_file

        try:
            with _guard:
                export_case_file(self.store, case_number, path)
        except CaseNotFoundError as error:
            raise SaveError(error.message) from error

    def import_demo(self) -> int:
        """The fictional sample case, imported if missing; returns its id."""
        from app.services.casefiles import import_demo_case

        with _guard:
            number = import_demo_case(self.store)
        return self._id_of(number)

    @staticmethod
    def is_sample(case_number: str) -> bool:
        """Whether this is the made-up sample case."""
        return case_number == _sample_case_number()

    def _id_of(self, case_number: str) -> int:
        case_id = self.store.case_id(case_number)
        assert case_id is not None, "a case just stored is found by its number"
        return case_id


class OpenCase:
    """The case on screen and the changes made to it."""

    def __init__(self, store: Store, case_id: int, case: Case) -> None:
        self.store = store
        self.case_id = case_id
        self.case = case

    # -- the case itself ------------------------------------------------------------

    def update_details(self, details: Case) -> Case:
        with _guard:
            stored = self.store.update_case_details(self.case_id, details)
        # The lists stay as they are in memory; only the case's own fields changed.
        self.case = replace(
            stored,
            counsel=self.case.counsel,
            disputes=self.case.disputes,
            communications=self.case.communications,
        )
        return self.case

    # -- counsel --------------------------------------------------------------------

    def save_counsel(self, counsel: Counsel, *, new: bool) -> Counsel:
        with _guard:
            if new:
                stored = self.store.add_counsel(self.case_id, counsel)
                self.case.counsel.append(stored)
            else:
                stored = self.store.update_counsel(self.case_id, counsel)
                _replace_by_id(self.case.counsel, stored)
        return stored

    def delete_counsel(self, counsel_id: str) -> None:
        with _guard:
            self.store.delete_counsel(self.case_id, counsel_id)
        self.case.counsel = [c for c in self.case.counsel if c.id != counsel_id]

    # -- requests in dispute --------------------------------------------------------

    def save_dispute(self, dispute: Dispute, *, new: bool) -> Dispute:
        with _guard:
            if new:
                stored = self.store.add_dispute(self.case_id, dispute)
                self.case.disputes.append(stored)
            else:
                stored = self.store.update_dispute(self.case_id, dispute)
                _replace_by_id(self.case.disputes, stored)
        return stored

    def delete_dispute(self, dispute_id: str) -> None:
        with _guard:
            self.store.delete_dispute(self.case_id, dispute_id)
        self.case.disputes = [d for d in self.case.disputes if d.id != dispute_id]

    # -- letters and calls ----------------------------------------------------------

    def log_rows(self) -> LogRows:
        """The log as a view shows it: matching row ids, records fetched as needed."""
        from app.services.log import LogRows

        return LogRows(self.store, self.case_id)

    def save_communication(self, comm: Communication, *, new: bool) -> Communication:
        with _guard:
            if new:
                stored = self.store.add_communication(self.case_id, comm)
                self.case.communications.append(stored)
            else:
                stored = self.store.update_communication(self.case_id, comm)
                _replace_by_id(self.case.communications, stored)
        return stored

    def delete_communication(self, comm_id: str) -> None:
        with _guard:
            self.store.delete_communication(self.case_id, comm_id)
        self.case.communications = [c for c in self.case.communications if c.id != comm_id]

    # -- the declaration's wording --------------------------------------------------

    def save_paragraph_text(self, paragraph: DeclarationParagraph, text: str) -> None:
        """Keep the person's wording of a declaration paragraph for every later print."""
        from app.services import documents

        with _guard:
            documents.save_paragraph_text(self.store, self.case_id, paragraph, text)

    def restore_paragraph(self, key: str) -> None:
        """Print the program's own wording of paragraph `key` again."""
        from app.services import documents

        with _guard:
            documents.restore_generated_paragraph(self.store, self.case_id, key)


def _replace_by_id[Record: (Counsel, Dispute, Communication)](
    records: list[Record], stored: Record
) -> None:
    for index, record in enumerate(records):
        if record.id == stored.id:
            records[index] = stored
            return


@cache
def _sample_case_number() -> str | None:
    """The sample's number, read from its file without the case file reader (which the
    start-up does not load); None when the file cannot be read (no case is marked)."""
    import json

    try:
        document = json.loads(paths.demo_case_path().read_bytes())
        number = document["case"]["case_number"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return number if isinstance(number, str) else None
