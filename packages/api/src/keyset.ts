// Keyset pages: a list asks for one row more than it shows; that extra row says there is a next
// page, and the last row shown is where it starts (its cursor).

/** The first `limit` rows and the cursor of the next page (null on the last page). */
export function keysetPage<T>(rows: T[], limit: number, cursorOf: (row: T) => string): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? cursorOf(items[items.length - 1]!) : null };
}
