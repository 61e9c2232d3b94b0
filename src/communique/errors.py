"""The error tree of communique. Every message says what to do next.

    CommuniqueError                 base; the CLI prints it and exits non-zero
    ├── InputError                  a document cannot be read          (E1xx)
    │   ├── NotFoundError           E101 path does not exist
    │   ├── EmptyDocumentError      E102 no text in the file
    │   ├── UnsupportedFormatError  E103 binary or unknown format
    │   ├── EncodingError           E104 text whose encoding cannot be told
    │   ├── NoTextLayerError        E105 PDF without a text layer (scanned)
    │   └── TooLargeError           E106 over the size limit
    ├── UsageError                  bad option values (issuer, date) (E2xx)
    │   └── MergeNeedsForce         E201 merging events of other types/countries
    ├── PatternError                a user pattern file is broken    (E3xx)
    ├── RegistryError               storage problems                 (E4xx)
    │   ├── DatabaseUnreachableError E401
    │   ├── SchemaTooNewError       E402 database newer than the code
    │   ├── NotFound                E403 no such event/person
    │   ├── ConflictError           E404 edited by someone else meanwhile
    │   └── StorageFullError        E405 the disk holding the database is full
    ├── ImportValidationError       E5xx line-numbered bad rows in an import file
    ├── ConsularError               the consular desk                (E6xx)
    │   ├── SecretKeyError          E601 the key file is unreadable or lacks a key
    │   └── AccessDeniedError       E602 the user's role or the case's restriction forbids it
    └── OutputError                 E700 an output file cannot be written
"""

from __future__ import annotations

__all__ = [
    "CommuniqueError",
    "InputError",
    "NotFoundError",
    "EmptyDocumentError",
    "UnsupportedFormatError",
    "EncodingError",
    "NoTextLayerError",
    "TooLargeError",
    "UsageError",
    "MergeNeedsForce",
    "PatternError",
    "RegistryError",
    "DatabaseUnreachableError",
    "SchemaTooNewError",
    "NotFound",
    "ConflictError",
    "ImportValidationError",
    "ConsularError",
    "SecretKeyError",
    "AccessDeniedError",
    "StorageFullError",
    "OutputError",
]


class CommuniqueError(Exception):
    """Base of every error communique raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)

    def __str__(self) -> str:  # "E102 report.txt: the file is empty ..."
        where = f"{self.path}: " if self.path else ""
        return f"{self.code} {where}{self.message}"


class InputError(CommuniqueError):
    code = "E100"


class NotFoundError(InputError):
    code = "E101"


class EmptyDocumentError(InputError):
    code = "E102"


class UnsupportedFormatError(InputError):
    code = "E103"


class EncodingError(InputError):
    code = "E104"


class NoTextLayerError(InputError):
    code = "E105"


class TooLargeError(InputError):
    code = "E106"


class UsageError(CommuniqueError):
    code = "E200"


class MergeNeedsForce(UsageError):
    """Merging events of different types or countries: the counts would lose something."""

    code = "E201"

    def __init__(self, losses: list[str]) -> None:
        self.losses = list(losses)
        super().__init__("these events differ, and merging them changes the counts: "
                         + "; ".join(self.losses)
                         + ". If they are one event, merge again with --force (on the web: "
                         "confirm)")


class PatternError(CommuniqueError):
    code = "E300"


class RegistryError(CommuniqueError):
    code = "E400"


class DatabaseUnreachableError(RegistryError):
    code = "E401"


class SchemaTooNewError(RegistryError):
    code = "E402"


class NotFound(RegistryError):
    code = "E403"


class ConflictError(RegistryError):
    code = "E404"


class StorageFullError(RegistryError):
    code = "E405"


class OutputError(CommuniqueError):
    code = "E700"


class ImportValidationError(CommuniqueError):
    code = "E500"

    def __init__(self, message: str, *, path: str | None = None,
                 problems: list[tuple[int, str]] | None = None) -> None:
        self.problems = problems or []
        super().__init__(message, path=path)


class ConsularError(CommuniqueError):
    code = "E600"


class SecretKeyError(ConsularError):
    code = "E601"


class AccessDeniedError(ConsularError):
    code = "E602"
