# syntax=docker/dockerfile:1
# apps/worker (NestJS standalone worker process) for the scale-out shape. Build context: the repository root.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm install -g npm@11 && npm ci && npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production DUBAN_PROCESSES_DIR=/app/processes
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/libs ./libs
COPY --from=build /app/apps/worker ./apps/worker
COPY --from=build /app/processes ./processes
USER node
CMD ["node", "apps/worker/dist/main.js"]
