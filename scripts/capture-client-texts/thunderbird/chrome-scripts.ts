// The JavaScript the capture runs inside Thunderbird (chrome context, through Marionette): set up one
// account for an attempt, press Thunderbird's own "Get Messages" or "Send", read every dialog and
// notification it shows, close them and remove the account again.
// Each string is the body of an async function; `args` holds its arguments.

/** Trusts the rig's test CA (base64 DER) for servers, as an installed company CA would be. */
export const trustCa = `
  const [der] = args;
  const db = Cc["@mozilla.org/security/x509certdb;1"].getService(Ci.nsIX509CertDB);
  db.addCertFromBase64(der, "C,,");
`;

/** Creates the attempt's account (incoming or outgoing) and starts the operation; returns its keys. */
export const start = `
  const [t] = args;
  const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
  const socketType = { ssl: Ci.nsMsgSocketType.SSL, starttls: Ci.nsMsgSocketType.alwaysSTARTTLS, none: Ci.nsMsgSocketType.plain }[t.security];
  const authMethod = !t.login ? Ci.nsMsgAuthMethod.none
    : t.mechanism ? Ci.nsMsgAuthMethod.passwordEncrypted : Ci.nsMsgAuthMethod.passwordCleartext;
  const win = Services.wm.getMostRecentWindow("mail:3pane");
  if (t.protocol !== "SMTP") {
    const server = MailServices.accounts.createIncomingServer(t.user, t.host, t.protocol === "IMAP" ? "imap" : "pop3");
    server.port = t.port;
    server.socketType = socketType;
    server.authMethod = authMethod === Ci.nsMsgAuthMethod.none ? Ci.nsMsgAuthMethod.passwordCleartext : authMethod;
    server.password = t.password;
    server.prettyName = t.user;
    const identity = MailServices.accounts.createIdentity();
    identity.email = t.user;
    identity.fullName = "Kim";
    const account = MailServices.accounts.createAccount();
    account.incomingServer = server;
    account.addIdentity(identity);
    // What the Get Messages button does for this account (mailWindowOverlay.js GetFolderMessages).
    const root = server.rootFolder;
    if (t.protocol === "IMAP") win.GetMessagesForInboxOnServer(server);
    else win.GetNewMsgs(server, root.getFolderWithFlags(Ci.nsMsgFolderFlags.Inbox) ?? root);
    return { account: account.key };
  }
  const smtp = MailServices.outgoingServer.createServer("smtp");
  const s = smtp.QueryInterface(Ci.nsISmtpServer);
  s.hostname = t.host;
  s.port = t.port;
  smtp.socketType = socketType;
  smtp.authMethod = authMethod;
  if (t.login) {
    smtp.username = t.user;
    smtp.password = t.password;
  }
  const identity = MailServices.accounts.defaultAccount.defaultIdentity;
  identity.smtpServerKey = smtp.key;
  const fields = Cc["@mozilla.org/messengercompose/composefields;1"].createInstance(Ci.nsIMsgCompFields);
  fields.to = t.to;
  fields.from = t.user;
  fields.subject = "test";
  fields.body = "Hello\\n";
  const params = Cc["@mozilla.org/messengercompose/composeparams;1"].createInstance(Ci.nsIMsgComposeParams);
  params.composeFields = fields;
  params.identity = identity;
  params.type = Ci.nsIMsgCompType.New;
  params.format = Ci.nsIMsgCompFormat.PlainText;
  MailServices.compose.OpenComposeWindowWithParams(null, params);
  // Wait for the compose window, then press its Send button (the command behind it).
  for (let i = 0; i < 100; i++) {
    const compose = Services.wm.getMostRecentWindow("msgcompose");
    if (compose && compose.document.readyState === "complete" && compose.gMsgCompose) {
      await new Promise((r) => compose.setTimeout(r, 1500));
      compose.goDoCommand("cmd_sendNow");
      return { smtp: smtp.key };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("no compose window");
`;

/** Every dialog and notification on screen now: window title and text, in the order the windows opened. */
export const readDialogs = `
  const texts = [];
  const text = (el) => (el ? (el.textContent || "").replace(/\\s+/g, " ").trim() : "");
  const visit = (doc, ownerTitle) => {
    const url = doc.documentURI || "";
    if (url.startsWith("chrome://global/content/commonDialog.xhtml")) {
      const title = text(doc.getElementById("infoTitle")) || doc.title || ownerTitle;
      const body = (doc.getElementById("infoBody")?.textContent || "").trim();
      const buttons = [...doc.querySelector("dialog")?.shadowRoot?.querySelectorAll("button") ?? []]
        .filter((b) => !b.hidden && b.label).map((b) => b.label);
      texts.push({ kind: "dialog", title, body, buttons });
    } else if (url.startsWith("chrome://global/content/alerts/alert.xhtml")) {
      texts.push({ kind: "notification", title: text(doc.getElementById("alertTitleLabel")), body: text(doc.getElementById("alertTextLabel")) });
    } else if (url.startsWith("chrome://pippki/content/exceptionDialog.xhtml")) {
      const parts = ["warningText", "statusDescription", "statusLongDescription", "status2Description", "status2LongDescription", "status3Description", "status3LongDescription"]
        .map((id) => text(doc.getElementById(id))).filter(Boolean);
      texts.push({ kind: "dialog", title: doc.title, body: parts.join("\\n") });
    }
    for (const frame of doc.querySelectorAll("browser, iframe")) {
      try {
        if (frame.contentDocument) visit(frame.contentDocument, doc.title);
      } catch {}
    }
  };
  for (const win of Services.wm.getEnumerator(null)) visit(win.document, win.document.title);
  return texts;
`;

/** Closes every dialog and notification (Cancel, as a person who read it would). */
export const closeDialogs = `
  const close = (doc) => {
    const url = doc.documentURI || "";
    if (url.startsWith("chrome://global/content/commonDialog.xhtml") || url.startsWith("chrome://pippki/content/exceptionDialog.xhtml")) {
      try { doc.querySelector("dialog").cancelDialog(); } catch { doc.defaultView.close(); }
    } else if (url.startsWith("chrome://global/content/alerts/alert.xhtml")) doc.defaultView.close();
    for (const frame of doc.querySelectorAll("browser, iframe")) {
      try { if (frame.contentDocument) close(frame.contentDocument); } catch {}
    }
  };
  for (let round = 0; round < 3; round++) for (const win of Services.wm.getEnumerator(null)) close(win.document);
`;

/** Closes the compose windows and removes the attempt's account and outgoing server. */
export const cleanUp = `
  const [keys] = args;
  const { MailServices } = ChromeUtils.importESModule("resource:///modules/MailServices.sys.mjs");
  for (const win of [...Services.wm.getEnumerator("msgcompose")]) {
    try {
      win.SetContentAndBodyAsUnmodified();
      win.gAutoSaveKickedIn = false;
    } catch {}
    win.close();
  }
  for (let i = 0; i < 30 && [...Services.wm.getEnumerator("msgcompose")].length > 0; i++)
    await new Promise((r) => setTimeout(r, 100));
  if (keys.account) {
    const account = MailServices.accounts.getAccount(keys.account);
    if (account) MailServices.accounts.removeAccount(account, true);
  }
  if (keys.smtp) {
    const smtp = MailServices.outgoingServer.getServerByKey(keys.smtp);
    if (smtp) MailServices.outgoingServer.deleteServer(smtp);
  }
  Cc["@mozilla.org/security/certoverride;1"].getService(Ci.nsICertOverrideService).clearAllOverrides();
`;
