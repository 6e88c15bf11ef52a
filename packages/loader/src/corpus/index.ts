export { loadArticleText, loadCorpus, CorpusDirectoryError, type FileTiming, type LoadOptions, type LoadResult, type LoadStats } from "./load-corpus.js";
export { DocumentLoader, type DocumentTiming, type Extractor } from "./document-loader.js";
export { corpusJsonChunks, writeCorpusFile } from "./write-corpus-file.js";
export { listTextFiles } from "./list-text-files.js";
