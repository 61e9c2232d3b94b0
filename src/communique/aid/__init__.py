"""Aid: who gives what to whom, in kind, cash, vaccines or services.

    Aid                      an aid activity (donor, channel, recipients, sector,
                             modality, amount and currency, dates, status)
    aid_from_record(rec)     the activity an extracted ``aid`` record reports
    validate_aid(d)          the problems of one activity dict (import, web)
    to_iati(activities)      IATI 2.03 activity XML, checked against the schema
    validate_iati(xml)       the schema's complaints (the schema ships in
                             ``schema/iati-2.03/`` with IATI's licence)

The registry side (store, list, import, export) is :mod:`communique.services.aid`.
"""

from __future__ import annotations

from ._iati import reporting_ref, schema_path, to_iati, validate_iati
from ._model import MODALITIES, STATUSES, Aid, aid_from_record, validate_aid

__all__ = ["Aid", "MODALITIES", "STATUSES", "aid_from_record", "validate_aid", "to_iati",
           "validate_iati", "schema_path", "reporting_ref"]
