// The DNS records a hosting company adds so Thunderbird and Outlook find this service's setup documents
// (SPEC §8): autoconfig.<domain> (Thunderbird), autodiscover.<domain> and its SRV fallback (Outlook,
// [MS-OXDSCLI] §3.1.5: _autodiscover._tcp, port 443).
export type SetupRecord = {
  name: string;
  type: "CNAME" | "SRV";
  value: string;
  for: "thunderbird" | "outlook" | "srv";
};

export function setupRecords(domain: string, serviceHost: string): SetupRecord[] {
  const target = `${serviceHost.replace(/\.$/, "")}.`;
  return [
    { name: `autoconfig.${domain}.`, type: "CNAME", value: target, for: "thunderbird" },
    { name: `autodiscover.${domain}.`, type: "CNAME", value: target, for: "outlook" },
    { name: `_autodiscover._tcp.${domain}.`, type: "SRV", value: `0 0 443 ${target}`, for: "srv" },
  ];
}
