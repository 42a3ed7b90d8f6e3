/** A tiny element builder. Text is always set as text, never parsed as HTML. */
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'class') el.className = String(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

/**
 * Sets an element's text, changing the page only if the text differs: a redraw in place then lays out
 * only the lines that changed.
 */
export function setText(el: Element, text: string): void {
  const only = el.firstChild;
  if (only instanceof Text && only === el.lastChild) {
    if (only.data !== text) only.data = text;
  } else el.textContent = text;
}

/** Sets an attribute (or removes it, for null), changing the page only if it differs. */
export function setAttribute(el: Element, name: string, value: string | null): void {
  if (value === null) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}
