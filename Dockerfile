# syntax=docker/dockerfile:1
# Confer: one image for every process. The default command runs the API; override it for the
# realtime service (node dist/apps/realtime/src/main.js) or migrations (node dist/libs/database/src/cli/migrate.js).

# Node 24, an LTS line maintained until April 2028 whose versions every dependency's engines accept (typeorm asks
# for 24.11 or later on it). package.json's engines also keep Node 20.19 and 22.15, for development machines.
FROM node:24-bookworm-slim AS base
WORKDIR /app
# The lockfile and the allowScripts policy in package.json are written by npm 11.
RUN npm install --global npm@11.19.1 && npm cache clean --force

# --- build: all dependencies, compile TypeScript into dist/ ---
FROM base AS build
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY apps ./apps
COPY libs ./libs
RUN npm run build
# Data files are read at runtime from the source tree (dist/ paths map back to it):
# gather libs/**/*.txt and *.txt.gz (the breached-password list), keeping their relative paths, for the runtime stage.
RUN mkdir -p /assets && find libs -type f \( -name '*.txt' -o -name '*.txt.gz' \) -print0 | tar --null -cf - -T - | tar -xf - -C /assets

# --- runtime: production dependencies, compiled code, data files; no sources, no dev tools ---
FROM base AS runtime
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /assets/libs ./libs
USER node
EXPOSE 3000 3001
CMD ["node", "dist/apps/api/src/main.js"]
