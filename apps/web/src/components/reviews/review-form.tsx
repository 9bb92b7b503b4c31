"use client";
import { useState, type FormEvent } from "react";
import { describeError } from "@commerce/ui/errors";
import { Field, FormAlert, inputClass, SubmitButton } from "@commerce/ui/form";
import { useSubmitReview } from "~/lib/use-reviews";
import { panel, primaryButton } from "../styles";
import { StarPicker } from "./star-picker";

const FIELDS = ["rating", "title", "body"] as const;

/** Stars, an optional title and the text; the server checks them and says what to fix. */
export function ReviewForm({ productId, verifiedPurchase }: { productId: string; verifiedPurchase: boolean }) {
  const submit = useSubmitReview();
  const [rating, setRating] = useState<number | null>(null);
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const [noRating, setNoRating] = useState(false);
  const error = describeError(submit.error, FIELDS);
  const ratingError = noRating ? "Choose 1 to 5 stars" : error.fields.rating;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submit.isPending) return;
    if (rating === null) {
      setNoRating(true);
      event.currentTarget.querySelector<HTMLInputElement>("#review-rating-1")?.focus();
      return;
    }
    submit.mutate({ productId, rating, body, ...(title.trim() ? { title } : {}) });
  }

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="write-review-heading" className={`space-y-4 ${panel}`}>
      <div>
        <h3 id="write-review-heading" className="font-semibold">
          Write a review
        </h3>
        {verifiedPurchase && <p className="mt-1 text-sm text-gray-600">You bought this, so your review will show “Verified purchase”.</p>}
      </div>
      <StarPicker
        id="review-rating"
        value={rating}
        onChange={(stars) => {
          setRating(stars);
          setNoRating(false);
        }}
        error={ratingError}
        disabled={submit.isPending}
      />
      <Field id="review-title" label="Title (optional)" error={error.fields.title}>
        {(aria) => (
          <input
            {...aria}
            type="text"
            maxLength={120}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            disabled={submit.isPending}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="review-body" label="Your review" hint="At least 10 characters." error={error.fields.body}>
        {(aria) => (
          <textarea
            {...aria}
            rows={5}
            maxLength={4000}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            disabled={submit.isPending}
            className={inputClass}
          />
        )}
      </Field>
      {error.message && <FormAlert>{error.message}</FormAlert>}
      <SubmitButton pending={submit.isPending} className={primaryButton} working="Posting…">
        Post review
      </SubmitButton>
    </form>
  );
}
