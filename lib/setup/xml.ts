// XML in and out with @xmldom/xmldom: documents are built as a DOM and serialised (the serializer escapes
// every text and attribute), and requests are parsed strictly (any error or warning refuses the input).
import {
  DOMImplementation,
  DOMParser,
  onWarningStopParsing,
  XMLSerializer,
  type Document,
  type Element,
} from "@xmldom/xmldom";

/** An element: its name, attributes, and children (elements or text). `ns` sets a default namespace. */
export type XmlElement = {
  name: string;
  ns?: string;
  attrs?: Record<string, string>;
  children?: (XmlElement | string | number)[];
};

export const el = (
  name: string,
  children: XmlElement["children"] = [],
  attrs?: Record<string, string>,
  ns?: string,
): XmlElement => ({ name, children, ...(attrs ? { attrs } : {}), ...(ns ? { ns } : {}) });

export function writeXml(root: XmlElement): string {
  const doc = new DOMImplementation().createDocument(root.ns ?? null, root.name);
  const fill = (node: Element, spec: XmlElement, ns: string | null) => {
    for (const [key, value] of Object.entries(spec.attrs ?? {})) node.setAttribute(key, value);
    for (const child of spec.children ?? []) {
      if (typeof child !== "object") {
        node.appendChild(doc.createTextNode(String(child)));
        continue;
      }
      const childNs = child.ns ?? ns;
      const element = doc.createElementNS(childNs, child.name);
      // A child that changes the default namespace says so itself (xmlns="…" on that element).
      if (child.ns && child.ns !== ns) element.setAttribute("xmlns", child.ns);
      node.appendChild(element);
      fill(element, child, childNs);
    }
  };
  if (doc.documentElement) fill(doc.documentElement, root, root.ns ?? null);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}

/** Parses untrusted XML; null for anything that is not a clean, well-formed document without a DTD. */
export function readXml(text: string): Document | null {
  // A DTD can define entities that expand without end; no client we answer ever sends one.
  if (/<!DOCTYPE/i.test(text)) return null;
  try {
    const doc = new DOMParser({ onError: onWarningStopParsing }).parseFromString(text, "text/xml");
    return doc.documentElement ? doc : null;
  } catch {
    return null;
  }
}
