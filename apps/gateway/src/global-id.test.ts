import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { fromGlobalId, keyOf, toGlobalId } from "./global-id.js";

describe("global ids", () => {
  it("round-trips type and key, with any characters in the key", () => {
    for (const key of ["country:RU", "wd:Q7747", "group:junta@NE", "é/ü ?"]) {
      const id = toGlobalId("Actor", key);
      expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(fromGlobalId(id)).toEqual({ type: "Actor", key });
    }
  });

  it("rejects what it did not issue", () => {
    expect(fromGlobalId("not an id")).toBeNull();
    expect(fromGlobalId(Buffer.from("User:1").toString("base64url"))).toBeNull();
    expect(fromGlobalId(Buffer.from("Actor:").toString("base64url"))).toBeNull();
    expect(fromGlobalId(`${toGlobalId("Actor", "x")}=`)).toBeNull();
  });

  it("names the argument when an id is malformed or of the wrong type", () => {
    const wrongType = () => keyOf(toGlobalId("Event", "e1"), "Actor", "filter.actors[0]");
    expect(wrongType).toThrow(GraphQLError);
    expect(wrongType).toThrow("filter.actors[0]: expected an Actor id, got an Event id.");
    expect(() => keyOf("???", "Actor", "id")).toThrow('id: "???" is not a valid id.');
  });
});
