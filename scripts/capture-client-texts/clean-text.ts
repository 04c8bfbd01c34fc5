// What is taken out of a program's output before it is saved: the attempt's temporary directory (shown as
// "~"), fetchmail's warning about running as root (customers do not run it as root), and trailing blanks.
const dropLines = [/^fetchmail: WARNING: Running as root is discouraged\.$/];

export function cleanText(output: string, work: string): string {
  return output
    .split(work)
    .join("~")
    .split("\n")
    .map((line) => line.replace(/\s+$/, ""))
    .filter((line) => !dropLines.some((re) => re.test(line)))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
