"""The store: the only way into the database (SQLAlchemy Core, Alembic)."""
