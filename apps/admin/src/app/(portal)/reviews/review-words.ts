import type { RouterInputs, RouterOutputs } from "@commerce/api/client";

// Reviews in the words a shop uses: the API says PUBLISHED and HIDDEN, people never see that.

export type ModeratedReview = RouterOutputs["review"]["list"]["items"][number];
export type ReviewStatus = NonNullable<RouterInputs["review"]["list"]["status"]>;

export const reviewStatuses = ["PUBLISHED", "HIDDEN"] as const satisfies readonly ReviewStatus[];

export const reviewStatusWords: Record<ReviewStatus, string> = { PUBLISHED: "Published", HIDDEN: "Hidden" };

/** The button that moves a review to the other status. */
export const reviewActionWords: Record<ReviewStatus, string> = { PUBLISHED: "Publish again", HIDDEN: "Hide" };

export const starChoices = [5, 4, 3, 2, 1] as const;

export function starsWords(stars: number): string {
  return `${stars} ${stars === 1 ? "star" : "stars"}`;
}
