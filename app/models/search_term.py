"""The ``search_term`` table: every distinct folded actor/target/location string once.

Substring filters (``actor=shabaab``) match against this small table first, then fetch events
through the index on the event's search column, instead of scanning every event.
"""

from sqlmodel import Field, SQLModel


class SearchTerm(SQLModel, table=True):
    """One distinct search string of one field."""

    __tablename__ = "search_term"

    field: str = Field(primary_key=True, max_length=16)  # "actor", "target" or "location"
    term: str = Field(primary_key=True, max_length=800)
