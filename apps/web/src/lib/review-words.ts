// Ratings and reviews in words, the same on product cards and product pages.

export function reviewCount(count: number): string {
  return `${count} ${count === 1 ? "review" : "reviews"}`;
}

export function starCount(stars: number): string {
  return `${stars} ${stars === 1 ? "star" : "stars"}`;
}

/** An average as people say it: 4.5, or 4 rather than 4.0. */
export function formatAverage(average: number): string {
  return average.toLocaleString("en-GB", { maximumFractionDigits: 1 });
}

/** "Rated 4.5 out of 5 from 12 reviews": what the stars say to a screen reader. */
export function ratingLabel(average: number, count: number): string {
  return `Rated ${formatAverage(average)} out of 5 from ${reviewCount(count)}`;
}
