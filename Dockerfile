# sobot's Slack app. Build and run with docker compose (see the README, "Slack"):
#   cp .env.example .env   # fill in the tokens
#   docker compose up -d --build
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    SOBOT_DATA_DIR=/app/data \
    SOBOT_INTENTS_DIR=/app/intents \
    SOBOT_STATE_DIR=/state

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install . \
    && useradd --create-home --uid 10001 sobot \
    && mkdir -p /state \
    && chown sobot /state
COPY data ./data
COPY intents ./intents

USER sobot
VOLUME ["/state"]
# 3000: HTTP mode (POST /slack/events, GET /healthz); 8080: /healthz beside Socket Mode
EXPOSE 3000 8080
CMD ["sobot", "slack", "--health-port", "8080"]
