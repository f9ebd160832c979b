// `npm run bench`: seeds N synthetic solutions into a separate database and times the search, the
// detail query and the /solutions page. See scripts/bench/README.md.
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(path.dirname(process.argv[1]!), "..", "..");

// lib/solutions/* import "server-only", which throws unless the "react-server" export condition is
// active (under it the package is an empty module). `tsx scripts/bench/run.ts` cannot pass the flag,
// so the script starts itself once more with it.
const conditionActive = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].some((arg) =>
  /^(--conditions?|-C)=?react-server$/.test(arg),
);
if (!conditionActive) {
  const child = spawn(process.execPath, [...process.execArgv, "--conditions=react-server", process.argv[1]!, ...process.argv.slice(2)], {
    cwd: root,
    stdio: "inherit",
  });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  process.on("SIGINT", forward("SIGINT"));
  process.on("SIGTERM", forward("SIGTERM"));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  process.chdir(root);
  import("./main")
    .then((m) => m.main())
    .then(
      // A benchmark, not a test: a missed target still exits 0.
      () => process.exit(0),
      (error: unknown) => {
        console.error("[bench] failed:", error);
        process.exit(1);
      },
    );
}
