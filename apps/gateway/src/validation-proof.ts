import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";

/**
 * A record that a corpus file was validated: the SHA-256 of its bytes and of the validator
 * (the @corpus/schema build plus the gateway's checks). Written next to the file after a full
 * validation (`<corpus.json>.validated.json`); on the next start a file with the same bytes,
 * checked by the same validator, is not validated again. Hashing 150 MB takes a fraction of a
 * second where validating it takes seconds. Any change to the file or to the schema build
 * invalidates the proof; a proof that cannot be written (read-only disk) just means no shortcut.
 */
export interface ValidationProof {
  sha256: string;
  validator: string;
}

const proofPath = (path: string) => `${path}.validated.json`;

/** Fingerprint of the validator: the bytes of the @corpus/schema build and the gateway's own checks. */
export function validatorFingerprint(checks: string): string {
  const schemaBuild = readFileSync(createRequire(import.meta.url).resolve("@corpus/schema"));
  return createHash("sha256").update(schemaBuild).update(checks).digest("hex");
}

export const sha256 = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("hex");

/** Whether a proof next to `path` vouches for these exact bytes and this validator. */
export async function hasProof(path: string, proof: ValidationProof): Promise<boolean> {
  try {
    const stored = JSON.parse(await readFile(proofPath(path), "utf8")) as Partial<ValidationProof>;
    return stored.sha256 === proof.sha256 && stored.validator === proof.validator;
  } catch {
    return false;
  }
}

/** Records a successful validation; failure to write is not an error (the next start validates again). */
export async function writeProof(path: string, proof: ValidationProof): Promise<boolean> {
  try {
    await writeFile(proofPath(path), `${JSON.stringify(proof)}\n`);
    return true;
  } catch {
    return false;
  }
}
