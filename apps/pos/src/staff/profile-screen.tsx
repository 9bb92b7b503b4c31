"use client";
import Link from "next/link";
import type { ReactNode } from "react";
import { ChangePinForm } from "@commerce/ui/pin-change";
import { SessionList } from "@commerce/ui/session-list";
import { StaffGate } from "./staff-gate";
import { roleWords } from "@commerce/ui/roles";
import type { Me } from "./types";
import { useSignOut } from "./use-sign-out";

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
            <Row term="Role">{roleWords[me.role]}</Row>
            {me.staffCode && <Row term="Staff number">{me.staffCode}</Row>}
            <Row term="Shop">{me.shop ? `${me.shop.name} (${me.shop.code})` : "None"}</Row>
            {me.company && <Row term="Company">{me.company.name}</Row>}
            {me.email && <Row term="Email">{me.email}</Row>}
          </dl>
        </Card>
        <Card title="Change PIN" headingId="pin-heading">
          <ChangePinForm hasPin={me.hasPin} />
        </Card>
        <div className="md:col-span-2">
          <Card title="Open sessions" headingId="sessions-heading">
            <SessionList label="Open sessions" thisOne="This till" touch />
          </Card>
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
