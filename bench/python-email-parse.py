#!/usr/bin/env python3
"""The parsing stack of b4 and patchwork, timed by bench/ingest.js: Python's mailbox + email.

usage: python3 python-email-parse.py MBOX

For every message of MBOX: mailbox.mbox hands out its bytes, email.message_from_bytes parses them with
email.policy.default (the policy b4 uses), the threading headers are read, and the plain-text body is decoded
with get_body(preferencelist=('plain',)), the way b4 reads a patch. Prints one JSON line with the counts.
"""
import email
import email.policy
import json
import mailbox
import sys

HEADERS = ('subject', 'from', 'message-id', 'references', 'in-reply-to')


def read_message(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    # str() forces policy.default to parse the header into its structured form, as b4's accessors do.
    seen = [str(msg[h]) for h in HEADERS if msg[h] is not None]
    body = msg.get_body(preferencelist=('plain',))
    text = body.get_content() if body is not None else ''
    return len(seen), len(text)


def main(path):
    box = mailbox.mbox(path, create=False)
    messages = errors = body_chars = 0
    for key in box.iterkeys():
        messages += 1
        try:
            body_chars += read_message(box.get_bytes(key))[1]
        except Exception as e:  # one bad message is counted, not fatal: the peers skip and go on
            errors += 1
            print(f'{path}: message {messages}: {type(e).__name__}: {e}', file=sys.stderr)
    print(json.dumps({'messages': messages, 'errors': errors, 'bodyChars': body_chars}))


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit('usage: python-email-parse.py MBOX')
    main(sys.argv[1])
