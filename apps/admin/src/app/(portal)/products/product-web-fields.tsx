"use client";
import type { ReactNode } from "react";
import { Card, Field, inputClass } from "~/components/ui";
import { automaticSeoDescription, MAX_TAGS, SEO_DESCRIPTION_MAX, SEO_TITLE_MAX, withTags } from "./product-form";
import { ValueChips } from "./new/value-chips";

// How a product is found: its tags, its web address and what search engines show of it. The
// forms' hooks decide what is valid and what is sent.

/** Tags typed as chips (Enter or a comma after each): lowercase, spaces become hyphens. */
export function TagsField({
  id = "product-tags",
  tags,
  error,
  onChange,
}: {
  id?: string;
  tags: string[];
  error: string | undefined;
  onChange: (tags: string[]) => void;
}) {
  const full = tags.length >= MAX_TAGS;
  return (
    <ValueChips
      id={id}
      label="Tags"
      values={tags}
      error={error}
      full={full}
      hint={full ? `That is as many tags as a product can have (${MAX_TAGS}).` : "Optional. Press Enter or type a comma after each, e.g. summer, rain-ready"}
      placeholder="summer, rain-ready"
      removeLabel={(tag) => `Remove tag ${tag}`}
      onAdd={(typed) => onChange(withTags(tags, typed))}
      onRemove={(tag) => onChange(tags.filter((t) => t !== tag))}
    />
  );
}

/** The product's slug, with the page it gives on the storefront. */
export function WebAddressField({ value, url, error, onChange }: { value: string; url: string; error: string | undefined; onChange: (slug: string) => void }) {
  return (
    <Field
      id="product-slug"
      label="Web address"
      error={error}
      hint={
        <>
          Its page on the shop: <span className="font-mono break-all">{url}</span>. Changing it keeps the old address working: it redirects to the new one.
        </>
      }
    >
      {(aria) => (
        <input
          {...aria}
          name="slug"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          maxLength={140}
          autoComplete="off"
          spellCheck={false}
          className={`${inputClass} font-mono`}
        />
      )}
    </Field>
  );
}

type SeoValues = { name: string; description: string; seoTitle: string; seoDescription: string };

function count(value: string, max: number, empty: ReactNode) {
  return (
    <>
      <span className={value.length > max ? "text-red-700" : ""}>
        {value.length} / {max} characters.
      </span>{" "}
      {empty}
    </>
  );
}

/** SEO title and description (empty: the automatic ones, shown as placeholders) and a search result preview. */
export function SeoCard({
  form,
  errors,
  url,
  update,
}: {
  form: SeoValues;
  errors: { seoTitle?: string | undefined; seoDescription?: string | undefined };
  url: string;
  update: (key: "seoTitle" | "seoDescription", value: string) => void;
}) {
  const automaticTitle = form.name.trim();
  const automaticDescription = automaticSeoDescription(form.description);
  const title = form.seoTitle.trim() || automaticTitle;
  const description = form.seoDescription.trim() || automaticDescription;
  return (
    <Card title="Search engines">
      <div className="grid gap-5">
        <Field
          id="product-seoTitle"
          label="SEO title"
          error={errors.seoTitle}
          hint={count(form.seoTitle, SEO_TITLE_MAX, "Leave it empty to use the product's name; about 60 characters show.")}
        >
          {(aria) => (
            <input
              {...aria}
              name="seoTitle"
              value={form.seoTitle}
              onChange={(e) => update("seoTitle", e.target.value)}
              maxLength={SEO_TITLE_MAX}
              placeholder={automaticTitle}
              autoComplete="off"
              className={inputClass}
            />
          )}
        </Field>
        <Field
          id="product-seoDescription"
          label="SEO description"
          error={errors.seoDescription}
          hint={count(form.seoDescription, SEO_DESCRIPTION_MAX, "Leave it empty to use the start of the description.")}
        >
          {(aria) => (
            <textarea
              {...aria}
              name="seoDescription"
              rows={3}
              value={form.seoDescription}
              onChange={(e) => update("seoDescription", e.target.value)}
              maxLength={SEO_DESCRIPTION_MAX}
              placeholder={automaticDescription}
              className={inputClass}
            />
          )}
        </Field>
        <figure aria-labelledby="product-seo-preview" className="rounded-lg border border-gray-200 bg-gray-50 p-4">
          <figcaption id="product-seo-preview" className="mb-2 text-xs font-semibold tracking-wide text-gray-500 uppercase">
            Search result preview
          </figcaption>
          <p className="truncate text-lg text-blue-800">{title}</p>
          <p className="truncate text-sm text-green-800">{url}</p>
          <p className="line-clamp-2 text-sm text-gray-700">{description}</p>
        </figure>
      </div>
    </Card>
  );
}
