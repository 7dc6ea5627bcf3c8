# The API image for docker compose: builds the TypeScript and serves GraphQL against the neo4j service.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json codegen.yml ./
COPY schema ./schema
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY schema ./schema
COPY demo ./demo
COPY bin ./bin
EXPOSE 4000
USER node
# `docker compose up` serves; `docker compose run --rm api ingest /filings` or `… api demo` run another command
ENTRYPOINT ["node", "dist/cli.js"]
CMD ["serve"]
