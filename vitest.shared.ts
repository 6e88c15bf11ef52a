import type { ViteUserConfig } from "vitest/config";

/**
 * graphql 16 ships CJS (`index.js`) and ESM (`index.mjs`) without an exports map: Vite picks the
 * ESM file for our sources while Node (and so every external package, Apollo and graphql-scalars
 * included) picks the CJS one, and graphql refuses to mix the two. Pin ours to the CJS file.
 */
export const sharedConfig = {
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
} satisfies ViteUserConfig;
