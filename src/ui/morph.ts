/**
 * Redraws an element in place: `morph(current, next)` makes `current` match `next`, a copy built afresh,
 * changing only what differs. The Lab draws its results section this way when it changes shape (the
 * preview filled by a run's first results, the partial results replaced by the whole answer, sorted);
 * replacing the whole section made the browser lay out and shape all of its text again each time (a
 * main-thread task of 30–60 ms on a busy 2-core machine). Between those, labResults.ts writes the
 * changing figures into the section without building anything. Nodes are matched by position and kind;
 * `next`'s unmatched nodes move into `current`. For markup without form fields (their typed values are
 * not attributes).
 */
export function morph(current: Element, next: Element): void {
  for (const { name } of [...current.attributes]) if (!next.hasAttribute(name)) current.removeAttribute(name);
  for (const { name, value } of [...next.attributes]) {
    if (current.getAttribute(name) === value) continue;
    if (name === 'style' && current instanceof HTMLElement && next instanceof HTMLElement)
      restyle(current.style, next.style);
    else current.setAttribute(name, value);
  }
  const have = [...current.childNodes];
  const want = [...next.childNodes];
  want.forEach((node, i) => {
    const old = have[i];
    if (!old) current.append(node);
    else if (old.nodeName !== node.nodeName) old.replaceWith(node);
    else if (old instanceof Element && node instanceof Element) morph(old, node);
    else if (old.nodeValue !== node.nodeValue) old.nodeValue = node.nodeValue;
  });
  for (const old of have.slice(want.length)) old.remove();
}

/**
 * A style changed property by property: writing the `style` attribute parses the whole declaration
 * again (in Chromium, on an idle page, about a tenth of a millisecond an element; a property, about a
 * thousandth).
 */
function restyle(current: CSSStyleDeclaration, next: CSSStyleDeclaration): void {
  for (const property of [...current])
    if (next.getPropertyValue(property) === '') current.removeProperty(property);
  for (const property of [...next]) {
    const value = next.getPropertyValue(property);
    if (current.getPropertyValue(property) !== value)
      current.setProperty(property, value, next.getPropertyPriority(property));
  }
}
