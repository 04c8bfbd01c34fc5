"use client";
// Staff page: the DNS records that point a customer's domain at this service for automatic setup.
// The service's own host name is the one this page was opened at.
import { useState, useSyncExternalStore } from "react";
import { setup } from "@/content/ui/setup";
import type { Locale } from "@/lib/i18n/locales";
import { setupRecords } from "@/lib/setup/dns-records";
import { fill, textsFor } from "@/lib/i18n/fill";
import { FormField, inputClass } from "./form-field";

const noSubscription = () => () => {};

export function SetupDnsRecords({ locale }: { locale: Locale }) {
  const t = textsFor(setup, locale).staff;
  const [typed, setTyped] = useState("");
  const host = useSyncExternalStore(
    noSubscription,
    () => window.location.hostname,
    () => "maildoctor.example",
  );
  const domain = typed.trim().toLowerCase().replace(/^.*@/, "").replace(/\.$/, "") || "example.com";
  return (
    <section aria-labelledby="setup-dns" className="grid gap-4">
      <h2 id="setup-dns" className="text-xl font-bold">
        {t.title}
      </h2>
      <p className="text-slate-700">{t.intro}</p>
      <FormField id="setup-dns-domain" label={t.domainLabel}>
        {() => (
          <input
            id="setup-dns-domain"
            type="text"
            inputMode="url"
            autoCapitalize="none"
            spellCheck={false}
            placeholder="example.com"
            className={inputClass}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
        )}
      </FormField>
      <ul className="grid gap-3" data-testid="setup-dns-records">
        {setupRecords(domain, host).map((r) => (
          <li key={r.name} className="grid gap-1 rounded-xl border border-slate-200 bg-white p-3">
            <code className="font-mono text-sm break-all">
              {r.name} {r.type} {r.value}
            </code>
            <span className="text-sm text-slate-600">{fill(t[r.for], { domain })}</span>
          </li>
        ))}
      </ul>
      <p className="text-sm text-slate-700">{fill(t.wellKnown, { domain })}</p>
    </section>
  );
}
