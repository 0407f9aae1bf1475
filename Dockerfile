# syntax=docker/dockerfile:1
# Build: docker build -t white-paper-bot .
# Run:   docker run --env-file .env -p 3000:3000 white-paper-bot
# No container engine runs on this project's machines: test/image/dockerfile.test.ts
# runs these steps on exactly the files copied here, and starts the result.

# Node 26: the Active LTS line (from October 2026).
FROM node:26-trixie-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/build-image.sh ./scripts/
RUN sh scripts/build-image.sh install
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY commands ./commands
RUN sh scripts/build-image.sh build

FROM node:26-trixie-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node package.json manifest.yml ./
COPY --chown=node:node corpus ./corpus
# The request store's folder (DATA_DIR), the one place the bot writes, owned by the node user (uid 1000 in the
# base image); mount a volume here (-v bot-data:/app/data) to keep it across containers.
RUN mkdir -p data && chown 1000:1000 data
USER node
EXPOSE 3000
# Slack HTTP mode listens on PORT; /healthz is served on HEALTH_PORT whatever the platforms.
ENV PORT=3000 HEALTH_PORT=3001
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.HEALTH_PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/src/bin/start.js"]
