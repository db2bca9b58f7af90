# syntax=docker/dockerfile:1
# Conflict events API. Build: docker build -t conflict-events .   Usage: docs/docker.md
ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# --- build: install the project (runtime dependencies only, no dev extra) into a venv, with the
# extraction pipeline compiled by mypyc (setup.py): about 1.5x the articles per second ---
FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PATH=/opt/venv/bin:$PATH
RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*
RUN python -m venv /opt/venv
WORKDIR /src
COPY pyproject.toml setup.py README.md ./
COPY app ./app
# First the package and its dependencies (mypy type-checks against them), then the compiled
# build over it; mypy itself is only a build tool. The smoke check fails the build, not the
# first request, if a data file was left out of the wheel or the pipeline is not compiled; it
# runs from / so that it imports the installed package, not the sources in /src.
RUN pip install 'setuptools>=77' 'mypy>=1.11' . \
    && CONFLICT_EVENTS_COMPILE=1 pip install --no-build-isolation --no-deps --force-reinstall . \
    && pip uninstall -y mypy \
    && cd / && python -c "from app.extraction import RuleExtractor, doc; \
assert doc.__file__.endswith('.so'), doc.__file__; RuleExtractor.load()"

# --- runtime: the venv, the migrations, a non-root user and a data volume ---
FROM ${PYTHON_IMAGE}
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DATABASE_URL=sqlite:////data/events.db \
    WEB_CONCURRENCY=2
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --home-dir /nonexistent app \
    && mkdir /data && chown app:app /data
COPY --from=build /opt/venv /opt/venv
WORKDIR /srv
# alembic/env.py imports the installed app package and reads DATABASE_URL through its settings.
COPY alembic.ini ./
COPY alembic ./alembic
USER app
# The SQLite default lives here; with DATABASE_URL pointing at PostgreSQL the volume stays empty.
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]
# Migrate, then hand PID 1 to uvicorn (exec) so `docker stop` reaches it as SIGTERM.
CMD ["sh", "-c", "alembic upgrade head && exec uvicorn app.main:create_app --factory --host 0.0.0.0 --port 8000 --workers ${WEB_CONCURRENCY:-2}"]
