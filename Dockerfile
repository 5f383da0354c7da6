# The CityGraph API image: `citygraph serve` on port 8000 (see docker-compose.yml for the Neo4j stack).
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /srv/citygraph

# graph/queries.py and graph/settings.py find cypher/ and seed/ beside graph/ (REPO_ROOT), so the
# package is installed in place from this tree rather than copied into site-packages. The source
# goes in before cypher/ and seed/ so that a change of data does not reinstall the dependencies.
COPY pyproject.toml README.md ./
COPY graph ./graph
COPY app ./app
RUN pip install --editable . && citygraph --help > /dev/null

COPY cypher ./cypher
COPY seed ./seed

# Run unprivileged; var/ holds the embedded store's file when CITYGRAPH_STORE is not neo4j.
RUN useradd --system --uid 10001 --home-dir /srv/citygraph citygraph \
    && mkdir -p var && chown citygraph var
USER citygraph
ENV CITYGRAPH_DATA_DIR=/srv/citygraph/var

EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4)"]
CMD ["citygraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
