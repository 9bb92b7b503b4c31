import { z } from "zod";
import { text, textLimits } from "@commerce/core/text";

export const reviewStatus = z.enum(["PUBLISHED", "HIDDEN"]);
const stars = z.number().int("must be a whole number of stars").min(1, "must be 1 to 5 stars").max(5, "must be 1 to 5 stars");
/** Reviews are listed newest first; the cursor is the id of the last one shown (uuid v7: time-ordered). */
const cursor = z.uuid("a cursor is a review id");

export const productReviewsInput = z.object({
  productId: z.uuid(),
  rating: stars.optional(),
  cursor: cursor.optional(),
  limit: z.number().int().min(1).max(50).default(10),
});

export const myReviewInput = z.object({ productId: z.uuid() });

export const submitReviewInput = z.object({
  productId: z.uuid(),
  rating: stars,
  title: text({ max: 120 }).optional(),
  body: text({ min: 10, minMessage: "say a little more: at least 10 characters", max: textLimits.long }),
});
export type SubmitReviewInput = z.infer<typeof submitReviewInput>;

export const moderationListInput = z.object({
  status: reviewStatus.optional(),
  productId: z.uuid().optional(),
  rating: stars.optional(),
  cursor: cursor.optional(),
  limit: z.number().int().min(1).max(100).default(25),
});

export const setReviewStatusInput = z.object({ reviewId: z.uuid(), status: reviewStatus });

export const replyToReviewInput = z.object({
  reviewId: z.uuid(),
  /** null takes the reply down. */
  reply: text({ min: 2, max: textLimits.long }).nullable(),
});
