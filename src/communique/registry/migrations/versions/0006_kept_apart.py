"""kept_apart: pairs of events a reviewer judged distinct (the duplicates queue)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kept_apart",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_a", sa.Integer(), nullable=False),
        sa.Column("event_b", sa.Integer(), nullable=False),
        sa.Column("who", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.ForeignKeyConstraint(["event_a"], ["events.id"],
                                name=op.f("fk_kept_apart_event_a_events")),
        sa.ForeignKeyConstraint(["event_b"], ["events.id"],
                                name=op.f("fk_kept_apart_event_b_events")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kept_apart")),
    )
    with op.batch_alter_table("kept_apart", schema=None) as batch_op:
        batch_op.create_index("ix_kept_apart_pair", ["event_a", "event_b"], unique=True)
        batch_op.create_index(batch_op.f("ix_kept_apart_event_b"), ["event_b"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("kept_apart", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kept_apart_event_b"))
        batch_op.drop_index("ix_kept_apart_pair")
    op.drop_table("kept_apart")
