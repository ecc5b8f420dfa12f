// Escaping for markup built as strings. Text and attribute values go through here,
// so data (names, labels, notes) can never break out of the SVG.
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => entities[c]!);
}
