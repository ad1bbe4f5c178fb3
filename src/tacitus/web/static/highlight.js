// The article text with each field's evidence marked, built from text nodes only.

import { el } from "./common.js";

function kind(field) {
  const head = field.split(".")[0];
  return ["date", "location", "actors", "counts", "trigger", "claims", "evidence"].includes(head)
    ? head
    : "other";
}

export function renderArticle(container, text, highlights) {
  container.replaceChildren();
  const cuts = new Set([0, text.length]);
  for (const h of highlights) {
    cuts.add(Math.max(0, Math.min(h.start, text.length)));
    cuts.add(Math.max(0, Math.min(h.end, text.length)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i += 1) {
    const [start, end] = [points[i], points[i + 1]];
    const piece = text.slice(start, end);
    const covering = highlights.filter((h) => h.start <= start && h.end >= end);
    container.append(covering.length ? mark(piece, covering) : document.createTextNode(piece));
  }
}

function mark(piece, covering) {
  const fields = covering.map((h) => h.field);
  const kinds = [...new Set(fields.map(kind))];
  const precise = kinds.filter((k) => k !== "evidence");
  const node = el("mark", {
    class: ["hl", ...kinds.map((k) => `hl-${k}`)].join(" "),
    "data-fields": fields.join(" "),
    title: fields.join(", "),
    text: piece,
  });
  if (!precise.length) node.classList.add("hl-only-evidence");
  return node;
}

export function focusField(container, field) {
  for (const node of container.querySelectorAll("mark.focus")) node.classList.remove("focus");
  const found = [...container.querySelectorAll("mark")].filter((m) =>
    m.dataset.fields.split(" ").includes(field),
  );
  for (const node of found) node.classList.add("focus");
  if (found.length) found[0].scrollIntoView({ block: "center", behavior: "smooth" });
}
