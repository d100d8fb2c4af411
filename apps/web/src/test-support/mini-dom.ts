/**
 * The least DOM react-dom needs to mount, update and unmount a tree in node (the web tests run
 * without a browser): nodes, elements with attributes and style, text, a document, a window. No
 * layout (every box is 0 × 0) and no events of its own: a test calls a component's handlers through
 * the props React keeps on each node (`reactProps`). Enough to count what re-renders; not a browser.
 */

type Listener = (e: unknown) => void;

class MiniNode {
  childNodes: MiniNode[] = [];
  parentNode: MiniNode | null = null;
  private listeners = new Map<string, Set<Listener>>();
  constructor(
    public nodeType: number,
    public nodeName: string,
    public ownerDocument: MiniDocument | null,
  ) {}
  get firstChild() {
    return this.childNodes[0] ?? null;
  }
  get lastChild() {
    return this.childNodes[this.childNodes.length - 1] ?? null;
  }
  get parentElement(): MiniNode | null {
    return this.parentNode instanceof MiniElement ? this.parentNode : null;
  }
  get nextSibling(): MiniNode | null {
    const siblings = this.parentNode?.childNodes ?? [];
    return siblings[siblings.indexOf(this) + 1] ?? null;
  }
  get previousSibling(): MiniNode | null {
    const siblings = this.parentNode?.childNodes ?? [];
    return siblings[siblings.indexOf(this) - 1] ?? null;
  }
  appendChild<T extends MiniNode>(child: T): T {
    child.parentNode?.removeChild(child);
    this.childNodes.push(child);
    child.parentNode = this;
    return child;
  }
  insertBefore<T extends MiniNode>(child: T, before: MiniNode | null): T {
    if (!before) return this.appendChild(child);
    child.parentNode?.removeChild(child);
    this.childNodes.splice(this.childNodes.indexOf(before), 0, child);
    child.parentNode = this;
    return child;
  }
  removeChild<T extends MiniNode>(child: T): T {
    const at = this.childNodes.indexOf(child);
    if (at >= 0) this.childNodes.splice(at, 1);
    child.parentNode = null;
    return child;
  }
  contains(other: MiniNode | null): boolean {
    for (let n = other; n; n = n.parentNode) if (n === this) return true;
    return false;
  }
  get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join('');
  }
  set textContent(text: string) {
    for (const c of this.childNodes) c.parentNode = null;
    this.childNodes = [];
    if (text) this.appendChild(new MiniText(String(text), this.ownerDocument));
  }
  addEventListener(type: string, listener: Listener) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)?.add(listener);
  }
  removeEventListener(type: string, listener: Listener) {
    this.listeners.get(type)?.delete(listener);
  }
  dispatchEvent(): boolean {
    return true;
  }
}

class MiniText extends MiniNode {
  constructor(
    public data: string,
    doc: MiniDocument | null,
  ) {
    super(3, '#text', doc);
  }
  get nodeValue() {
    return this.data;
  }
  set nodeValue(v: string) {
    this.data = v;
  }
  override get textContent() {
    return this.data;
  }
  override set textContent(v: string) {
    this.data = v;
  }
}

class MiniComment extends MiniText {
  constructor(data: string, doc: MiniDocument | null) {
    super(data, doc);
    this.nodeType = 8;
    this.nodeName = '#comment';
  }
}

/** `tag`, `.class`, `[attr="value"]` and their combinations, one compound selector (no spaces). */
function matches(el: MiniElement, selector: string): boolean {
  return selector.split(',').some((part) => {
    const s = part.trim();
    const tag = /^[a-zA-Z][\w-]*/.exec(s)?.[0];
    if (tag && el.localName !== tag.toLowerCase()) return false;
    for (const [, cls] of s.matchAll(/\.([\w-]+)/g)) if (!(el.getAttribute('class') ?? '').split(/\s+/).includes(cls as string)) return false;
    for (const [, name, value] of s.matchAll(/\[([\w-]+)(?:="([^"]*)")?\]/g)) {
      const actual = el.getAttribute(name as string);
      if (actual === null || (value !== undefined && actual !== value)) return false;
    }
    return true;
  });
}

class MiniStyle {
  [key: string]: unknown;
  setProperty(name: string, value: string) {
    this[name] = value;
  }
  removeProperty(name: string) {
    delete this[name];
  }
}

class MiniElement extends MiniNode {
  attributes = new Map<string, string>();
  style = new MiniStyle();
  scrollLeft = 0;
  scrollTop = 0;
  clientWidth = 0;
  clientHeight = 0;
  constructor(
    public localName: string,
    public namespaceURI: string,
    doc: MiniDocument | null,
  ) {
    super(1, localName.toUpperCase(), doc);
  }
  get tagName() {
    return this.nodeName;
  }
  setAttribute(name: string, value: unknown) {
    this.attributes.set(name, String(value));
  }
  setAttributeNS(_ns: string | null, name: string, value: unknown) {
    this.setAttribute(name, value);
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  hasAttribute(name: string) {
    return this.attributes.has(name);
  }
  removeAttribute(name: string) {
    this.attributes.delete(name);
  }
  removeAttributeNS(_ns: string | null, name: string) {
    this.removeAttribute(name);
  }
  get id() {
    return this.getAttribute('id') ?? '';
  }
  get className() {
    return this.getAttribute('class') ?? '';
  }
  matches(selector: string) {
    return matches(this, selector);
  }
  closest(selector: string): MiniElement | null {
    if (matches(this, selector)) return this;
    const parent = this.parentNode;
    return parent instanceof MiniElement ? parent.closest(selector) : null;
  }
  querySelectorAll(selector: string): MiniElement[] {
    const out: MiniElement[] = [];
    const last = selector.trim().split(/\s+/).pop() ?? '';
    const walk = (n: MiniNode) => {
      for (const c of n.childNodes) {
        if (c instanceof MiniElement) {
          if (matches(c, last)) out.push(c);
          walk(c);
        }
      }
    };
    walk(this);
    return out;
  }
  querySelector(selector: string) {
    return this.querySelectorAll(selector)[0] ?? null;
  }
  getBoundingClientRect() {
    return { x: 0, y: 0, left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 };
  }
  focus() {
    if (this.ownerDocument) this.ownerDocument.activeElement = this;
  }
  blur() {
    if (this.ownerDocument) this.ownerDocument.activeElement = this.ownerDocument.body;
  }
  scrollBy() {}
  scrollIntoView() {}
  setPointerCapture() {}
}

class MiniDocument extends MiniNode {
  documentElement: MiniElement;
  head: MiniElement;
  body: MiniElement;
  activeElement: MiniElement;
  defaultView: unknown = null;
  title = '';
  /** What a test says lies at a point of the viewport (document.elementFromPoint). */
  hitTest: (x: number, y: number) => MiniElement | null = () => null;
  constructor() {
    super(9, '#document', null);
    this.ownerDocument = null;
    this.documentElement = this.createElement('html');
    this.head = this.createElement('head');
    this.body = this.createElement('body');
    this.documentElement.appendChild(this.head);
    this.documentElement.appendChild(this.body);
    this.appendChild(this.documentElement);
    this.activeElement = this.body;
  }
  createElement(tag: string) {
    return new MiniElement(tag.toLowerCase(), 'http://www.w3.org/1999/xhtml', this);
  }
  createElementNS(ns: string, tag: string) {
    return new MiniElement(tag, ns, this);
  }
  createTextNode(text: string) {
    return new MiniText(text, this);
  }
  createComment(text: string) {
    return new MiniComment(text, this);
  }
  getElementById(id: string) {
    return this.documentElement.querySelector(`[id="${id}"]`);
  }
  querySelector(selector: string) {
    return this.documentElement.querySelector(selector);
  }
  querySelectorAll(selector: string) {
    return this.documentElement.querySelectorAll(selector);
  }
  elementFromPoint(x: number, y: number) {
    return this.hitTest(x, y);
  }
}

export type { MiniDocument, MiniElement };

/**
 * Puts a fresh document and window on globalThis (before react-dom is loaded: it looks once) and
 * returns the document.
 */
export function installMiniDom(): MiniDocument {
  const doc = new MiniDocument();
  class HTMLIFrameElement extends MiniElement {}
  const g = globalThis as Record<string, unknown>;
  const win: Record<string, unknown> = {
    document: doc,
    HTMLIFrameElement,
    HTMLElement: MiniElement,
    Element: MiniElement,
    Node: MiniNode,
    innerWidth: 1280,
    innerHeight: 900,
    localStorage: undefined,
    addEventListener() {},
    removeEventListener() {},
    getComputedStyle: () => new MiniStyle(),
    requestAnimationFrame: (f: (t: number) => void) => setTimeout(() => f(Date.now()), 0) as unknown as number,
    cancelAnimationFrame: (id: number) => clearTimeout(id),
  };
  win['window'] = win;
  doc.defaultView = win;
  Object.assign(g, {
    window: win,
    document: doc,
    HTMLIFrameElement,
    HTMLElement: MiniElement,
    Element: MiniElement,
    Node: MiniNode,
    requestAnimationFrame: win['requestAnimationFrame'],
    cancelAnimationFrame: win['cancelAnimationFrame'],
    CSS: { escape: (s: string) => s },
    IS_REACT_ACT_ENVIRONMENT: true,
  });
  if (typeof g['navigator'] === 'undefined') Object.defineProperty(g, 'navigator', { value: { userAgent: 'node' }, configurable: true });
  win['navigator'] = g['navigator'];
  return doc;
}

/** The props React keeps on a DOM node it made (its handlers, to call them as an event would). */
export function reactProps(node: object): Record<string, (e: unknown) => void> {
  const key = Object.keys(node).find((k) => k.startsWith('__reactProps$'));
  if (!key) throw new Error('not a node React rendered');
  return (node as Record<string, Record<string, (e: unknown) => void>>)[key] as Record<string, (e: unknown) => void>;
}
