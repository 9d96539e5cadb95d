"""drafts: unsaved text kept across a quit or a crash

Revision ID: 0002_drafts
Revises: 0001
"""

from alembic import op
import sqlalchemy as sa


revision = "0002_drafts"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_drafts")),
    )


def downgrade() -> None:
    op.drop_table("drafts")
