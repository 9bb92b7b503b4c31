import { PosScreen } from "~/pos/pos-screen";

export default function Home() {
  return <PosScreen />;
}
