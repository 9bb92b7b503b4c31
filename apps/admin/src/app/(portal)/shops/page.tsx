"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { can } from "@commerce/auth/permissions";
import type { RouterInputs, RouterOutputs } from "@commerce/api/client";
import { useTRPC } from "@commerce/ui/trpc";
import { ActionError, formErrorsOf, FormErrorBox } from "~/components/api-errors";
import { DataTable, detailsIdOf, type Column } from "~/components/data-table";
import { useMe } from "~/components/session";
import { button, Card, describedBy, Field, FormActions, inputClass, PageHeader, Pill, SuccessNote } from "~/components/ui";

type Shop = RouterOutputs["shop"]["list"][number];
type ShopInput = RouterInputs["shop"]["create"];

const days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

export default function ShopsPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useMe();
  const shops = useQuery(trpc.shop.list.queryOptions());
  const canManage = !!me.data && can(me.data.role, "shop.manage");
  // One form open at a time: "new", a shop's id (editing), or none.
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const setActive = useMutation(
    trpc.shop.update.mutationOptions({
      onMutate: () => setDone(null),
      onSuccess: async (shop) => {
        setDone(shop.active ? `${shop.name} is open again.` : `${shop.name} is deactivated.`);
        await queryClient.invalidateQueries({ queryKey: trpc.shop.pathKey() });
      },
    }),
  );

  const columns: Column<Shop>[] = [
    {
      id: "name",
      header: "Shop",
      cell: (s) => (
        <div>
          <div className="font-medium text-gray-900">{s.name}</div>
          <div className="font-mono text-xs text-gray-500">{s.code}</div>
        </div>
      ),
    },
    {
      id: "address",
      header: "Address",
      className: "text-gray-700",
      cell: (s) => (
        <address className="text-xs not-italic">
          {s.addressLine1}
          {s.addressLine2 && (
            <>
              <br />
              {s.addressLine2}
            </>
          )}
          <br />
          {s.postalCode} {s.city}, {s.country}
        </address>
      ),
    },
    { id: "hours", header: "Opening hours", className: "text-xs text-gray-700", cell: (s) => <HoursSummary hours={s.openingHours} /> },
    { id: "status", header: "Status", cell: (s) => (s.active ? <Pill tone="green">Active</Pill> : <Pill tone="gray">Inactive</Pill>) },
  ];
  if (canManage) {
    columns.push({
      id: "actions",
      header: <span className="sr-only">Actions</span>,
      align: "right",
      cell: (s) => (
        <div className="flex justify-end gap-2">
          <button
            type="button"
            className={button.small}
            aria-expanded={open === s.id}
            aria-controls={detailsIdOf(s.id)}
            onClick={() => {
              setDone(null);
              setOpen((o) => (o === s.id ? null : s.id));
            }}
          >
            Edit
          </button>
          <button
            type="button"
            className={s.active ? button.smallDanger : button.small}
            disabled={setActive.isPending}
            aria-busy={(setActive.isPending && setActive.variables.id === s.id) || undefined}
            onClick={() => {
              if (s.active && !window.confirm(`Deactivate ${s.name}? Its staff can no longer sign in to its tills.`)) return;
              setActive.mutate({ id: s.id, active: !s.active });
            }}
          >
            {s.active ? "Deactivate" : "Reactivate"}
          </button>
        </div>
      ),
    });
  }

  return (
    <>
      <PageHeader
        title="Shops"
        description={canManage ? "Your company's shops, their addresses and opening hours." : "Your shop's details."}
        actions={
          canManage && (
            <button
              type="button"
              className={button.primary}
              aria-expanded={open === "new"}
              aria-controls="new-shop"
              onClick={() => {
                setDone(null);
                setOpen((o) => (o === "new" ? null : "new"));
              }}
            >
              <span aria-hidden="true">+</span> New shop
            </button>
          )
        }
      />
      <div className="space-y-4">
        {done && <SuccessNote onDismiss={() => setDone(null)}>{done}</SuccessNote>}
        {open === "new" && (
          <ShopForm
            formId="new-shop"
            title="New shop"
            onCancel={() => setOpen(null)}
            onSaved={(shop) => {
              setOpen(null);
              setDone(`Created ${shop.name} (${shop.code}).`);
            }}
          />
        )}
        {setActive.error && <ActionError error={setActive.error} />}
        <DataTable
          caption="Shops"
          columns={columns}
          rows={shops.data}
          rowKey={(s) => s.id}
          rowProps={(s) => ({ "data-shop-id": s.id, "data-shop-code": s.code })}
          loading={shops.isPending}
          loadingLabel="Loading shops…"
          error={shops.error}
          onRetry={() => void shops.refetch()}
          empty={canManage ? "No shops yet. Add the first one." : "No shops to show."}
          details={(s) =>
            open === s.id ? (
              <ShopForm
                formId={`edit-shop-${s.id}`}
                title={`Edit ${s.name}`}
                shop={s}
                onCancel={() => setOpen(null)}
                onSaved={(shop) => {
                  setOpen(null);
                  setDone(`Saved ${shop.name}.`);
                }}
              />
            ) : null
          }
        />
      </div>
    </>
  );
}

const short = (d: (typeof days)[number]) => d.slice(0, 3);

/** "Mon–Fri 09:00–18:00 · Sat 10:00–16:00 · Sun closed" */
function HoursSummary({ hours }: { hours: Shop["openingHours"] }) {
  const text = (h: Shop["openingHours"][number] | undefined) => (h ? `${h.open}–${h.close}` : "closed");
  const groups: { from: number; to: number; text: string }[] = [];
  days.forEach((_, i) => {
    const t = text(hours[i]);
    const last = groups[groups.length - 1];
    if (last && last.text === t) last.to = i;
    else groups.push({ from: i, to: i, text: t });
  });
  return (
    <ul className="space-y-0.5 whitespace-nowrap">
      {groups.map((g) => (
        <li key={g.from}>
          <span className="font-medium">{g.from === g.to ? short(days[g.from]!) : `${short(days[g.from]!)}–${short(days[g.to]!)}`}</span> {g.text}
        </li>
      ))}
    </ul>
  );
}

type DayValue = { closed: boolean; open: string; close: string };
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
      name: "", code: "", addressLine1: "", addressLine2: "", city: "", postalCode: "", country: "",
      hours: days.map((_, i) => ({ closed: i === 6, open: "09:00", close: "18:00" })),
    };
  }
  return {
    name: shop.name, code: shop.code, addressLine1: shop.addressLine1, addressLine2: shop.addressLine2 ?? "", city: shop.city, postalCode: shop.postalCode, country: shop.country,
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

function fieldMapFor(prefix: string) {
  const map: Record<string, { field: string; label: string }> = {};
  for (const f of textFields) map[`${prefix}${f.name}`] = { field: f.name, label: f.label };
  map[`${prefix}openingHours`] = { field: "openingHours", label: "Opening hours" };
  days.forEach((d, i) => (map[`${prefix}openingHours.${i}`] = { field: `day${i}`, label: d }));
  return map;
}

function ShopForm({ formId, title, shop, onCancel, onSaved }: { formId: string; title: string; shop?: Shop; onCancel: () => void; onSaved: (shop: Shop) => void }) {
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
  const errors = formErrorsOf(mutation.error, fieldMapFor(shop ? "details." : ""));
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
          <fieldset>
            <legend className="text-sm font-medium text-gray-900">Opening hours</legend>
            {errors.fields.openingHours && <p className="mt-1 text-xs font-medium text-red-600">{errors.fields.openingHours}</p>}
            <div className="mt-2 divide-y divide-gray-100 rounded-md ring-1 ring-gray-200">
              {days.map((day, i) => {
                const d = values.hours[i]!;
                const error = errors.fields[`day${i}`];
                const errorId = id(`day${i}-error`);
                return (
                  <div key={day} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2 text-sm">
                    <span className="w-24 font-medium text-gray-900">{day}</span>
                    <label className="flex items-center gap-2">
                      <input type="checkbox" checked={d.closed} onChange={(e) => setDay(i, { closed: e.target.checked })} aria-label={`${day} closed`} className="h-4 w-4 rounded border-gray-300" />
                      <span aria-hidden="true">Closed</span>
                    </label>
                    <label className="flex items-center gap-2">
                      <span aria-hidden="true" className="text-gray-600">
                        Opens
                      </span>
                      <input
                        type="time"
                        value={d.open}
                        disabled={d.closed}
                        onChange={(e) => setDay(i, { open: e.target.value })}
                        aria-label={`${day} opens`}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? errorId : undefined}
                        className={`${inputClass} w-32 disabled:opacity-50`}
                      />
                    </label>
                    <label className="flex items-center gap-2">
                      <span aria-hidden="true" className="text-gray-600">
                        Closes
                      </span>
                      <input
                        type="time"
                        value={d.close}
                        disabled={d.closed}
                        onChange={(e) => setDay(i, { close: e.target.value })}
                        aria-label={`${day} closes`}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? errorId : undefined}
                        className={`${inputClass} w-32 disabled:opacity-50`}
                      />
                    </label>
                    {error && (
                      <p id={errorId} className="w-full text-xs font-medium text-red-600">
                        {error}
                      </p>
                    )}
                  </div>
                );
              })}
            </div>
          </fieldset>
          <FormActions submit={shop ? "Save shop" : "Create shop"} pending={mutation.isPending} onCancel={onCancel} />
        </div>
      </Card>
    </form>
  );
}
