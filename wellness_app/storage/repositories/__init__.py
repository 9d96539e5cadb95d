"""Repositories take a Session and return domain objects, never ORM rows."""
