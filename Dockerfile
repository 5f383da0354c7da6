FROM python:3.12-slim
WORKDIR /srv/citygraph
COPY pyproject.toml README.md ./
COPY graph ./graph
COPY app ./app
COPY cypher ./cypher
COPY seed ./seed
RUN pip install --no-cache-dir -e .
EXPOSE 8000
CMD ["citygraph", "seed"]
