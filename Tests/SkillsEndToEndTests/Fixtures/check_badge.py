"""Checks an Open Badges 3.0 VC-JWT with independent libraries: joserfc verifies the EdDSA signature with the
programme's published public key, and jsonschema validates the credential against 1EdTech's schema.
usage: check_badge.py BADGE.jwt SCHEMA.json PUBLIC.pem"""
import json
import sys

from joserfc import jwt
from joserfc.jwk import OKPKey
from jsonschema import Draft201909Validator

token = open(sys.argv[1], encoding="utf-8").read().strip()
schema = json.load(open(sys.argv[2], encoding="utf-8"))
key = OKPKey.import_key(open(sys.argv[3], encoding="utf-8").read())
decoded = jwt.decode(token, key, algorithms=["EdDSA"])
claims = decoded.claims
errors = sorted(Draft201909Validator(schema).iter_errors(claims), key=lambda e: list(e.path))
for error in errors:
    print("schema:", "/".join(str(p) for p in error.path), error.message)
if errors:
    sys.exit(1)
assert decoded.header["alg"] == "EdDSA", decoded.header
assert claims["iss"] == claims["issuer"]["id"]
assert claims["jti"] == claims["id"]
identifier = claims["credentialSubject"]["identifier"][0]
assert identifier["hashed"] is True and identifier["identityHash"].startswith("sha256$")
print("valid", claims["name"])
