"use client";
import { Suspense } from "react";
import { Spinner } from "@commerce/ui/states";
import { PageHeader } from "~/components/ui";
import { ReviewModeration } from "./review-moderation";

export default function ReviewsPage() {
  return (
    <>
      <PageHeader
        title="Reviews"
        description="What shoppers wrote about your products, newest first. Hide a review to take it off the shop; reply to answer it in public."
      />
      <Suspense fallback={<Spinner />}>
        <ReviewModeration />
      </Suspense>
    </>
  );
}
