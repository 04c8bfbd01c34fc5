// A fresh Thunderbird profile for the capture: nothing that phones home (updates, telemetry, add-on and
// remote-settings fetches, captive-portal and connectivity checks, the ISP autoconfig database, OCSP), no
// automatic mail checks, Marionette on its own port, short network timeouts, and the interface language.
// (The capture's network namespace has no route out anyway; these keep Thunderbird from even trying.)
import { mkdirSync, writeFileSync } from "node:fs";

const prefs: Record<string, string | number | boolean> = {
  "app.update.enabled": false,
  "app.update.auto": false,
  "app.update.service.enabled": false,
  "app.normandy.enabled": false,
  "toolkit.telemetry.enabled": false,
  "toolkit.telemetry.unified": false,
  "toolkit.telemetry.archive.enabled": false,
  "toolkit.telemetry.server": "",
  "datareporting.healthreport.uploadEnabled": false,
  "datareporting.policy.dataSubmissionEnabled": false,
  "extensions.update.enabled": false,
  "extensions.getAddons.cache.enabled": false,
  "extensions.systemAddon.update.enabled": false,
  // The system-wide language packs (thunderbird-l10n-ko) load without asking.
  "extensions.autoDisableScopes": 0,
  "extensions.enabledScopes": 15,
  "services.settings.server": "",
  "messaging-system.rsexperimentloader.enabled": false,
  "browser.safebrowsing.malware.enabled": false,
  "browser.safebrowsing.phishing.enabled": false,
  "browser.safebrowsing.downloads.enabled": false,
  "network.captive-portal-service.enabled": false,
  "network.connectivity-service.enabled": false,
  "network.dns.disablePrefetch": true,
  "network.prefetch-next": false,
  "security.OCSP.enabled": 0,
  "security.remote_settings.crlite_filters.enabled": false,
  "security.remote_settings.intermediates.enabled": false,
  "mail.shell.checkDefaultClient": false,
  "mailnews.start_page.enabled": false,
  "mail.provider.enabled": false,
  "mailnews.auto_config_url": "",
  "mailnews.auto_config.fetchFromISP.enabled": false,
  "mailnews.auto_config.fetchFromExchange.enabled": false,
  "mailnews.auto_config.guess.enabled": false,
  "mailnews.mx_service_url": "",
  "mail.inappnotifications.enabled": false,
  "mail.inappnotifications.url": "",
  "mail.cloud_files.enabled": false,
  "mailnews.database.global.indexer.enabled": false,
  "mail.rights.version": 1,
  "mail.spotlight.firstRunDone": true,
  "mail.winsearch.firstRunDone": true,
  "mail.ui.show.migration.on.upgrade": false,
  "mail.biff.play_sound": false,
  "mail.biff.show_alert": false,
  "mail.server.default.check_new_mail": false,
  "mail.server.default.login_at_startup": false,
  "mail.server.default.autosync_offline_stores": false,
  "mail.startup.enabledMailCheckOnce": true,
  "mailnews.tcptimeout": 12,
  "mail.accounthub.thundermail.enabled": false,
  "mailnews.auto_config.addons_url": "",
  "marionette.enabled": true,
  // Thunderbird 153 reports connection and certificate errors as desktop notifications: shown here in its
  // own notification window (no notification daemon needed), kept open until read.
  "alerts.useSystemBackend": false,
  "alerts.totalOpenTime": 120000,
  "alerts.disableSlidingEffect": true,
  // One account from the start: without any, Thunderbird opens its account hub and never finishes starting
  // (Marionette answers only after "mail-idle-startup-tasks-finished"). Each attempt adds its own account.
  "mail.accountmanager.accounts": "account1,account2",
  "mail.accountmanager.defaultaccount": "account1",
  "mail.accountmanager.localfoldersserver": "server2",
  "mail.account.account1.identities": "id1",
  "mail.account.account1.server": "server1",
  "mail.account.account2.server": "server2",
  "mail.identity.id1.fullName": "Kim",
  "mail.identity.id1.useremail": "kim@good.test",
  "mail.identity.id1.valid": true,
  // A POP3 account never connects by itself (an IMAP one would log in as soon as its inbox is shown).
  "mail.server.server1.type": "pop3",
  "mail.server.server1.hostname": "localhost",
  "mail.server.server1.port": 1,
  "mail.server.server1.socketType": 0,
  "mail.server.server1.userName": "kim@good.test",
  "mail.server.server1.name": "kim@good.test",
  "mail.server.server2.type": "none",
  "mail.server.server2.hostname": "Local Folders",
  "mail.server.server2.userName": "nobody",
  "mail.server.server2.name": "Local Folders",
};

export function writeProfile(dir: string, lang: "en" | "ko", marionettePort: number) {
  mkdirSync(dir, { recursive: true });
  const all = {
    ...prefs,
    "marionette.port": marionettePort,
    "intl.locale.requested": lang === "ko" ? "ko" : "en-US",
  };
  writeFileSync(
    `${dir}/user.js`,
    Object.entries(all)
      .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
      .join("\n") + "\n",
  );
}
