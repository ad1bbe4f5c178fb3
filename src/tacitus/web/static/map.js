// The event map: country outlines (committed GeoJSON), points sized and coloured, clustered
// when dense; drag to choose an area (the bbox filter), click a point to open it.

import { place, radius, svg, typeColour, when } from "./common.js";

const WORLD = [-180, -90, 360, 180];
const CELL_PX = 22;

export class EventMap {
  constructor(root, { onArea, onOpen }) {
    this.root = root;
    this.onArea = onArea;
    this.onOpen = onOpen;
    this.view = [...WORLD];
    this.rows = [];
    this.svg = svg("svg", { class: "map", viewBox: this.view.join(" "), role: "img" });
    this.land = svg("g", { class: "land" });
    this.points = svg("g", { class: "points" });
    this.brush = svg("rect", { class: "brush", visibility: "hidden" });
    this.svg.append(this.land, this.points, this.brush);
    root.append(this.svg);
    this.listen();
  }

  async loadOutlines(url) {
    const world = await (await fetch(url)).json();
    for (const feature of world.features) {
      const path = svg("path", { d: pathData(feature.geometry) });
      const title = svg("title");
      title.textContent = feature.properties.name;
      path.append(title);
      this.land.append(path);
    }
  }

  show(rows) {
    this.rows = rows.filter((r) => r.lat !== null && r.lon !== null);
    this.draw();
  }

  zoomTo(box) {
    const [w, s, e, n] = box;
    const pad = Math.max((e - w) * 0.1, (n - s) * 0.1, 1);
    this.view = [w - pad, -(n + pad), e - w + 2 * pad, n - s + 2 * pad];
    this.svg.setAttribute("viewBox", this.view.join(" "));
    this.draw();
  }

  reset() {
    this.view = [...WORLD];
    this.svg.setAttribute("viewBox", this.view.join(" "));
    this.draw();
  }

  unitsPerPixel() {
    const width = this.svg.clientWidth || 800;
    const height = this.svg.clientHeight || 400;
    return Math.max(this.view[2] / width, this.view[3] / height);
  }

  draw() {
    const unit = this.unitsPerPixel();
    this.points.replaceChildren();
    for (const group of cluster(this.rows, unit * CELL_PX)) {
      this.points.append(group.length > 1 ? this.clusterMark(group, unit) : this.point(group[0], unit));
    }
  }

  point(row, unit) {
    const dot = svg("circle", {
      cx: row.lon,
      cy: -row.lat,
      r: radius(row) * unit,
      fill: typeColour(row),
      class: "point",
      "data-event": row.event_id,
    });
    const title = svg("title");
    title.textContent = `${when(row)} · ${row.sub_event_type || row.plover} · ${place(row)}`;
    dot.append(title);
    dot.addEventListener("click", (event) => {
      event.stopPropagation();
      this.onOpen(row);
    });
    return dot;
  }

  clusterMark(group, unit) {
    const lon = group.reduce((sum, r) => sum + r.lon, 0) / group.length;
    const lat = group.reduce((sum, r) => sum + r.lat, 0) / group.length;
    const g = svg("g", { class: "cluster" });
    g.append(svg("circle", { cx: lon, cy: -lat, r: (8 + Math.sqrt(group.length) * 2) * unit }));
    const label = svg("text", { x: lon, y: -lat, "font-size": 11 * unit, dy: 4 * unit });
    label.textContent = String(group.length);
    g.append(label);
    g.addEventListener("click", (event) => {
      event.stopPropagation();
      const lons = group.map((r) => r.lon);
      const lats = group.map((r) => r.lat);
      this.zoomTo([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]);
    });
    return g;
  }

  highlight(eventId) {
    for (const node of this.points.querySelectorAll(".point.hover")) node.classList.remove("hover");
    if (!eventId) return;
    const found = this.points.querySelector(`.point[data-event="${CSS.escape(eventId)}"]`);
    if (found) found.classList.add("hover");
  }

  toData(event) {
    const point = this.svg.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    const local = point.matrixTransform(this.svg.getScreenCTM().inverse());
    return [local.x, local.y];
  }

  listen() {
    let start = null;
    this.svg.addEventListener("pointerdown", (event) => {
      start = this.toData(event);
    });
    this.svg.addEventListener("pointermove", (event) => {
      if (!start) return;
      const [x, y] = this.toData(event);
      const box = { x: Math.min(x, start[0]), y: Math.min(y, start[1]) };
      Object.assign(box, { width: Math.abs(x - start[0]), height: Math.abs(y - start[1]) });
      for (const [name, value] of Object.entries(box)) this.brush.setAttribute(name, value);
      this.brush.setAttribute("visibility", "visible");
    });
    this.svg.addEventListener("pointerup", (event) => {
      if (!start) return;
      const [x, y] = this.toData(event);
      const [x0, y0] = start;
      start = null;
      this.brush.setAttribute("visibility", "hidden");
      if (Math.abs(x - x0) < this.unitsPerPixel() * 5) return;
      const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
      this.onArea([
        clamp(Math.min(x, x0), -180, 180),
        clamp(-Math.max(y, y0), -90, 90),
        clamp(Math.max(x, x0), -180, 180),
        clamp(-Math.min(y, y0), -90, 90),
      ].map((v) => Math.round(v * 100) / 100));
    });
  }
}

function cluster(rows, cell) {
  const cells = new Map();
  for (const row of rows) {
    const key = `${Math.floor(row.lon / cell)}:${Math.floor(row.lat / cell)}`;
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push(row);
  }
  return [...cells.values()];
}

function ring(points) {
  // A ring cut at the antimeridian jumps across the map: start a new piece there.
  let data = "";
  points.forEach(([x, y], i) => {
    const jump = i > 0 && Math.abs(x - points[i - 1][0]) > 180;
    data += `${i === 0 || jump ? "M" : "L"}${x},${-y}`;
  });
  return data;
}

function pathData(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((polygon) => polygon.map(ring).join("")).join("");
}
