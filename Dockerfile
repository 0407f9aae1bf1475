# syntax=docker/dockerfile:1
# Build: docker build -t white-paper-bot .
# Run:   docker run --env-file .env -p 3000:3000 white-paper-bot
# (Not built in CI: this project's machines have no container engine.)

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY commands ./commands
COPY bench ./bench
COPY test/eval ./test/eval
RUN npx tsc -p tsconfig.build.json && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node package.json manifest.yml ./
COPY --chown=node:node corpus ./corpus
USER node
EXPOSE 3000
# Slack HTTP mode listens on PORT; /healthz is served on HEALTH_PORT whatever the platforms.
ENV PORT=3000 HEALTH_PORT=3001
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.HEALTH_PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/src/bin/start.js"]
