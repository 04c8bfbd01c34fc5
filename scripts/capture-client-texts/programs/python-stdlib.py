# A mail script as people write it with Python's standard library (smtplib, imaplib, poplib, ssl): it sends
# or fetches once, and an error ends it the way Python ends a script, with the traceback on stderr.
# Run by python-stdlib.ts with the attempt as JSON; exit 99 means "this library can't do that".
import imaplib
import json
import poplib
import smtplib
import ssl
import sys

a = json.loads(sys.argv[1])
context = ssl.create_default_context(cafile=a["ca"])
host, port, security, login, mechanism = a["host"], a["port"], a["security"], a["login"], a["mechanism"]

if a["protocol"] == "SMTP":
    if security == "ssl":
        server = smtplib.SMTP_SSL(host, port, timeout=8, context=context)
    else:
        server = smtplib.SMTP(host, port, timeout=8)
        if security == "starttls":
            server.starttls(context=context)
    if login:
        if mechanism == "CRAM-MD5":
            server.ehlo_or_helo_if_needed()
            server.user, server.password = a["user"], a["password"]
            server.auth("CRAM-MD5", server.auth_cram_md5)
        else:
            server.login(a["user"], a["password"])
    server.sendmail(a["user"], [a["to"]], "Subject: test\r\n\r\nHello\r\n")
    server.quit()
elif a["protocol"] == "IMAP":
    if security == "ssl":
        client = imaplib.IMAP4_SSL(host, port, ssl_context=context, timeout=8)
    else:
        client = imaplib.IMAP4(host, port, timeout=8)
        if security == "starttls":
            client.starttls(ssl_context=context)
    if mechanism == "CRAM-MD5":
        client.login_cram_md5(a["user"], a["password"])
    else:
        client.login(a["user"], a["password"])
    client.select("INBOX")
    client.logout()
else:
    if mechanism:
        sys.exit(99)
    if security == "ssl":
        client = poplib.POP3_SSL(host, port, timeout=8, context=context)
    else:
        client = poplib.POP3(host, port, timeout=8)
        if security == "starttls":
            client.stls(context=context)
    client.user(a["user"])
    client.pass_(a["password"])
    client.stat()
    client.quit()
