export { splitSentences } from "./split-sentences.js";
