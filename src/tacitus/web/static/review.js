// The review queue: unreviewed events, low confidence and high impact first, with keys.

import { api, clearError, el, place, setupToken, showError, when } from "./common.js";
import { renderArticle } from "./highlight.js";

const state = { rows: [], index: 0 };

async function load() {
  try {
    const page = await api("/api/review/queue?limit=100");
    state.rows = page.items;
    state.index = 0;
    drawQueue();
    await showCurrent();
  } catch (error) {
    showError(error);
  }
}

function drawQueue() {
  const list = document.getElementById("queue");
  list.replaceChildren(...state.rows.map((row, i) => {
    const item = el("li", { "data-event": row.event_id, class: i === state.index ? "current" : null },
      el("span", { class: "what", text: `${row.sub_event_type || row.plover}` }),
      el("span", { class: "where", text: `${place(row)} · ${when(row)}` }),
      el("span", { class: "score", text: `conf ${row.confidence.toFixed(2)}${row.fatalities ? ` · ${row.fatalities} killed` : ""}` }),
      el("span", { class: `review review-${row.review || "none"}`, text: row.review || "" }));
    item.addEventListener("click", () => move(i - state.index));
    return item;
  }));
  if (!state.rows.length) list.append(el("li", { text: "Nothing left to review." }));
}

async function showCurrent() {
  const box = document.getElementById("current");
  box.replaceChildren();
  const row = state.rows[state.index];
  if (!row) return;
  const detail = await api(`/api/events/${encodeURIComponent(row.event_id)}`);
  box.append(el("h2", {}, el("a", { href: `/event/${encodeURIComponent(row.event_id)}`, text: detail.event.summary || row.event_id })));
  for (const article of detail.articles) {
    const body = el("div", { class: "article-text" });
    renderArticle(body, article.text, article.highlights);
    box.append(el("h3", { text: article.title || article.id }), body);
  }
}

function move(delta) {
  state.index = Math.max(0, Math.min(state.rows.length - 1, state.index + delta));
  drawQueue();
  document.querySelector("#queue li.current")?.scrollIntoView({ block: "nearest" });
  showCurrent().catch(showError);
}

async function decide(action) {
  const row = state.rows[state.index];
  if (!row) return;
  clearError();
  try {
    await api(`/api/events/${encodeURIComponent(row.event_id)}/review`, { method: "POST", body: { action } });
    row.review = action;
    move(1);
  } catch (error) {
    showError(error);
  }
}

document.addEventListener("keydown", (event) => {
  if (event.target.closest("input, textarea, select")) return;
  const keys = {
    a: () => decide("accept"),
    r: () => decide("reject"),
    j: () => move(1),
    ArrowDown: () => move(1),
    k: () => move(-1),
    ArrowUp: () => move(-1),
    o: () => state.rows[state.index] && (location.href = `/event/${encodeURIComponent(state.rows[state.index].event_id)}`),
  };
  if (keys[event.key]) {
    event.preventDefault();
    keys[event.key]();
  }
});

setupToken();
load();
