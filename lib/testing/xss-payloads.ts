// Strings that run script when a page inserts them as HTML, a URL or a template, each carrying its
// index so a test can find where it was shown. `window.__xss` is what they would set.
export const xssPayloads = [
  "<script>window.__xss=1</script>",
  '<img src=x onerror="window.__xss=1">',
  '"><svg/onload=window.__xss=1>',
  "'><iframe src=\"javascript:window.__xss=1\"></iframe>",
  '<a href="javascript:window.__xss=1">lien</a>',
  "[lien](javascript:window.__xss=1)",
  "[lien](JaVaScRiPt:window.__xss=1)",
  "[lien](&#106;avascript:window.__xss=1)",
  "[donnée](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)",
  "<javascript:window.__xss=1>",
  "![image](javascript:window.__xss=1)",
  "[lien]( javascript:window.__xss=1 )",
  "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
  "{{constructor.constructor('window.__xss=1')()}}",
  "</textarea></title><script>window.__xss=1</script>",
  "<details open ontoggle=window.__xss=1>",
  "<object data=\"javascript:window.__xss=1\"></object>",
  "<form action=\"javascript:window.__xss=1\"><button>envoyer</button></form>",
  "\u003cimg src=x onerror=window.__xss=1\u003e",
  "`${window.__xss=1}`",
].map((payload, index) => `XSS${index} ${payload}`);

/**
 * Runs in the page: every element or attribute through which the payloads could run, whatever the
 * Content-Security-Policy would then block (the sanitising must hold without it).
 */
export function findExecutableMarkup(root: ParentNode = document): string[] {
  const found: string[] = [];
  for (const element of Array.from(root.querySelectorAll("*"))) {
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
      if (/^(href|src|action|formaction|data|xlink:href|srcdoc)$/i.test(attribute.name) && /^\s*(javascript|data|vbscript):/i.test(attribute.value)) {
        found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
      }
    }
  }
  for (const element of Array.from(root.querySelectorAll("iframe, object, embed, frame, base"))) found.push(element.tagName);
  for (const script of Array.from(root.querySelectorAll("script"))) {
    if (script.textContent?.trim().startsWith("window.__xss")) found.push("SCRIPT");
  }
  return found;
}
