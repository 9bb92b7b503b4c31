// Star ratings: a product keeps how many published reviews it has and their stars added up, so
// the average is computed here, once, wherever it is shown.

/** Average stars to one decimal place, or null when nobody has reviewed it yet. */
export function averageRating(ratingSum: number, reviewCount: number): number | null {
  return reviewCount > 0 ? Math.round((ratingSum / reviewCount) * 10) / 10 : null;
}
