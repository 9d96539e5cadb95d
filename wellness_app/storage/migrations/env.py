"""Alembic environment: always run on the connection the app hands over (batch mode)."""

from alembic import context

from wellness_app.storage.rows import Base
from wellness_app.storage.search_index import include_object

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
