import type { TRPCRouterRecord } from "@trpc/server";
import { customer, staff, storefront } from "../../trpc";
import { moderationListInput, myReviewInput, productReviewsInput, replyToReviewInput, setReviewStatusInput, submitReviewInput } from "./review.schemas";
import * as reviews from "./review.service";

export const reviewRouter = {
  /** A product's published reviews and its rating summary, for anyone browsing the storefront. */
  forProduct: storefront
    .requires("product.browse")
    .input(productReviewsInput)
    .query(({ ctx, input }) => reviews.productReviews(ctx, input)),
  mine: customer
    .requires("review.write")
    .input(myReviewInput)
    .query(({ ctx, input }) => reviews.myReview(ctx, input)),
  submit: customer
    .requires("review.write")
    .input(submitReviewInput)
    .mutation(({ ctx, input }) => reviews.submitReview(ctx, input)),
  list: staff
    .requires("review.moderate")
    .input(moderationListInput)
    .query(({ ctx, input }) => reviews.moderationList(ctx, input)),
  setStatus: staff
    .requires("review.moderate")
    .input(setReviewStatusInput)
    .mutation(({ ctx, input }) => reviews.setReviewStatus(ctx, input)),
  reply: staff
    .requires("review.moderate")
    .input(replyToReviewInput)
    .mutation(({ ctx, input }) => reviews.replyToReview(ctx, input)),
} satisfies TRPCRouterRecord;
