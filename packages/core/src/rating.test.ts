import { describe, expect, it } from "vitest";
import { averageRating } from "./rating";

describe("averageRating", () => {
  it("is null with no reviews, and rounds to one decimal otherwise", () => {
    expect(averageRating(0, 0)).toBeNull();
    expect(averageRating(5, 1)).toBe(5);
    expect(averageRating(11, 3)).toBe(3.7);
    expect(averageRating(9, 2)).toBe(4.5);
    expect(averageRating(10, 3)).toBe(3.3);
  });
});
