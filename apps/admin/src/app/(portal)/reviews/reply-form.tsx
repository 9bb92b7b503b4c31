"use client";
import { useState, type FormEvent } from "react";
import { describeError } from "@commerce/ui/errors";
import { SubmitButton } from "@commerce/ui/form";
import { FormErrorBox } from "~/components/api-errors";
import { button, Field, inputClass } from "~/components/ui";
import type { ModeratedReview } from "./review-words";
import { useReplyToReview } from "./use-reviews";

/** The shop's public answer under a review: write or change it, or take it down. */
export function ReplyForm({ review, onCancel, onSaved }: { review: ModeratedReview; onCancel: () => void; onSaved: (message: string) => void }) {
  const reply = useReplyToReview();
  const [text, setText] = useState(review.reply ?? "");
  const errors = describeError(reply.error, ["reply"]);
  const fieldId = `reply-${review.id}`;

  function save(event: FormEvent) {
    event.preventDefault();
    if (reply.isPending) return;
    reply.mutate({ reviewId: review.id, reply: text }, { onSuccess: () => onSaved(`Reply to ${review.authorName} saved.`) });
  }

  function remove() {
    if (reply.isPending) return;
    reply.mutate({ reviewId: review.id, reply: null }, { onSuccess: () => onSaved(`Reply to ${review.authorName} removed.`) });
  }

  return (
    <form onSubmit={save} noValidate aria-label={`Reply to ${review.authorName}`} className="space-y-3 rounded-md bg-white p-4 ring-1 ring-gray-200">
      <blockquote className="space-y-1 border-l-2 border-gray-200 pl-3 text-sm text-gray-700">
        {review.title && <p className="font-medium text-gray-900">{review.title}</p>}
        <p className="whitespace-pre-line">{review.body}</p>
      </blockquote>
      <FormErrorBox errors={errors} />
      <Field id={fieldId} label="Your reply" hint="Shown under the review on your shop, from the shop." error={errors.fields.reply}>
        {(aria) => (
          <textarea
            {...aria}
            rows={3}
            maxLength={4000}
            value={text}
            onChange={(e) => setText(e.target.value)}
            disabled={reply.isPending}
            className={inputClass}
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={reply.isPending && reply.variables.reply !== null} className={button.primary}>
          Save reply
        </SubmitButton>
        {review.reply && (
          <button
            type="button"
            className={button.danger}
            onClick={remove}
            disabled={reply.isPending}
            aria-busy={(reply.isPending && reply.variables.reply === null) || undefined}
          >
            Remove reply
          </button>
        )}
        <button type="button" className={button.secondary} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
