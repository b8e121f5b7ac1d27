# syntax=docker/dockerfile:1
# 社情民意信息采编平台: one image for the api, the worker and the cli; the command picks which.
#   docker build -t sqmy-app .
#   docker run sqmy-app node dist/apps/cli/main.js migrate

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    PORT=3000 \
    STORAGE_DIR=/app/.data/storage
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# Uploaded files; mount a volume here (a new named volume takes over this owner).
RUN mkdir -p /app/.data/storage && chown -R node:node /app/.data
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/main.js"]
