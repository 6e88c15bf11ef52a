import { connectionTypes } from "./sdl.js";

/** API SDL for the loader's diagnostics: which input files were not loaded, or loaded with a caveat, and why. */
export const problemTypeDefs = /* GraphQL */ `#graphql
"""Filter for problems; all given conditions must hold."""
input ProblemFilter {
  """Problems with one of these codes."""
  codes: [ProblemCode!]
  """Problems of one of these severities (ERROR: the file was not loaded)."""
  severities: [Severity!]
  """Problems of one of these files (paths as reported, relative to the loaded directory)."""
  files: [String!]
  """Problems of files whose path starts with this text (a folder, say)."""
  filePrefix: String
}

"""How many problems have one code."""
type ProblemCodeCount {
  """The code."""
  code: ProblemCode!
  """Problems with that code (among those matching the filter)."""
  count: Int!
}
${connectionTypes("Problem", "problems", `
  """Problems per code among those matching the filter (all pages), largest first."""
  countsByCode: [ProblemCodeCount!]!`)}`;
