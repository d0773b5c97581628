/**
 * dcc.Markdown (rule K-11): a small Markdown-to-DOM converter. Every piece of user text becomes a
 * text node, so Markdown is safe by default; raw HTML blocks are kept as text unless
 * dangerously_allow_html=True. Covers headings, paragraphs, emphasis, strong, inline code, code
 * fences, links, images, lists, block quotes and rules — the Markdown a course app uses.
 */
import { applyCommon, applyStyle, inertMarkup, make, safeUrl } from "./dom.js";

/** Inline syntax, tried left to right: code, image, link, strong, emphasis. */
const INLINE = /(`+)([^`]|[^`][\s\S]*?[^`])\1|!\[([^\]]*)\]\(([^)\s]*)\)|\[([^\]]+)\]\(([^)\s]*)\)|(\*\*|__)(.+?)\7|(\*|_)(.+?)\9/;

/**
 * Inline Markdown to DOM nodes.
 * Example: "a **b** `c`" -> ["a ", <strong>b</strong>, " ", <code>c</code>].
 * @returns {Node[]}
 */
export function inlineNodes(text, linkTarget) {
  const nodes = [];
  let rest = text;
  for (;;) {
    const found = INLINE.exec(rest);
    if (!found) {
      break;
    }
    if (found.index) {
      nodes.push(document.createTextNode(rest.slice(0, found.index)));
    }
    if (found[1]) {
      nodes.push(make("code", { textContent: found[2] }));
    } else if (found[4] !== undefined) {
      nodes.push(make("img", { alt: found[3], src: safeUrl(found[4]) }));
    } else if (found[6] !== undefined) {
      const link = make("a", { href: safeUrl(found[6]) }, inlineNodes(found[5], linkTarget));
      if (linkTarget) {
        link.target = linkTarget;
      }
      nodes.push(link);
    } else if (found[7]) {
      nodes.push(make("strong", {}, inlineNodes(found[8], linkTarget)));
    } else {
      nodes.push(make("em", {}, inlineNodes(found[10], linkTarget)));
    }
    rest = rest.slice(found.index + found[0].length);
  }
  if (rest) {
    nodes.push(document.createTextNode(rest));
  }
  return nodes;
}

/** Remove the indentation every non-blank line shares (dedent=True). */
function dedent(text) {
  const lines = text.split("\n");
  const indents = lines.filter((line) => line.trim()).map((line) => line.match(/^\s*/)[0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(common)).join("\n");
}

/** Raw HTML, parsed only when the app opted in with dangerously_allow_html, and made inert:
 * React (and so Dash) never attaches event handlers written in markup either. */
function trustedHtml(html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  return inertMarkup(template.content);
}

const LIST_ITEM = /^\s*([-*+]|\d+[.)])\s+(.*)$/;

/**
 * Block-level Markdown to DOM nodes.
 * @param {string} text
 * @param {{allowHtml: boolean, linkTarget: (string|undefined)}} options
 * @returns {Node[]}
 */
export function blockNodes(text, { allowHtml, linkTarget }) {
  const lines = text.split("\n");
  const nodes = [];
  let position = 0;
  const inline = (source) => inlineNodes(source, linkTarget);
  while (position < lines.length) {
    const line = lines[position];
    if (!line.trim()) {
      position += 1;
    } else if (line.trim().startsWith("```")) {
      const body = [];
      position += 1;
      while (position < lines.length && !lines[position].trim().startsWith("```")) {
        body.push(lines[position]);
        position += 1;
      }
      position += 1;
      nodes.push(make("pre", {}, [make("code", { textContent: body.join("\n") })]));
    } else if (/^#{1,6}\s/.test(line)) {
      const level = line.match(/^#+/)[0].length;
      nodes.push(make("h" + level, {}, inline(line.slice(level).trim().replace(/\s#+$/, ""))));
      position += 1;
    } else if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      nodes.push(make("hr"));
      position += 1;
    } else if (line.startsWith(">")) {
      const quoted = [];
      while (position < lines.length && lines[position].startsWith(">")) {
        quoted.push(lines[position].replace(/^>\s?/, ""));
        position += 1;
      }
      nodes.push(make("blockquote", {}, blockNodes(quoted.join("\n"), { allowHtml, linkTarget })));
    } else if (LIST_ITEM.test(line)) {
      const ordered = /^\s*\d/.test(line);
      const list = make(ordered ? "ol" : "ul");
      while (position < lines.length && LIST_ITEM.test(lines[position])) {
        list.appendChild(make("li", {}, inline(lines[position].match(LIST_ITEM)[2])));
        position += 1;
      }
      nodes.push(list);
    } else {
      const paragraph = [];
      while (position < lines.length && lines[position].trim() && !/^(#{1,6}\s|```|>)/.test(lines[position]) && !LIST_ITEM.test(lines[position])) {
        paragraph.push(lines[position]);
        position += 1;
      }
      const source = paragraph.join("\n");
      if (allowHtml && source.trim().startsWith("<")) {
        nodes.push(trustedHtml(source));
      } else {
        const content = [];
        paragraph.forEach((each, row) => {
          if (row) {
            content.push(/ {2}$/.test(paragraph[row - 1]) ? make("br") : document.createTextNode("\n"));
          }
          content.push(...inline(each.replace(/ {2}$/, "")));
        });
        nodes.push(make("p", {}, content));
      }
    }
  }
  return nodes;
}

/**
 * @param {Object} props
 * @param {Object} api
 */
export function mount(props, api) {
  const element = document.createElement("div");

  function update(next) {
    applyCommon(element, next);
    applyStyle(element, next.style);
    let text = Array.isArray(next.children) ? next.children.join("\n") : String(next.children ?? "");
    if (next.dedent !== false) {
      text = dedent(text);
    }
    element.replaceChildren(...blockNodes(text, { allowHtml: Boolean(next.dangerously_allow_html), linkTarget: next.link_target }));
  }

  update(props);
  return { element, update };
}
