// npm run validate:content — checks everything in content/ (schemas, graph checks, both languages).
import { contentChecks } from "../lib/content/validators";

let problems = 0;
for (const check of contentChecks) {
  const found = check.run();
  problems += found.length;
  console.log(`${found.length === 0 ? "ok  " : "FAIL"} ${check.name}`);
  for (const problem of found) console.log(`     - ${problem}`);
}
if (problems > 0) {
  console.error(`${problems} content problem(s).`);
  process.exit(1);
}
console.log(`${contentChecks.length} content checks passed.`);
