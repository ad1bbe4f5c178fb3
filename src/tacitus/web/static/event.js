// The event page: the reviewed (canonical) record, every report of it and the text of each
// article with that article's evidence marked, the review actions and the audit trails.

import { api, clearError, el, place, setupToken, showError, when } from "./common.js";
import { focusField, renderArticle } from "./highlight.js";

const EDITABLE = ["acled.event_type", "acled.sub_event_type", "plover.event", "date.start",
  "date.end", "location.name", "location.admin1", "location.country", "counts.fatalities.best",
  "counts.participants.best", "status", "confidence", "summary"];
let eventId = decodeURIComponent(location.pathname.split("/").pop());

export async function load() {
  try {
    const detail = await api(`/api/events/${encodeURIComponent(eventId)}`);
    if (detail.event.event_id !== eventId) {  // a report's id: show its canonical event
      eventId = detail.event.event_id;
      history.replaceState(null, "", `/event/${encodeURIComponent(eventId)}`);
    }
    show(detail);
    merges(await api(`/api/events/${encodeURIComponent(eventId)}/merges`));
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
  reports(detail.reports);
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
    ...Object.entries(record.counts).map(([k, c]) => [k, countText(c), `counts.${k}`]),
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

function countText(count) {
  const hedge = count.hedge ? ` (${count.hedge})` : "";
  const spread = count.low !== null && count.high !== null && count.low !== count.high
    ? `, ${count.low}–${count.high} across reports` : "";
  return `${count.best ?? "?"}${hedge}${spread}`;
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

function reports(items) {
  document.getElementById("report-count").textContent = `(${items.length})`;
  const list = document.getElementById("reports");
  list.replaceChildren(...items.map((report) => el("li", { "data-report": report.event_id },
    el("strong", { text: report.title || report.article_id }),
    [report.source, report.published].filter(Boolean).map((part) => ` · ${part}`).join(""),
    ": ",
    `${report.row.sub_event_type || report.row.plover}, ${when(report.row)}, ${place(report.row)}`,
    report.row.fatalities === null ? "" : `, ${report.row.fatalities} killed`,
    items.length > 1 ? el("button", {
      type: "button", class: "split-out", text: "Split out",
      onclick: () => decide({ action: "split", report_id: report.event_id, why: "not the same event" }),
    }) : null)));
}

function merges(entries) {
  const list = document.getElementById("merges");
  const shown = entries.filter((entry) => entry.action !== "split");
  list.replaceChildren(...shown.map((entry) => el("li", {},
    el("strong", { text: entry.action === "merge" ? "matched" : "merged by a reviewer" }),
    ` ${entry.event_id} (${entry.article_id || "?"}) by ${entry.decided_by}`,
    entry.score === null ? "" : `, score ${entry.score.toFixed(2)}`,
    entry.features ? el("code", { text: ` ${JSON.stringify(entry.features)}` }) : null,
    entry.undone_at ? el("em", { text: ` — undone ${entry.undone_at}` }) : el("button", {
      type: "button", text: "Undo", onclick: () => undo(entry.merge_id),
    }))));
  if (!shown.length) list.append(el("li", { class: "meta", text: "One report: nothing merged." }));
}

async function undo(mergeId) {
  clearError();
  try {
    await api(`/api/merges/${mergeId}/undo`, { method: "POST" });
    await load();
  } catch (error) {
    showError(error);
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
    const entry = await api(`/api/events/${encodeURIComponent(eventId)}/review`, { method: "POST", body: decision });
    if (entry.after && entry.after.merged_into) {  // this event is gone: show the survivor
      location.assign(`/event/${encodeURIComponent(entry.after.merged_into)}`);
      return;
    }
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
