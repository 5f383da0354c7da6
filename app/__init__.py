"""CityGraph HTTP API (FastAPI)."""
