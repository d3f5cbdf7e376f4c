// The browser half of the annotate benchmark, in a real Chromium: time until the workspace of the long
// article is shown, time from a selection to its form, time from saving to the new mark drawn (the
// optimistic render of 1,000+ marks), and frame intervals while scrolling through the text.
import { chromium } from "@playwright/test";
import type { AppServer } from "@/lib/bench/app-server";
import { summarise, type LatencySummary } from "@/lib/bench/stats";

export type BrowserFigures = { pageShownMs: LatencySummary; selectionToFormMs: LatencySummary; saveToMarkMs: LatencySummary; scrollFrameMs: LatencySummary };

// Timed inside the page, from the click to the frame that shows one more mark, so the benchmark's own
// element lookups are not counted. A string, because tsx would wrap named functions in a helper the
// page does not have.
const timeSaveToMark = `new Promise((resolve) => {
  const count = () => document.querySelectorAll("[data-annotations]").length;
  const before = count();
  const begun = performance.now();
  const check = () => (count() > before ? resolve(performance.now() - begun) : requestAnimationFrame(check));
  document.querySelector("[data-testid=theme-form] button[type=submit]").click();
  requestAnimationFrame(check);
})`;

export async function annotateInBrowser(executablePath: string, server: AppServer, page: string): Promise<BrowserFigures> {
  const browser = await chromium.launch({ executablePath });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const [name, value] = server.cookie.split("=") as [string, string];
    await context.addCookies([{ name, value, url: server.baseUrl }, { name: "locale", value: "fr", url: server.baseUrl }]);
    const tab = await context.newPage();
    const shown: number[] = [];
    for (let index = 0; index < 6; index++) {
      const begun = performance.now();
      await tab.goto(`${server.baseUrl}${page}`);
      await tab.getByText("Sélectionnez un passage du texte").waitFor();
      if (index > 0) shown.push(performance.now() - begun);
    }
    const toForm: number[] = [];
    const toMark: number[] = [];
    for (let index = 0; index < 15; index++) {
      // A free word far into the text (every third word is left unannotated by the generator).
      const begun = performance.now();
      const quote = await tab.evaluate((nth) => {
        const free = [...document.querySelectorAll<HTMLElement>("[data-testid=annotated-text] > span:not([data-annotations])")].filter((span) => /\p{L}{4,}/u.test(span.textContent ?? ""));
        const segment = free[200 + nth * 7] as HTMLElement;
        const node = segment.firstChild as Text;
        const match = /\p{L}{4,}/u.exec(node.data) as RegExpExecArray;
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        segment.closest("[data-annotation-surface]")?.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
        return match[0];
      }, index);
      await tab.getByTestId("selection-panel").getByText(`« ${quote} »`, { exact: true }).waitFor();
      toForm.push(performance.now() - begun);
      await tab.keyboard.press("t");
      const themes = tab.getByLabel("Thème", { exact: true });
      await themes.selectOption({ index: 2 });
      await tab.getByText("Le thème s'applique à tout l'article").click();
      toMark.push(await tab.evaluate<number>(timeSaveToMark));
    }
    const frames = await tab.evaluate(async () => {
      const intervals: number[] = [];
      let last = performance.now();
      for (let step = 0; step < 120; step++) {
        window.scrollBy(0, 120);
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const now = performance.now();
        intervals.push(now - last);
        last = now;
      }
      return intervals;
    });
    return { pageShownMs: summarise(shown), selectionToFormMs: summarise(toForm), saveToMarkMs: summarise(toMark), scrollFrameMs: summarise(frames) };
  } finally {
    await browser.close();
  }
}
