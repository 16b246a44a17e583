// Finding a sentence whose names are isolated in <bdi> elements: getByText('Bob says:') sees
// only an element's own text nodes, so it no longer finds "Bob" + " says:".

/** Matches the innermost element whose whole text is `text`, whatever elements split it. */
export function sentence(text: string | RegExp) {
  const matches = (s: string | null): boolean =>
    s !== null && (typeof text === 'string' ? s === text : text.test(s));
  return (_content: string, element: Element | null): boolean =>
    element !== null &&
    matches(element.textContent) &&
    ![...element.children].some((child) => matches(child.textContent));
}
