# leakproof in a container: `docker run --rm -v "$PWD:/src" leakproof scan .`
#
# Single stage: dist/ is committed, so nothing is compiled here. Runtime
# dependencies only (no dev dependencies); optional ones are left out too, so
# no native module is built: Node 22 has SQLite built in (node:sqlite) for the
# run history. Node 20 reached end of life on 2026-04-30; `--build-arg
# NODE_VERSION=20` still builds (scans work; run history then needs better-sqlite3).
ARG NODE_VERSION=22
FROM node:${NODE_VERSION}-slim

ENV NODE_ENV=production \
    NO_UPDATE_NOTIFIER=1 \
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true

WORKDIR /opt/leakproof
COPY package.json package-lock.json .npmrc ./
# No runtime dependency has an install script; refusing them all keeps the image reproducible.
RUN npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund \
 && npm cache clean --force
COPY LICENSE README.md ./
COPY schema schema
COPY compliance compliance
COPY dist/rules dist/rules
COPY dist/src dist/src
RUN chmod +x dist/src/cli/main.js && ln -s /opt/leakproof/dist/src/cli/main.js /usr/local/bin/leakproof

# The scanned tree is mounted here; the image's own user, not root, reads it.
USER node
WORKDIR /src
ENTRYPOINT ["leakproof"]
CMD ["scan", "."]
