/** The part of an mdast node this plugin reads. */
type TMarkdownNode = { type: string; children?: TMarkdownNode[] };

/**
 * Turns raw HTML in markdown into plain text before anything renders it, so `<script>` or
 * `<img onerror>` in a model's answer is shown as the characters it is. (react-markdown would do the
 * same, but only after rehype-sanitize has already deleted those nodes, hiding what was sent.)
 */
export function remarkHtmlAsText() {
  return (tree: TMarkdownNode) => {
    convert(tree);
  };
}

function convert(node: TMarkdownNode): void {
  for (const child of node.children ?? []) {
    if (child.type === "html") child.type = "text";
    else convert(child);
  }
}
