"""Exports of the chronicle: GDELT 2.0 Event and Mentions tables, JSON Lines, CSV and Parquet."""
