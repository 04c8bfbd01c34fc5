// Where the parts of a returned mail (bounce, NDR, DSN) begin and whose words they are. Lower case, matched
// in the normalised text with indexOf. Sources: RFC 3464 (field names), RFC 3462 (multipart/report), and the
// layouts of the bounces in lib/parse/corpus/real (Postfix, Sendmail, Exim, qmail, Courier, Exchange,
// Microsoft 365, Gmail, Amazon SES, GMX/1&1, Domino, IMail, au/EZweb, Korean portals).
import type { BounceMarkers } from "@/lib/content/error-catalog-schema";

export const bounceMarkers: BounceMarkers = {
  // The returned original message starts here: nothing after it is the bounce's own verdict.
  returnedStart: [
    "----- original message -----",
    "-----original message-----",
    "------ this is a copy of the message, including all the headers. ------",
    "------ this is a copy of your message, including all the headers. ------",
    "------ this is a copy of the message's headers. ------",
    "--- below this line is a copy of the message.",
    "--- the header of the original message is following. ---",
    "original message headers:",
    "original message follows.",
    "original mail as follows:",
    "----- the following is a copy of your message",
    "----- original message follows -----",
    "content-description: undelivered message",
    "content-type: message/rfc822",
    "content-type: text/rfc822-headers",
    "content-description: message header section",
    "content-description: undelivered-message headers",
    "원본 메시지",
    "元のメッセージ",
  ],
  // The remote server's own reply follows these words (its verdict about the recipient).
  remoteBefore: [
    "diagnostic-code:",
    " said:",
    "remote host said:",
    "remote server returned",
    "the error that the other server returned was:",
    "the response from the remote server was:",
    "the response was:",
    "technical details of permanent failure:",
    "technical details of temporary failure:",
    "smtp error from remote mail server after",
    "smtp error from remote server after",
    "delay reason:",
    "(reason:",
    "the reason for the problem:",
    "remote-mta:",
    "error message below:",
    "smtp diagnostic:",
  ],
  // Sendmail's session transcript prefixes each line the remote server sent with "<<< "; the unprefixed lines
  // between them ("550 5.1.1 <a@b>... User unknown", "554 5.0.0 Service unavailable") are Sendmail's own.
  remoteLinePrefix: ["<<< "],
  // A reply quoted by the remote lead-in ends at a blank line or at one of these (the next field or frame).
  remoteEnd: [
    "\n\n",
    "\nfinal-recipient:",
    "\noriginal-recipient:",
    "\naction:",
    "\nstatus:",
    "\nlast-attempt-date:",
    "\nwill-retry-until:",
    "\nreporting-mta:",
    "\n>>> ",
    "\nno action is required",
  ],
  // The reporting system's own summary lines: they say a delivery failed, not why.
  localLabels: ["subject:", "status:", "action:", "reporting-mta:", "x-postfix-", "arrival-date:"],
  // Senders and subjects that mark a text as a delivery report even without a known frame sentence.
  senders: [
    "mailer-daemon",
    "mail delivery subsystem",
    "mail delivery system",
    "from: postmaster@",
    "<postmaster@",
    'from: "postmaster"',
    "from: mdaemon@",
    "<mdaemon@",
    "jetmail system",
    "subject: undeliverable",
    "subject: returned mail",
    "subject: delivery failure",
    "subject: failure notice",
    "subject: mail delivery warning",
    "subject: failed mail",
    "subject: delivery status notification",
    // RFC 5321 §4.5.5: a delivery report is sent with the null reverse-path, and some MTAs put it in From too.
    "return-path: <>",
    "from: <>",
  ],
  // RFC 5321 §3.3: a refusal after MAIL FROM is about the sender's address, after RCPT TO about the recipient.
  mailFromStage: ["after mail from:", "in reply to mail from command", ">>> mail from:", "after mail from"],
  rcptToStage: ["after rcpt to:", "in reply to rcpt to command", ">>> rcpt to:", "after rcpt to"],
  hostBefore: [
    "remote-mta: dns;",
    "remote-mta: dns ;",
    "remote-mta:",
    "host ",
    "while talking to ",
    "remote host ",
    "by ",
  ],
};
