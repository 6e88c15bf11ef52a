export type * from "./types.js";
export { InvalidCursorError } from "./types.js";
export { createMemoryStore, type MemoryStoreOptions } from "./memory/memory-store.js";
