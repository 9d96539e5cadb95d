"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-24 10:06:16.099218
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('activity_kinds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60, collation='NOCASE'), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_kinds')),
    sa.UniqueConstraint('name', name=op.f('uq_activity_kinds_name'))
    )
    op.create_table('assessments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('answers', sa.String(length=64), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('difficulty', sa.Integer(), nullable=True),
    sa.Column('at_utc', sa.DateTime(), nullable=False),
    sa.Column('utc_offset_min', sa.Integer(), nullable=False),
    sa.Column('local_date', sa.Date(), nullable=False),
    sa.Column('source', sa.String(length=32), server_default='manual', nullable=False),
    sa.Column('import_key', sa.String(length=128), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessments')),
    sa.UniqueConstraint('import_key', name=op.f('uq_assessments_import_key'))
    )
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessments_local_date'), ['local_date'], unique=False)

    op.create_table('daily_metrics',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('local_date', sa.Date(), nullable=False),
    sa.Column('metric', sa.String(length=32), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('source', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_daily_metrics')),
    sa.UniqueConstraint('local_date', 'metric', 'source', name='day_metric_source')
    )
    with op.batch_alter_table('daily_metrics', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_daily_metrics_local_date'), ['local_date'], unique=False)

    op.create_table('import_batches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('source_name', sa.String(length=400), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batches'))
    )
    with op.batch_alter_table('import_batches', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_batches_file_sha256'), ['file_sha256'], unique=False)

    op.create_table('light_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('minutes', sa.Float(), nullable=False),
    sa.Column('lux', sa.Integer(), nullable=True),
    sa.Column('distance_cm', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('at_utc', sa.DateTime(), nullable=False),
    sa.Column('utc_offset_min', sa.Integer(), nullable=False),
    sa.Column('local_date', sa.Date(), nullable=False),
    sa.Column('source', sa.String(length=32), server_default='manual', nullable=False),
    sa.Column('import_key', sa.String(length=128), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_light_sessions')),
    sa.UniqueConstraint('import_key', name=op.f('uq_light_sessions_import_key'))
    )
    with op.batch_alter_table('light_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_light_sessions_local_date'), ['local_date'], unique=False)

    op.create_table('medications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('dose', sa.String(length=120), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('stop_date', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_medications'))
    )
    op.create_table('mood_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mood', sa.Integer(), nullable=False),
    sa.Column('energy', sa.Integer(), nullable=True),
    sa.Column('anxiety', sa.Integer(), nullable=True),
    sa.Column('sleep_hours', sa.Float(), nullable=True),
    sa.Column('note_title', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('at_utc', sa.DateTime(), nullable=False),
    sa.Column('utc_offset_min', sa.Integer(), nullable=False),
    sa.Column('local_date', sa.Date(), nullable=False),
    sa.Column('source', sa.String(length=32), server_default='manual', nullable=False),
    sa.Column('import_key', sa.String(length=128), nullable=True),
    sa.CheckConstraint('anxiety IS NULL OR anxiety BETWEEN 1 AND 5', name=op.f('ck_mood_entries_anxiety_range')),
    sa.CheckConstraint('energy IS NULL OR energy BETWEEN 1 AND 5', name=op.f('ck_mood_entries_energy_range')),
    sa.CheckConstraint('mood BETWEEN 1 AND 5', name=op.f('ck_mood_entries_mood_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mood_entries')),
    sa.UniqueConstraint('import_key', name=op.f('uq_mood_entries_import_key'))
    )
    with op.batch_alter_table('mood_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mood_entries_local_date'), ['local_date'], unique=False)

    op.create_table('preferences',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_preferences'))
    )
    op.create_table('safety_contacts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=80), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_safety_contacts'))
    )
    op.create_table('safety_plan_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('section', sa.String(length=40), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_safety_plan_items'))
    )
    with op.batch_alter_table('safety_plan_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_plan_items_section'), ['section'], unique=False)

    op.create_table('selfcare_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80, collation='NOCASE'), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_selfcare_items')),
    sa.UniqueConstraint('name', name=op.f('uq_selfcare_items_name'))
    )
    op.create_table('shown_cautions',
    sa.Column('local_date', sa.Date(), nullable=False),
    sa.Column('pair_key', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('local_date', 'pair_key', name=op.f('pk_shown_cautions'))
    )
    op.create_table('tags',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80, collation='NOCASE'), nullable=False),
    sa.Column('group_name', sa.String(length=40), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tags')),
    sa.UniqueConstraint('name', name=op.f('uq_tags_name'))
    )
    op.create_table('treatment_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('clinic', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('mood_before', sa.Integer(), nullable=True),
    sa.Column('mood_after', sa.Integer(), nullable=True),
    sa.Column('at_utc', sa.DateTime(), nullable=False),
    sa.Column('utc_offset_min', sa.Integer(), nullable=False),
    sa.Column('local_date', sa.Date(), nullable=False),
    sa.Column('source', sa.String(length=32), server_default='manual', nullable=False),
    sa.Column('import_key', sa.String(length=128), nullable=True),
    sa.CheckConstraint('mood_after IS NULL OR mood_after BETWEEN 1 AND 5', name=op.f('ck_treatment_sessions_after_range')),
    sa.CheckConstraint('mood_before IS NULL OR mood_before BETWEEN 1 AND 5', name=op.f('ck_treatment_sessions_before_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_treatment_sessions')),
    sa.UniqueConstraint('import_key', name=op.f('uq_treatment_sessions_import_key'))
    )
    with op.batch_alter_table('treatment_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_treatment_sessions_local_date'), ['local_date'], unique=False)

    op.create_table('user_crisis_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('country', sa.String(length=8), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('contact', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('hidden', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_crisis_lines'))
    )
    with op.batch_alter_table('user_crisis_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_user_crisis_lines_country'), ['country'], unique=False)

    op.create_table('activity_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind_id', sa.Integer(), nullable=False),
    sa.Column('minutes', sa.Float(), nullable=False),
    sa.Column('intensity', sa.String(length=16), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('at_utc', sa.DateTime(), nullable=False),
    sa.Column('utc_offset_min', sa.Integer(), nullable=False),
    sa.Column('local_date', sa.Date(), nullable=False),
    sa.Column('source', sa.String(length=32), server_default='manual', nullable=False),
    sa.Column('import_key', sa.String(length=128), nullable=True),
    sa.ForeignKeyConstraint(['kind_id'], ['activity_kinds.id'], name=op.f('fk_activity_sessions_kind_id_activity_kinds'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_sessions')),
    sa.UniqueConstraint('import_key', name=op.f('uq_activity_sessions_import_key'))
    )
    with op.batch_alter_table('activity_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_sessions_local_date'), ['local_date'], unique=False)

    op.create_table('mood_entry_tags',
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['mood_entries.id'], name=op.f('fk_mood_entry_tags_entry_id_mood_entries'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['tags.id'], name=op.f('fk_mood_entry_tags_tag_id_tags'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('entry_id', 'tag_id', name=op.f('pk_mood_entry_tags'))
    )
    with op.batch_alter_table('mood_entry_tags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mood_entry_tags_tag_id'), ['tag_id'], unique=False)

    op.create_table('selfcare_logs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('at_utc', sa.DateTime(), nullable=False),
    sa.Column('utc_offset_min', sa.Integer(), nullable=False),
    sa.Column('local_date', sa.Date(), nullable=False),
    sa.Column('source', sa.String(length=32), server_default='manual', nullable=False),
    sa.Column('import_key', sa.String(length=128), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['selfcare_items.id'], name=op.f('fk_selfcare_logs_item_id_selfcare_items'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_selfcare_logs')),
    sa.UniqueConstraint('import_key', name=op.f('uq_selfcare_logs_import_key'))
    )
    with op.batch_alter_table('selfcare_logs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_selfcare_logs_local_date'), ['local_date'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('selfcare_logs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_selfcare_logs_local_date'))

    op.drop_table('selfcare_logs')
    with op.batch_alter_table('mood_entry_tags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mood_entry_tags_tag_id'))

    op.drop_table('mood_entry_tags')
    with op.batch_alter_table('activity_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_sessions_local_date'))

    op.drop_table('activity_sessions')
    with op.batch_alter_table('user_crisis_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_crisis_lines_country'))

    op.drop_table('user_crisis_lines')
    with op.batch_alter_table('treatment_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_treatment_sessions_local_date'))

    op.drop_table('treatment_sessions')
    op.drop_table('tags')
    op.drop_table('shown_cautions')
    op.drop_table('selfcare_items')
    with op.batch_alter_table('safety_plan_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safety_plan_items_section'))

    op.drop_table('safety_plan_items')
    op.drop_table('safety_contacts')
    op.drop_table('preferences')
    with op.batch_alter_table('mood_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mood_entries_local_date'))

    op.drop_table('mood_entries')
    op.drop_table('medications')
    with op.batch_alter_table('light_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_light_sessions_local_date'))

    op.drop_table('light_sessions')
    with op.batch_alter_table('import_batches', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_batches_file_sha256'))

    op.drop_table('import_batches')
    with op.batch_alter_table('daily_metrics', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_daily_metrics_local_date'))

    op.drop_table('daily_metrics')
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assessments_local_date'))

    op.drop_table('assessments')
    op.drop_table('activity_kinds')
