"""Reports over the registry: counting rules, the year-end review, charts, claim checks.

    counting        the counting rules (versioned) every number comes from
    review          build_review(...) -> ReportModel (sections, facts, record refs)
    render          render_report(model, "md"|"html"|"docx"|"pdf", path)
    check           check_draft(path, registry=..., issuer=..., year=...) -> findings

Nothing heavy is imported here: import the submodule you need.
"""

from __future__ import annotations

__all__ = ["counting", "review", "render", "check"]
