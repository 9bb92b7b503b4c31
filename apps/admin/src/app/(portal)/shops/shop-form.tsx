"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { RouterInputs, RouterOutputs } from "@commerce/api/client";
import { describeError } from "@commerce/ui/errors";
import { useTRPC } from "@commerce/ui/trpc";
import { FormErrorBox } from "~/components/api-errors";
import { Card, describedBy, Field, FormActions, inputClass } from "~/components/ui";
import { days, OpeningHoursFields, type DayValue } from "./opening-hours-fields";

type Shop = RouterOutputs["shop"]["list"][number];
type ShopInput = RouterInputs["shop"]["create"];

interface FormValues {
  name: string;
  code: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  postalCode: string;
  country: string;
  hours: DayValue[];
}

function initialValues(shop?: Shop): FormValues {
  if (!shop) {
    return {
      name: "",
      code: "",
      addressLine1: "",
      addressLine2: "",
      city: "",
      postalCode: "",
      country: "",
      hours: days.map((_, i) => ({ closed: i === 6, open: "09:00", close: "18:00" })),
    };
  }
  return {
    name: shop.name,
    code: shop.code,
    addressLine1: shop.addressLine1,
    addressLine2: shop.addressLine2 ?? "",
    city: shop.city,
    postalCode: shop.postalCode,
    country: shop.country,
    hours: days.map((_, i) => {
      const h = shop.openingHours[i];
      return h ? { closed: false, open: h.open, close: h.close } : { closed: true, open: "09:00", close: "18:00" };
    }),
  };
}

const textFields = [
  { name: "name", label: "Name", max: 120 },
  { name: "code", label: "Shop code", max: 20, hint: "Typed on the POS sign-in screen: 2 to 20 letters, digits or dashes", mono: true },
  { name: "addressLine1", label: "Address line 1", max: 200 },
  { name: "addressLine2", label: "Address line 2", max: 200, hint: "Optional" },
  { name: "city", label: "City", max: 100 },
  { name: "postalCode", label: "Postal code", max: 20 },
  { name: "country", label: "Country", max: 2, hint: "Two-letter code, e.g. NL", mono: true },
] as const;

/** Server paths to form fields; `prefix` is "details." when updating. */
function fieldMapFor(prefix: string) {
  const map: Record<string, string> = {};
  for (const f of textFields) map[`${prefix}${f.name}`] = f.name;
  map[`${prefix}openingHours`] = "openingHours";
  days.forEach((_, i) => (map[`${prefix}openingHours.${i}`] = `day${i}`));
  return map;
}

export function ShopForm({
  formId,
  title,
  shop,
  onCancel,
  onSaved,
}: {
  formId: string;
  title: string;
  shop?: Shop;
  onCancel: () => void;
  onSaved: (shop: Shop) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<FormValues>(() => initialValues(shop));
  const options = {
    onSuccess: async (saved: Shop) => {
      await queryClient.invalidateQueries({ queryKey: trpc.shop.pathKey() });
      onSaved(saved);
    },
  };
  const create = useMutation(trpc.shop.create.mutationOptions(options));
  const update = useMutation(trpc.shop.update.mutationOptions(options));
  const mutation = shop ? update : create;
  const errors = describeError(mutation.error, fieldMapFor(shop ? "details." : ""));
  const id = (name: string) => `${formId}-${name}`;

  function setDay(i: number, change: Partial<DayValue>) {
    setValues((v) => ({ ...v, hours: v.hours.map((d, j) => (j === i ? { ...d, ...change } : d)) }));
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (mutation.isPending) return;
    const input: ShopInput = {
      name: values.name,
      code: values.code,
      addressLine1: values.addressLine1,
      addressLine2: values.addressLine2.trim() ? values.addressLine2 : null,
      city: values.city,
      postalCode: values.postalCode,
      country: values.country.trim().toUpperCase(),
      openingHours: values.hours.map((d) => (d.closed ? null : { open: d.open, close: d.close })),
    };
    if (shop) update.mutate({ id: shop.id, details: input });
    else create.mutate(input);
  }

  return (
    <form id={formId} onSubmit={onSubmit} noValidate aria-label={title} className={shop ? "pt-2" : ""}>
      <Card title={title}>
        <div className="space-y-5">
          <FormErrorBox errors={errors} showPlanLink />
          <div className="grid gap-5 sm:grid-cols-2">
            {textFields.map((f) => {
              const error = errors.fields[f.name];
              const hint = "hint" in f ? f.hint : undefined;
              return (
                <Field key={f.name} id={id(f.name)} label={f.label} error={error} hint={hint}>
                  <input
                    {...describedBy(id(f.name), error, !!hint)}
                    value={values[f.name]}
                    onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
                    maxLength={f.max}
                    autoComplete="off"
                    className={`${inputClass} ${"mono" in f ? "font-mono uppercase" : ""}`}
                  />
                </Field>
              );
            })}
          </div>
          <OpeningHoursFields idPrefix={formId} hours={values.hours} errors={errors.fields} onChange={setDay} />
          <FormActions submit={shop ? "Save shop" : "Create shop"} pending={mutation.isPending} onCancel={onCancel} />
        </div>
      </Card>
    </form>
  );
}
