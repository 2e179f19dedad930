/** "Oak Ridge" → "oak-ridge", "Española" → "espanola": readable ids for rows made from names. */
export function slugOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The slug, or the slug with -2, -3… when it is taken. */
export function uniqueSlug(text: string, taken: (id: string) => boolean, fallback: string): string {
  const base = slugOf(text).slice(0, 60) || fallback;
  let id = base;
  for (let n = 2; taken(id); n += 1) id = `${base}-${String(n)}`;
  return id;
}
