// The events page: filters, map, timeline and table, all driven by the same query string.

import { api, clearError, el, place, setupToken, showError, typeColour, typeNames, when } from "./common.js";
import { EventMap } from "./map.js";
import { drawTimeline, spanOf } from "./timeline.js";

const PAGE = 50;
const FILTERS = ["since", "until", "country", "admin1", "event_type", "plover", "actor", "q",
  "min_confidence", "reviewed", "bbox"];
const state = { offset: 0, sort: "-date" };

function query() {
  const params = new URLSearchParams(location.search);
  for (const key of [...params.keys()]) if (!FILTERS.includes(key)) params.delete(key);
  return params;
}

function setQuery(params) {
  history.replaceState(null, "", params.toString() ? `/?${params}` : "/");
  state.offset = 0;
  refresh();
}

function setFilter(updates) {
  const params = query();
  for (const [key, value] of Object.entries(updates)) {
    if (value === "" || value === null) params.delete(key);
    else params.set(key, value);
  }
  setQuery(params);
}

function fillForm() {
  const form = document.getElementById("filters");
  const params = query();
  for (const name of FILTERS) form.elements[name].value = params.get(name) || "";
  const box = params.get("bbox");
  document.getElementById("area").textContent = box ? `Area ${box} ` : "Drag on the map to pick an area.";
  document.getElementById("export").href = `/api/export?format=acled-csv&${params}`;
}

async function refresh() {
  fillForm();
  clearError();
  const params = query();
  try {
    const [points, rows, daily] = await Promise.all([
      api(`/api/events?${params}&limit=1000&sort=-date`),
      api(`/api/events?${params}&limit=${PAGE}&offset=${state.offset}&sort=${state.sort}`),
      api(`/api/aggregates?${params}&by=${timelineGrain(params)}`),
    ]);
    map.show(points.items);
    drawTimeline(document.getElementById("timeline"), daily, { onPick: pickDates });
    fillTable(rows);
  } catch (error) {
    showError(error);
  }
}

function timelineGrain(params) {
  const since = params.get("since");
  const until = params.get("until");
  if (since && until && (new Date(until) - new Date(since)) / 864e5 <= 120) return "day";
  return "week";
}

function pickDates(key, by) {
  const [since, until] = spanOf(key, by);
  setFilter({ since, until });
}

function fillTable(page) {
  document.getElementById("total").textContent = String(page.total);
  const body = document.querySelector("#events tbody");
  body.replaceChildren(...page.items.map(tableRow));
  const last = Math.min(page.offset + page.items.length, page.total);
  document.getElementById("page").textContent = page.total ? `${page.offset + 1}–${last}` : "";
  document.getElementById("prev").disabled = page.offset === 0;
  document.getElementById("next").disabled = last >= page.total;
}

function tableRow(row) {
  const swatch = el("span", { class: "swatch" });
  swatch.style.background = typeColour(row);
  const actors = [row.actor1, row.actor2].filter(Boolean).join(" vs ");
  const tr = el(
    "tr",
    { "data-event": row.event_id, tabindex: 0 },
    el("td", { text: when(row) }),
    el("td", { text: place(row) }),
    el("td", {}, swatch, row.sub_event_type || row.plover),
    el("td", { text: actors }),
    el("td", { class: "num", text: row.fatalities ?? "" }),
    el("td", { class: "num", text: row.article_ids.length }),
    el("td", { class: "num", text: row.confidence.toFixed(2) }),
    el("td", { class: `review review-${row.review || "none"}`, text: row.review || "" }),
  );
  tr.addEventListener("click", () => openEvent(row));
  tr.addEventListener("keydown", (event) => event.key === "Enter" && openEvent(row));
  tr.addEventListener("mouseenter", () => map.highlight(row.event_id));
  tr.addEventListener("mouseleave", () => map.highlight(null));
  return tr;
}

function openEvent(row) {
  location.href = `/event/${encodeURIComponent(row.event_id)}`;
}

function legend() {
  const box = document.getElementById("legend");
  for (const name of typeNames()) {
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = typeColour({ event_type: name });
    box.append(el("span", { class: "key" }, swatch, name));
    document.querySelector("select[name=event_type]").append(el("option", { value: name, text: name }));
  }
}

function wire() {
  const form = document.getElementById("filters");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const updates = {};
    for (const name of FILTERS) updates[name] = form.elements[name].value.trim();
    setFilter(updates);
  });
  document.getElementById("clear").addEventListener("click", () => setQuery(new URLSearchParams()));
  document.getElementById("reset-view").addEventListener("click", () => {
    map.reset();
    setFilter({ bbox: "" });
  });
  document.getElementById("prev").addEventListener("click", () => turn(-PAGE));
  document.getElementById("next").addEventListener("click", () => turn(PAGE));
  for (const th of document.querySelectorAll("th[data-sort]")) {
    th.addEventListener("click", () => {
      const key = th.dataset.sort;
      state.sort = state.sort === `-${key}` ? key : `-${key}`;
      state.offset = 0;
      refresh();
    });
  }
}

function turn(delta) {
  state.offset = Math.max(0, state.offset + delta);
  refresh();
}

const map = new EventMap(document.getElementById("map"), {
  onArea: (box) => setFilter({ bbox: box.join(",") }),
  onOpen: openEvent,
});
setupToken();
legend();
wire();
map.loadOutlines("/static/world.geojson").then(refresh, showError);
