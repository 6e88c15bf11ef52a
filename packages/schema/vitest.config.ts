import { defineProject, mergeConfig } from "vitest/config";
import { sharedConfig } from "../../vitest.shared.js";

export default mergeConfig(
  sharedConfig,
  defineProject({
    test: { name: "schema", include: ["src/**/*.test.ts", "test/**/*.test.ts"], typecheck: { enabled: true, include: ["src/**/*.test-d.ts"] } },
  }),
);
