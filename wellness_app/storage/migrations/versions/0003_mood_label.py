"""mood_entries.mood_label: the mood as another app named it ("Medium [-]", "7/10")

Revision ID: 0003_mood_label
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_mood_label"
down_revision = "0002_drafts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("mood_entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("mood_label", sa.String(length=80), server_default="",
                                      nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("mood_entries", schema=None) as batch_op:
        batch_op.drop_column("mood_label")
