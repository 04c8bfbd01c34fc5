// What the customer will see when they open a staff link: the check starting, the first question the
// wizard asks (in the customer's language), and what the link fills in.
import { clientNames } from "@/content/client-names";
import { decisionTree } from "@/content/tree";
import { uiMessages } from "@/content/ui";
import { fill, textsFor } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import { addressParam, type StaffLinkValues } from "@/lib/wizard/address-schema";
import { linkCarriesError } from "@/lib/wizard/staff-link";
import { walkTree } from "@/lib/wizard/walk";

export function StaffLinkPreview({ locale, values }: { locale: Locale; values: StaffLinkValues }) {
  const t = textsFor(uiMessages.staff, locale);
  const customer = values.language;
  const error = linkCarriesError(values) ? values.error : undefined;
  const walk = walkTree(decisionTree, {
    link: {
      symptom: values.symptom,
      client: values.client,
      error,
      ...addressParam(values.address),
    },
    answers: {},
  });
  const question = walk.status === "question" ? walk.node.question[customer] : null;
  const filled: [string, string][] = [
    [t.symptom, uiMessages.diagnose[customer].symptoms[values.symptom]],
    [t.addressLabel, values.address],
    ...(values.client ? [[t.client, clientNames[values.client].name[customer]] as [string, string]] : []),
    ...(error ? [[t.error, error.length > 120 ? `${error.slice(0, 120)}…` : error] as [string, string]] : []),
  ];
  return (
    <section
      aria-labelledby="staff-preview"
      className="flex flex-col gap-3 rounded-xl border border-slate-300 bg-slate-50 p-4"
    >
      <h3 id="staff-preview" className="text-lg font-bold">
        {t.previewTitle}
      </h3>
      <p lang={customer}>{fill(t.previewChecks, { address: values.address })}</p>
      {question && <p lang={customer}>{fill(t.previewFirstQuestion, { question })}</p>}
      <h4 className="font-semibold">{t.previewFilled}</h4>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {filled.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-slate-600">{term}</dt>
            <dd className="break-words font-medium" lang={term === t.error ? undefined : customer}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
