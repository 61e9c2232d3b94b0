"""consular attachments (file name and bytes encrypted)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consular_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("name_enc", sa.Text(), nullable=True),
        sa.Column("data_enc", sa.LargeBinary(), nullable=True),
        sa.Column("added_by", sa.String(length=100), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["consular_cases.id"],
                                name=op.f("fk_consular_attachments_case_id_consular_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consular_attachments")),
        sa.UniqueConstraint("case_id", "n", name="uq_consular_attachments_case_n"),
    )
    with op.batch_alter_table("consular_attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consular_attachments_case_id"), ["case_id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("consular_attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consular_attachments_case_id"))
    op.drop_table("consular_attachments")
