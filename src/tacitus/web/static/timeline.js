// The timeline: event counts per day or week as bars; click a bar to filter to its dates.

import { svg } from "./common.js";

const HEIGHT = 90;

export function drawTimeline(root, aggregate, { onPick }) {
  root.replaceChildren();
  const groups = aggregate.groups.filter((g) => g.key);
  const width = Math.max(root.clientWidth || 600, 200);
  const chart = svg("svg", { class: "timeline", viewBox: `0 0 ${width} ${HEIGHT + 16}` });
  root.append(chart);
  if (!groups.length) return;
  const most = Math.max(...groups.map((g) => g.events));
  const step = width / groups.length;
  groups.forEach((group, i) => {
    const h = Math.max(2, (group.events / most) * HEIGHT);
    const bar = svg("rect", {
      x: i * step + 1,
      y: HEIGHT - h,
      width: Math.max(step - 2, 1),
      height: h,
      class: "bar",
      "data-key": group.key,
    });
    const title = svg("title");
    title.textContent = `${aggregate.by} ${group.key}: ${group.events} events`;
    bar.append(title);
    bar.addEventListener("click", () => onPick(group.key, aggregate.by));
    chart.append(bar);
  });
  for (const [i, anchor] of [
    [0, "start"],
    [groups.length - 1, "end"],
  ]) {
    const label = svg("text", { x: anchor === "start" ? 0 : width, y: HEIGHT + 13, "text-anchor": anchor });
    label.textContent = groups[i].key;
    chart.append(label);
  }
}

export function spanOf(key, by) {
  if (by !== "week") return [key, key];
  const end = new Date(`${key}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 6);
  return [key, end.toISOString().slice(0, 10)];
}
