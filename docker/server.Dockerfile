# syntax=docker/dockerfile:1
# apps/server (NestJS API) for the scale-out shape. Build context: the repository root.
# BuildKit reads server.Dockerfile.dockerignore beside this file.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
# npm 11 honours allowScripts in package.json (argon2 and friends build, nothing else runs).
RUN npm install -g npm@11 && npm ci && npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 DUBAN_PROCESSES_DIR=/app/processes
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/libs ./libs
COPY --from=build /app/apps/server ./apps/server
COPY --from=build /app/processes ./processes
# The image's unprivileged user; the app writes nothing to disk in scale-out (database and broker are external).
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "apps/server/dist/main.js"]
