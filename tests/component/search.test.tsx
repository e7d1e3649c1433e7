// @vitest-environment jsdom
// The search box alone (not the App): the combobox, its grouped listbox and what opening a hit does to the store.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SearchBox } from "../../src/features/search/search-box";
import { loadSearchIndex } from "../../src/features/search/search-engine";
import { initialAppState, useAppStore } from "../../src/store/app-store";

function renderSearch() {
  useAppStore.setState(initialAppState, true);
  const user = userEvent.setup();
  render(
    <>
      <label>
        Other field <input type="text" />
      </label>
      <button type="button">Elsewhere</button>
      <SearchBox />
    </>,
  );
  return { user, box: screen.getByRole("combobox", { name: "Search the atlas" }) };
}

const activeOption = (box: HTMLElement) => {
  const id = box.getAttribute("aria-activedescendant");
  return id ? document.getElementById(id) : null;
};

describe("search box", () => {
  // The index is built once per data revision and shared: build it up front, so no test waits on it.
  beforeAll(async () => {
    await loadSearchIndex();
  });
  beforeEach(() => useAppStore.setState(initialAppState, true));

  it("`/` focuses it from anywhere, but not while typing in another field", async () => {
    const { user, box } = renderSearch();
    await user.click(screen.getByRole("button", { name: "Elsewhere" }));
    await user.keyboard("/");
    expect(document.activeElement).toBe(box);
    expect((box as HTMLInputElement).value).toBe("");
    const other = screen.getByRole("textbox", { name: "Other field" });
    await user.click(other);
    await user.keyboard("a/b");
    expect(document.activeElement).toBe(other);
    expect((other as HTMLInputElement).value).toBe("a/b");
  });

  it("shows hits grouped by kind, each group labelled", async () => {
    const { user, box } = renderSearch();
    await user.click(box);
    await user.keyboard("Patriot");
    const list = await screen.findByRole("listbox", { name: "Search results" });
    expect(box.getAttribute("aria-expanded")).toBe("true");
    expect(box.getAttribute("aria-controls")).toBe(list.id);
    const groups = within(list).getAllByRole("group");
    expect(groups.map((g) => g.getAttribute("aria-labelledby") && document.getElementById(g.getAttribute("aria-labelledby")!)?.textContent)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Events · /), expect.stringMatching(/^Sources · /), expect.stringMatching(/^Indicators · /)]),
    );
    const events = groups.find((g) => g.getAttribute("aria-labelledby")?.endsWith("group-event"))!;
    expect(within(events).getAllByRole("option")[0]?.textContent).toContain("USFK Patriot batteries flown to the Gulf for the Iran war");
    expect(within(events).getAllByRole("option")[0]?.textContent).toContain("7 Mar 2026");
  });

  it("arrow keys move the active option (wrapping); Enter opens it in Details and closes the list", async () => {
    const { user, box } = renderSearch();
    await user.click(box);
    await user.keyboard("Patriot");
    const list = await screen.findByRole("listbox");
    const options = within(list).getAllByRole("option");
    expect(activeOption(box)).toBe(options[0]);
    expect(options[0]!.getAttribute("aria-selected")).toBe("true");
    await user.keyboard("{ArrowDown}");
    expect(activeOption(box)).toBe(options[1]);
    expect(options[0]!.getAttribute("aria-selected")).toBe("false");
    await user.keyboard("{ArrowUp}{ArrowUp}");
    expect(activeOption(box)).toBe(options[options.length - 1]);
    await user.keyboard("{ArrowDown}{Enter}");
    expect(useAppStore.getState().selectedEvent).toBe("2026-03-07-usfk-patriots-to-gulf");
    expect(useAppStore.getState().panel).toBe("map");
    expect(box.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(screen.getByRole("status").textContent).toContain("Opened USFK Patriot batteries flown to the Gulf for the Iran war.");
  });

  it("opens an actor, and an indicator in its panel", async () => {
    const { user, box } = renderSearch();
    await user.click(box);
    await user.keyboard("Takaichi");
    const actors = (await screen.findAllByRole("group")).find((g) => g.getAttribute("aria-labelledby")?.endsWith("group-actor"))!;
    await user.click(within(actors).getByRole("option", { name: /^Japan/ }));
    expect(useAppStore.getState().selectedActor).toBe("JPN");
    await user.clear(box);
    await user.keyboard("US Forces Korea");
    const indicators = (await screen.findAllByRole("group")).find((g) => g.getAttribute("aria-labelledby")?.endsWith("group-indicator"))!;
    await user.click(within(indicators).getByRole("option", { name: /^US Forces Korea/ }));
    expect(useAppStore.getState().panel).toBe("alliance");
    expect(useAppStore.getState().selectedActor).toBe("JPN");
  });

  it("Escape closes the list, then clears the text; nothing found is said, not crashed", async () => {
    const { user, box } = renderSearch();
    await user.click(box);
    await user.keyboard("Section 122");
    await screen.findByRole("listbox");
    await user.keyboard("{Escape}");
    expect(box.getAttribute("aria-expanded")).toBe("false");
    expect((box as HTMLInputElement).value).toBe("Section 122");
    await user.keyboard("{Escape}");
    expect((box as HTMLInputElement).value).toBe("");
    await user.keyboard("관세 zzqx");
    expect((await screen.findByRole("status")).textContent).toBe("No results for “관세 zzqx”.");
    expect(box.getAttribute("aria-expanded")).toBe("false");
  });
});
