// The event page: the reviewed record, the article text with each field's evidence marked,
// the review actions and the audit trail.

import { api, clearError, el, place, setupToken, showError, when } from "./common.js";
import { focusField, renderArticle } from "./highlight.js";

const EDITABLE = ["acled.event_type", "acled.sub_event_type", "plover.event", "date.start",
  "date.end", "location.name", "location.admin1", "location.country", "counts.fatalities.best",
  "counts.participants.best", "status", "confidence", "summary"];
const eventId = decodeURIComponent(location.pathname.split("/").pop());

export async function load() {
  try {
    const detail = await api(`/api/events/${encodeURIComponent(eventId)}`);
    show(detail);
  } catch (error) {
    showError(error);
  }
}

function show(detail) {
  const row = detail.row;
  document.title = `Tacitus · ${row.sub_event_type || row.plover} · ${row.date_start}`;
  document.getElementById("headline").textContent =
    `${row.sub_event_type || row.plover} — ${place(row)}, ${when(row)}`;
  const state = document.getElementById("review-state");
  state.textContent = row.review ? `Review: ${row.review}${row.edited ? " (edited)" : ""}` : "Not reviewed";
  state.dataset.review = row.review || "none";
  fields(detail.event);
  articles(detail.articles);
  siblings(detail.same_article);
  audit(detail.audit);
}

function fields(record) {
  const list = document.getElementById("fields");
  const entries = [
    ["ACLED", record.acled ? `${record.acled.event_type} / ${record.acled.sub_event_type}` : "—", "trigger"],
    ["PLOVER", `${record.plover.event} ${record.plover.mode.join(" ")}`, "trigger"],
    ["Date", `${record.date.start} – ${record.date.end} (${record.date.precision}): ${record.date.reason}`, "date"],
    ["Location", record.location ? `${record.location.name} ${record.location.country || ""}: ${record.location.reason}` : "—", "location"],
    ...record.actors.map((a) => [a.role, `${a.name}${a.inter ? ` (inter ${a.inter})` : ""}`, `actors.${a.role}`]),
    ...Object.entries(record.counts).map(([k, c]) => [k, `${c.best ?? "?"}${c.hedge ? ` (${c.hedge})` : ""}`, `counts.${k}`]),
    ["Status", record.status, null],
    ["Confidence", record.confidence.toFixed(2), null],
  ];
  list.replaceChildren();
  for (const [name, value, field] of entries) {
    const term = el("dt", { text: name });
    const definition = el("dd", { text: value });
    if (field) {
      term.classList.add("linked");
      term.addEventListener("click", () => focusField(document.getElementById("articles"), field));
    }
    list.append(term, definition);
  }
}

function articles(sources) {
  const box = document.getElementById("articles");
  box.replaceChildren();
  for (const article of sources) {
    const meta = [article.source, article.published].filter(Boolean).join(" · ");
    const body = el("div", { class: "article-text" });
    renderArticle(body, article.text, article.highlights);
    box.append(el("article", { "data-article": article.id },
      el("h2", { text: article.title || article.id }),
      el("p", { class: "meta", text: meta }),
      body));
  }
}

function siblings(rows) {
  const list = document.getElementById("siblings");
  list.replaceChildren(...rows.map((row) => el("li", {},
    el("a", { href: `/event/${encodeURIComponent(row.event_id)}`, text: `${row.sub_event_type || row.plover} · ${when(row)} · ${place(row)}` }))));
}

function audit(entries) {
  const list = document.getElementById("audit");
  list.replaceChildren(...entries.map((entry) => el("li", {},
    el("strong", { text: entry.action }), ` by ${entry.reviewer} at ${entry.at}`,
    entry.why ? el("em", { text: ` — ${entry.why}` }) : null,
    el("code", { text: ` ${JSON.stringify(entry.before)} → ${JSON.stringify(entry.after)}` }))));
}

export async function decide(decision) {
  clearError();
  try {
    await api(`/api/events/${encodeURIComponent(eventId)}/review`, { method: "POST", body: decision });
    await load();
  } catch (error) {
    showError(error);
  }
}

function parseValue(text) {
  if (text === "null") return null;
  if (text !== "" && !Number.isNaN(Number(text))) return Number(text);
  return text;
}

function wire() {
  const paths = document.getElementById("field-paths");
  paths.append(...EDITABLE.map((path) => el("option", { value: path })));
  document.getElementById("accept").addEventListener("click", () => decide({ action: "accept" }));
  document.getElementById("reject").addEventListener("click", () => decide({ action: "reject" }));
  document.getElementById("edit").addEventListener("submit", (event) => {
    event.preventDefault();
    const form = event.target;
    const changes = { [form.elements.field.value.trim()]: parseValue(form.elements.value.value.trim()) };
    decide({ action: "edit", changes, why: form.elements.why.value || null });
  });
  document.getElementById("merge").addEventListener("submit", (event) => {
    event.preventDefault();
    decide({ action: "merge", other_event_id: event.target.elements.other.value.trim() });
  });
  document.getElementById("split").addEventListener("click", () => {
    const why = prompt("Why should this event be split?");
    if (why) decide({ action: "split", why });
  });
  document.addEventListener("keydown", (event) => {
    if (event.target.closest("input, textarea, select")) return;
    if (event.key === "a") decide({ action: "accept" });
    if (event.key === "r") decide({ action: "reject" });
  });
}

setupToken();
wire();
load();
