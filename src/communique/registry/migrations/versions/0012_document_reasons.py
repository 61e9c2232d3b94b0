"""documents: what extraction took the issuer and the day from

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("issuer_reason", sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column("date_reason", sa.String(length=500), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_column("date_reason")
        batch_op.drop_column("issuer_reason")
