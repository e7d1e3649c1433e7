import { afterEach, describe, expect, it } from "vitest";
import { act, render, screen } from "@testing-library/react";
import { useEffect, useState } from "react";
import { readDataFile, registerValidator, setRawDataForTests } from "../../src/data/dataset";
import { useDataRevision } from "../../src/store/use-data-revision";
import { crossCheck, validateFile } from "../../src/domain/validate-dataset";
import { buildRaw } from "../fixtures/build-dataset";

const realValidator = { validateFile, crossCheck };

afterEach(() => {
  setRawDataForTests(null);
  registerValidator(realValidator);
});

/** A view that draws the data it reads, as the app's views do: it redraws when the revision moves. */
function FirstActor() {
  useDataRevision();
  const actors = readDataFile("actors");
  return <p>{actors ? `First actor: ${actors.records[0]?.name ?? "none"}` : "Actors missing"}</p>;
}

type Records = { actors: { records: Record<string, unknown>[] } };

/** The test dataset with its first actor renamed, or broken (a capital that is not a place). */
function withFirstActor(change: Record<string, unknown>) {
  const raw = buildRaw();
  Object.assign((raw as unknown as Records).actors.records[0]!, change);
  return raw;
}
const renamed = (name: string) => withFirstActor({ name });

describe("a view that reads the data files", () => {
  it("is drawn again when new files arrive", async () => {
    render(<FirstActor />);
    const before = screen.getByText(/^First actor:/).textContent;
    await act(async () => setRawDataForTests(renamed("Renamed Republic")));
    expect(screen.getByText("First actor: Renamed Republic")).toBeTruthy();
    expect(before).not.toBe("First actor: Renamed Republic");
  });

  it("shows a file that fails the check as missing once the check says so", async () => {
    render(<FirstActor />);
    expect(screen.getByText(/^First actor:/)).toBeTruthy();
    await act(async () => setRawDataForTests(withFirstActor({ capital: "Seoul" })));
    expect(screen.getByText("Actors missing")).toBeTruthy();
  });

  it("catches files that arrived between its first render and its subscription", async () => {
    // The files change in a sibling's effect, which runs after FirstActor has rendered but before
    // FirstActor's own effect subscribes (effects run child-first, in order).
    function ChangesData() {
      const [done, setDone] = useState(false);
      useEffect(() => {
        if (done) return;
        setRawDataForTests(renamed("Late Arrival"));
        setDone(true);
      }, [done]);
      return null;
    }
    await act(async () => {
      render(
        <>
          <ChangesData />
          <FirstActor />
        </>,
      );
    });
    expect(screen.getByText("First actor: Late Arrival")).toBeTruthy();
  });
});
