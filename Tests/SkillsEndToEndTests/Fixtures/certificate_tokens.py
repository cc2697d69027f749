"""Makes certificate tokens the way an outsider could, for tests of what verification accepts.

usage:
  certificate_tokens.py legacy KEYFILE     facts JSON on stdin -> a format 1 token (DS1.<base32 JSON>.<base32 sig>),
                                           signed with the programme's PKCS #8 Ed25519 key, as older releases issued
  certificate_tokens.py tamper TOKEN OLD NEW
                                           a format 2 token (DS2.<digits>) with the ASCII text OLD in its signed
                                           facts replaced by NEW (same length), the signature left as it was
  certificate_tokens.py field TOKEN FIELD  a format 2 token with one fact changed in place (FIELD: name, achieved,
                                           issued or count), the signature left as it was
"""

import base64
import json
import sys

from cryptography.hazmat.primitives.serialization import load_pem_private_key

DIGITS_FOR_BYTES = [0, 3, 5, 8, 10, 13, 15, 17]


def digits_to_bytes(digits):
    out = bytearray()
    for start in range(0, len(digits), 17):
        chunk = digits[start:start + 17]
        count = DIGITS_FOR_BYTES.index(len(chunk))
        out += int(chunk).to_bytes(count, "big")
    return bytes(out)


def bytes_to_digits(data):
    text = ""
    for start in range(0, len(data), 7):
        run = data[start:start + 7]
        text += str(int.from_bytes(run, "big")).zfill(DIGITS_FOR_BYTES[len(run)])
    return text


def base32(data):
    return base64.b32encode(data).decode().rstrip("=")


def main(arguments):
    command = arguments[0]
    if command == "legacy":
        with open(arguments[1], "rb") as handle:
            key = load_pem_private_key(handle.read(), password=None)
        facts = json.loads(sys.stdin.read())
        signed = json.dumps(facts, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
        print("DS1." + base32(signed) + "." + base32(key.sign(signed)))
    elif command == "tamper":
        token, old, new = arguments[1:4]
        assert len(old) == len(new)
        data = digits_to_bytes(token.split("DS2.", 1)[1])
        signed, signature = data[:-64], data[-64:]
        assert old.encode() in signed, f"{old} is not in the signed facts"
        print("DS2." + bytes_to_digits(signed.replace(old.encode(), new.encode(), 1) + signature))
    elif command == "field":
        token, field = arguments[1:3]
        data = bytearray(digits_to_bytes(token.split("DS2.", 1)[1]))
        signed_length = len(data) - 64
        at = 10
        at = skip_text(data, at) + 2  # curriculum id, version
        at = skip_text(data, at)  # subject
        dates = at
        learner = dates + 4
        if field == "name":
            data[learner + 2] ^= 1  # the first byte of the name (after its length and window bytes)
        elif field == "achieved":
            data[dates + 1] ^= 1
        elif field == "issued":
            data[dates + 3] ^= 1
        elif field == "count":
            data[signed_length - 6] += 1  # the first of the six skill areas
        assert len(data) - 64 == signed_length
        print("DS2." + bytes_to_digits(bytes(data)))


def skip_text(data, at):
    length, shift = 0, 0
    while True:
        byte = data[at]
        at += 1
        length |= (byte & 127) << shift
        shift += 7
        if byte < 128:
            return at + length


if __name__ == "__main__":
    main(sys.argv[1:])
