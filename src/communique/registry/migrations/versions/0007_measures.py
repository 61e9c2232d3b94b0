"""measures on events; aid activities; agreements and the steps of their life

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("measures", sa.JSON(), nullable=True))

    op.create_table(
        "agreements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=1000), nullable=False),
        sa.Column("parties", sa.JSON(), nullable=False),
        sa.Column("place_country", sa.String(length=16), nullable=True),
        sa.Column("place_city", sa.String(length=200), nullable=True),
        sa.Column("signatories", sa.JSON(), nullable=True),
        sa.Column("signed_date", sa.String(length=10), nullable=True),
        sa.Column("date_lo", sa.String(length=10), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("occasion_event_id", sa.Integer(), nullable=True),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"],
                                name=op.f("fk_agreements_event_id_events")),
        sa.ForeignKeyConstraint(["occasion_event_id"], ["events.id"],
                                name=op.f("fk_agreements_occasion_event_id_events")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreements")),
    )
    op.create_index(op.f("ix_agreements_date_lo"), "agreements", ["date_lo"], unique=False)
    op.create_index(op.f("ix_agreements_event_id"), "agreements", ["event_id"], unique=True)
    op.create_index(op.f("ix_agreements_occasion_event_id"), "agreements",
                    ["occasion_event_id"], unique=False)
    op.create_table(
        "aid_activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=1000), nullable=False),
        sa.Column("donor", sa.String(length=40), nullable=False),
        sa.Column("channel", sa.String(length=200), nullable=True),
        sa.Column("recipients", sa.JSON(), nullable=False),
        sa.Column("sector", sa.String(length=200), nullable=True),
        sa.Column("modality", sa.String(length=20), nullable=False),
        sa.Column("amount", sa.Float(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("measures", sa.JSON(), nullable=True),
        sa.Column("date_start", sa.String(length=10), nullable=True),
        sa.Column("date_end", sa.String(length=10), nullable=True),
        sa.Column("date_lo", sa.String(length=10), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"],
                                name=op.f("fk_aid_activities_event_id_events")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_aid_activities")),
    )
    op.create_index(op.f("ix_aid_activities_date_lo"), "aid_activities", ["date_lo"],
                    unique=False)
    op.create_index(op.f("ix_aid_activities_event_id"), "aid_activities", ["event_id"],
                    unique=True)
    op.create_table(
        "agreement_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=12), nullable=False),
        sa.Column("party", sa.String(length=40), nullable=True),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["agreement_id"], ["agreements.id"],
                                name=op.f("fk_agreement_steps_agreement_id_agreements")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_steps")),
    )
    op.create_index(op.f("ix_agreement_steps_agreement_id"), "agreement_steps",
                    ["agreement_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_agreement_steps_agreement_id"), table_name="agreement_steps")
    op.drop_table("agreement_steps")
    op.drop_index(op.f("ix_aid_activities_event_id"), table_name="aid_activities")
    op.drop_index(op.f("ix_aid_activities_date_lo"), table_name="aid_activities")
    op.drop_table("aid_activities")
    op.drop_index(op.f("ix_agreements_occasion_event_id"), table_name="agreements")
    op.drop_index(op.f("ix_agreements_event_id"), table_name="agreements")
    op.drop_index(op.f("ix_agreements_date_lo"), table_name="agreements")
    op.drop_table("agreements")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_column("measures")
