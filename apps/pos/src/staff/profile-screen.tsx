"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { Empty, ErrorBox, errorDataOf, fieldErrorsOf, Spinner } from "@commerce/ui/states";
import { useTRPC } from "@commerce/ui/trpc";
import { plainMessage } from "./errors";
import { StaffGate } from "./staff-gate";
import { roleLabel, type Me, type StaffSession } from "./types";
import { useSignOut } from "./use-sign-out";

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });
const appNames: Record<string, string> = { pos: "Till", admin: "Back office", web: "Storefront" };

/** Who is signed in on this till, their PIN, and where else they are signed in. */
export function ProfileScreen() {
  return <StaffGate>{(me) => <Profile me={me} />}</StaffGate>;
}

function Profile({ me }: { me: Me }) {
  const { signOut, pending, error } = useSignOut();
  return (
    <div className="min-h-dvh bg-gray-100">
      <header className="bg-gray-900 text-white">
        <div className="mx-auto flex h-16 max-w-5xl items-center gap-4 px-5">
          <Link href="/" className="flex h-11 items-center rounded-xl border border-white/30 px-4 text-base font-semibold active:bg-white/10">
            <span aria-hidden="true" className="mr-2">
              ‹
            </span>
            Back to till
          </Link>
          <h1 className="flex-1 text-xl font-bold">Profile</h1>
          <button
            type="button"
            onClick={() => void signOut()}
            disabled={pending}
            aria-busy={pending}
            className="h-11 rounded-xl border border-white/30 px-4 text-base font-semibold active:bg-white/10 disabled:opacity-40"
          >
            Sign out
          </button>
        </div>
        {error && (
          <p role="alert" className="bg-red-100 px-5 py-2 text-sm text-red-900">
            {error}
          </p>
        )}
      </header>

      <main className="mx-auto grid max-w-5xl gap-5 p-5 md:grid-cols-2">
        <Card title="Signed in" headingId="who-heading">
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-base">
            <Row term="Name">{me.name}</Row>
            <Row term="Role">{roleLabel(me.role)}</Row>
            {me.staffCode && <Row term="Staff number">{me.staffCode}</Row>}
            <Row term="Shop">{me.shop ? `${me.shop.name} (${me.shop.code})` : "None"}</Row>
            {me.company && <Row term="Company">{me.company.name}</Row>}
            {me.email && <Row term="Email">{me.email}</Row>}
          </dl>
        </Card>
        <ChangePinCard hasPin={me.hasPin} />
        <div className="md:col-span-2">
          <SessionsCard />
        </div>
      </main>
    </div>
  );
}

function Card({ title, headingId, children }: { title: string; headingId: string; children: ReactNode }) {
  return (
    <section aria-labelledby={headingId} className="rounded-2xl bg-white p-5 shadow-sm">
      <h2 id={headingId} className="mb-4 text-lg font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-gray-500">{term}</dt>
      <dd className="min-w-0 font-medium break-words">{children}</dd>
    </>
  );
}

function ChangePinCard({ hasPin }: { hasPin: boolean }) {
  const trpc = useTRPC();
  const changePin = useMutation(trpc.identity.changePin.mutationOptions());
  const [currentPin, setCurrentPin] = useState("");
  const [newPin, setNewPin] = useState("");
  const [done, setDone] = useState(false);
  const currentErrorId = useId();
  const newErrorId = useId();

  const err = changePin.error;
  const fields = fieldErrorsOf(err);
  const domainField = errorDataOf(err)?.details?.field;
  const currentError = fields.currentPin?.[0] ?? (domainField === "currentPin" && err ? err.message : undefined);
  const newError = fields.newPin?.[0] ?? (domainField === "newPin" && err ? err.message : undefined);
  const otherError = err && !currentError && !newError ? plainMessage(err) : null;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (changePin.isPending) return;
    setDone(false);
    changePin.mutate(
      { currentPin, newPin },
      {
        onSuccess: () => {
          setCurrentPin("");
          setNewPin("");
          setDone(true);
        },
      },
    );
  }

  const edited = () => {
    setDone(false);
    if (changePin.error) changePin.reset();
  };

  const inputClass =
    "h-14 w-full rounded-xl border border-gray-300 bg-white px-4 font-mono text-2xl tracking-[0.3em] outline-none focus:border-gray-900 focus:ring-2 focus:ring-gray-900/10 aria-invalid:border-red-500";

  return (
    <Card title="Change PIN" headingId="pin-heading">
      {!hasPin && <p className="mb-3 text-sm text-amber-800">This account has no PIN yet; ask your manager to set one.</p>}
      <form onSubmit={submit} noValidate className="space-y-4">
        <div>
          <label htmlFor="current-pin" className="mb-1.5 block font-semibold">
            Current PIN
          </label>
          <input
            id="current-pin"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            value={currentPin}
            onChange={(e) => {
              setCurrentPin(e.target.value);
              edited();
            }}
            aria-invalid={currentError ? true : undefined}
            aria-describedby={currentError ? currentErrorId : undefined}
            className={inputClass}
          />
          {currentError && (
            <p id={currentErrorId} className="mt-1 text-sm text-red-700">
              {currentError}
            </p>
          )}
        </div>
        <div>
          <label htmlFor="new-pin" className="mb-1.5 block font-semibold">
            New PIN
          </label>
          <input
            id="new-pin"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            value={newPin}
            onChange={(e) => {
              setNewPin(e.target.value);
              edited();
            }}
            aria-invalid={newError ? true : undefined}
            aria-describedby={newError ? newErrorId : undefined}
            className={inputClass}
          />
          {newError && (
            <p id={newErrorId} className="mt-1 text-sm text-red-700">
              {newError}
            </p>
          )}
        </div>
        {(currentError || newError) && (
          <p role="alert" className="sr-only">
            {[currentError, newError].filter(Boolean).join(". ")}
          </p>
        )}
        {otherError && <ErrorBox error={{ message: otherError }} />}
        {done && (
          <p role="status" className="rounded-xl bg-emerald-50 p-3 text-sm font-medium text-emerald-900">
            Your PIN has been changed. Use the new one next time you sign in.
          </p>
        )}
        <button
          type="submit"
          disabled={changePin.isPending}
          aria-busy={changePin.isPending}
          className="h-14 w-full rounded-2xl bg-gray-900 text-lg font-bold text-white active:bg-gray-700 disabled:opacity-50"
        >
          Change PIN
        </button>
      </form>
    </Card>
  );
}

function describeDevice(userAgent: string | null): string {
  if (!userAgent) return "Unknown device";
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /Firefox\//.test(userAgent)
      ? "Firefox"
      : /Chrom(e|ium)\//.test(userAgent)
        ? "Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : /curl\//i.test(userAgent)
            ? "curl"
            : "Browser";
  const os = /iPad/.test(userAgent)
    ? "iPad"
    : /iPhone/.test(userAgent)
      ? "iPhone"
      : /Android/.test(userAgent)
        ? "Android"
        : /Windows/.test(userAgent)
          ? "Windows"
          : /Mac OS X/.test(userAgent)
            ? "macOS"
            : /Linux/.test(userAgent)
              ? "Linux"
              : null;
  return os ? `${browser} on ${os}` : browser;
}

function SessionsCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.identity.sessions.queryOptions());
  const endSession = useMutation(
    trpc.identity.endSession.mutationOptions({ onSettled: () => queryClient.invalidateQueries(trpc.identity.sessions.queryFilter()) }),
  );

  return (
    <Card title="Open sessions" headingId="sessions-heading">
      {sessions.isPending ? (
        <Spinner label="Loading sessions…" />
      ) : sessions.error ? (
        <ErrorBox error={{ message: plainMessage(sessions.error) }} onRetry={() => void sessions.refetch()} />
      ) : sessions.data.length === 0 ? (
        <Empty>No open sessions.</Empty>
      ) : (
        <>
          {endSession.error && (
            <div className="mb-3">
              <ErrorBox error={{ message: plainMessage(endSession.error) }} />
            </div>
          )}
          <ul aria-label="Open sessions" className="divide-y divide-gray-100">
            {sessions.data.map((s) => (
              <SessionRow key={s.id} session={s} ending={endSession.isPending && endSession.variables?.id === s.id} onEnd={() => endSession.mutate({ id: s.id })} />
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

function SessionRow({ session: s, ending, onEnd }: { session: StaffSession; ending: boolean; onEnd: () => void }) {
  const device = describeDevice(s.userAgent);
  const where = appNames[s.app] ?? s.app;
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-1 py-3" title={s.userAgent ?? undefined}>
      <div className="min-w-0 flex-1">
        <p className="font-semibold">
          {where} · {device}
          {s.current && <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900">This till</span>}
        </p>
        <p className="text-sm text-gray-500">
          {s.ip ? `${s.ip} · ` : ""}signed in <time dateTime={s.createdAt.toISOString()}>{timeFormat.format(s.createdAt)}</time> · last used{" "}
          <time dateTime={s.lastUsedAt.toISOString()}>{timeFormat.format(s.lastUsedAt)}</time>
        </p>
      </div>
      {!s.current && (
        <button
          type="button"
          onClick={onEnd}
          disabled={ending}
          aria-label={`End session: ${where}, ${device}, signed in ${timeFormat.format(s.createdAt)}`}
          className="h-11 rounded-xl border border-gray-300 px-4 text-base font-medium text-gray-700 active:bg-gray-100 disabled:opacity-40"
        >
          {ending ? "Ending…" : "End session"}
        </button>
      )}
    </li>
  );
}
