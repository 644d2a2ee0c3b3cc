#!/usr/bin/env python3
"""Python's imaplib fetching every message of a mailbox, timed by bench/imap.js beside mlreview and mbsync.

usage: python3 python-imap-fetch.py HOST PORT USER PASSWORD MAILBOX

Logs in without TLS (a loopback test server), selects MAILBOX read-only and fetches RFC822 in UID ranges
of 500, as an incremental client would; nothing is parsed or stored. Prints one JSON line with the count.
"""
import imaplib
import json
import sys


def main():
    host, port, user, password, mailbox = sys.argv[1:6]
    imap = imaplib.IMAP4(host, int(port))
    imap.login(user, password)
    imap.select(mailbox, readonly=True)
    _, data = imap.uid('SEARCH', None, 'ALL')
    uids = data[0].split()
    fetched = 0
    for i in range(0, len(uids), 500):
        chunk = b','.join(uids[i:i + 500]).decode()
        _, parts = imap.uid('FETCH', chunk, '(RFC822)')
        fetched += sum(1 for p in parts if isinstance(p, tuple))
    imap.logout()
    print(json.dumps({'messages': fetched}))


if __name__ == '__main__':
    main()
