// A real mouse drag over the first occurrence of `quote` inside the element with `testId`.
import type { Page } from "@playwright/test";

export async function dragSelect(page: Page, testId: string, quote: string): Promise<void> {
  const box = await page.getByTestId(testId).evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent?.indexOf(wanted) ?? -1;
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + wanted.length);
      range.startContainer.parentElement?.scrollIntoView({ block: "center" });
      // From inside the first character to inside the last. Chromium starts no selection on a press
      // at the exact middle of a glyph (seen on "l" and "R"): a quarter in from its edge does.
      const character = (at: number) => {
        const one = document.createRange();
        one.setStart(node, at);
        one.setEnd(node, at + 1);
        return one.getBoundingClientRect();
      };
      const first = character(index);
      const last = character(index + wanted.length - 1);
      return { x1: first.left + first.width / 4, y1: first.top + first.height / 2, x2: last.right - last.width / 4, y2: last.top + last.height / 2 };
    }
    return null;
  }, quote);
  if (!box) throw new Error(`"${quote}" is not in the text`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}
