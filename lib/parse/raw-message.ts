// Whether a text is a whole raw message (a forwarded .eml, "show original") rather than a pasted error: it
// starts with a header block that has MIME fields. Light on purpose: the browser panel checks it on every
// change and loads the MIME reader (./message.ts, postal-mime) only when it says yes.
const headerLine = /^[A-Za-z][A-Za-z0-9-]{0,60}:/;
const mimeField = /^(?:content-type|mime-version):/im;

export function looksLikeRawMessage(text: string): boolean {
  const head = text.trimStart().slice(0, 4000);
  const newline = head.indexOf("\n");
  const firstLine = newline === -1 ? head : head.slice(0, newline);
  if (!headerLine.test(firstLine) && !head.startsWith("From ")) return false;
  const blank = head.search(/\r?\n\r?\n/);
  return mimeField.test(blank === -1 ? head : head.slice(0, blank));
}
