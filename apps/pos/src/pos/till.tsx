"use client";
import { StaffGate } from "~/staff/staff-gate";
import { StaffHeader } from "~/staff/staff-header";
import { PosScreen } from "./pos-screen";

/** The sale screen, for signed-in staff only, under a bar saying who is serving where. */
export function Till() {
  return <StaffGate>{(me) => <PosScreen header={(sale) => <StaffHeader me={me} sale={sale} />} />}</StaffGate>;
}
