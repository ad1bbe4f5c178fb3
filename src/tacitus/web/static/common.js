// Shared helpers of the analyst's desk. Untrusted text only ever goes through textContent.

const TOKEN_KEY = "tacitus-token";

export function token() {
  return sessionStorage.getItem(TOKEN_KEY) || "";
}

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "text") node.textContent = String(value);
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function svg(tag, attrs = {}) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export async function api(path, { method = "GET", body = undefined } = {}) {
  const headers = { Accept: "application/json" };
  if (token()) headers.Authorization = `Bearer ${token()}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json();
  if (!response.ok) {
    const error = data.error || { code: "error", message: response.statusText };
    throw new ApiError(response.status, error.code, error.message);
  }
  return data;
}

export function showError(error) {
  const box = document.getElementById("message");
  if (!box) return;
  box.textContent = error instanceof ApiError ? `${error.code}: ${error.message}` : String(error);
  box.hidden = false;
}

export function clearError() {
  const box = document.getElementById("message");
  if (box) box.hidden = true;
}

export function setupToken() {
  const input = document.getElementById("token");
  if (!input) return;
  input.value = token();
  const save = () => sessionStorage.setItem(TOKEN_KEY, input.value.trim());
  input.addEventListener("change", save);
  input.form?.addEventListener("submit", (event) => {
    event.preventDefault();
    save();
  });
}

const TYPE_COLOURS = {
  Battles: "#c0392b",
  "Explosions/Remote violence": "#e67e22",
  "Violence against civilians": "#8e44ad",
  Protests: "#2980b9",
  Riots: "#16a085",
  "Strategic developments": "#7f8c8d",
};

export function typeColour(row) {
  return TYPE_COLOURS[row.event_type] || "#95a5a6";
}

export function typeNames() {
  return Object.keys(TYPE_COLOURS);
}

export function radius(row) {
  if (row.fatalities) return Math.min(4 + 2.2 * Math.sqrt(row.fatalities), 22);
  if (row.participants) return Math.min(4 + Math.sqrt(row.participants) / 4, 18);
  return 4;
}

export function when(row) {
  return row.date_start === row.date_end ? row.date_start : `${row.date_start} – ${row.date_end}`;
}

export function place(row) {
  return [row.place, row.admin1, row.country].filter(Boolean).join(", ");
}
