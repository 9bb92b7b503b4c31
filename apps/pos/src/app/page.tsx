import { Till } from "~/pos/till";

export default function Home() {
  return <Till />;
}
