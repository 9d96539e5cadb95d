"""Journal search: an index serving the Journal's order and an FTS5 trigram index.

Revision ID: 0010_journal_search
Revises: 0003_mood_label
"""

from alembic import op

from wellness_app.storage import search_index

revision = "0010_journal_search"
down_revision = "0003_mood_label"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("mood_entries", schema=None) as batch_op:
        batch_op.create_index("ix_mood_entries_at_utc_id", ["at_utc", "id"], unique=False)
    search_index.create(op.execute)


def downgrade() -> None:
    search_index.drop(op.execute)
    with op.batch_alter_table("mood_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_mood_entries_at_utc_id")
