# syntax=docker/dockerfile:1
# apps/web built once, served as static files by an unprivileged nginx that also proxies /api to the servers.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm install -g npm@11 && npm ci && npm run build --workspace @duban/web

FROM nginxinc/nginx-unprivileged:1.27-alpine AS runtime
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/apps/web/dist /usr/share/nginx/html
# uid 101 (nginx) in this image; listens on 8080 because it may not bind below 1024.
USER 101
EXPOSE 8080
